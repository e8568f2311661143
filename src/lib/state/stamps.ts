/**
 * The part of syncing two tabs that every page loads: stamping each change of this tab with its
 * time (sync.ts merges by these stamps, when there is another tab's save to read).
 */
import type { AnswersFile, Profile } from '../answers/schema';
import { profileFieldIds } from '../content/ids';
import type { Clock } from './save-format';

/** Every profile field (the content's list). */
const profileFields: readonly (keyof Profile)[] = profileFieldIds;

/**
 * The file as items: `a.<question>`, `p.<field>`, `n.<area>`, `t.<area>`, `locale`, `mode`, and
 * `plan` (the project plan as one item: its steps belong together).
 */
export function itemsOf(file: AnswersFile): Map<string, unknown> {
	const items = new Map<string, unknown>();
	for (const [id, value] of Object.entries(file.answers)) items.set(`a.${id}`, value);
	for (const field of profileFields)
		if (file.profile[field] !== undefined) items.set(`p.${field}`, file.profile[field]);
	for (const [area, note] of Object.entries(file.notes ?? {})) items.set(`n.${area}`, note);
	for (const [area, target] of Object.entries(file.targets ?? {})) items.set(`t.${area}`, target);
	items.set('locale', file.locale);
	if (file.mode) items.set('mode', file.mode);
	if (file.plan) items.set('plan', file.plan);
	return items;
}

export const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The clock after a local change from `before` to `after`: every changed item stamped `now`. */
export function stampChanges(
	clock: Clock,
	before: AnswersFile,
	after: AnswersFile,
	now: number
): Clock {
	const old = itemsOf(before);
	const next = itemsOf(after);
	const stamps = { ...clock.stamps };
	for (const key of new Set([...old.keys(), ...next.keys()]))
		if (!same(old.get(key), next.get(key))) stamps[key] = now;
	return { rev: clock.rev, stamps };
}
