/**
 * The small part of saving that every page loads: the storage keys, the clock's shape, the
 * texts written, and whether there is a save at all. Reading, merging and setting aside
 * (persistence.ts, sync.ts, through reader.ts) load with the validator, and only when there is
 * a save to read.
 */
import type { AnswersFile } from '../answers/schema';
import { storagePrefix, type KeyValueStore } from './storage';

export type { KeyValueStore } from './storage';

export const answersKey = `${storagePrefix}answers`;
/** Set-aside saves: this prefix, then the time they were set aside. */
export const asidePrefix = `${storagePrefix}answers-unreadable`;
/** The save from before the last import, for "Ongedaan maken". */
export const backupKey = `${storagePrefix}answers-before-import`;

/** When each item was last changed (ms since 1970), and a revision that grows with every save. */
export interface Clock {
	rev: number;
	stamps: Record<string, number>;
}

export const emptyClock = (): Clock => ({ rev: 0, stamps: {} });

/** Serialises the answers file; the same text is what "save as file" downloads. */
export function serialize(file: AnswersFile): string {
	return JSON.stringify(file, null, 2);
}

/** The current time as the answers file's `savedAt`. */
export function nowIso(): string {
	return new Date().toISOString();
}

/** The text saved in localStorage: the answers file and its clock. */
export function serializeSave(file: AnswersFile, clock: Clock): string {
	return JSON.stringify({ ...file, clock });
}

/**
 * Whether there is a save to read: the check, or a save set aside. On a first visit there is
 * none, and the validator need not be loaded at all.
 */
export function hasSaves(store: KeyValueStore): boolean {
	try {
		return (
			store.getItem(answersKey) !== null || store.keys().some((k) => k.startsWith(asidePrefix))
		);
	} catch {
		// a storage that fails to answer is read the careful way
		return true;
	}
}
