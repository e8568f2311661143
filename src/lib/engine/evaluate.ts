/**
 * Evaluates a condition tree against the facts of one assessment. Every node returns
 * whether it held and, for leaves, the value it saw: the "why" of an advice is built from it.
 */
import type { AreaId } from '../content/schema';
import type { Condition, LeafCondition } from '../content/rules-schema';
import type { Answers, Profile } from './answers';
import { applyOperator, type Seen } from './operators';
import type { AreaResult, OverallResult } from './scoring';

/** Everything a condition can look at. */
export interface Facts {
	answers: Answers;
	profile: Profile;
	areas: ReadonlyMap<AreaId, AreaResult>;
	overall: OverallResult;
}

export type ConditionResult =
	| { kind: 'leaf'; condition: LeafCondition; held: boolean; seen: Seen }
	| { kind: 'all' | 'any'; held: boolean; children: ConditionResult[] }
	| { kind: 'not'; held: boolean; child: ConditionResult };

/** The value a leaf condition looks at. */
export function factValue(condition: LeafCondition, facts: Facts): Seen {
	switch (condition.fact) {
		case 'areaScore': {
			const area = facts.areas.get(condition.area);
			return area && area.status === 'scored' ? area.score : null;
		}
		case 'unknownShare':
			return facts.areas.get(condition.area)?.unknownShare ?? null;
		case 'answer':
			return facts.answers[condition.question] ?? null;
		case 'profile': {
			const value = facts.profile[condition.field];
			if (Array.isArray(value)) return value;
			return typeof value === 'string' && value !== '' ? value : null;
		}
		case 'overallLevel':
			return facts.overall.band?.id ?? null;
	}
}

/** Evaluates a condition tree; `all` and `any` evaluate every child so the report can show each. */
export function evaluateCondition(condition: Condition, facts: Facts): ConditionResult {
	if ('all' in condition) {
		const children = condition.all.map((c) => evaluateCondition(c, facts));
		return { kind: 'all', held: children.every((c) => c.held), children };
	}
	if ('any' in condition) {
		const children = condition.any.map((c) => evaluateCondition(c, facts));
		return { kind: 'any', held: children.some((c) => c.held), children };
	}
	if ('not' in condition) {
		const child = evaluateCondition(condition.not, facts);
		return { kind: 'not', held: !child.held, child };
	}
	const seen = factValue(condition, facts);
	return {
		kind: 'leaf',
		condition,
		held: applyOperator(condition.operator, seen, condition.value),
		seen
	};
}

/**
 * Whether a condition holds, short-circuiting and without building the result tree: for the
 * many conditions that do not hold (most rules, track what-ifs, conditional steps).
 */
export function conditionHolds(condition: Condition, facts: Facts): boolean {
	if ('all' in condition) {
		for (const c of condition.all) if (!conditionHolds(c, facts)) return false;
		return true;
	}
	if ('any' in condition) {
		for (const c of condition.any) if (conditionHolds(c, facts)) return true;
		return false;
	}
	if ('not' in condition) return !conditionHolds(condition.not, facts);
	return applyOperator(condition.operator, factValue(condition, facts), condition.value);
}

/**
 * The leaves that made a held condition true: all children of an `all`, the held children of
 * an `any`. Leaves under a `not` are left out: "something is absent" is no quotable answer.
 */
export function decisiveLeaves(
	result: ConditionResult,
	into: Extract<ConditionResult, { kind: 'leaf' }>[] = []
): Extract<ConditionResult, { kind: 'leaf' }>[] {
	if (!result.held) return into;
	if (result.kind === 'leaf') into.push(result);
	else if (result.kind === 'all' || result.kind === 'any')
		for (const child of result.children) decisiveLeaves(child, into);
	return into;
}
