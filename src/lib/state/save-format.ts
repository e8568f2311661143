/**
 * The small part of saving that every page loads: the storage keys, the clock's shape and the
 * export text. Reading, merging and setting aside (persistence.ts, sync.ts) load with the
 * validator, after the page is on screen.
 */
import type { AnswersFile } from '../engine/answers';
import { storagePrefix } from './storage';

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
