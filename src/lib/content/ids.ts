/**
 * The stable id lists and small helpers of the content, without zod: the browser imports
 * these, while the zod schemas in schema.ts are used at test and build time.
 */

/** Stable ids of the 12 areas, in the checklist's order. Never rename one. */
export const areaIds = [
	'evalueer-bestaand',
	'tijd-en-middelen',
	'begin-klein',
	'betrek-doelgroep',
	'privacy',
	'voorbereiding',
	'docenten',
	'blijf-leren',
	'output-impact',
	'lange-termijn',
	'evaluatie',
	'duurzaam'
] as const;
export type AreaId = (typeof areaIds)[number];

/** Who answers: a cultural organisation or a school. Wording and advice follow it. */
export const audienceIds = ['cultural-organisation', 'school'] as const;
export type Audience = (typeof audienceIds)[number];

export const profileFieldIds = [
	'name',
	'audience',
	'type',
	'size',
	'role',
	'targetGroups',
	'earlierProjects',
	'programmeBefore',
	'budget'
] as const;
export type ProfileFieldId = (typeof profileFieldIds)[number];

export const levelBandIds = ['startend', 'ontwikkelend', 'gevorderd', 'koploper'] as const;
export const trackIds = ['starttraject', 'vervolgtraject'] as const;

/** A kebab-case id that stays stable forever (saved answers refer to it). */
export const contentIdPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Answer values that are not a level: "weet ik niet" (a finding) and "n.v.t." (left out). */
export const unknownAnswer = 'unknown';
export const notApplicableAnswer = 'na';

/** A text in Dutch and English. */
export interface LocalizedText {
	nl: string;
	en: string;
}

/** Either one bilingual text for everyone, or one per audience. */
export type AudienceText = LocalizedText | Record<Audience, LocalizedText>;

/** Picks the wording of an audience text for an audience. */
export function forAudience(text: AudienceText, audience: Audience): LocalizedText {
	return 'nl' in text ? text : text[audience];
}
