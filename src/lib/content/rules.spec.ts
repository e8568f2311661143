import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersFileArbitrary } from '../testing/arbitraries';
import { buildReport } from '../engine/report';
import { trackDecision } from './tracks';
import { questionSteps } from './rules/question-steps';
import { content, findQuestion } from './index';
import { references } from './references';
import {
	ruleSchema,
	trackDecisionSchema,
	type Condition,
	type LeafCondition
} from './rules-schema';
import { rules } from './rules/index';
import { isCultural, isSchool } from './rules/conditions';
import { preconditionRuleId } from './rules/preconditions';
import { areaIds, audienceIds, forAudience } from './schema';

function leaves(condition: Condition): LeafCondition[] {
	if ('all' in condition) return condition.all.flatMap(leaves);
	if ('any' in condition) return condition.any.flatMap(leaves);
	if ('not' in condition) return leaves(condition.not);
	return [condition];
}

describe('advice rules', () => {
	it('validate against the rule schema', () => {
		for (const rule of rules) expect(() => ruleSchema.parse(rule), rule.id).not.toThrow();
		expect(() => trackDecisionSchema.parse(trackDecision)).not.toThrow();
	});

	it('number at least 50, with unique ids', () => {
		expect(rules.length).toBeGreaterThanOrEqual(50);
		expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
	});

	it('give every area a rule for a weak score, a middling score and mostly unknown answers', () => {
		for (const area of areaIds) {
			for (const kind of ['weak', 'middling', 'unknown'] as const) {
				expect(
					rules.some((r) => r.kind === kind && r.advice.areas.includes(area)),
					`${area} ${kind}`
				).toBe(true);
			}
		}
	});

	it('have at least eight cross-area rules that combine answers and profile', () => {
		const cross = rules.filter((r) => r.kind === 'cross');
		expect(cross.length).toBeGreaterThanOrEqual(8);
		expect(
			cross.filter((r) => leaves(r.when).some((l) => l.fact === 'profile')).length
		).toBeGreaterThanOrEqual(4);
	});

	it('refer only to questions, profile choices and references that exist', () => {
		const referenceIds = new Set(references.map((r) => r.id));
		for (const rule of [...rules, ...trackDecision.knockouts]) {
			for (const leaf of leaves(rule.when)) {
				if (leaf.fact === 'answer')
					expect(findQuestion(leaf.question), `${rule.id}: ${leaf.question}`).toBeDefined();
				if (leaf.fact === 'profile' && leaf.field !== 'name') {
					const options =
						content.profile.find((f) => f.id === leaf.field)?.options.map((o) => o.id) ?? [];
					for (const value of [leaf.value].flat())
						expect(options, `${rule.id}: ${leaf.field}=${value}`).toContain(value);
				}
			}
		}
		for (const rule of rules) {
			for (const ref of rule.advice.references)
				expect(referenceIds.has(ref), `${rule.id}: ${ref}`).toBe(true);
		}
	});

	it('give concrete steps in both languages for both audiences', () => {
		for (const rule of rules) {
			for (const audience of audienceIds) {
				for (const step of rule.advice.steps) {
					const text = forAudience('when' in step ? step.text : step, audience);
					expect(text.nl.length, rule.id).toBeGreaterThan(20);
					expect(text.en.length, rule.id).toBeGreaterThan(20);
				}
			}
		}
	});

	it('can each fire: an answer set exists that triggers every rule', () => {
		const fired = new Set<string>();
		for (const file of fc.sample(answersFileArbitrary, { numRuns: 4000, seed: 20261124 })) {
			for (const item of buildReport(file).advice) fired.add(item.id);
			if (fired.size === rules.length) break;
		}
		expect(rules.map((r) => r.id).filter((id) => !fired.has(id))).toEqual([]);
	});

	it('raise a “find out first” item for every critical question answered “weet ik niet”', () => {
		const critical = content.areas.flatMap((a) => a.questions).filter((q) => q.critical);
		expect(critical.map((q) => q.id).sort()).toEqual(
			['apps-gecontroleerd', 'budget-digitaal', 'toestemming-beeld'].sort()
		);
		for (const question of critical) {
			const rule = rules.find(
				(r) =>
					r.kind === 'find-out' &&
					JSON.stringify(r.when) ===
						JSON.stringify({
							fact: 'answer',
							question: question.id,
							operator: 'eq',
							value: 'unknown'
						})
			);
			expect(rule, question.id).toBeDefined();
			expect(rule?.advice.priority).toBe('essential');
		}
	});

	it('have a question-level step for every question, in both languages', () => {
		for (const area of content.areas) {
			for (const question of area.questions) {
				const steps = questionSteps[question.id];
				expect(steps, question.id).toBeDefined();
				for (const step of steps ?? []) {
					for (const audience of audienceIds) {
						const text = forAudience('when' in step ? step.text : step, audience);
						expect(text.nl.length, question.id).toBeGreaterThan(20);
						expect(text.en.length, question.id).toBeGreaterThan(20);
					}
				}
				// the last variant has no condition, so every respondent gets a step
				expect(steps?.at(-1) && !('when' in (steps.at(-1) ?? {})), question.id).toBe(true);
			}
		}
		const known = new Set(content.areas.flatMap((a) => a.questions.map((q) => q.id)));
		expect(Object.keys(questionSteps).filter((id) => !known.has(id))).toEqual([]);
	});
});

describe('the track’s preconditions (issue #27.4)', () => {
	/** The share of a title's words (4+ letters) whose first six letters occur in the reason. */
	const shared = (title: string, reason: string) => {
		const words = title.toLowerCase().match(/[\p{L}’']{4,}/gu) ?? [];
		const text = reason.toLowerCase();
		return words.filter((w) => text.includes(w.slice(0, 6))).length / words.length;
	};

	it('each has an advice that fires exactly when it does, titled in the verdict’s words', () => {
		const pairs = [
			...trackDecision.knockouts.map((k) => ['cultural-organisation', k] as const),
			...trackDecision.schoolKnockouts.map((k) => ['school', k] as const)
		];
		expect(pairs.length).toBeGreaterThanOrEqual(6);
		for (const [audience, knockout] of pairs) {
			const rule = rules.find((r) => r.id === preconditionRuleId(audience, knockout.id));
			expect(rule, knockout.id).toBeDefined();
			// its condition: the audience and the precondition's own answer, nothing else
			expect(rule!.when).toEqual({
				all: [audience === 'school' ? isSchool : isCultural, knockout.when]
			});
			expect(rule!.advice.priority).toBe('essential');
			for (const locale of ['nl', 'en'] as const) {
				const title = forAudience(rule!.advice.title, audience)[locale];
				expect(
					shared(title, knockout.reason[locale]),
					`${knockout.id} ${locale}: ${title}`
				).toBeGreaterThanOrEqual(0.6);
			}
		}
	});

	it('finds a title in other words (the check itself works)', () => {
		expect(
			shared(
				'Let op de leeftijdsgrens van apps en sociale media',
				'apps worden nog niet vast gecontroleerd op wat ze met gegevens van leerlingen doen'
			)
		).toBeLessThan(0.6);
	});
});
