import { describe, expect, it } from 'vitest';
import { emptyAnswersFile, parseAnswersData, parseAnswersText } from './answers';

const valid = {
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
		['a wrong version', { version: 2 }, 'version'],
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
			expect(result.problems[0]?.message.nl).toMatch(/veld/);
			expect(result.problems[0]?.message.en).toMatch(/field/);
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
		const result = parseAnswersData({ ...valid, contentVersion: '0.9.0' });
		expect(result.ok && result.warnings.some((w) => w.path === 'contentVersion')).toBe(true);
	});
});
