import { describe, expect, it } from 'vitest';
import { emptyAnswersFile, type AnswersFile } from '../answers/schema';
import { merge, readClock, stampChanges, type Clock } from './sync';

const base = emptyAnswersFile('nl', new Date('2026-11-29T08:00:00Z'));
const withAnswers = (answers: AnswersFile['answers'], extra: Partial<AnswersFile> = {}) => ({
	...base,
	...extra,
	answers
});

describe('merging two tabs', () => {
	it('takes the newer change per item, a removal included', () => {
		const mine = {
			file: withAnswers({ vervolg: 1, 'budget-digitaal': 2 }, { notes: { privacy: 'oud' } }),
			clock: { rev: 3, stamps: { 'a.vervolg': 10, 'a.budget-digitaal': 30, 'n.privacy': 5 } }
		};
		const theirs = {
			// they changed vervolg later, removed the note later, and answered a new question
			file: withAnswers({ vervolg: 4, 'budget-digitaal': 0, 'tijd-voor-onderzoek': 'unknown' }),
			clock: {
				rev: 5,
				stamps: {
					'a.vervolg': 20,
					'a.budget-digitaal': 25,
					'a.tijd-voor-onderzoek': 22,
					'n.privacy': 40
				}
			}
		};
		const merged = merge(mine, theirs);
		expect(merged.file.answers).toEqual({
			vervolg: 4,
			'budget-digitaal': 2,
			'tijd-voor-onderzoek': 'unknown'
		});
		expect(merged.file.notes).toBeUndefined();
		expect(merged.clock.rev).toBe(6);
		expect(merged.clock.stamps['n.privacy']).toBe(40);
	});

	it('keeps profile choices that fit the merged audience only', () => {
		const mine = {
			file: { ...base, profile: { name: 'X', audience: 'school' as const, targetGroups: [] } },
			clock: { rev: 1, stamps: { 'p.audience': 50 } }
		};
		const theirs = {
			file: {
				...base,
				profile: {
					name: 'X',
					audience: 'cultural-organisation' as const,
					type: 'museum',
					targetGroups: []
				}
			},
			clock: { rev: 1, stamps: { 'p.audience': 10, 'p.type': 10 } }
		};
		expect(merge(mine, theirs).file.profile).toEqual({
			name: 'X',
			audience: 'school',
			targetGroups: []
		});
	});

	it('stamps exactly the items a change touched', () => {
		const before = withAnswers({ vervolg: 1 });
		const after = withAnswers({ vervolg: 1, 'budget-digitaal': 3 }, { locale: 'en' });
		const clock: Clock = stampChanges({ rev: 0, stamps: { 'a.vervolg': 5 } }, before, after, 99);
		expect(clock.stamps).toEqual({ 'a.vervolg': 5, 'a.budget-digitaal': 99, locale: 99 });
	});

	it('reads any clock without throwing, keeping only sane stamps', () => {
		expect(readClock('x')).toEqual({ rev: 0, stamps: {} });
		expect(readClock({ rev: -1, stamps: { a: 'x', b: 3, c: Infinity } })).toEqual({
			rev: 0,
			stamps: { b: 3 }
		});
	});
});
