/**
 * The schema of the engine's report, and of the `digicheck advise` JSON derived from it.
 * Tests check every generated report against it; the CLI output is built from it.
 */
import { z } from 'zod';
import { areaIdSchema, audienceSchema } from '../content/schema';
import { effortIds, horizonIds, priorityIds, ruleKindIds } from '../content/rules-schema';
import { answersFileSchema, profileSchema } from './answers';
import type { Report } from './report';

const score = z.number().min(0).max(100);

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
		scoredAreas: z.number().int().min(0).max(12)
	}),
	areas: z
		.array(
			z.strictObject({
				id: areaIdSchema,
				number: z.number().int().min(1).max(12),
				title: z.string().min(1),
				score: score.nullable(),
				status: z.enum(['scored', 'insufficient-data', 'not-answered']),
				verdict: z.enum(['weak', 'middling', 'strong', 'insufficient-data', 'not-answered']),
				meaning: z.string().min(1),
				total: z.number().int().min(1),
				known: z.number().int().min(0),
				unknown: z.number().int().min(0),
				unknownShare: z.number().min(0).max(1)
			})
		)
		.length(12),
	advice: z.array(
		z.strictObject({
			id: z.string(),
			kind: z.enum(ruleKindIds),
			title: z.string().min(1),
			text: z.string().min(1),
			steps: z.array(z.string().min(1)).min(2),
			priority: z.enum(priorityIds),
			effort: z.enum(effortIds),
			horizon: z.enum(horizonIds),
			areas: z.array(areaIdSchema).min(1),
			references: z.array(
				z.strictObject({ id: z.string(), title: z.string(), url: z.string().optional() })
			),
			why: z.array(z.string().min(1)),
			gap: score
		})
	),
	strengths: z.array(areaIdSchema),
	topPriorities: z.array(z.string()).max(3),
	quickWins: z.array(z.string()),
	actionPlan: z.strictObject({
		now: z.array(z.string()),
		season: z.array(z.string()),
		year: z.array(z.string())
	}),
	track: z.strictObject({
		id: z.enum(['starttraject', 'vervolgtraject']),
		label: z.string().min(1),
		description: z.string().min(1),
		reason: z.string().min(1),
		decidedBy: z.array(z.string())
	})
});

/** The compact JSON that `digicheck advise` prints. */
export const adviseOutputSchema = z.strictObject({
	contentVersion: z.string(),
	overall: z.strictObject({
		score: score.nullable(),
		level: z.strictObject({ id: z.string(), label: z.string() }).nullable()
	}),
	areas: z.array(
		z.strictObject({
			id: areaIdSchema,
			score: score.nullable(),
			unknownShare: z.number().min(0).max(1),
			status: z.enum(['scored', 'insufficient-data', 'not-answered'])
		})
	),
	advice: z.array(
		z.strictObject({
			id: z.string(),
			title: z.string(),
			priority: z.enum(priorityIds),
			areas: z.array(areaIdSchema),
			why: z.array(z.string())
		})
	),
	strengths: z.array(areaIdSchema),
	quickWins: z.array(z.string()),
	track: z.strictObject({ id: z.string(), label: z.string(), reason: z.string() })
});
export type AdviseOutput = z.infer<typeof adviseOutputSchema>;

/** The `digicheck advise` view of a report. */
export function toAdviseOutput(report: Report): AdviseOutput {
	return {
		contentVersion: report.contentVersion,
		overall: {
			score: report.overall.score,
			level: report.overall.level
				? { id: report.overall.level.id, label: report.overall.level.label }
				: null
		},
		areas: report.areas.map((a) => ({
			id: a.id,
			score: a.score,
			unknownShare: a.unknownShare,
			status: a.status
		})),
		advice: report.advice.map((a) => ({
			id: a.id,
			title: a.title,
			priority: a.priority,
			areas: a.areas,
			why: a.why
		})),
		strengths: report.strengths,
		quickWins: report.quickWins,
		track: { id: report.track.id, label: report.track.label, reason: report.track.reason }
	};
}
