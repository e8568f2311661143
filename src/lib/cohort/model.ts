/**
 * A coordinator's cohort: many answers files, one row each, and what the group shows. Pure and
 * streaming-friendly: `cohortRow` turns one file into a small row (no report is kept), and
 * `summarizeCohort` works on rows only, so twenty thousand files need not stay in memory.
 */
import { content } from '../content/index';
import type { AreaId, Audience } from '../content/ids';
import type { Answers, AnswersFile } from '../answers/schema';
import { buildReport } from '../engine/report';
import type { TrackVerdictId } from '../content/tracks';
import type { TrackStatus } from '../engine/track';

/** How many of the weakest areas a row names. */
export const weakestCount = 3;

export interface CohortRow {
	/** Position in the order read. */
	index: number;
	/** The file it came from. */
	file: string;
	/** The organisation's name, as typed (may be empty). */
	name: string;
	audience: Audience;
	type: string | null;
	size: string | null;
	savedAt: string;
	mode: 'full' | 'quick';
	overall: number | null;
	/** The level band's id, or null when there is no overall score. */
	level: string | null;
	track: { id: TrackVerdictId | null; status: TrackStatus };
	/** Up to three scored areas with the lowest scores, lowest first. */
	weakest: AreaId[];
	/** Share (0-1) of this audience's questions with an answer ("weet ik niet" counts). */
	answered: number;
	/** Share (0-1) of this audience's questions answered with a level (not "weet ik niet", not n.v.t.). */
	known: number;
	/** Area scores in content order (null: no score). */
	areas: (number | null)[];
	/** Area verdicts in content order: weak, middling, strong or insufficient (no score). */
	verdicts: AreaVerdict[];
	/** The advice ids this respondent gets, ranked. */
	advice: string[];
	answers: Answers;
	/** The project plan, when the respondent made one: its steps' days, hours and costs. */
	plan: CohortPlan | null;
}

/** What a coordinator sees of a plan: its steps' days, own hours and costs, and the totals. */
export interface CohortPlan {
	hours: number;
	costs: number;
	phases: { id: string; start: string; end: string; hours: number; costs: number }[];
}

export type AreaVerdict = 'weak' | 'middling' | 'strong' | 'insufficient';

/** One file as a cohort row. */
export function cohortRow(file: AnswersFile, index: number, fileName: string): CohortRow {
	const report = buildReport(file, 'nl');
	const scored = report.areas
		.filter((a) => a.status === 'scored' && a.score !== null)
		.sort((a, b) => a.score! - b.score! || a.number - b.number);
	return {
		index,
		file: fileName,
		name: file.profile.name,
		audience: report.audience,
		type: file.profile.type ?? null,
		size: file.profile.size ?? null,
		savedAt: file.savedAt,
		mode: report.mode,
		overall: report.overall.score,
		level: report.overall.level?.id ?? null,
		track: { id: report.track.id, status: report.track.status },
		weakest: scored.slice(0, weakestCount).map((a) => a.id),
		answered: report.questionCount === 0 ? 0 : report.answeredCount / report.questionCount,
		known:
			report.questionCount === 0
				? 0
				: report.areas.reduce((sum, a) => sum + a.known, 0) / report.questionCount,
		areas: report.areas.map((a) => (a.status === 'scored' ? a.score : null)),
		verdicts: report.areas.map((a) =>
			a.verdict === 'weak' || a.verdict === 'middling' || a.verdict === 'strong'
				? a.verdict
				: 'insufficient'
		),
		advice: report.advice.map((a) => a.id),
		answers: file.answers,
		plan: file.plan
			? {
					hours: file.plan.phases.reduce((sum, p) => sum + p.hours, 0),
					costs: file.plan.phases.reduce((sum, p) => sum + p.costs, 0),
					phases: file.plan.phases.map(({ id, start, end, hours, costs }) => ({
						id,
						start,
						end,
						hours,
						costs
					}))
				}
			: null
	};
}

