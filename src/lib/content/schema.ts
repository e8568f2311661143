/**
 * zod schemas for all questionnaire content: areas, questions, levels, profile, bands and
 * tracks. Types are inferred from the schemas, so content and code cannot drift apart.
 */
import { z } from 'zod';
import {
	areaIds,
	audienceIds,
	contentIdPattern,
	levelBandIds,
	profileFieldIds,
	trackIds,
	type LocalizedText
} from './ids';

export { areaIds, audienceIds, forAudience, levelBandIds, profileFieldIds, trackIds } from './ids';
export type { AreaId, Audience, ProfileFieldId } from './ids';

export const areaIdSchema = z.enum(areaIds);

export const audienceSchema = z.enum(audienceIds);

/** A kebab-case id that stays stable forever (saved answers refer to it). */
export const contentIdSchema = z
	.string()
	.regex(contentIdPattern, 'ids are kebab-case: lowercase letters, digits and hyphens');

/** A text in Dutch and English, neither empty. */
export const localizedSchema = z.strictObject({
	nl: z.string().trim().min(1),
	en: z.string().trim().min(1)
});
/** The one bilingual type (ids.ts); the schema checks it at compile time. */
export type { LocalizedText } from './ids';
const localizedMatches: [z.infer<typeof localizedSchema>] extends [LocalizedText]
	? [LocalizedText] extends [z.infer<typeof localizedSchema>]
		? true
		: false
	: false = true;
void localizedMatches;

/** A text with a wording for each audience, for questions that talk about pupils or makers. */
export const audienceVariantsSchema = z.strictObject({
	'cultural-organisation': localizedSchema,
	school: localizedSchema
});
export type AudienceVariants = z.infer<typeof audienceVariantsSchema>;

/** Either one bilingual text for everyone, or one per audience. */
export const audienceTextSchema = z.union([localizedSchema, audienceVariantsSchema]);
export type AudienceText = z.infer<typeof audienceTextSchema>;

/** The five maturity levels, 0 (not looked at) to 4 (part of how we work, reviewed yearly). */
export const levelValues = [0, 1, 2, 3, 4] as const;
export type LevelValue = (typeof levelValues)[number];

export const questionSchema = z.strictObject({
	id: contentIdSchema,
	statement: audienceTextSchema.describe(
		'a statement the respondent judges about their own organisation'
	),
	help: audienceTextSchema.optional().describe('extra explanation shown under the statement'),
	weight: z.number().min(0.5).max(3).describe('weight in the area score; 1 is normal'),
	critical: z
		.boolean()
		.optional()
		.describe('"weet ik niet" here is a finding on its own: the report says to find it out first'),
	audiences: z.array(audienceSchema).min(1).describe('who sees this question'),
	quickScan: z
		.literal(true)
		.optional()
		.describe(
			"the area's most telling question: the one the quick scan asks (one per area and audience)"
		),
	levels: z
		.tuple([
			audienceTextSchema,
			audienceTextSchema,
			audienceTextSchema,
			audienceTextSchema,
			audienceTextSchema
		])
		.describe('what level 0 to 4 looks like in practice')
});
export type Question = z.infer<typeof questionSchema>;

export const areaSchema = z.strictObject({
	id: areaIdSchema,
	number: z.number().int().min(1).max(12),
	title: localizedSchema.describe('the recommendation, short'),
	shortTitle: localizedSchema.describe('two or three words, for the radar chart'),
	recommendation: localizedSchema.describe("the checklist's own recommendation text"),
	explanation: localizedSchema.describe('one paragraph in plain language: why this matters'),
	questions: z.array(questionSchema).min(3).max(6)
});
export type Area = z.infer<typeof areaSchema>;

/** A choice in a profile question. */
export const profileOptionSchema = z.strictObject({
	id: contentIdSchema,
	label: localizedSchema,
	audiences: z.array(audienceSchema).min(1).optional().describe('shown only to these audiences')
});
export type ProfileOption = z.infer<typeof profileOptionSchema>;

export const profileFieldIdSchema = z.enum(profileFieldIds);

export const profileFieldSchema = z.strictObject({
	id: profileFieldIdSchema,
	kind: z.enum(['text', 'single', 'multiple']),
	label: localizedSchema,
	help: localizedSchema.optional(),
	required: z.boolean(),
	audiences: z.array(audienceSchema).min(1).optional().describe('asked only of these audiences'),
	options: z.array(profileOptionSchema)
});
export type ProfileField = z.infer<typeof profileFieldSchema>;

export const levelBandIdSchema = z.enum(levelBandIds);
export type LevelBandId = z.infer<typeof levelBandIdSchema>;

/** A named overall level; a score s belongs to the band with min <= s < next band's min. */
export const levelBandSchema = z.strictObject({
	id: levelBandIdSchema,
	min: z.number().min(0).max(100),
	label: localizedSchema,
	description: localizedSchema
});
export type LevelBand = z.infer<typeof levelBandSchema>;

export const trackIdSchema = z.enum(trackIds);
export type TrackId = z.infer<typeof trackIdSchema>;

export const trackSchema = z.strictObject({
	id: trackIdSchema,
	label: localizedSchema,
	description: localizedSchema,
	forWhom: localizedSchema
});
export type Track = z.infer<typeof trackSchema>;

/**
 * What advice can point to: the whitepaper's examples and sources, and (`outside`) a source
 * the whitepaper does not name, which the report lists apart.
 */
export const referenceSchema = z.strictObject({
	id: contentIdSchema,
	kind: z.enum(['example', 'source', 'outside']),
	title: localizedSchema,
	summary: localizedSchema,
	url: z.url().optional()
});
export type Reference = z.infer<typeof referenceSchema>;

/** Thresholds of the scoring model, kept in content so the "how we score" page shows them. */
export const scoringSettingsSchema = z.strictObject({
	levelPoints: z.tuple([z.number(), z.number(), z.number(), z.number(), z.number()]),
	insufficientUnknownShare: z
		.number()
		.min(0)
		.max(1)
		.describe('an area with at least this share of "do not know" answers has insufficient data'),
	strengthMin: z.number().min(0).max(100).describe('area score from which an area is a strength'),
	weakBelow: z.number().min(0).max(100).describe('area score below which an area is weak'),
	minScoredAreas: z
		.number()
		.int()
		.min(1)
		.max(12)
		.describe('below this many scored areas there is no overall score, level or track'),
	relativeStrengths: z
		.number()
		.int()
		.min(0)
		.max(12)
		.describe('when no area is a strength, this many strongest areas are named "relatief sterk"')
});
export type ScoringSettings = z.infer<typeof scoringSettingsSchema>;

/** What every page needs: the questions, the profile, the levels and the scoring settings. */
export const questionnaireSchema = z.strictObject({
	version: z.string().regex(/^\d+\.\d+\.\d+$/),
	fingerprint: z.string().regex(/^[0-9a-f]{8}$/),
	areas: z.array(areaSchema).length(12),
	profile: z.array(profileFieldSchema),
	bands: z.array(levelBandSchema).length(4),
	scoring: scoringSettingsSchema
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;

/** All content: the questionnaire plus the tracks and the white paper's references. */
export const contentSchema = questionnaireSchema.extend({
	tracks: z.array(trackSchema).length(2),
	references: z.array(referenceSchema)
});
export type Content = z.infer<typeof contentSchema>;
