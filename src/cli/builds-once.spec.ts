/**
 * No command builds the same report twice (issue #31): every call of `buildReport` is counted,
 * and none repeats one before it (the same answers in the same language).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { AnswersFile } from '../lib/answers/schema';
import type { Locale } from '../lib/i18n/locales';
import { main } from './main';

const built = vi.hoisted(() => [] as string[]);

vi.mock('../lib/engine/report', async (importOriginal) => {
	const original = await importOriginal<typeof import('../lib/engine/report')>();
	return {
		...original,
		buildReport: (file: AnswersFile, locale?: Locale) => {
			built.push(JSON.stringify([file.answers, file.profile, file.mode, locale ?? file.locale]));
			return original.buildReport(file, locale);
		}
	};
});

const fixture = (name: string) =>
	fileURLToPath(new URL(`../../tests/fixtures/${name}.json`, import.meta.url));
const pdfPath = () => join(mkdtempSync(join(tmpdir(), 'digicheck-once-')), 'out.pdf');

async function builds(...args: string[]): Promise<string[]> {
	built.length = 0;
	let err = '';
	const code = await main(args, { out: () => {}, err: (t) => (err += t) });
	expect(code, err).toBe(0);
	return [...built];
}

describe('each command builds each report once', () => {
	beforeEach(() => void (built.length = 0));

	const before = fixture('collectief-start');
	const after = fixture('theater-koploper');
	const school = fixture('partner/vo-school');
	const partner = fixture('partner/filmhuis');
	const team = ['basisschool', 'speciaal-onderwijs', 'school-techniek-sterk'].map(fixture);
	const cases: [string, () => string[]][] = [
		['advise', () => ['advise', before]],
		['pdf', () => ['pdf', before, '-o', pdfPath()]],
		['html', () => ['html', before, '-o', pdfPath().replace(/pdf$/, 'html')]],
		['compare, PDF', () => ['compare', before, after, '-o', pdfPath()]],
		['compare, JSON', () => ['compare', before, after, '--json']],
		['compare, text', () => ['compare', before, after]],
		['team, PDF', () => ['team', ...team, '-o', pdfPath()]],
		['team, JSON', () => ['team', ...team, '--json']],
		['team, text', () => ['team', ...team]],
		['partner, PDF', () => ['partner', school, partner, '-o', pdfPath()]],
		['partner, text', () => ['partner', school, partner]],
		['plan, PDF', () => ['plan', before, '-o', pdfPath()]],
		['plan, text', () => ['plan', before]]
	];
	for (const [name, args] of cases)
		it(name, async () => {
			const calls = await builds(...args());
			expect(calls.length).toBeGreaterThan(0);
			expect(calls.filter((c, i) => calls.indexOf(c) !== i)).toEqual([]);
		});

	it('compare -o builds two reports: the first check and the second (printed and compared)', async () => {
		expect(await builds('compare', before, after, '-o', pdfPath())).toHaveLength(2);
	});
});
