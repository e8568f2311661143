/**
 * The answers file's types, constants and zod-free helpers. The browser uses these on every
 * page; the validating schema (answers.ts) is loaded only when a save or a file is read, and
 * checks at compile time that what it accepts is exactly these types.
 */
import type { AreaId, Audience } from '../content/ids';
import { optionsOf } from '../content/fit';
import { outline } from '../content/outline-data';
import { contentVersion } from '../content/version';

/** A maturity level, 0 (not looked at) to 4 (part of how we work, reviewed yearly). */
export type Level = 0 | 1 | 2 | 3 | 4;

/**
 * A level 0-4, "unknown" ("weet ik niet": a finding, shown as such) or "na" ("niet van
 * toepassing": left out of the score and the advice). Unanswered questions are absent.
 */
export type AnswerValue = Level | 'unknown' | 'na';

/** Who answered: the profile step (a type alias, not an interface: it is also read as a record). Each choice is one of its field's option ids (outline-data.ts). */
export type Profile = {
	/** Organisation or school name; may be empty while filling in. */
	name: string;
	/** Chosen in the profile step; absent until then. */
	audience?: Audience;
	type?: string;
	size?: string;
	role?: string;
	targetGroups: string[];
	earlierProjects?: string;
	programmeBefore?: string;
	budget?: string;
};

/** The five steps of a project plan (Design Thinking, as the white paper's starttraject uses it). */
export const planPhaseIds = ['inleven', 'definieren', 'ideeen', 'prototype', 'testen'] as const;
export type PlanPhaseId = (typeof planPhaseIds)[number];

/**
 * The respondent's project plan, as they edited it (the titles, the "why" of a suggestion and
 * the hints are worked out from the content and the answers, not stored). Days are YYYY-MM-DD.
 */
export type StoredPlan = {
	idea: string;
	partner: string;
	phases: {
		id: PlanPhaseId;
		start: string;
		end: string;
		who: string;
		activity: string;
		test: string;
		hours: number;
		costs: number;
	}[];
	outcome: string;
	measure: string;
	/** The second measurement. */
	when: string;
};

/** An answers file (format version 3), as saved in the browser and downloaded. */
export type AnswersFile = {
	format: typeof answersFormat;
	version: typeof answersFileVersion;
	/** The questionnaire version it was made with, such as "2.1.0". */
	contentVersion: string;
	locale: 'nl' | 'en';
	/** "quick": the quick scan (one question per area); absent or "full": the full check. */
	mode?: 'full' | 'quick';
	profile: Profile;
	answers: Record<string, AnswerValue>;
	/** The respondent's explanation or evidence per area, for whoever reads the report. */
	notes?: Partial<Record<AreaId, string>>;
	/** Where the respondent wants each area to be in twelve months. */
	targets?: Partial<Record<AreaId, Level>>;
	/** The project plan drafted from the report and edited by the respondent (version 3). */
	plan?: StoredPlan;
	savedAt: string;
};
export type Answers = AnswersFile['answers'];

export const answersFormat = 'digicheck-answers';
export const answersFileVersion = 3 as const;

/** Limits that keep parsing bounded, whatever a file holds. */
export const answersLimits = {
	/** Characters of a file or save; a real one is a few kilobytes. */
	maxTextLength: 1_000_000,
	/** Entries in `answers`; the questionnaire has about fifty questions. */
	maxAnswers: 500,
	/** Characters of one area's note. */
	maxNoteLength: 1000,
	/** Bytes of a Digicheck PDF read for its answers; a report is a few hundred kilobytes. */
	maxPdfBytes: 10 * 1024 * 1024,
	/** A plan's texts: the idea and the partner, and each step's and the evaluation's fields. */
	maxPlanText: 600,
	/** Own hours of one step; costs of one step in euros. */
	maxPlanHours: 5000,
	maxPlanCosts: 10_000_000
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
