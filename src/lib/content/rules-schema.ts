/**
 * Schemas for the advice rules and the track decision. A rule is data: a condition tree
 * (all / any / not over named facts with an operator and a value) and an advice.
 */
import { z } from 'zod';
import {
	areaIdSchema,
	audienceTextSchema,
	contentIdSchema,
	levelBandIdSchema,
	localizedSchema,
	profileFieldIdSchema
} from './schema';

/** The small registry of comparison operators; each fact says which it accepts. */
export const operatorIds = [
	'lt',
	'lte',
	'gt',
	'gte',
	'eq',
	'ne',
	'in',
	'notIn',
	'includes'
] as const;
export const operatorSchema = z.enum(operatorIds);
export type Operator = z.infer<typeof operatorSchema>;

const answerValue = z.union([
	z.number().int().min(0).max(4),
	z.literal('unknown'),
	z.literal('na')
]);

/** Area score (0-100); never holds for an area without a score or with insufficient data. */
export const areaScoreConditionSchema = z.strictObject({
	fact: z.literal('areaScore'),
	area: areaIdSchema,
	operator: z.enum(['lt', 'lte', 'gt', 'gte']),
	value: z.number().min(0).max(100)
});

/** The answer to one question: a level 0-4 or "unknown"; never holds for an unanswered question. */
export const answerConditionSchema = z.strictObject({
	fact: z.literal('answer'),
	question: contentIdSchema,
	operator: z.enum(['lt', 'lte', 'gt', 'gte', 'eq', 'ne', 'in']),
	value: z.union([answerValue, z.array(answerValue).min(1)])
});

/** A profile field: `eq`/`in` on single choices, `includes` on the target groups. */
export const profileConditionSchema = z.strictObject({
	fact: z.literal('profile'),
	field: profileFieldIdSchema,
	operator: z.enum(['eq', 'ne', 'in', 'notIn', 'includes']),
	value: z.union([z.string(), z.array(z.string()).min(1)])
});

/** The overall level band. */
export const overallLevelConditionSchema = z.strictObject({
	fact: z.literal('overallLevel'),
	operator: z.enum(['eq', 'ne', 'in', 'notIn']),
	value: z.union([levelBandIdSchema, z.array(levelBandIdSchema).min(1)])
});

/** Share (0-1) of an area's questions answered with "do not know". */
export const unknownShareConditionSchema = z.strictObject({
	fact: z.literal('unknownShare'),
	area: areaIdSchema,
	operator: z.enum(['lt', 'lte', 'gt', 'gte']),
	value: z.number().min(0).max(1)
});

export const leafConditionSchema = z.discriminatedUnion('fact', [
	areaScoreConditionSchema,
	answerConditionSchema,
	profileConditionSchema,
	overallLevelConditionSchema,
	unknownShareConditionSchema
]);
export type LeafCondition = z.infer<typeof leafConditionSchema>;

export type Condition =
	LeafCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
	z.union([
		leafConditionSchema,
		z.strictObject({ all: z.array(conditionSchema).min(1) }),
		z.strictObject({ any: z.array(conditionSchema).min(1) }),
		z.strictObject({ not: conditionSchema })
	])
);

/** `essential`: must come before anything else (a legal risk, or nothing to build on yet). */
export const priorityIds = ['essential', 'high', 'medium', 'low'] as const;
export const effortIds = ['low', 'medium', 'high'] as const;
export const horizonIds = ['now', 'season', 'year'] as const;
export type Priority = (typeof priorityIds)[number];
export type Effort = (typeof effortIds)[number];
export type Horizon = (typeof horizonIds)[number];

/**
 * What kind of rule: per area (weak, middling, unknown), across areas and profile (cross), or
 * a critical "weet ik niet" that must be found out first (find-out; shown in the top priorities).
 */
export const ruleKindIds = ['weak', 'middling', 'unknown', 'cross', 'find-out'] as const;
export type RuleKind = (typeof ruleKindIds)[number];

/** Who usually does an advice; the report names the role in the action plan. */
export const ownerIds = [
	'directie',
	'educatie',
	'team',
	'privacy',
	'leraren',
	'cultuurcoordinator'
] as const;
export type OwnerId = (typeof ownerIds)[number];

/** A step that is shown only when its condition holds (for example only to larger teams). */
export const conditionalStepSchema = z.strictObject({
	when: z.lazy(() => conditionSchema),
	text: audienceTextSchema
});
export const stepSchema = z.union([audienceTextSchema, conditionalStepSchema]);
export type Step = z.infer<typeof stepSchema>;

/**
 * What an advice's title and text say about the respondent ("Jullie volgen nieuwe tools al
 * goed"): the answers or profile values the sentence assumes. A content test enumerates every
 * answer that fires the rule and fails when one of them makes the sentence untrue; an advice
 * without claims says nothing about the respondent's level.
 */
export const claimSchema = z.union([
	z.strictObject({ question: contentIdSchema, levels: z.array(answerValue).min(1) }),
	z.strictObject({ profile: profileFieldIdSchema, values: z.array(z.string()).min(1) })
]);
export type Claim = z.infer<typeof claimSchema>;

