import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
	answersLimits,
	emptyAnswersFile,
	maxProblems,
	parseAnswersBytes,
	parseAnswersData,
	parseAnswersText,
	printable
} from './schema';
import { withNewQuestions } from './added';
import { outline } from '../content/outline-data';
import { fixtureNames } from '../testing/arbitraries';

const valid = {
	format: 'digicheck-answers',
	version: 3,
	contentVersion: '2.1.0',
	locale: 'nl',
	profile: { name: 'Zoë', audience: 'school', targetGroups: ['po'] },
	answers: { 'uitleg-gegevens': 2, vervolg: 'unknown', 'nieuwe-groepen': 'na' },
	notes: { privacy: 'Zie ons privacyreglement van 2026.' },
	targets: { privacy: 3 },
	savedAt: '2026-11-24T09:00:00.000Z'
};

/** A project plan as the page saves it. */
const plan = {
	idea: 'Een stop-motionles met de bibliotheek',
	partner: 'Bibliotheek Den Haag',
	phases: (['inleven', 'definieren', 'ideeen', 'prototype', 'testen'] as const).map((id, i) => ({
		id,
		start: `2027-0${i + 1}-04`,
		end: `2027-0${i + 1}-15`,
		who: 'Cultuurcoördinator',
		activity: 'Interview vijf leerlingen',
		test: 'Drie vragen aan de leerlingen',
		hours: 8,
		costs: i === 3 ? 450 : 0
	})),
	outcome: 'Leerlingen vertellen een verhaal met beeld',
	measure: 'Drie vragen na de test',
	when: '2027-09-01'
};

/** The same answers as a version 1 file: no notes, targets or "na". */
const v1 = {
	format: 'digicheck-answers',
	version: 1,
	contentVersion: '1.0.0',
	locale: 'nl',
	profile: { name: 'Zoë', audience: 'school', targetGroups: ['po'] },
	answers: { 'uitleg-gegevens': 2, vervolg: 'unknown' },
	savedAt: '2026-11-24T09:00:00.000Z'
};

