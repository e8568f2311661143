/**
 * Evaluates a condition tree against the facts of one assessment. Every node returns
 * whether it held and, for leaves, the value it saw: the "why" of an advice is built from it.
 */
import type { AreaId } from '../content/schema';
import type { Condition, LeafCondition } from '../content/rules-schema';
import type { Answers, Profile } from '../answers/schema';
import { applyOperator, type Seen } from './operators';
import type { AreaResult, OverallResult } from './scoring';
import { answerAt, questionIndex, type Levels } from './levels';

/** Everything a condition can look at. */
export interface Facts {
	answers: Answers;
	/** The same answers by the question's place (levels.ts): what compiled conditions read. */
	levels: Levels;
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
		case 'answer': {
			const at = questionIndex.get(condition.question);
			return at === undefined ? null : answerAt(facts.levels, at);
		}
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

type Check = (facts: Facts) => boolean;

/** A leaf as a function: the common answer comparisons written out, the rest through the registry. */
function compileLeaf(condition: LeafCondition): Check {
	const { operator, value } = condition;
	if (condition.fact === 'answer' && typeof value === 'number') {
		const at = questionIndex.get(condition.question);
		// a level is 0-4; "weet ik niet", "n.v.t." and no answer are outside it (levels.ts)
		if (at !== undefined)
			switch (operator) {
				case 'lt':
					return (f) => {
						const v = f.levels[at] as number;
						return v >= 0 && v <= 4 && v < value;
					};
				case 'lte':
					return (f) => {
						const v = f.levels[at] as number;
						return v >= 0 && v <= 4 && v <= value;
					};
				case 'gte':
					return (f) => {
						const v = f.levels[at] as number;
						return v <= 4 && v >= value;
					};
				case 'eq':
					return (f) => f.levels[at] === value;
			}
	}
	if (condition.fact === 'areaScore' && typeof value === 'number') {
		const area = condition.area;
		// a score only counts for an area with status "scored", as factValue says
		const scoreOf = (f: Facts) => {
			const result = f.areas.get(area);
			return result !== undefined && result.status === 'scored' ? result.score : null;
		};
		switch (operator) {
			case 'lt':
				return (f) => {
					const v = scoreOf(f);
					return v !== null && v < value;
				};
			case 'gte':
				return (f) => {
					const v = scoreOf(f);
					return v !== null && v >= value;
				};
		}
	}
	if (condition.fact === 'unknownShare' && operator === 'gte' && typeof value === 'number') {
		const area = condition.area;
		return (f) => {
			const result = f.areas.get(area);
			return result !== undefined && result.unknownShare >= value;
		};
	}
	return (f) => applyOperator(operator, factValue(condition, f), value);
}

/** A condition tree as one function, built once per condition of the content. */
export function compileCondition(condition: Condition): Check {
	if ('all' in condition) {
		const parts = condition.all.map(compileCondition);
		return (f) => {
			for (const part of parts) if (!part(f)) return false;
			return true;
		};
	}
	if ('any' in condition) {
		const parts = condition.any.map(compileCondition);
		return (f) => {
			for (const part of parts) if (part(f)) return true;
			return false;
		};
	}
	if ('not' in condition) {
		const inner = compileCondition(condition.not);
		return (f) => !inner(f);
	}
	return compileLeaf(condition);
}

const compiled = new WeakMap<Condition, Check>();

/**
 * Whether a condition holds, short-circuiting and without building the result tree: for the
 * many conditions that do not hold (most rules, track what-ifs, conditional steps). Each
 * condition of the content is compiled to a function once.
 */
export function conditionHolds(condition: Condition, facts: Facts): boolean {
	let check = compiled.get(condition);
	if (!check) compiled.set(condition, (check = compileCondition(condition)));
	return check(facts);
}

/** A leaf that held, with the value it saw: what one sentence of a "why" quotes. */
export interface HeldLeaf {
	condition: LeafCondition;
	seen: Seen;
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
