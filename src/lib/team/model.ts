/**
 * A team report: several colleagues of one organisation each fill in the check; their answers
 * combine into one view. Per area the median score, the lowest and the highest, and how many
 * "weet ik niet"; per question the spread of levels, divergent when answers lie two or more
 * levels apart; and the advice computed on the merged answers (the median level per question,
 * the lower middle when the count is even). Pure and order-independent.
 */
import { content, findQuestion, questionsFor } from '../content/index';
import { forAudience } from '../content/ids';
import type { AnswersFile, AnswerValue } from '../answers/schema';
import { audienceOf } from '../answers/format';
import { buildReport, type Locale, type Report } from '../engine/report';

/** Answers this many levels apart make a question divergent. */
export const divergentSpread = 2;

export interface TeamMember {
	/** The respondent's organisation name and role, as far as given. */
	name: string;
	role?: string;
	/** Index of an earlier file with exactly the same answers and profile, if any. */
	duplicateOf?: number;
}

export interface TeamArea {
	id: string;
	number: number;
	title: string;
	median: number | null;
	lowest: number | null;
	highest: number | null;
	/** "weet ik niet" answers in this area, over all members. */
	unknown: number;
	/**
	 * Members with a score for this area: lowest and highest are theirs. Someone who chose mostly
	 * "weet ik niet" here has none, so "44 – 44" can be one person's score ("1 van 3").
	 */
	scored: number;
}

export interface Divergence {
	id: string;
	area: number;
	statement: string;
	/** The levels given, lowest first. */
	levels: number[];
	spread: number;
}

export interface TeamReport {
	members: TeamMember[];
	/** Members left out: another audience than the first member's. */
	otherAudience: number[];
	/**
	 * Counted members whose file was made with another questionnaire version: their answers to
	 * questions that no longer exist do not count, and newer questions have no answer from them.
	 */
	otherVersion: number;
	/** Members counted: not a duplicate, not another audience. */
	counted: number;
	areas: TeamArea[];
	/** The ten most divergent questions, largest spread first. */
	divergent: Divergence[];
	/** The answers file of the merged answers (median level per question). */
	merged: AnswersFile;
	/** The report on the merged answers. */
	report: Report;
}

/** The median of numbers, the lower middle for an even count; null for none. */
export function lowerMedian(values: readonly number[]): number | null {
	if (values.length === 0) return null;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor((sorted.length - 1) / 2)] ?? null;
}

/** A stable key of what a file says, to find the same file opened twice. */
function contentKey(file: AnswersFile): string {
	const sortKeys = (o: Record<string, unknown>) =>
		Object.keys(o)
			.sort()
			.map((k) => [k, o[k]]);
	return JSON.stringify([
		sortKeys(file.profile as Record<string, unknown>),
		sortKeys(file.answers),
		sortKeys(file.notes ?? {})
	]);
}

/**
 * Merges the answers of a team into one file: the median level per question. Answers to
 * questions this questionnaire no longer has (a file of an older version) are left out.
 */
export function mergeAnswers(files: readonly AnswersFile[]): AnswersFile['answers'] {
	const merged: Record<string, AnswerValue> = {};
	const ids = new Set(
		files.flatMap((f) => Object.keys(f.answers).filter((id) => findQuestion(id)))
	);
	for (const id of [...ids].sort()) {
		const values = files.map((f) => f.answers[id]).filter((v) => v !== undefined);
		const levels = values.filter((v): v is 0 | 1 | 2 | 3 | 4 => typeof v === 'number');
		const median = lowerMedian(levels);
		if (median !== null) merged[id] = median as 0 | 1 | 2 | 3 | 4;
		else if (values.includes('unknown')) merged[id] = 'unknown';
		else if (values.includes('na')) merged[id] = 'na';
	}
	return merged;
}

/** Builds the team report of several answers files (of one audience: the first member's). */
export function buildTeamReport(files: readonly AnswersFile[], locale: Locale): TeamReport {
	if (files.length === 0) throw new Error('a team report needs at least one file');
	const audience = audienceOf(files[0]!.profile);
	const otherAudience: number[] = [];
	const members: TeamMember[] = [];
	const included: AnswersFile[] = [];
	const seen = new Map<string, number>();
	files.forEach((file, index) => {
		if (audienceOf(file.profile) !== audience) {
			otherAudience.push(index);
			return;
		}
		const key = contentKey(file);
		const member: TeamMember = { name: file.profile.name };
		const role = content.profile
			.find((f) => f.id === 'role')
			?.options.find((o) => o.id === file.profile.role)?.label[locale];
		if (role) member.role = role;
		const earlier = seen.get(key);
		if (earlier !== undefined) member.duplicateOf = earlier;
		else seen.set(key, index);
		members.push(member);
		// a file opened twice counts once
		if (earlier === undefined) included.push(file);
	});
	const reports = included.map((file) => buildReport(file, locale));
	const areas: TeamArea[] = content.areas.map((area) => {
		const scores = reports.flatMap((r) => {
			const a = r.areas.find((x) => x.id === area.id);
			return a && a.status === 'scored' && a.score !== null ? [a.score] : [];
		});
		const sorted = [...scores].sort((a, b) => a - b);
		return {
			id: area.id,
			number: area.number,
			title: area.title[locale],
			median: lowerMedian(scores),
			lowest: sorted[0] ?? null,
			highest: sorted.at(-1) ?? null,
			unknown: reports.reduce(
				(n, r) => n + (r.areas.find((x) => x.id === area.id)?.unknown ?? 0),
				0
			),
			scored: scores.length
		};
	});
	const divergent: Divergence[] = [];
	for (const area of content.areas)
		for (const question of questionsFor(area, audience)) {
			const levels = included
				.map((f) => f.answers[question.id])
				.filter((v): v is 0 | 1 | 2 | 3 | 4 => typeof v === 'number')
				.sort((a, b) => a - b);
			if (levels.length < 2) continue;
			const spread = levels.at(-1)! - levels[0]!;
			if (spread >= divergentSpread)
				divergent.push({
					id: question.id,
					area: area.number,
					statement: forAudience(question.statement, audience)[locale],
					levels,
					spread
				});
		}
	divergent.sort((a, b) => b.spread - a.spread || a.area - b.area || (a.id < b.id ? -1 : 1));
	const first = included[0]!;
	const merged: AnswersFile = {
		...first,
		locale,
		answers: mergeAnswers(included),
		savedAt:
			included
				.map((f) => f.savedAt)
				.sort()
				.at(-1) ?? first.savedAt
	};
	delete merged.notes;
	return {
		members,
		otherAudience,
		otherVersion: included.filter((f) => f.contentVersion !== content.version).length,
		counted: included.length,
		areas,
		divergent: divergent.slice(0, 10),
		merged,
		report: buildReport(merged, locale)
	};
}
