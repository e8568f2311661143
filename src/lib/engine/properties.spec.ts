import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content, questionsFor } from '../content/index';
import { audienceIds } from '../content/schema';
import type { AnswersFile } from '../answers/schema';
import { answersFileArbitrary, reportSentences, uniformFile } from '../testing/arbitraries';
import { rules } from '../content/rules/index';
import { audienceOf } from '../answers/schema';
import { evaluateCondition, type Facts } from './evaluate';
import { rankAdvice, ruleReasons } from './advice';
import { buildReport } from './report';
import { explain } from './why';
import { answerLevels } from './levels';
import { scoreAreas, scoreOverall } from './scoring';
import { reportSchema } from './report-schema';

const runs = { numRuns: 300, seed: 42 };

/** The file with one numeric answer raised by `step` (capped at 4), or null if none can rise. */
function raiseOne(file: AnswersFile, pick: number, step: number): AnswersFile | null {
	const raisable = Object.entries(file.answers).filter(([, v]) => typeof v === 'number' && v < 4);
	if (raisable.length === 0) return null;
	const [id, value] = raisable[pick % raisable.length] as [string, number];
	return {
		...file,
		answers: { ...file.answers, [id]: Math.min(4, value + step) as 0 | 1 | 2 | 3 | 4 }
	};
}

