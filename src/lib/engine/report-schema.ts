/**
 * The schema of the engine's report, and of the `digicheck advise` JSON derived from it.
 * Tests check every generated report against it; the CLI output is built from it.
 */
import { z } from 'zod';
import { areaIdSchema, audienceSchema } from '../content/schema';
import { effortIds, horizonIds, priorityIds, ruleKindIds } from '../content/rules-schema';
import { answersFileSchema, profileSchema } from '../answers/schema';
import { areaVerdictIds, type Report } from './report';

const score = z.number().min(0).max(100);

const areaStatusSchema = z.enum(['scored', 'insufficient-data', 'not-answered', 'not-applicable']);

/** The track verdict: a programme track, a school's own verdict, or none yet. */
const trackSchema = z.strictObject({
	kind: z.enum(['programme', 'school']),
	status: z.enum(['decided', 'provisional', 'undecided']),
	id: z.enum(['starttraject', 'vervolgtraject', 'school-klaar', 'school-nog-niet']).nullable(),
	label: z.string().min(1),
	description: z.string().min(1),
	reason: z.string().min(1),
	decidedBy: z.array(z.string()),
	missing: z.array(z.string())
});

export const reportSchema = z.strictObject({
	contentVersion: z.string(),
	locale: z.enum(['nl', 'en']),
	audience: audienceSchema,
	profile: profileSchema,
	answers: answersFileSchema.shape.answers,
	answeredCount: z.number().int().min(0),
	questionCount: z.number().int().min(1),
	overall: z.strictObject({
		score: score.nullable(),
		level: z
			.strictObject({ id: z.string(), label: z.string().min(1), description: z.string().min(1) })
			.nullable(),
		scoredAreas: z.number().int().min(0).max(12),
		minScoredAreas: z.number().int().min(1).max(12),
		missingAreas: z.array(areaIdSchema)
	}),
	areas: z
		.array(
			z.strictObject({
				id: areaIdSchema,
				number: z.number().int().min(1).max(12),
				title: z.string().min(1),
				score: score.nullable(),
				status: areaStatusSchema,
				verdict: z.enum(areaVerdictIds),
				meaning: z.string().min(1),
				total: z.number().int().min(1),
				known: z.number().int().min(0),
				unknown: z.number().int().min(0),
				notApplicable: z.number().int().min(0),
				unknownShare: z.number().min(0).max(1),
				note: z.string().max(1000).optional(),
				target: z.number().int().min(0).max(4).optional()
			})
		)
		.length(12),
	advice: z.array(
		z.strictObject({
			id: z.string(),
			kind: z.enum(ruleKindIds),
			title: z.string().min(1),
			text: z.string().min(1),
			steps: z.array(z.string().min(1)).min(1).max(5),
			priority: z.enum(priorityIds),
			effort: z.enum(effortIds),
			horizon: z.enum(horizonIds),
			owner: z.string().min(1),
			areas: z.array(areaIdSchema).min(1),
			references: z.array(
				z.strictObject({ id: z.string(), title: z.string(), url: z.string().optional() })
			),
			why: z.array(z.string().min(1)),
			gap: score
		})
	),
	strengths: z.array(areaIdSchema),
	strengthsRelative: z.boolean(),
	topPriorities: z.array(z.string()).max(3),
	quickWins: z.array(z.string()).max(5),
	actionPlan: z.strictObject({
		now: z.array(z.string()).max(3),
		season: z.array(z.string()),
		year: z.array(z.string())
	}),
	track: trackSchema,
	mode: z.enum(['full', 'quick']),
	notes: z.partialRecord(areaIdSchema, z.string().max(1000)),
	targets: z.partialRecord(areaIdSchema, z.number().int().min(0).max(4))
});

/** The compact JSON that `digicheck advise` prints. */
export const adviseOutputSchema = z.strictObject({
	contentVersion: z.string(),
	/** "quick": a quick scan, one question per area; its scores are an indication. */
	mode: z.enum(['full', 'quick']),
	answeredCount: z.number().int().min(0),
	questionCount: z.number().int().min(0),
	overall: z.strictObject({
		score: score.nullable(),
		level: z.strictObject({ id: z.string(), label: z.string() }).nullable(),
		scoredAreas: z.number().int().min(0).max(12),
		minScoredAreas: z.number().int().min(1).max(12),
		missingAreas: z.array(areaIdSchema)
	}),
	areas: z.array(
		z.strictObject({
			id: areaIdSchema,
			score: score.nullable(),
			unknownShare: z.number().min(0).max(1),
			status: areaStatusSchema,
			note: z.string().optional(),
			target: z.number().int().min(0).max(4).optional()
		})
	),
	advice: z.array(
		z.strictObject({
			id: z.string(),
			kind: z.enum(ruleKindIds),
			title: z.string(),
			priority: z.enum(priorityIds),
			effort: z.enum(effortIds),
			horizon: z.enum(horizonIds),
			owner: z.string(),
			areas: z.array(areaIdSchema),
			steps: z.array(z.string()),
			why: z.array(z.string())
		})
	),
	strengths: z.array(areaIdSchema),
	strengthsRelative: z.boolean(),
	topPriorities: z.array(z.string()),
	quickWins: z.array(z.string()),
	actionPlan: z.strictObject({
		now: z.array(z.string()),
		season: z.array(z.string()),
		year: z.array(z.string())
	}),
	track: trackSchema.pick({
		kind: true,
		status: true,
		id: true,
		label: true,
		reason: true,
		decidedBy: true,
		missing: true
	}),
	notes: z.partialRecord(areaIdSchema, z.string()),
	targets: z.partialRecord(areaIdSchema, z.number().int().min(0).max(4))
});
export type AdviseOutput = z.infer<typeof adviseOutputSchema>;

/** The `digicheck advise` view of a report. */
export function toAdviseOutput(report: Report): AdviseOutput {
	return {
		contentVersion: report.contentVersion,
		mode: report.mode,
		answeredCount: report.answeredCount,
		questionCount: report.questionCount,
		overall: {
			score: report.overall.score,
			level: report.overall.level
				? { id: report.overall.level.id, label: report.overall.level.label }
				: null,
			scoredAreas: report.overall.scoredAreas,
			minScoredAreas: report.overall.minScoredAreas,
			missingAreas: report.overall.missingAreas
		},
		areas: report.areas.map((a) => ({
			id: a.id,
			score: a.score,
			unknownShare: a.unknownShare,
			status: a.status,
			...(a.note ? { note: a.note } : {}),
			...(a.target !== undefined ? { target: a.target } : {})
		})),
		advice: report.advice.map((a) => ({
			id: a.id,
			kind: a.kind,
			title: a.title,
			priority: a.priority,
			effort: a.effort,
			horizon: a.horizon,
			owner: a.owner,
			areas: a.areas,
			steps: a.steps,
			why: a.why
		})),
		strengths: report.strengths,
		strengthsRelative: report.strengthsRelative,
		topPriorities: report.topPriorities,
		quickWins: report.quickWins,
		actionPlan: report.actionPlan,
		track: {
			kind: report.track.kind,
			status: report.track.status,
			id: report.track.id,
			label: report.track.label,
			// a quick scan's note after the reason, as the PDF prints it
			reason: [report.track.reason, report.track.note].filter(Boolean).join(' '),
			decidedBy: report.track.decidedBy,
			missing: report.track.missing
		},
		notes: report.notes,
		targets: report.targets
	};
}
