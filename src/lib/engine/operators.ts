/**
 * The operator registry: each operator checks its inputs and compares what a fact saw with
 * the rule's value. A missing value (unanswered, no score) never satisfies an operator.
 */
import type { Operator } from '../content/rules-schema';

export type Seen = number | string | readonly string[] | null;
export type Expected = number | string | readonly (number | string)[];

interface OperatorDefinition {
	/** Whether the operator can compare these; a false here means "does not hold". */
	accepts(seen: Seen, expected: Expected): boolean;
	test(seen: Seen, expected: Expected): boolean;
}

const bothNumbers = (seen: Seen, expected: Expected) =>
	typeof seen === 'number' && typeof expected === 'number';
const scalar = (seen: Seen) => typeof seen === 'number' || typeof seen === 'string';

export const operators: Record<Operator, OperatorDefinition> = {
	lt: { accepts: bothNumbers, test: (s, e) => (s as number) < (e as number) },
	lte: { accepts: bothNumbers, test: (s, e) => (s as number) <= (e as number) },
	gt: { accepts: bothNumbers, test: (s, e) => (s as number) > (e as number) },
	gte: { accepts: bothNumbers, test: (s, e) => (s as number) >= (e as number) },
	eq: { accepts: (s, e) => scalar(s) && !Array.isArray(e), test: (s, e) => s === e },
	ne: { accepts: (s, e) => scalar(s) && !Array.isArray(e), test: (s, e) => s !== e },
	in: {
		accepts: (s, e) => scalar(s) && Array.isArray(e),
		test: (s, e) => (e as readonly unknown[]).includes(s)
	},
	notIn: {
		accepts: (s, e) => scalar(s) && Array.isArray(e),
		test: (s, e) => !(e as readonly unknown[]).includes(s)
	},
	includes: {
		accepts: (s, e) => Array.isArray(s) && typeof e === 'string',
		test: (s, e) => (s as readonly string[]).includes(e as string)
	}
};

/** Applies an operator; false when the inputs do not fit it (for example an unanswered question). */
export function applyOperator(operator: Operator, seen: Seen, expected: Expected): boolean {
	const definition = operators[operator];
	return definition.accepts(seen, expected) && definition.test(seen, expected);
}
