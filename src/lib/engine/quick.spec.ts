import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content, quickProfileFields, quickQuestionIds } from '../content/index';
import { rules } from '../content/rules/index';
import { type AnswersFile } from '../answers/schema';
import { audienceOf } from '../answers/format';
import { answersFileArbitrary, fixtureNames } from '../testing/arbitraries';
import { compareFiles } from '../compare/model';
import { phrases } from './phrases';
import { askedInQuickScan } from './advice';
import { buildReport } from './report';
import { loadFixture as fixture } from '../testing/fixtures';

/** What a quick scan of a file would hold: its answers to the quick questions, mode quick. */
function quickOf(file: AnswersFile): AnswersFile {
	const asked = new Set(quickQuestionIds(audienceOf(file.profile)));
	return {
		...file,
		mode: 'quick',
		answers: Object.fromEntries(Object.entries(file.answers).filter(([id]) => asked.has(id)))
	};
}

const ruleById = new Map(rules.map((r) => [r.id, r]));
const unaskedFieldLabels = content.profile
	.filter((f) => !(quickProfileFields as readonly string[]).includes(f.id))
	.flatMap((f) => [f.label.nl, f.label.en].flatMap((l) => [l, l.replace(/[?.]$/, '')]));

describe('the quick scan report', () => {
	it('gives only advice whose facts the scan asked, for any file', () => {
		fc.assert(
			fc.property(answersFileArbitrary, (full) => {
				const file = quickOf(full);
				const audience = audienceOf(file.profile);
				const report = buildReport(file);
				for (const advice of report.advice)
					expect(askedInQuickScan(ruleById.get(advice.id)!.when, audience), advice.id).toBe(true);
				// and no "why" quotes a profile field the scan did not ask
				for (const advice of report.advice)
					for (const why of advice.why)
						for (const label of unaskedFieldLabels)
							expect(why.includes(`“${label}”`), `${advice.id}: ${why}`).toBe(false);
				expect(report.questionCount).toBe(12);
				expect(report.track.status).not.toBe('decided');
			}),
			{ numRuns: 300, seed: 20261129 }
		);
	});

	it('leaves out rules that read an unasked question or profile field, which the full check gives', () => {
		// the one-person maker's full check gets advice about working alone (size), among others
		const full = fixture('maker-alleen');
		const fullIds = buildReport(full).advice.map((a) => a.id);
		const quickIds = buildReport(quickOf(full)).advice.map((a) => a.id);
		const unasked = fullIds.filter(
			(id) => !askedInQuickScan(ruleById.get(id)!.when, 'cultural-organisation')
		);
		expect(unasked.length).toBeGreaterThan(0);
		for (const id of unasked) expect(quickIds).not.toContain(id);
		expect(quickIds.length).toBeGreaterThan(0);
	});

	it('makes a decided verdict provisional, and says why', () => {
		for (const name of fixtureNames) {
			const full = buildReport(fixture(name));
			const quick = buildReport(quickOf(fixture(name)));
			expect(quick.mode).toBe('quick');
			if (quick.track.status === 'undecided') continue;
			expect(quick.track.status, name).toBe('provisional');
			const sentence = phrases.quickProvisional[quick.locale];
			// said once, after the reason (not inside it: the results page shows the reason alone)
			expect(quick.track.note, name).toBe(sentence);
			expect(quick.track.reason).not.toContain(sentence);
			expect(full.track.note).toBeUndefined();
		}
	});

	it('scores each area from its one answer', () => {
		const report = buildReport(quickOf(fixture('school-techniek-sterk')));
		expect(report.areas.every((a) => a.status === 'scored' && a.known === 1)).toBe(true);
		expect(report.overall.score).not.toBeNull();
	});
});

describe('a quick scan against a full check', () => {
	it('compares on the questions both have answered', () => {
		const full = fixture('theater-koploper');
		const quick = { ...quickOf(full), savedAt: '2026-09-01T10:00:00.000Z' };
		const comparison = compareFiles(quick, full, 'nl');
		expect(comparison.sharedQuestions).toBe(12);
		// the same answers on the shared questions: nothing moved
		expect(comparison.areas.every((a) => a.delta === 0)).toBe(true);
		expect(comparison.counts.same).toBe(12);
		// two full checks compare on everything, as before
		expect(compareFiles(full, full, 'nl').sharedQuestions).toBeUndefined();
	});
});

describe('the quick scan’s area advice', () => {
	it('quotes the one answer it rests on, and never speaks of many questions', () => {
		const full = buildReport(fixture('basisschool'));
		const quick = buildReport(quickOf(fixture('basisschool')));
		const areaAdvice = quick.advice.filter((a) => ['weak', 'middling', 'unknown'].includes(a.kind));
		expect(areaAdvice.length).toBeGreaterThan(0);
		for (const advice of areaAdvice) {
			// the area's score, and the one answer it comes from (quoted)
			expect(advice.why.some((w) => w.includes('“'))).toBe(true);
			expect(advice.text).not.toMatch(/veel vragen|many questions/);
		}
		// the weak and middling texts hold for one answer too (they claim no level: claims.spec.ts)
		const same = areaAdvice.filter((a) => a.kind !== 'unknown');
		for (const advice of same) {
			const inFull = full.advice.find((a) => a.id === advice.id);
			if (inFull) expect(advice.text).toBe(inFull.text);
		}
		// "weet ik niet" on every question asked: one answer of an area's three or more is never
		// "many questions", so an area's "unknown" advice (which says so) never fires
		fc.assert(
			fc.property(answersFileArbitrary, (generated) => {
				const file = quickOf(generated);
				const unknown = Object.fromEntries(Object.keys(file.answers).map((id) => [id, 'unknown']));
				for (const answers of [file.answers, unknown]) {
					const report = buildReport({ ...file, answers } as AnswersFile);
					expect(report.advice.filter((a) => a.kind === 'unknown')).toEqual([]);
				}
			}),
			{ numRuns: 100 }
		);
	});
});
