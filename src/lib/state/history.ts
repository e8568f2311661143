/**
 * Checks kept on this device ("Voormeting september 2026"), so a second check a season later
 * can be compared with the first. Stored in localStorage under `digicheck.history`: a kept
 * check is its answers file (a few kilobytes), so fifty fit easily within the browser's 5 MB;
 * localStorage is synchronous, needs no extra library, and "Wis mijn gegevens" removes it with
 * the rest. Pure functions over a store; nothing throws, a damaged history reads as empty
 * entries left out, and every kept file is validated when read.
 */
import type { AnswersFile, ParseResult } from '../answers/schema';
import type { KeyValueStore } from './storage';
import { serialize } from './save-format';
import { storagePrefix } from './storage';

export const historyKey = `${storagePrefix}history`;
export const historyLimits = { entries: 50, name: 100 } as const;

export interface KeptCheck {
	id: string;
	name: string;
	keptAt: string;
	/** The answers file as exported. */
	text: string;
}

export interface HistoryEntry extends KeptCheck {
	file: AnswersFile;
}

function readAll(store: KeyValueStore): KeptCheck[] {
	try {
		const raw = store.getItem(historyKey);
		if (!raw || raw.length > 5_000_000) return [];
		const data: unknown = JSON.parse(raw);
		if (!Array.isArray(data)) return [];
		return data
			.slice(0, historyLimits.entries)
			.filter(
				(e): e is KeptCheck =>
					typeof e === 'object' &&
					e !== null &&
					typeof e.id === 'string' &&
					typeof e.name === 'string' &&
					typeof e.keptAt === 'string' &&
					typeof e.text === 'string'
			);
	} catch {
		return [];
	}
}

function writeAll(store: KeyValueStore, entries: KeptCheck[]): boolean {
	try {
		store.setItem(historyKey, JSON.stringify(entries));
		return true;
	} catch {
		return false;
	}
}

const cleanName = (name: string) => name.replace(/\s+/g, ' ').trim().slice(0, historyLimits.name);

/** The kept checks, newest first, each validated; an entry that no longer reads is left out. */
export function listHistory(
	store: KeyValueStore,
	parse: (text: string) => ParseResult<AnswersFile>
): HistoryEntry[] {
	return readAll(store)
		.flatMap((entry) => {
			const parsed = parse(entry.text);
			return parsed.ok ? [{ ...entry, file: parsed.value }] : [];
		})
		.sort((a, b) => (a.keptAt < b.keptAt ? 1 : a.keptAt > b.keptAt ? -1 : 0));
}

/** Keeps a check under a name; false when storage is full or the history holds fifty already. */
export function keepCheck(
	store: KeyValueStore,
	name: string,
	file: AnswersFile,
	now: Date = new Date()
): { ok: true; id: string } | { ok: false; reason: 'full' | 'limit' } {
	const entries = readAll(store);
	if (entries.length >= historyLimits.entries) return { ok: false, reason: 'limit' };
	const id = `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
	const entry = {
		id,
		name: cleanName(name) || now.toISOString().slice(0, 10),
		keptAt: now.toISOString(),
		text: serialize(file)
	};
	return writeAll(store, [...entries, entry]) ? { ok: true, id } : { ok: false, reason: 'full' };
}

/** Renames a kept check. */
export function renameCheck(store: KeyValueStore, id: string, name: string): boolean {
	const clean = cleanName(name);
	if (!clean) return false;
	const entries = readAll(store);
	if (!entries.some((e) => e.id === id)) return false;
	return writeAll(
		store,
		entries.map((e) => (e.id === id ? { ...e, name: clean } : e))
	);
}

/** Deletes a kept check. */
export function deleteCheck(store: KeyValueStore, id: string): boolean {
	const entries = readAll(store);
	return writeAll(
		store,
		entries.filter((e) => e.id !== id)
	);
}
