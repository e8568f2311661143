import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { fixturePath } from '../lib/testing/fixtures';
import { main } from './main';

async function run(...args: string[]) {
	let out = '';
	let err = '';
	const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
	return { code, out, err };
}

const dir = () => mkdtempSync(join(tmpdir(), 'digicheck-plan-'));

describe('digicheck plan', () => {
	it('prints the five steps, each with the activity the answers suggest, and the totals', async () => {
		const { code, out } = await run('plan', fixturePath('collectief-start'));
		expect(code).toBe(0);
		expect(out).toMatch(/^Projectplan: /);
		expect(out.match(/^\d\. /gm)).toHaveLength(5);
		expect(out).toContain('Interview vijf leerlingen en twee leraren');
		expect(out).toMatch(/Totaal: 50 uur/);
	});

	it('gives the plan and its totals as JSON', async () => {
		const { code, out } = await run('plan', fixturePath('maker-alleen'), '--json');
		expect(code).toBe(0);
		const { plan, totals } = JSON.parse(out);
		expect(plan.phases).toHaveLength(5);
		expect(plan.phases.every((p: { who: string }) => p.who.startsWith('Jijzelf'))).toBe(true);
		expect(totals.hours).toBe(
			plan.phases.reduce((s: number, p: { hours: number }) => s + p.hours, 0)
		);
	});

	it('writes a calendar file with six events, and a PDF a reader can read', async () => {
		const folder = dir();
		const ics = join(folder, 'plan.ics');
		expect((await run('plan', fixturePath('basisschool'), '--ics', ics)).code).toBe(0);
		const calendar = new ICAL.Component(ICAL.parse(readFileSync(ics, 'utf8')));
		expect(calendar.getAllSubcomponents('vevent')).toHaveLength(6);
		const pdf = join(folder, 'plan.pdf');
		expect((await run('plan', fixturePath('basisschool'), '-o', pdf)).code).toBe(0);
		const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
		expect(text).toContain('De vijf stappen');
		expect(text).toContain('Een prototype maken');
		expect(text).toContain('Evaluatie en impact');
		const pages = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout.match(/Pages:\s+(\d+)/);
		// the cover, then the plan on at most two pages
		expect(Number(pages?.[1])).toBeLessThanOrEqual(3);
	});

	it('prints the plan the file holds, as the respondent wrote it', async () => {
		const folder = dir();
		const file = JSON.parse(readFileSync(fixturePath('basisschool'), 'utf8'));
		const drafted = JSON.parse((await run('plan', fixturePath('basisschool'), '--json')).out).plan;
		const phases = drafted.phases.map((p: Record<string, unknown>, i: number) => ({
			id: p.id,
			start: p.start,
			end: p.end,
			who: p.who,
			activity: i === 0 ? 'Een les meekijken bij groep 7' : p.activity,
			test: p.test,
			hours: 4,
			costs: 100
		}));
		const plan = {
			idea: 'Stop-motion',
			partner: 'Bibliotheek',
			phases,
			outcome: 'Vertellen in beeld',
			measure: 'Drie vragen',
			when: drafted.evaluation.when
		};
		const path = join(folder, 'met-plan.json');
		writeFileSync(path, JSON.stringify({ ...file, version: 3, plan }));
		const { code, out } = await run('plan', path, '--json');
		expect(code).toBe(0);
		const read = JSON.parse(out);
		expect(read.plan.idea).toBe('Stop-motion');
		expect(read.plan.phases[0].activity).toBe('Een les meekijken bij groep 7');
		// a rewritten activity has no "why" from Digicheck; one still as suggested keeps its own
		expect(read.plan.phases[0].why).toEqual([]);
		expect(read.totals).toMatchObject({ hours: 20, costs: 500 });
	});

	it('exits 2 with a message for bad input, and 1 when the output cannot be written', async () => {
		const folder = dir();
		const bad = join(folder, 'bad.json');
		writeFileSync(bad, '{"format":"nope"}');
		const invalid = await run('plan', bad);
		expect(invalid.code).toBe(2);
		expect(invalid.err).toContain('is not a valid answers file');
		expect((await run('plan')).code).toBe(2);
		expect((await run('plan', fixturePath('basisschool'), '--ics')).code).toBe(2);
		const unwritable = await run('plan', fixturePath('basisschool'), '--ics', folder);
		expect(unwritable.code).toBe(1);
		expect(unwritable.err).toContain('it is a folder');
	});
});
