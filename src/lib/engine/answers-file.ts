/**
 * The answers file's constants and zod-free helpers. The browser uses these on every page;
 * the validating schema (answers.ts) is loaded only when a save or a file is read.
 */
import type { Audience } from '../content/ids';
import { optionsOf } from '../content/fit';
import { outline } from '../content/outline-data';
import { contentVersion } from '../content/version';
import type { AnswersFile, Profile } from './answers';

export const answersFormat = 'digicheck-answers';
export const answersFileVersion = 2;

/** Limits that keep parsing bounded, whatever a file holds. */
export const answersLimits = {
	/** Characters of a file or save; a real one is a few kilobytes. */
	maxTextLength: 1_000_000,
	/** Entries in `answers`; the questionnaire has about fifty questions. */
	maxAnswers: 500,
	/** Characters of one area's note. */
	maxNoteLength: 1000,
	/** Bytes of a Digicheck PDF read for its answers; a report is a few hundred kilobytes. */
	maxPdfBytes: 10 * 1024 * 1024
} as const;

/** A new, empty answers file. */
export function emptyAnswersFile(locale: 'nl' | 'en', now: Date = new Date()): AnswersFile {
	return {
		format: answersFormat,
		version: answersFileVersion,
		contentVersion,
		locale,
		profile: { name: '', targetGroups: [] },
		answers: {},
		savedAt: now.toISOString()
	};
}

/** The audience whose wording applies; a cultural organisation until the profile says otherwise. */
export function audienceOf(profile: Profile): Audience {
	return profile.audience ?? 'cultural-organisation';
}

/**
 * The profile with changes applied. Choices that do not fit a newly chosen audience (a museum
 * type for a school, say) are dropped, so the file never holds a combination the form cannot show.
 */
export function updateProfile(profile: Profile, patch: Partial<Profile>): Profile {
	const next: Profile = { ...profile, ...patch };
	const audience = patch.audience;
	if (audience === undefined) return next;
	for (const field of outline.profile) {
		if (field.kind !== 'single' || field.id === 'audience') continue;
		const key = field.id as
			'type' | 'size' | 'role' | 'earlierProjects' | 'programmeBefore' | 'budget';
		const value = next[key];
		const fieldFits = !field.audiences || field.audiences.includes(audience);
		const optionFits = optionsOf(field, audience).some((o) => o.id === value);
		if (value !== undefined && (!fieldFits || !optionFits)) delete next[key];
	}
	return next;
}

/** The target groups with one switched on or off, in the order the content lists them. */
export function withTargetGroup(
	groups: readonly string[],
	id: string,
	on: boolean
): Profile['targetGroups'] {
	const order =
		outline.profile.find((f) => f.id === 'targetGroups')?.options.map((o) => o.id) ?? [];
	return order.filter((g) => (g === id ? on : groups.includes(g))) as Profile['targetGroups'];
}