describe('engine properties', () => {
	it('keeps every score within 0 to 100', () => {
		fc.assert(
			fc.property(answersFileArbitrary, (file) => {
				const report = buildReport(file);
				for (const score of [report.overall.score, ...report.areas.map((a) => a.score)]) {
					if (score !== null) {
						expect(score).toBeGreaterThanOrEqual(0);
						expect(score).toBeLessThanOrEqual(100);
					}
				}
			}),
			runs
		);
	});

	it('never lowers any score when one answer is raised', () => {
		fc.assert(
			fc.property(
				answersFileArbitrary,
				fc.nat(),
				fc.integer({ min: 1, max: 4 }),
				(file, pick, step) => {
					const raised = raiseOne(file, pick, step);
					if (!raised) return;
					const before = buildReport(file);
					const after = buildReport(raised);
					before.areas.forEach((area, i) => {
						const next = after.areas[i];
						if (area.score !== null) expect(next?.score ?? -1).toBeGreaterThanOrEqual(area.score);
					});
					if (before.overall.score !== null)
						expect(after.overall.score ?? -1).toBeGreaterThanOrEqual(before.overall.score);
				}
			),
			runs
		);
	});

	it('gives the same report for the same input', () => {
		fc.assert(
			fc.property(answersFileArbitrary, (file) => {
				expect(buildReport(structuredClone(file))).toEqual(buildReport(file));
			}),
			{ numRuns: 100, seed: 7 }
		);
	});

	it('makes reports that validate against the report schema', () => {
		fc.assert(
			fc.property(answersFileArbitrary, (file) => {
				expect(() => reportSchema.parse(buildReport(file))).not.toThrow();
			}),
			runs
		);
	});

	it.each(audienceIds)(
		'gives all-4 answers (%s) the top level and no weak-area advice',
		(audience) => {
			const report = buildReport(
				uniformFile(4, audience, {
					earlierProjects: 'meerdere',
					programmeBefore: 'ja',
					budget: 'groot'
				})
			);
			expect(report.overall.score).toBe(100);
			expect(report.overall.level?.id).toBe('koploper');
			expect(report.advice.filter((a) => a.kind === 'weak')).toEqual([]);
			expect(report.strengths).toHaveLength(12);
			expect(report.strengthsRelative).toBe(false);
			expect(report.track.id).toBe(audience === 'school' ? 'school-klaar' : 'vervolgtraject');
			expect(report.track.status).toBe('decided');
		}
	);

	it.each(audienceIds)(
		'gives all-0 answers (%s) the lowest level and advice for every area',
		(audience) => {
			const report = buildReport(uniformFile(0, audience, { programmeBefore: 'nee' }));
			expect(report.overall.score).toBe(0);
			expect(report.overall.level?.id).toBe('startend');
			const covered = new Set(report.advice.flatMap((a) => a.areas));
			expect([...covered].sort()).toEqual(content.areas.map((a) => a.id).sort());
			for (const area of content.areas) {
				expect(
					report.advice.some((a) => a.kind === 'weak' && a.areas.includes(area.id)),
					area.id
				).toBe(true);
			}
			expect(report.track).toMatchObject({
				id: audience === 'school' ? 'school-nog-niet' : 'starttraject'
			});
			expect(report.track.decidedBy).toContain('geen-tijd');
			expect(report.strengths).toEqual([]);
		}
	);

	it('never repeats a sentence more than twice in one report', () => {
		fc.assert(
			fc.property(answersFileArbitrary, (file) => {
				const report = buildReport(file);
				const counts = new Map<string, number>();
				for (const sentence of reportSentences(report))
					counts.set(sentence, (counts.get(sentence) ?? 0) + 1);
				const repeated = [...counts].filter(([, n]) => n > 2);
				expect(repeated).toEqual([]);
				expect(report.advice.every((a) => a.steps.length > 0 && a.why.length > 0)).toBe(true);
				// the engine's fast ordering is rankAdvice's: priority, gap, effort, id
				expect(report.advice.map((a) => a.id)).toEqual(rankAdvice(report.advice).map((a) => a.id));
			}),
			{ ...runs, numRuns: 200 }
		);
	});

	it('keeps quick wins apart from the top priorities, at most three items now, no empty horizon', () => {
		fc.assert(
			fc.property(answersFileArbitrary, (file) => {
				const report = buildReport(file);
				expect(report.quickWins.filter((id) => report.topPriorities.includes(id))).toEqual([]);
				expect(report.actionPlan.now.length).toBeLessThanOrEqual(3);
				expect(report.actionPlan.season.length).toBeLessThanOrEqual(3);
				expect(Object.values(report.actionPlan).flat().length).toBe(
					Math.min(7, report.advice.length)
				);
				const filled = Object.values(report.actionPlan).filter((ids) => ids.length > 0);
				expect(filled.length).toBe(Math.min(3, report.advice.length));
			}),
			runs
		);
	});

	it('gives the same reasons through its compiled walkers as the full evaluation does', () => {
		fc.assert(
			fc.property(answersFileArbitrary, (file) => {
				const audience = audienceOf(file.profile);
				const areaResults = scoreAreas(file.answers, audience);
				const facts: Facts = {
					answers: file.answers,
					levels: answerLevels(file.answers),
					profile: file.profile,
					areas: new Map(areaResults.map((a) => [a.id, a])),
					overall: scoreOverall(areaResults)
				};
				for (const rule of rules) {
					const result = evaluateCondition(rule.when, facts);
					if (!result.held) continue;
					expect(ruleReasons(rule.id, facts, audience, file.locale)).toEqual(
						explain(result, facts, audience, file.locale)
					);
				}
			}),
			runs
		);
	});

	it('counts only the questions of the audience', () => {
		for (const audience of audienceIds) {
			const report = buildReport(uniformFile(2, audience));
			const expected = content.areas.reduce((n, a) => n + questionsFor(a, audience).length, 0);
			expect(report.questionCount).toBe(expected);
			expect(report.answeredCount).toBe(expected);
		}
	});
});

describe('every “why” quotes the answers (issue #27.2)', () => {
	it('an advice that names a topic score also quotes an answer of that topic, the lowest first', () => {
		fc.assert(
			fc.property(answersFileArbitrary, (file) => {
				const report = buildReport(file, 'nl');
				for (const advice of report.advice) {
					const scores = advice.why.filter((w) => /: score [\d,]+ van de 100\.$/.test(w));
					if (scores.length === 0) continue;
					// an answer quoted, or where the same answers stood (they stood twice already)
					const answers = advice.why.filter((w) =>
						/^(Je antwoord bij|Bij) “|^Dezelfde antwoorden als bij /.test(w)
					);
					expect(answers.length, `${advice.id}: ${advice.why.join(' | ')}`).toBeGreaterThan(0);
				}
			}),
			runs
		);
	});
});