describe('answers file', () => {
	it('accepts a valid file', () => {
		const result = parseAnswersData(valid);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.warnings).toEqual([]);
	});

	it('round-trips a new empty file', () => {
		const file = emptyAnswersFile('en', new Date('2026-11-24T10:00:00Z'));
		expect(parseAnswersData(JSON.parse(JSON.stringify(file))).ok).toBe(true);
	});

	it.each([
		['an answer out of range', { answers: { vervolg: 5 } }, 'answers.vervolg'],
		[
			'a wrong audience',
			{ profile: { name: 'x', audience: 'museum', targetGroups: [] } },
			'profile.audience'
		],
		['a wrong version', { version: 4 }, 'version'],
		['a version that is text', { version: 'twee' }, 'version'],
		['a note that is far too long', { notes: { privacy: 'x'.repeat(1001) } }, 'notes.privacy'],
		['a note for an area that does not exist', { notes: { museum: 'x' } }, 'notes'],
		['a target out of range', { targets: { privacy: 5 } }, 'targets.privacy'],
		['a mode that does not exist', { mode: 'half' }, 'mode'],
		['a missing save date', { savedAt: undefined }, 'savedAt'],
		['a save date that is no date', { savedAt: 'gisteren' }, 'savedAt'],
		[
			'a name that is far too long',
			{ profile: { name: 'x'.repeat(201), targetGroups: [] } },
			'profile.name'
		],
		[
			'an unknown profile choice',
			{ profile: { name: 'x', targetGroups: ['kindergarten'] } },
			'profile.targetGroups.0'
		]
	])('rejects %s and names the field', (_name, change, path) => {
		const result = parseAnswersData({ ...valid, ...change });
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.problems.map((p) => p.path)).toContain(path);
			expect(result.problems[0]?.message.nl).toMatch(/veld|versie/);
			expect(result.problems[0]?.message.en).toMatch(/field|version/);
			// no untranslated library text in the Dutch message
			expect(result.problems[0]?.message.nl).not.toMatch(/expected|Invalid|received/);
		}
	});

	it('explains that a non-JSON file is not a Digicheck file', () => {
		const result = parseAnswersText('<html>');
		expect(result.ok).toBe(false);
		if (!result.ok)
			expect(result.problems[0]?.message.nl).toContain('geen geldig Digicheck-bestand');
	});

	it('explains that another JSON file is not a Digicheck answers file', () => {
		const result = parseAnswersData({ name: 'something else' });
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems[0]?.path).toBe('format');
	});

	it('keeps answers to removed questions out, with a warning', () => {
		const result = parseAnswersData({ ...valid, answers: { ...valid.answers, 'oude-vraag': 3 } });
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.warnings[0]?.message.en).toContain('oude-vraag');
	});

	it('warns when the file was made with another questionnaire version', () => {
		const newer = parseAnswersData({ ...valid, contentVersion: '9.0.0' });
		expect(newer.ok && newer.warnings.some((w) => w.path === 'contentVersion')).toBe(true);
	});

	it('names the questions added since a file was saved, by their words, in one notice (#27.9)', () => {
		const older = parseAnswersData({
			...valid,
			contentVersion: '2.0.0',
			profile: { ...valid.profile, audience: 'cultural-organisation' }
		});
		expect(older.ok).toBe(true);
		if (!older.ok) return;
		// the validator says the version differs; the app and the CLI name the new questions
		expect(older.warnings.map((w) => w.path)).toEqual(['contentVersion']);
		const warnings = withNewQuestions(older.value, older.warnings, outline.areas);
		const notices = warnings.map((w) => w.message.nl);
		const added = notices.filter((m) => /nieuwe vragen staan nog open/.test(m));
		expect(added).toHaveLength(1);
		for (const label of [
			'kwaliteiten partners (2)',
			'afleiding (5)',
			'sociale media (9)',
			'AI als hulpmiddel (12)'
		])
			expect(added[0]).toContain(label);
		// never a raw id, and no second notice about the version on top of it
		expect(added[0]).not.toContain('ai-tools');
		expect(warnings.some((w) => w.path === 'contentVersion')).toBe(false);
		// nothing lost: the answers it has stay, the new ones are open
		expect(older.value.answers).toEqual(valid.answers);
		// a school is not asked about social media for an audience: three open, not four
		const school = parseAnswersData({ ...valid, contentVersion: '2.0.0' });
		const schoolNotice = school.ok
			? withNewQuestions(school.value, school.warnings, outline.areas)
					.map((w) => w.message.en)
					.join(' ')
			: '';
		expect(schoolNotice).toContain('3 new questions are still open: partners’ strengths');
		expect(schoolNotice).toContain('AI as an aid (12)');
		expect(schoolNotice).not.toContain('social media');
		// answered already (a file edited by hand): only the version notice
		const answered = parseAnswersData({
			...valid,
			contentVersion: '2.0.0',
			answers: {
				...valid.answers,
				partners: 2,
				afleiding: 2,
				'ai-tools': 2
			}
		});
		expect(
			answered.ok &&
				withNewQuestions(answered.value, answered.warnings, outline.areas).map((w) => w.path)
		).toEqual(['contentVersion']);
	});

	it('keeps "na" apart from "unknown", with notes and targets', () => {
		const result = parseAnswersData(valid);
		expect(result.ok && result.value).toMatchObject({
			answers: { vervolg: 'unknown', 'nieuwe-groepen': 'na' },
			notes: { privacy: 'Zie ons privacyreglement van 2026.' },
			targets: { privacy: 3 }
		});
	});

	describe('version 2 files migrate on read, losslessly (version 3 adds the plan)', () => {
		it('keeps every field, note and target, and needs no warning', () => {
			const v2 = { ...valid, version: 2 };
			const result = parseAnswersData(v2);
			expect(result.ok).toBe(true);
			if (!result.ok) return;
			expect(result.value).toEqual({ ...v2, version: 3 });
			expect(result.warnings).toEqual([]);
		});

		it('refuses a plan in a version 2 file (it came with version 3)', () => {
			expect(parseAnswersData({ ...valid, version: 2, plan }).ok).toBe(false);
		});

		it('reads every fixture (all version 2) as version 3 with all its answers', () => {
			for (const name of fixtureNames) {
				const text = readFileSync(
					new URL(`../../../tests/fixtures/${name}.json`, import.meta.url),
					'utf8'
				);
				const result = parseAnswersText(text);
				expect(result.ok && result.value.version, name).toBe(3);
				expect(result.ok && result.value.answers, name).toEqual(JSON.parse(text).answers);
			}
		});
	});

	describe('the project plan (version 3)', () => {
		it('is read back as it was written', () => {
			const result = parseAnswersData({ ...valid, plan });
			expect(result.ok && result.value.plan).toEqual(plan);
		});

		const hostile: [string, unknown][] = [
			['a text past its limit', { ...plan, idea: 'x'.repeat(answersLimits.maxPlanText + 1) }],
			['four steps', { ...plan, phases: plan.phases.slice(0, 4) }],
			['a step twice', { ...plan, phases: [plan.phases[0], ...plan.phases.slice(0, 4)] }],
			['steps out of order', { ...plan, phases: [...plan.phases].reverse() }],
			['negative hours', { ...plan, phases: plan.phases.map((p) => ({ ...p, hours: -1 })) }],
			['hours as text', { ...plan, phases: plan.phases.map((p) => ({ ...p, hours: '8' })) }],
			['fractional costs', { ...plan, phases: plan.phases.map((p) => ({ ...p, costs: 0.5 })) }],
			[
				'costs past the limit',
				{ ...plan, phases: plan.phases.map((p) => ({ ...p, costs: 1e12 })) }
			],
			['a day that is not one', { ...plan, when: '2027-13-01' }],
			['a day that does not exist', { ...plan, when: '2027-02-31' }],
			['an unknown field', { ...plan, script: '<script>' }],
			[
				'a step with an unknown field',
				{ ...plan, phases: plan.phases.map((p) => ({ ...p, x: 1 })) }
			]
		];
		for (const [name, bad] of hostile)
			it(`refuses ${name}, naming the field, and never throws`, () => {
				const result = parseAnswersData({ ...valid, plan: bad });
				expect(result.ok).toBe(false);
				expect(!result.ok && result.problems[0]?.path).toMatch(/^plan/);
			});
	});

	describe('version 1 files migrate on read, losslessly', () => {
		it('keeps every field and answer, and says what "weet ik niet" meant then', () => {
			const result = parseAnswersData(v1);
			expect(result.ok).toBe(true);
			if (!result.ok) return;
			expect(result.value).toEqual({ ...v1, version: 3 });
			expect(result.warnings.map((w) => w.path)).toContain('answers');
			expect(result.warnings.find((w) => w.path === 'answers')?.message.nl).toContain(
				'niet van toepassing'
			);
		});

		it('migrates without a warning about "weet ik niet" when there is none', () => {
			const result = parseAnswersData({ ...v1, answers: { vervolg: 3 } });
			expect(result.ok && result.value.version).toBe(3);
			expect(result.ok && result.warnings.some((w) => w.message.nl.includes('weet ik niet'))).toBe(
				false
			);
		});

		it('refuses "na", notes and targets in a version 1 file', () => {
			expect(parseAnswersData({ ...v1, answers: { vervolg: 'na' } }).ok).toBe(false);
			expect(parseAnswersData({ ...v1, notes: {} }).ok).toBe(false);
		});

		it('reads the saved version 1 fixture with all its answers', () => {
			const text = readFileSync(
				new URL('../../../tests/fixtures/v1/collectief-start-v1.json', import.meta.url),
				'utf8'
			);
			const result = parseAnswersText(text);
			expect(result.ok).toBe(true);
			if (result.ok) expect(result.value.answers).toEqual(JSON.parse(text).answers);
		});
	});

	describe('bounded parsing', () => {
		it('refuses a file over the size limit before reading it', () => {
			const result = parseAnswersText(' '.repeat(answersLimits.maxTextLength + 1));
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.problems[0]?.message.nl).toContain('te groot');
		});

		it('refuses too many answers early, with one problem that names the field', () => {
			const answers = Object.fromEntries(
				Array.from({ length: answersLimits.maxAnswers + 1 }, (_, i) => [`vraag-${i}`, 9])
			);
			const result = parseAnswersData({ ...valid, answers });
			expect(result.ok).toBe(false);
			if (!result.ok) {
				expect(result.problems).toHaveLength(1);
				expect(result.problems[0]?.path).toBe('answers');
				expect(result.problems[0]?.message.nl).toContain('501 antwoorden');
			}
		});

		it('reads a file with 115,000 invalid entries without overflowing the stack', () => {
			const entries = Array.from({ length: 115_000 }, (_, i) => `"${i.toString(36)}":9`).join(',');
			const text = `{"format":"digicheck-answers","version":2,"answers":{${entries}}}`;
			expect(text.length).toBeLessThan(answersLimits.maxTextLength);
			const result = parseAnswersText(text);
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.problems[0]?.path).toBe('answers');
		});

		it('describes at most twenty problems, then says how many more', () => {
			const answers = Object.fromEntries(
				Array.from({ length: answersLimits.maxAnswers }, (_, i) => [`vraag-${i}`, 9])
			);
			const result = parseAnswersData({ ...valid, answers });
			expect(result.ok).toBe(false);
			if (!result.ok) {
				expect(result.problems).toHaveLength(maxProblems + 1);
				expect(result.problems.at(-1)?.message.nl).toBe(
					`En nog ${answersLimits.maxAnswers - maxProblems} andere problemen.`
				);
			}
		});

		it('refuses a target group named twice', () => {
			const result = parseAnswersData({
				...valid,
				profile: { ...valid.profile, targetGroups: ['po', 'po'] }
			});
			expect(result.ok).toBe(false);
			if (!result.ok) expect(result.problems[0]?.message.nl).toContain('twee keer');
		});

		it('reads UTF-8 with and without a byte order mark, and UTF-16 with one', () => {
			const text = JSON.stringify(valid);
			const utf8 = new TextEncoder().encode(text);
			const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
			const utf16 = (littleEndian: boolean) => {
				const bytes = new Uint8Array(2 + text.length * 2);
				const view = new DataView(bytes.buffer);
				view.setUint16(0, 0xfeff, littleEndian);
				for (let i = 0; i < text.length; i++)
					view.setUint16(2 + 2 * i, text.charCodeAt(i), littleEndian);
				return bytes;
			};
			for (const bytes of [utf8, withBom, utf16(true), utf16(false)]) {
				const result = parseAnswersBytes(bytes);
				expect(result.ok).toBe(true);
				if (result.ok) expect(result.value.profile.name).toBe('Zoë');
			}
			expect(parseAnswersText(`\ufeff${text}`).ok).toBe(true);
			const broken = parseAnswersBytes(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]));
			expect(broken.ok).toBe(false);
		});

		it('never echoes control characters or ANSI escapes from a file', () => {
			const hostile = '\u001b[31mROOD\u001b[0m\u0007\u202e';
			const result = parseAnswersData({ ...valid, [hostile]: 1, version: 2 });
			expect(result.ok).toBe(false);
			const messages = result.ok ? [] : result.problems.flatMap((p) => [p.path, p.message.nl]);
			expect(messages.join(' ')).toContain('ROOD');
			// eslint-disable-next-line no-control-regex -- no control character may be echoed
			expect(messages.join(' ')).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202e]/);
			const named = parseAnswersData({
				...valid,
				profile: { ...valid.profile, name: 'Zoë\u001b[2J\u0000 Atelier' }
			});
			expect(named.ok && named.value.profile.name).toBe('Zoë Atelier');
			expect(printable('a'.repeat(100))).toHaveLength(60);
		});

		it.each([null, 42, 'text', [], { format: 'digicheck-answers' }])(
			'never throws on %j',
			(data) => {
				expect(() => parseAnswersData(data)).not.toThrow();
				expect(parseAnswersData(data).ok).toBe(false);
			}
		);
	});
});
