import { describe, expect, it } from 'vitest';
import { emptyAnswersFile, parseAnswersText } from '../answers/schema';
import type { KeyValueStore } from './persistence';
import {
	deleteCheck,
	historyKey,
	historyLimits,
	keepCheck,
	listHistory,
	renameCheck
} from './history';

function memoryStore(full = false): KeyValueStore & { data: Map<string, string> } {
	const data = new Map<string, string>();
	return {
		data,
		getItem: (k) => data.get(k) ?? null,
		setItem: (k, v) => {
			if (full) throw new DOMException('full', 'QuotaExceededError');
			data.set(k, v);
		},
		removeItem: (k) => void data.delete(k),
		keys: () => [...data.keys()]
	};
}

const file = (name: string) => ({
	...emptyAnswersFile('nl'),
	profile: { name, targetGroups: [] },
	answers: { vervolg: 2 as const }
});

describe('checks kept on this device', () => {
	it('keeps, lists newest first, renames and deletes', () => {
		const store = memoryStore();
		const first = keepCheck(store, 'Voormeting september 2026', file('A'), new Date('2026-09-01'));
		const second = keepCheck(store, '  Nameting   juni 2027 ', file('A'), new Date('2027-06-01'));
		expect(first.ok && second.ok).toBe(true);
		let list = listHistory(store, parseAnswersText);
		expect(list.map((e) => e.name)).toEqual(['Nameting juni 2027', 'Voormeting september 2026']);
		expect(list[0]?.file.answers).toEqual({ vervolg: 2 });
		if (!first.ok) return;
		expect(renameCheck(store, first.id, 'Voormeting')).toBe(true);
		expect(renameCheck(store, first.id, '   ')).toBe(false);
		expect(deleteCheck(store, second.ok ? second.id : '')).toBe(true);
		list = listHistory(store, parseAnswersText);
		expect(list.map((e) => e.name)).toEqual(['Voormeting']);
	});

	it('reads a damaged history as empty and leaves out entries that no longer validate', () => {
		const store = memoryStore();
		store.data.set(historyKey, '{not json');
		expect(listHistory(store, parseAnswersText)).toEqual([]);
		store.data.set(
			historyKey,
			JSON.stringify([
				{ id: 'x', name: 'kapot', keptAt: '2026-01-01', text: '{"format":"x"}' },
				{ id: 'y', name: 7 },
				{ id: 'z', name: 'goed', keptAt: '2026-01-02', text: JSON.stringify(file('Z')) }
			])
		);
		expect(listHistory(store, parseAnswersText).map((e) => e.id)).toEqual(['z']);
	});

	it('says so when storage is full or the history is at its limit, and never throws', () => {
		expect(keepCheck(memoryStore(true), 'x', file('A'))).toEqual({ ok: false, reason: 'full' });
		const store = memoryStore();
		for (let i = 0; i < historyLimits.entries; i++) keepCheck(store, `c${i}`, file('A'));
		expect(keepCheck(store, 'one more', file('A'))).toEqual({ ok: false, reason: 'limit' });
	});
});
