import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnswersFile } from '../answers/schema';
import type { Condition } from '../content/rules-schema';
import { rules } from '../content/rules/index';
import { answersFileArbitrary, uniformFile } from '../testing/arbitraries';
import { compareFiles } from './model';
import { buildReport } from '../engine/report';
import { loadFixture as fixture } from '../testing/fixtures';

describe('comparing two checks', () => {
	const before = fixture('basisschool');
	// a season later: five answers went up, one went down
	const raised = [
		'vervolg',
		'budget-digitaal',
		'tijd-voor-onderzoek',
		'apps-gecontroleerd',
		'toestemming-beeld'
	];
	const after: AnswersFile = {
		...before,
		savedAt: '2027-06-01T10:00:00.000Z',
		answers: { ...before.answers, ...Object.fromEntries(raised.map((id) => [id, 4])) }
	};

	it('gives per-area deltas that are the difference of the two reports in whole points (as shown), and a verdict', () => {
		const c = compareFiles(before, after);
		expect(c.areas).toHaveLength(12);
		const a = buildReport(after);
		const b = buildReport(before);
		for (const area of c.areas) {
			const x = a.areas.find((y) => y.id === area.id)!;
			const y = b.areas.find((z) => z.id === area.id)!;
			if (x.score !== null && y.score !== null)
				expect(area.delta).toBe(Math.floor(x.score + 1e-9) - Math.floor(y.score + 1e-9));
		}
		expect(c.counts.up).toBeGreaterThan(0);
		expect(c.counts.down).toBe(0);
		expect(c.verdict).toBe(
			`${c.counts.up} ${c.counts.up === 1 ? 'onderwerp' : 'onderwerpen'} vooruit, 0 achteruit, ${c.counts.same} gelijk` +
				(c.counts.unknown ? `, ${c.counts.unknown} niet te vergelijken` : '')
		);
	});

	it('lists the questions that moved most, and the advice resolved and new', () => {
		const c = compareFiles(before, after);
		expect(c.moved.length).toBeGreaterThan(0);
		expect(c.moved.length).toBeLessThanOrEqual(5);
		for (const q of c.moved) expect(raised).toContain(q.id);
		expect([...c.moved].sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta))).toEqual(c.moved);
		const beforeIds = buildReport(before).advice.map((a) => a.id);
		const afterIds = buildReport(after).advice.map((a) => a.id);
		expect(c.resolved.map((r) => r.id)).toEqual(beforeIds.filter((id) => !afterIds.includes(id)));
		expect(c.added.map((r) => r.id)).toEqual(afterIds.filter((id) => !beforeIds.includes(id)));
		expect(c.resolved.length).toBeGreaterThan(0);
	});

	it('compares across questionnaire versions on the questions both have, and names the rest', () => {
		const old = { ...before, answers: { ...before.answers, 'vraag-uit-versie-1': 3 as const } };
		const c = compareFiles(old, after);
		expect(c.notCompared).toEqual(['vraag-uit-versie-1']);
		expect(
			c.areas.every((a) => a.direction !== 'unknown' || a.before === null || a.after === null)
		).toBe(true);
	});

	it('says the same of nothing changed, in English too', () => {
		const c = compareFiles(before, before, 'en');
		expect(c.counts.up + c.counts.down).toBe(0);
		expect(c.moved).toEqual([]);
		expect(c.verdict.startsWith('0 topics forward, 0 back, ')).toBe(true);
	});
});

/** The questions a rule's condition names directly. */
function answerLeaves(condition: Condition | undefined): string[] {
	if (!condition) return [];
	if ('all' in condition) return condition.all.flatMap(answerLeaves);
	if ('any' in condition) return condition.any.flatMap(answerLeaves);
	if ('not' in condition) return [];
	return condition.fact === 'answer' ? [condition.question] : [];
}

describe('advice that disappears: resolved only when its answers rose (issue #27.8)', () => {
	const school = (answers: Record<string, 0 | 1 | 2 | 3 | 4>): AnswersFile => {
		const file = uniformFile(2, 'school');
		return { ...file, answers: { ...file.answers, ...answers } };
	};

	it('devices 3 → 2 makes “De apparaten zijn er, nu de mensen nog” lapse, with the reason', () => {
		const before = school({ 'apparaten-voor-iedereen': 3, vaardigheid: 1 });
		const after = school({ 'apparaten-voor-iedereen': 2, vaardigheid: 1 });
		expect(buildReport(before).advice.map((a) => a.id)).toContain('apparaten-wel-vaardigheid-niet');
		const comparison = compareFiles(before, after, 'nl');
		expect(comparison.resolved.map((a) => a.id)).not.toContain('apparaten-wel-vaardigheid-niet');
		const lapsed = comparison.lapsed.find((a) => a.id === 'apparaten-wel-vaardigheid-niet');
		expect(lapsed?.reason).toMatch(/^vervalt omdat de antwoorden veranderden: ‘.+’ van 3 naar 2$/);
	});

	it('skills 1 → 3 resolves the same advice', () => {
		const before = school({ 'apparaten-voor-iedereen': 3, vaardigheid: 1 });
		const after = school({ 'apparaten-voor-iedereen': 3, vaardigheid: 3 });
		const comparison = compareFiles(before, after, 'en');
		expect(comparison.resolved.map((a) => a.id)).toContain('apparaten-wel-vaardigheid-niet');
		expect(comparison.lapsed.map((a) => a.id)).not.toContain('apparaten-wel-vaardigheid-niet');
	});

	it('for any two checks: each gone advice is resolved or lapsed, and resolved only if no answer it reads fell', () => {
		fc.assert(
			fc.property(answersFileArbitrary, answersFileArbitrary, (a, b) => {
				const after = { ...b, profile: a.profile };
				const comparison = compareFiles(a, after, 'nl');
				const afterIds = new Set(buildReport(after, 'nl').advice.map((x) => x.id));
				const gone = buildReport(a, 'nl').advice.filter((x) => !afterIds.has(x.id));
				expect([...comparison.resolved, ...comparison.lapsed].map((x) => x.id).sort()).toEqual(
					gone.map((x) => x.id).sort()
				);
				for (const item of comparison.lapsed) expect(item.reason).toMatch(/^vervalt/);
				// a fall of an answer its rule names never counts as resolved
				for (const item of comparison.resolved) {
					const rule = rules.find((r) => r.id === item.id);
					for (const id of answerLeaves(rule?.when)) {
						const x = a.answers[id];
						const y = after.answers[id];
						expect(
							typeof x === 'number' && (typeof y !== 'number' || y < x),
							`${item.id} ${id}`
						).toBe(false);
					}
				}
			}),
			{ numRuns: 150, seed: 278 }
		);
	});
});