/** The first quartile, median and third quartile (linear interpolation); null for none. */
export function quartiles(
	values: readonly number[]
): { q1: number; median: number; q3: number } | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	const at = (p: number) => {
		const position = (sorted.length - 1) * p;
		const low = Math.floor(position);
		const high = Math.ceil(position);
		const value = sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
		return Math.round(value * 10) / 10;
	};
	return { q1: at(0.25), median: at(0.5), q3: at(0.75) };
}

export interface CohortArea {
	id: AreaId;
	number: number;
	median: number | null;
	q1: number | null;
	q3: number | null;
	counts: Record<AreaVerdict, number>;
}

export interface Movement {
	/** Organisations with two or more dated checks: their first and last overall score. */
	organisations: { name: string; before: number | null; after: number | null }[];
	/** The group's median per area, first checks against last checks. */
	areas: { id: AreaId; before: number | null; after: number | null }[];
	before: number | null;
	after: number | null;
}

export interface CohortSummary {
	count: number;
	areas: CohortArea[];
	/** Advice ids by how many respondents get them, most first (ties by id). */
	commonAdvice: { id: string; count: number }[];
	/** Null when no organisation has two dated checks. */
	movement: Movement | null;
}

const medianOf = (values: readonly number[]) => quartiles(values)?.median ?? null;
const scores = (rows: readonly CohortRow[], i: number) =>
	rows.flatMap((r) => (r.areas[i] === null || r.areas[i] === undefined ? [] : [r.areas[i]!]));

/** Organisations are the same when name and audience match (case and spaces aside). */
export function organisationKey(row: Pick<CohortRow, 'name' | 'audience'>): string | null {
	const name = row.name.normalize('NFC').toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim();
	return name === '' ? null : `${row.audience}:${name}`;
}

/** What the group shows: per area median and quartiles and verdict counts, common advice, movement. */
export function summarizeCohort(rows: readonly CohortRow[]): CohortSummary {
	const areas = content.areas.map((area, i) => {
		const q = quartiles(scores(rows, i));
		const counts: Record<AreaVerdict, number> = {
			weak: 0,
			middling: 0,
			strong: 0,
			insufficient: 0
		};
		for (const row of rows) counts[row.verdicts[i] ?? 'insufficient'] += 1;
		return {
			id: area.id,
			number: area.number,
			median: q?.median ?? null,
			q1: q?.q1 ?? null,
			q3: q?.q3 ?? null,
			counts
		};
	});
	const adviceCounts = new Map<string, number>();
	for (const row of rows)
		for (const id of new Set(row.advice)) adviceCounts.set(id, (adviceCounts.get(id) ?? 0) + 1);
	const commonAdvice = [...adviceCounts]
		.map(([id, count]) => ({ id, count }))
		.sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : 1));
	return { count: rows.length, areas, commonAdvice, movement: movementOf(rows) };
}

/** Before and after: per organisation with two or more dates, its first and its last check. */
function movementOf(rows: readonly CohortRow[]): Movement | null {
	const groups = new Map<string, CohortRow[]>();
	for (const row of rows) {
		const key = organisationKey(row);
		if (key === null) continue;
		groups.set(key, [...(groups.get(key) ?? []), row]);
	}
	const firsts: CohortRow[] = [];
	const lasts: CohortRow[] = [];
	for (const group of groups.values()) {
		const dated = [...group].sort((a, b) => (a.savedAt < b.savedAt ? -1 : 1));
		const first = dated[0]!;
		const last = dated.at(-1)!;
		if (first.savedAt.slice(0, 10) === last.savedAt.slice(0, 10)) continue;
		firsts.push(first);
		lasts.push(last);
	}
	if (firsts.length === 0) return null;
	const overall = (list: CohortRow[]) =>
		medianOf(list.flatMap((r) => (r.overall === null ? [] : [r.overall])));
	return {
		organisations: firsts.map((first, i) => ({
			name: first.name,
			before: first.overall,
			after: lasts[i]!.overall
		})),
		areas: content.areas.map((area, i) => ({
			id: area.id,
			before: medianOf(scores(firsts, i)),
			after: medianOf(scores(lasts, i))
		})),
		before: overall(firsts),
		after: overall(lasts)
	};
}
