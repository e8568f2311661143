/**
 * Saving and loading the answers file in localStorage, as pure functions over a storage
 * interface (tested without a browser). A save that cannot be read is never thrown away:
 * it is moved aside under its own key and offered for download.
 */
import type { AnswersFile, FileProblem, ParseResult } from '../engine/answers';
import { storagePrefix } from './storage';

export const answersKey = `${storagePrefix}answers`;
export const corruptKey = `${storagePrefix}answers-unreadable`;

/** The part of the Storage API we use; the browser's localStorage fits it. */
export interface KeyValueStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

export type LoadOutcome =
	| { kind: 'empty' }
	| { kind: 'loaded'; file: AnswersFile; warnings: FileProblem[] }
	| { kind: 'unreadable'; raw: string; problems: FileProblem[] };

/**
 * Reads the saved check with the given parser (answers.ts's `parseAnswersText`). An
 * unreadable one is copied aside (never lost) and reported.
 */
export function loadSaved(
	store: KeyValueStore,
	parse: (text: string) => ParseResult<AnswersFile>
): LoadOutcome {
	const raw = store.getItem(answersKey);
	if (raw === null) {
		const aside = store.getItem(corruptKey);
		return aside === null ? { kind: 'empty' } : { kind: 'unreadable', raw: aside, problems: [] };
	}
	const parsed = parse(raw);
	if (parsed.ok) return { kind: 'loaded', file: parsed.value, warnings: parsed.warnings };
	store.setItem(corruptKey, raw);
	store.removeItem(answersKey);
	return { kind: 'unreadable', raw, problems: parsed.problems };
}

/** Serialises the answers file; the same text is what "save as file" downloads. */
export function serialize(file: AnswersFile): string {
	return JSON.stringify(file, null, 2);
}

/** The current time as the answers file's `savedAt`. */
export function nowIso(): string {
	return new Date().toISOString();
}
