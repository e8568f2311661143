/**
 * Saving and loading the answers file in localStorage, as pure functions over a storage
 * interface (tested without a browser). The save is the answers file plus a `clock` (when each
 * item last changed; see sync.ts). A save that cannot be read is never thrown away: it is set
 * aside under a key of its own, with a timestamp, and offered for download until dismissed.
 * Nothing here throws, also when storage is full.
 */
import type { AnswersFile, FileProblem, ParseResult } from '../answers/schema';
import { answersKey, asidePrefix, emptyClock, type Clock, type KeyValueStore } from './save-format';
import { readClock } from './sync';

export {
	answersKey,
	asidePrefix,
	backupKey,
	hasSaves,
	nowIso,
	serialize,
	serializeSave,
	type KeyValueStore
} from './save-format';

/** A save that could not be read, kept for download. */
export interface SetAside {
	key: string;
	raw: string;
	problems: FileProblem[];
}

export interface Parsers {
	text: (text: string) => ParseResult<AnswersFile>;
	data: (data: unknown) => ParseResult<AnswersFile>;
}

export type LoadOutcome =
	| { kind: 'empty'; asides: SetAside[] }
	| {
			kind: 'loaded';
			file: AnswersFile;
			clock: Clock;
			warnings: FileProblem[];
			asides: SetAside[];
	  };

/** Reads a save's text: the answers file and its clock. */
export function parseSave(
	raw: string,
	parsers: Parsers
):
	| { ok: true; file: AnswersFile; clock: Clock; warnings: FileProblem[] }
	| { ok: false; problems: FileProblem[] } {
	let data: unknown;
	try {
		data = raw.length > 2_000_000 ? undefined : JSON.parse(raw);
	} catch {
		data = undefined;
	}
	// not JSON or too long: the text parser says so in words
	if (data === undefined) {
		const result = parsers.text(raw);
		return result.ok
			? { ok: true, file: result.value, clock: emptyClock(), warnings: result.warnings }
			: result;
	}
	let clock = emptyClock();
	if (data !== null && typeof data === 'object' && 'clock' in data) {
		const { clock: stored, ...file } = data as { clock: unknown };
		clock = readClock(stored);
		data = file;
	}
	const result = parsers.data(data);
	return result.ok ? { ok: true, file: result.value, clock, warnings: result.warnings } : result;
}

/** Tries a storage call; false instead of an exception (a full or blocked storage). */
function attempt(action: () => void): boolean {
	try {
		action();
		return true;
	} catch {
		return false;
	}
}

/** Every set-aside save, oldest first. */
export function setAsides(store: KeyValueStore, parsers: Parsers): SetAside[] {
	let keys: string[] = [];
	attempt(
		() =>
			(keys = store
				.keys()
				.filter((k) => k.startsWith(asidePrefix))
				.sort())
	);
	return keys.flatMap((key) => {
		let raw: string | null = null;
		attempt(() => (raw = store.getItem(key)));
		if (raw === null) return [];
		const parsed = parseSave(raw, parsers);
		return [{ key, raw, problems: parsed.ok ? [] : parsed.problems }];
	});
}

/**
 * Reads the saved check. An unreadable save is copied to a key of its own (with the time) and
 * then removed; when storage is too full to copy it, it stays where it is, offered all the same.
 */
export function loadSaved(
	store: KeyValueStore,
	parsers: Parsers,
	now: Date = new Date()
): LoadOutcome {
	let raw: string | null = null;
	attempt(() => (raw = store.getItem(answersKey)));
	if (raw === null) return { kind: 'empty', asides: setAsides(store, parsers) };
	const parsed = parseSave(raw, parsers);
	if (parsed.ok)
		return {
			kind: 'loaded',
			file: parsed.file,
			clock: parsed.clock,
			warnings: parsed.warnings,
			asides: setAsides(store, parsers)
		};
	const key = `${asidePrefix}.${now.toISOString()}`;
	const text: string = raw;
	if (attempt(() => store.setItem(key, text))) {
		attempt(() => store.removeItem(answersKey));
		return { kind: 'empty', asides: setAsides(store, parsers) };
	}
	return {
		kind: 'empty',
		asides: [
			...setAsides(store, parsers),
			{ key: answersKey, raw: text, problems: parsed.problems }
		]
	};
}
