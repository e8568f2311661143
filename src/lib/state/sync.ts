/**
 * Two tabs, one check: every answer, profile field, note and target carries the time it was
 * last changed (a clock kept next to the save). Writing merges with what another tab saved,
 * item by item, the newest change winning, so neither tab loses the other's answers.
 * Pure functions; the assessment loads them (with the validator) when there is a save to read,
 * and stamps its own changes with stamps.ts.
 */
import type { AnswersFile, Profile } from '../answers/schema';
import { updateProfile } from '../answers/format';
import { emptyClock, type Clock } from './save-format';
import { itemsOf, same } from './stamps';

export { emptyClock, type Clock } from './save-format';
export { itemsOf, stampChanges } from './stamps';

/** Builds a file from items, on the base of `base` (format, versions). */
function fileOf(items: Map<string, unknown>, base: AnswersFile, savedAt: string): AnswersFile {
	const answers: Record<string, unknown> = {};
	const notes: Record<string, unknown> = {};
	const targets: Record<string, unknown> = {};
	const profile: Record<string, unknown> = { name: '', targetGroups: [] };
	let locale = base.locale;
	let mode: AnswersFile['mode'];
	let plan: AnswersFile['plan'];
	for (const [key, value] of items) {
		const dot = key.indexOf('.');
		const [kind, id] = dot < 0 ? [key, ''] : [key.slice(0, dot), key.slice(dot + 1)];
		if (kind === 'a') answers[id] = value;
		else if (kind === 'p') profile[id] = value;
		else if (kind === 'n') notes[id] = value;
		else if (kind === 't') targets[id] = value;
		else if (kind === 'locale') locale = value as AnswersFile['locale'];
		else if (kind === 'mode') mode = value as AnswersFile['mode'];
		else if (kind === 'plan') plan = value as AnswersFile['plan'];
	}
	const typedProfile = profile as Profile;
	const file: AnswersFile = {
		format: base.format,
		version: base.version,
		contentVersion: base.contentVersion,
		locale,
		// choices from two tabs must still fit the audience
		profile: updateProfile(typedProfile, { audience: typedProfile.audience }),
		answers: answers as AnswersFile['answers'],
		savedAt
	};
	if (mode) file.mode = mode;
	if (Object.keys(notes).length > 0) file.notes = notes as AnswersFile['notes'];
	if (Object.keys(targets).length > 0) file.targets = targets as AnswersFile['targets'];
	if (plan) file.plan = plan;
	return file;
}

/**
 * Merges two versions of the check item by item: the newer stamp wins (a removal too); on a
 * tie, `mine`. The revision is one more than either.
 */
export function merge(
	mine: { file: AnswersFile; clock: Clock },
	theirs: { file: AnswersFile; clock: Clock }
): { file: AnswersFile; clock: Clock } {
	const a = itemsOf(mine.file);
	const b = itemsOf(theirs.file);
	const items = new Map<string, unknown>();
	const stamps: Record<string, number> = {};
	for (const key of new Set([
		...a.keys(),
		...b.keys(),
		...Object.keys(mine.clock.stamps),
		...Object.keys(theirs.clock.stamps)
	])) {
		const ta = mine.clock.stamps[key] ?? 0;
		const tb = theirs.clock.stamps[key] ?? 0;
		const value = tb > ta ? b.get(key) : a.get(key);
		if (value !== undefined) items.set(key, value);
		const stamp = Math.max(ta, tb);
		if (stamp > 0) stamps[key] = stamp;
	}
	const savedAt = mine.file.savedAt > theirs.file.savedAt ? mine.file.savedAt : theirs.file.savedAt;
	return {
		file: fileOf(items, mine.file, savedAt),
		clock: { rev: Math.max(mine.clock.rev, theirs.clock.rev) + 1, stamps }
	};
}

/** Whether two files hold the same items (answers, profile, notes, targets, language, mode, plan). */
export function sameItems(a: AnswersFile, b: AnswersFile): boolean {
	const x = itemsOf(a);
	const y = itemsOf(b);
	if (x.size !== y.size) return false;
	for (const [key, value] of x) if (!same(value, y.get(key))) return false;
	return true;
}

/** Reads a clock from a save, bounded; anything odd gives an empty clock (the file still loads). */
export function readClock(value: unknown): Clock {
	if (value === null || typeof value !== 'object') return emptyClock();
	const { rev, stamps } = value as { rev?: unknown; stamps?: unknown };
	const clock = emptyClock();
	if (typeof rev === 'number' && Number.isSafeInteger(rev) && rev >= 0) clock.rev = rev;
	if (stamps !== null && typeof stamps === 'object') {
		const entries = Object.entries(stamps).slice(0, 1000);
		for (const [key, stamp] of entries)
			if (typeof stamp === 'number' && Number.isFinite(stamp) && key.length <= 120)
				clock.stamps[key] = stamp;
	}
	return clock;
}
