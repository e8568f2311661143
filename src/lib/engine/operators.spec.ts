import { describe, expect, it } from 'vitest';
import { applyOperator } from './operators';

describe('operators', () => {
	it.each([
		['lt', 39.9, 40, true],
		['lt', 40, 40, false],
		['lte', 40, 40, true],
		['gt', 40.1, 40, true],
		['gt', 40, 40, false],
		['gte', 40, 40, true],
		['eq', 2, 2, true],
		['eq', 'unknown', 'unknown', true],
		['eq', 2, 3, false],
		['ne', 2, 3, true],
		['in', 'geen', ['geen', 'onbekend'], true],
		['in', 'klein', ['geen', 'onbekend'], false],
		['notIn', 'klein', ['geen'], true],
		['includes', ['po', 'vmbo'], 'vmbo', true],
		['includes', ['po'], 'vmbo', false]
	] as const)('%s: %j against %j is %s', (operator, seen, expected, result) => {
		expect(applyOperator(operator, seen, expected)).toBe(result);
	});

	it.each(['lt', 'lte', 'gt', 'gte', 'eq', 'ne', 'in', 'notIn'] as const)(
		'%s never holds for a missing value (an unanswered question)',
		(operator) => {
			expect(
				applyOperator(operator, null, operator === 'in' || operator === 'notIn' ? [0, 1] : 0)
			).toBe(false);
		}
	);

	it('does not compare "unknown" with numbers', () => {
		expect(applyOperator('lte', 'unknown', 1)).toBe(false);
		expect(applyOperator('gte', 'unknown', 0)).toBe(false);
	});

	it('rejects inputs that do not fit the operator', () => {
		expect(applyOperator('includes', 'po', 'po')).toBe(false);
		expect(applyOperator('in', 'po', 'po')).toBe(false);
	});
});
