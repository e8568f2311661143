import { describe, expect, it } from 'vitest';
import { emptyAnswersFile, parseAnswersText } from '../engine/answers';
import { answersKey, corruptKey, loadSaved, serialize, type KeyValueStore } from './persistence';

function memoryStore(
	initial: Record<string, string> = {}
): KeyValueStore & { data: Record<string, string> } {
	const data = { ...initial };
	return {
		data,
		getItem: (k) => data[k] ?? null,
		setItem: (k, v) => void (data[k] = v),
		removeItem: (k) => void delete data[k]
	};
}

describe('loading a saved check', () => {
	it('finds nothing on a fresh device', () => {
		expect(loadSaved(memoryStore(), parseAnswersText)).toEqual({ kind: 'empty' });
	});

	it('loads a valid save', () => {
		const file = { ...emptyAnswersFile('nl'), answers: { vervolg: 3 as const } };
		const outcome = loadSaved(memoryStore({ [answersKey]: serialize(file) }), parseAnswersText);
		expect(outcome.kind).toBe('loaded');
		if (outcome.kind === 'loaded') expect(outcome.file.answers).toEqual({ vervolg: 3 });
	});

	it.each([
		['text that is not JSON', '{"format": "digicheck-answ'],
		[
			'an answer out of range',
			JSON.stringify({ ...emptyAnswersFile('nl'), answers: { vervolg: 9 } })
		],
		['another format', JSON.stringify({ hello: 'world' })]
	])('keeps %s aside instead of throwing it away', (_name, raw) => {
		const store = memoryStore({ [answersKey]: raw });
		const outcome = loadSaved(store, parseAnswersText);
		expect(outcome.kind).toBe('unreadable');
		if (outcome.kind === 'unreadable') {
			expect(outcome.raw).toBe(raw);
			expect(outcome.problems.length).toBeGreaterThan(0);
		}
		expect(store.data[corruptKey]).toBe(raw);
		expect(store.data[answersKey]).toBeUndefined();
		// on the next visit, the kept-aside data is still offered
		expect(loadSaved(store, parseAnswersText)).toMatchObject({ kind: 'unreadable', raw });
	});
});
