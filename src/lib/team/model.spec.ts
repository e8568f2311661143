import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnswersFile } from '../answers/schema';
import { answersFileArbitrary } from '../testing/arbitraries';
import { buildReport } from '../engine/report';
import { buildTeamReport, lowerMedian, mergeAnswers } from './model';
import { loadFixture as fixture } from '../testing/fixtures';

const school = fixture('basisschool');
const colleague = (role: string, changes: AnswersFile['answers']): AnswersFile => ({
	...school,
	profile: { ...school.profile, role },
	answers: { ...school.answers, ...changes }
});

describe('the team report', () => {
	it('takes the lower median, and keeps "weet ik niet" only where nobody gave a level', () => {
		expect(lowerMedian([4, 0, 2])).toBe(2);
		expect(lowerMedian([1, 3])).toBe(1);
		expect(lowerMedian([])).toBeNull();
		expect(
			mergeAnswers([
				{ ...school, answers: { vervolg: 'unknown', trekker: 3, 'ethiek-ai': 'na' } },
				{ ...school, answers: { vervolg: 'unknown', trekker: 'unknown', 'ethiek-ai': 1 } }
			])
		).toEqual({
			'ethiek-ai': 1,
			trekker: 3,
			vervolg: 'unknown'
		});
	});

	it('gives per area the median, lowest and highest, and lists divergent questions', () => {
		const team = buildTeamReport(
			[
				colleague('directie', { vervolg: 4, 'budget-digitaal': 0 }),
				colleague('leraar-maker', { vervolg: 0, 'budget-digitaal': 1 }),
				colleague('cultuurcoordinator', { vervolg: 2, 'budget-digitaal': 'unknown' })
			],
			'nl'
		);
		expect(team.members.map((m) => m.role)).toEqual([
			'Directie of bestuur',
			'Docent, leraar of maker',
			'Cultuurcoördinator'
		]);
		expect(team.merged.answers.vervolg).toBe(2);
		const divergent = team.divergent.map((d) => d.id);
		expect(divergent).toContain('vervolg');
		expect(divergent).not.toContain('budget-digitaal');
		expect(team.divergent[0]?.spread).toBeGreaterThanOrEqual(team.divergent.at(-1)?.spread ?? 0);
		for (const area of team.areas)
			if (area.median !== null) {
				expect(area.lowest!).toBeLessThanOrEqual(area.median);
				expect(area.median).toBeLessThanOrEqual(area.highest!);
			}
		expect(team.areas.reduce((n, a) => n + a.unknown, 0)).toBeGreaterThanOrEqual(1);
	});

	it('flags a file opened twice and counts it once; leaves out another audience', () => {
		const a = colleague('directie', { vervolg: 4 });
		const team = buildTeamReport([a, { ...a }, fixture('museum-groot')], 'nl');
		expect(team.members[1]?.duplicateOf).toBe(0);
		expect(team.otherAudience).toEqual([2]);
		expect(team.merged.answers.vervolg).toBe(4);
	});

	it('a team with every answer unknown gives no scores, and no throw', () => {
		const unsure = {
			...school,
			answers: Object.fromEntries(Object.keys(school.answers).map((id) => [id, 'unknown' as const]))
		};
		const team = buildTeamReport(
			[unsure, { ...unsure, profile: { ...unsure.profile, role: 'leraar-maker' } }],
			'nl'
		);
		expect(team.areas.every((a) => a.median === null)).toBe(true);
		expect(team.report.overall.score).toBeNull();
	});

	it('is order-independent, and a team of one has the single report’s scores', () => {
		fc.assert(
			fc.property(
				fc.array(answersFileArbitrary, { minLength: 1, maxLength: 5 }),
				fc.nat(),
				(files, seed) => {
					const same = files.map((f) => ({
						...f,
						profile: { ...f.profile, audience: 'school' as const }
					}));
					const shuffled = [...same].sort(
						(x, y) =>
							((JSON.stringify(x).length * 31 + seed) % 7) -
							((JSON.stringify(y).length * 31 + seed) % 7)
					);
					const a = buildTeamReport(same, 'nl');
					const b = buildTeamReport(shuffled, 'nl');
					expect(a.merged.answers).toEqual(b.merged.answers);
					expect(a.areas).toEqual(b.areas);
					const one = buildTeamReport([same[0]!], 'nl');
					const single = buildReport(same[0]!, 'nl');
					expect(one.areas.map((x) => x.median)).toEqual(
						single.areas.map((x) => (x.status === 'scored' ? x.score : null))
					);
				}
			),
			{ numRuns: 60, seed: 3 }
		);
	});
});

describe('the team report across questionnaire versions', () => {
	it('counts answers to questions that still exist, leaves out the rest, and says how many files differ', () => {
		const older: AnswersFile = {
			...colleague('directie', { vervolg: 4, 'oude-vraag': 4 }),
			contentVersion: '1.0.0'
		};
		// an older questionnaire did not ask this question yet
		delete (older.answers as Record<string, unknown>)['ethiek-ai'];
		const current = colleague('leraar-maker', { vervolg: 0, 'oude-vraag': 0 });
		const team = buildTeamReport([older, current], 'nl');
		expect(team.otherVersion).toBe(1);
		expect(team.merged.answers).not.toHaveProperty('oude-vraag');
		expect(team.divergent.map((d) => d.id)).not.toContain('oude-vraag');
		expect(team.divergent.map((d) => d.id)).toContain('vervolg');
		// the question only the newer file answered takes that one answer
		expect(team.merged.answers['ethiek-ai']).toBe(current.answers['ethiek-ai']);
		expect(
			buildTeamReport(
				[current, { ...current, profile: { ...current.profile, role: 'directie' } }],
				'nl'
			).otherVersion
		).toBe(0);
	});
});
