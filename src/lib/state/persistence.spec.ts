import { describe, expect, it } from 'vitest';
import { emptyAnswersFile, parseAnswersData, parseAnswersText } from '../answers/schema';
import {
	answersKey,
	asidePrefix,
	hasSaves,
	loadSaved,
	parseSave,
	serializeSave,
	type KeyValueStore
} from './persistence';
import { emptyClock } from './sync';

const parsers = { text: parseAnswersText, data: parseAnswersData };

function memoryStore(
	initial: Record<string, string> = {},
	full = false
): KeyValueStore & { data: Record<string, string> } {
	const data = { ...initial };
	return {
		data,
		getItem: (k) => data[k] ?? null,
		setItem: (k, v) => {
			if (full) throw new DOMException('full', 'QuotaExceededError');
			data[k] = v;
		},
		removeItem: (k) => void delete data[k],
		keys: () => Object.keys(data)
	};
}

describe('loading a saved check', () => {
	it('finds nothing on a fresh device', () => {
		expect(loadSaved(memoryStore(), parsers)).toEqual({ kind: 'empty', asides: [] });
	});

	it('knows without reading whether there is a save (then the validator is loaded)', () => {
		expect(hasSaves(memoryStore())).toBe(false);
		expect(hasSaves(memoryStore({ 'digicheck:other': 'x' }))).toBe(false);
		expect(hasSaves(memoryStore({ [answersKey]: '{}' }))).toBe(true);
		expect(hasSaves(memoryStore({ [`${asidePrefix}.2026-11-29`]: 'x' }))).toBe(true);
		// a storage that fails to answer is read the careful way
		const failing = memoryStore();
		failing.keys = () => {
			throw new DOMException('blocked', 'SecurityError');
		};
		expect(hasSaves(failing)).toBe(true);
	});

	it('loads a valid save with its clock, and a plain answers file without one', () => {
		const file = { ...emptyAnswersFile('nl'), answers: { vervolg: 3 as const } };
		const clock = { rev: 4, stamps: { 'a.vervolg': 1000 } };
		const outcome = loadSaved(memoryStore({ [answersKey]: serializeSave(file, clock) }), parsers);
		expect(outcome).toMatchObject({ kind: 'loaded', file: { answers: { vervolg: 3 } }, clock });
		const plain = parseSave(JSON.stringify(file), parsers);
		expect(plain).toMatchObject({ ok: true, clock: emptyClock() });
	});

	it.each([
		['text that is not JSON', '{"format": "digicheck-answ'],
		[
			'an answer out of range',
			JSON.stringify({ ...emptyAnswersFile('nl'), answers: { vervolg: 9 } })
		],
		['another format', JSON.stringify({ hello: 'world' })]
	])('sets %s aside under a timestamped key instead of throwing it away', (_name, raw) => {
		const store = memoryStore({ [answersKey]: raw });
		const now = new Date('2026-11-29T08:00:00Z');
		const outcome = loadSaved(store, parsers, now);
		expect(outcome.kind).toBe('empty');
		expect(outcome.asides).toHaveLength(1);
		expect(outcome.asides[0]?.raw).toBe(raw);
		expect(outcome.asides[0]?.problems.length).toBeGreaterThan(0);
		expect(store.data[`${asidePrefix}.2026-11-29T08:00:00.000Z`]).toBe(raw);
		expect(store.data[answersKey]).toBeUndefined();
		// on the next visit, the set-aside save is still offered; a second one gets its own key
		store.data[answersKey] = 'second';
		const next = loadSaved(store, parsers, new Date('2026-11-30T08:00:00Z'));
		expect(next.asides.map((a) => a.raw)).toEqual([raw, 'second']);
	});

	it('never throws when storage is full: the unreadable save stays in place and is offered', () => {
		const store = memoryStore({ [answersKey]: 'kapot' }, true);
		const outcome = loadSaved(store, parsers);
		expect(outcome).toMatchObject({ kind: 'empty', asides: [{ key: answersKey, raw: 'kapot' }] });
		expect(store.data[answersKey]).toBe('kapot');
	});
});