export const adviceSchema = z.strictObject({
	title: localizedSchema,
	text: audienceTextSchema.describe('why this matters and what to aim for'),
	steps: z
		.array(stepSchema)
		.min(2)
		.max(6)
		.describe('concrete next steps; a step with `when` is shown only when it holds'),
	owner: z.enum(ownerIds).optional().describe('who usually does it; else the area’s usual owner'),
	priorityFor: z
		.strictObject({
			school: z.enum(priorityIds).optional(),
			'cultural-organisation': z.enum(priorityIds).optional()
		})
		.optional()
		.describe('another priority for one audience (a school ranks pupil-privacy gaps first)'),
	priority: z.enum(priorityIds),
	effort: z.enum(effortIds),
	horizon: z.enum(horizonIds),
	areas: z.array(areaIdSchema).min(1),
	references: z.array(contentIdSchema),
	claims: z
		.array(claimSchema)
		.optional()
		.describe('what the title and text assume about the answers; checked by a content test')
});
export type Advice = z.infer<typeof adviceSchema>;

export const ruleSchema = z.strictObject({
	id: contentIdSchema,
	kind: z.enum(ruleKindIds),
	when: conditionSchema,
	advice: adviceSchema
});
export type Rule = z.infer<typeof ruleSchema>;

/** A knock-out: an answer that on its own says a condition for the next step is missing. */
export const knockoutSchema = z.strictObject({
	id: contentIdSchema,
	when: conditionSchema,
	reason: localizedSchema
});
export type Knockout = z.infer<typeof knockoutSchema>;

/** An answer or profile field the verdict depends on; unanswered or "weet ik niet" makes it provisional. */
export const decidingInputSchema = z.union([
	z.strictObject({ fact: z.literal('profile'), field: profileFieldIdSchema }),
	z.strictObject({ fact: z.literal('answer'), question: contentIdSchema })
]);
export type DecidingInput = z.infer<typeof decidingInputSchema>;

/** A verdict the engine can give, with the texts the report shows for it. */
export const verdictTextSchema = z.strictObject({
	label: localizedSchema,
	description: localizedSchema
});

/**
 * How the programme track (cultural organisations) and the readiness verdict (schools) are
 * decided. Experience decides first, readiness (knock-outs, score) second.
 */
export const trackDecisionSchema = z.strictObject({
	participation: z.strictObject({
		participant: conditionSchema.describe('took part in a programme before: the follow-up track'),
		newcomer: conditionSchema.describe('has not taken part yet: the starters’ track'),
		neverProject: conditionSchema.describe(
			'never ran a digital project: not a participant either, when that is not answered'
		)
	}),
	experienced: conditionSchema.describe('ran a digital project before (said, never deciding)'),
	knockouts: z
		.array(knockoutSchema)
		.min(1)
		.describe('conditions a cultural organisation arranges first; they never choose the track'),
	schoolKnockouts: z
		.array(knockoutSchema)
		.min(1)
		.describe('a school’s preconditions (Digicheck’s own): what to arrange first'),
	deciding: z.strictObject({
		'cultural-organisation': z.array(decidingInputSchema).min(1),
		school: z.array(decidingInputSchema).min(1)
	}),
	school: z.strictObject({ ready: verdictTextSchema, notYet: verdictTextSchema }),
	undecided: verdictTextSchema,
	reasons: z.strictObject({
		newcomer: localizedSchema,
		newcomerNoProject: localizedSchema,
		newcomerExperienced: localizedSchema,
		participant: localizedSchema,
		conditions: localizedSchema,
		conditionsMet: localizedSchema,
		unanswered: localizedSchema,
		schoolReady: localizedSchema,
		schoolNotReady: localizedSchema,
		schoolUnanswered: localizedSchema,
		alsoOpen: localizedSchema
	})
});
export type TrackDecision = z.infer<typeof trackDecisionSchema>;

/**
 * A partner rule's condition: a condition on one side (`school`: the school's answers;
 * `partner`: the cultural organisation's), or all / any / not over such conditions.
 */
export type PartnerCondition =
	| { school: Condition }
	| { partner: Condition }
	| { all: PartnerCondition[] }
	| { any: PartnerCondition[] }
	| { not: PartnerCondition };

export const partnerConditionSchema: z.ZodType<PartnerCondition> = z.lazy(() =>
	z.union([
		z.strictObject({ school: conditionSchema }),
		z.strictObject({ partner: conditionSchema }),
		z.strictObject({ all: z.array(partnerConditionSchema).min(1) }),
		z.strictObject({ any: z.array(partnerConditionSchema).min(1) }),
		z.strictObject({ not: partnerConditionSchema })
	])
);

/** What a partner rule says: both arrange it together, or one side brings it to the project. */
export const partnerKindIds = ['together', 'school-brings', 'partner-brings'] as const;
export type PartnerKind = (typeof partnerKindIds)[number];

/**
 * Joint advice for a school and a cultural organisation that work together: fires on the
 * answers of both. `text` says why it matters; the report adds the answers that made it fire.
 */
export const partnerRuleSchema = z.strictObject({
	id: contentIdSchema,
	kind: z.enum(partnerKindIds),
	when: partnerConditionSchema,
	advice: z.strictObject({
		title: localizedSchema,
		text: localizedSchema.describe('why this matters for the two of them, and what to aim for'),
		steps: z.array(localizedSchema).min(2).max(5),
		priority: z.enum(priorityIds),
		areas: z.array(areaIdSchema).min(1),
		references: z.array(contentIdSchema)
	})
});
export type PartnerRule = z.infer<typeof partnerRuleSchema>;
