/**
 * The answers file's constants and zod-free helpers. The browser uses these on every page;
 * the validating schema (answers.ts) is loaded only when a save or a file is read.
 */
import type { Audience } from '../content/ids';
import { contentVersion } from '../content/version';
import type { AnswersFile, Profile } from './answers';

export const answersFormat = 'digicheck-answers';
export const answersFileVersion = 1;

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
