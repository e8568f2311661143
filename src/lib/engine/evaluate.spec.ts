import { uniformFile } from '../testing/arbitraries';
import { describe, expect, it } from 'vitest';
import type { Condition } from '../content/rules-schema';
import type { Answers, Profile } from '../answers/schema';
import { decisiveLeaves, evaluateCondition, type Facts } from './evaluate';
import { answerLevels } from './levels';
import { scoreAreas, scoreOverall } from './scoring';

function facts(answers: Answers, profile: Partial<Profile> = {}): Facts {
	const full: Profile = { name: 'Test', audience: 'school', targetGroups: [], ...profile };
	const areas = scoreAreas(answers, full.audience ?? 'school');
	return {
		answers,
		levels: answerLevels(answers),
		profile: full,
		areas: new Map(areas.map((a) => [a.id, a])),
		overall: scoreOverall(areas)
	};
}

const weakPrivacy: Answers = {
	'uitleg-gegevens': 0,
	'apps-gecontroleerd': 1,
	telefoonafspraken: 1
};

describe('evaluateCondition', () => {
	it.each<[string, Condition, Answers, Partial<Profile>, boolean]>([
		[
			'areaScore below a bound',
			{ fact: 'areaScore', area: 'privacy', operator: 'lt', value: 40 },
			weakPrivacy,
			{},
			true
		],
		[
			'areaScore above a bound',
			{ fact: 'areaScore', area: 'privacy', operator: 'gte', value: 40 },
			weakPrivacy,
			{},
			false
		],
		[
			'areaScore of an unanswered area',
			{ fact: 'areaScore', area: 'evaluatie', operator: 'lt', value: 40 },
			weakPrivacy,
			{},
			false
		],
		[
			'a given answer',
			{ fact: 'answer', question: 'apps-gecontroleerd', operator: 'eq', value: 1 },
			weakPrivacy,
			{},
			true
		],
		[
			'an answer in a set',
			{ fact: 'answer', question: 'apps-gecontroleerd', operator: 'in', value: [0, 'unknown'] },
			weakPrivacy,
			{},
			false
		],
		[
			'an unanswered question',
			{ fact: 'answer', question: 'vervolg', operator: 'lte', value: 4 },
			weakPrivacy,
			{},
			false
		],
		[
			'a profile field',
			{ fact: 'profile', field: 'earlierProjects', operator: 'eq', value: 'geen' },
			{},
			{ earlierProjects: 'geen' },
			true
		],
		[
			'a missing profile field',
			{ fact: 'profile', field: 'earlierProjects', operator: 'ne', value: 'geen' },
			{},
			{},
			false
		],
		[
			'a target group',
			{ fact: 'profile', field: 'targetGroups', operator: 'includes', value: 'vmbo' },
			{},
			{ targetGroups: ['vo', 'vmbo'] },
			true
		],
		[
			'the overall level',
			{ fact: 'overallLevel', operator: 'eq', value: 'startend' },
			uniformFile(0, 'school').answers,
			{},
			true
		],
		[
			'the overall level with too few scored areas',
			{ fact: 'overallLevel', operator: 'eq', value: 'startend' },
			weakPrivacy,
			{},
			false
		],
		[
			'the overall level without any score',
			{ fact: 'overallLevel', operator: 'in', value: ['startend'] },
			{},
			{},
			false
		],
		[
			'the share of unknowns',
			{ fact: 'unknownShare', area: 'privacy', operator: 'gte', value: 0.5 },
			{
				'uitleg-gegevens': 'unknown',
				'apps-gecontroleerd': 'unknown',
				telefoonafspraken: 'unknown'
			},
			{},
			true
		]
	])('%s', (_name, condition, answers, profile, expected) => {
		expect(evaluateCondition(condition, facts(answers, profile)).held).toBe(expected);
	});

	it('combines with all, any and not', () => {
		const f = facts(weakPrivacy, { earlierProjects: 'geen' });
		const low: Condition = { fact: 'areaScore', area: 'privacy', operator: 'lt', value: 40 };
		const none: Condition = {
			fact: 'profile',
			field: 'earlierProjects',
			operator: 'eq',
			value: 'geen'
		};
		const high: Condition = { fact: 'areaScore', area: 'privacy', operator: 'gte', value: 75 };
		expect(evaluateCondition({ all: [low, none] }, f).held).toBe(true);
		expect(evaluateCondition({ all: [low, high] }, f).held).toBe(false);
		expect(evaluateCondition({ any: [high, none] }, f).held).toBe(true);
		expect(evaluateCondition({ any: [high] }, f).held).toBe(false);
		expect(evaluateCondition({ not: high }, f).held).toBe(true);
		expect(evaluateCondition({ not: { all: [low, none] } }, f).held).toBe(false);
	});

	it('reports, per leaf, whether it held and the value it saw', () => {
		const f = facts(weakPrivacy);
		const result = evaluateCondition(
			{
				any: [
					{ fact: 'answer', question: 'apps-gecontroleerd', operator: 'lte', value: 1 },
					{ fact: 'answer', question: 'uitleg-gegevens', operator: 'gte', value: 3 }
				]
			},
			f
		);
		expect(result.kind).toBe('any');
		if (result.kind !== 'any') return;
		expect(result.children.map((c) => (c.kind === 'leaf' ? [c.held, c.seen] : null))).toEqual([
			[true, 1],
			[false, 0]
		]);
		// only the leaf that held explains the advice
		const decisive = decisiveLeaves(result);
		expect(decisive).toHaveLength(1);
		expect(decisive[0]?.condition).toMatchObject({ question: 'apps-gecontroleerd' });
	});

	it('gives no decisive leaves for a condition that did not hold', () => {
		const result = evaluateCondition(
			{ fact: 'areaScore', area: 'privacy', operator: 'gte', value: 90 },
			facts(weakPrivacy)
		);
		expect(decisiveLeaves(result)).toEqual([]);
	});
});
