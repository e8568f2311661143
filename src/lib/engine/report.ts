/**
 * The engine's report: from an answers file to scores, ranked advice with reasons, strengths,
 * quick wins, an action plan and the track verdict. Pure and deterministic; labels in one
 * language. Every sentence it writes is about this respondent's answers and profile. The
 * shapes are in report-types.ts, the advice in advice.ts, its reasons in why.ts.
 */
import { allQuestions, content, getArea } from '../content/index';
import type { Condition, Horizon } from '../content/rules-schema';
import { rules } from '../content/rules/index';
import { preconditionRuleId } from '../content/rules/preconditions';
import type { AreaId, Audience } from '../content/ids';
import { audienceOf, type AnswersFile } from '../answers/schema';
import type { Facts } from './evaluate';
import { format as fill } from '../i18n/translate';
import { phrases } from './phrases';
import { decideTrack, type TrackVerdict } from './track';
import { scoreAreas, scoreOverall, type AreaResult } from './scoring';
import { answerLevels } from './levels';
import type { Locale } from '../i18n/locales';
import { areaVerdictIds, type ReportArea, type AdviceItem, type Report } from './report-types';
import { quoted, localize, variantOf, questionIndex, answerSentence } from './why';
import { buildAdvice, insertSorted, quickIds } from './advice';
import { trackDecision } from '../content/tracks';

export { formatScore } from './format';
export type { TrackVerdict } from './track';
export type { Locale } from '../i18n/locales';
export { areaVerdictIds, type AdviceItem, type Report, type ReportArea } from './report-types';

// built once: the engine runs many times per second (cohorts, benchmarks)
const questionIdsByAudience: Record<Audience, string[]> = {
	'cultural-organisation': content.areas.flatMap((a) =>
		a.questions.filter((q) => q.audiences.includes('cultural-organisation')).map((q) => q.id)
	),
	school: content.areas.flatMap((a) =>
		a.questions.filter((q) => q.audiences.includes('school')).map((q) => q.id)
	)
};

function verdictOf(area: AreaResult): ReportArea['verdict'] {
	if (area.status !== 'scored' || area.score === null)
		return area.status === 'scored' ? 'not-answered' : area.status;
	if (area.score < content.scoring.weakBelow) return 'weak';
	if (area.score >= content.scoring.strengthMin) return 'strong';
	return 'middling';
}

/** The areas named as strengths, and whether they are only relatively strong. */
function strengthsOf(areaResults: readonly AreaResult[]): { ids: AreaId[]; relative: boolean } {
	const scored: AreaResult[] = [];
	let strong = 0;
	for (const a of areaResults) {
		if (a.status !== 'scored' || a.score === null) continue;
		insertSorted(scored, a, (x, y) => (y.score ?? 0) - (x.score ?? 0));
		if (a.score >= content.scoring.strengthMin) strong++;
	}
	if (strong > 0) return { ids: scored.slice(0, strong).map((a) => a.id), relative: false };
	const relative = scored
		.filter((a) => (a.score ?? 0) > 0)
		.slice(0, content.scoring.relativeStrengths);
	return { ids: relative.map((a) => a.id), relative: relative.length > 0 };
}

/**
 * How many items the plan may hold: "begin klein" (white paper). At most three now, three this
 * year, seven in all; the rest of the advice stays with its topic.
 */
export const planLimits = { now: 3, season: 3, total: 7 } as const;

/**
 * Spreads the ranked advice over now / this year / later, the first seven items only: each
 * where its rule puts it, at most three under "now" (the rest move to this year) and three this
 * year (the rest move later), and no empty horizon while another holds two or more (an item of
 * the fullest one moves there: its last item later, its first earlier).
 */
export function planActions(
	advice: readonly Pick<AdviceItem, 'id' | 'horizon'>[],
	/**
	 * The top priorities: with them, "now" is exactly these (what the summary says to do first
	 * is what the plan does now), and the rest fills this year and later.
	 */
	first: readonly string[] = []
): Record<Horizon, string[]> {
	const plan: Record<Horizon, string[]> = { now: [], season: [], year: [] };
	const firstSet = new Set(first.slice(0, planLimits.now));
	plan.now.push(...firstSet);
	const rest = firstSet.size > 0 ? advice.filter((a) => !firstSet.has(a.id)) : advice;
	for (const item of rest.slice(0, planLimits.total - firstSet.size)) {
		let horizon = item.horizon;
		if (firstSet.size > 0 && horizon === 'now') horizon = 'season';
		if (horizon === 'now' && plan.now.length >= planLimits.now) horizon = 'season';
		if (horizon === 'season' && plan.season.length >= planLimits.season) horizon = 'year';
		plan[horizon].push(item.id);
	}
	{
		const order: Horizon[] = ['now', 'season', 'year'];
		for (const empty of order) {
			if (plan[empty].length > 0 || (firstSet.size > 0 && empty === 'now')) continue;
			const index = order.indexOf(empty);
			// take from the neighbour with most items; later items move later, earlier ones earlier
			const donors = order.filter(
				(h) => h !== empty && plan[h].length > 1 && !(firstSet.size > 0 && h === 'now')
			);
			donors.sort((a, b) => plan[b].length - plan[a].length);
			const donor = donors[0];
			if (!donor) continue;
			const moved = order.indexOf(donor) < index ? plan[donor].pop() : plan[donor].shift();
			if (moved) plan[empty].push(moved);
		}
	}
	return plan;
}

const meanings = new Map<number, string>();

/** The sentence that says what an area's result means, naming its lowest or highest answer. */
function meaningOf(
	result: AreaResult,
	verdict: ReportArea['verdict'],
	audience: Audience,
	locale: Locale
): string {
	const area = getArea(result.id);
	const variant = variantOf(audience, locale);
	const applicable = result.total - result.notApplicable;
	// the lowest answer (weak, middling) or the highest (strong) that the sentence names
	let pickIndex = -1;
	let pickLevel = -1;
	if (verdict === 'weak' || verdict === 'middling' || verdict === 'strong') {
		const pick = verdict === 'strong' ? result.highest : result.lowest;
		if (pick) {
			pickLevel = pick.level;
			pickIndex = questionIndex.get(pick.questionId) ?? -1;
		}
	}
	const key =
		((((area.number * 8 + areaVerdictIds.indexOf(verdict)) * 8 + result.unknown) * 8 + applicable) *
			128 +
			(pickIndex + 1)) *
			40 +
		(pickLevel + 1) * 4 +
		variant;
	let meaning = meanings.get(key);
	if (meaning === undefined) {
		meaning = fill(phrases.meaning[verdict][locale], {
			area: area.shortTitle[locale],
			unknown: result.unknown,
			applicable
		});
		const question = allQuestions[pickIndex]?.question;
		if (question) {
			const phrase = verdict === 'strong' ? phrases.meaningHighest : phrases.meaningLowest;
			meaning += ` ${fill(phrase[locale], {
				statement: quoted(localize(question.statement, audience, locale)),
				level: pickLevel
			})}`;
		}
		meanings.set(key, meaning);
	}
	return meaning;
}

/** Everything a condition can look at in one answers file: its answers, profile and scores. */
export function factsOf(file: AnswersFile): Facts & { areaResults: AreaResult[] } {
	const levels = answerLevels(file.answers);
	const areaResults = scoreAreas(file.answers, audienceOf(file.profile), levels);
	const overall = scoreOverall(areaResults);
	const areas = new Map(areaResults.map((a) => [a.id, a]));
	return { answers: file.answers, levels, profile: file.profile, areas, overall, areaResults };
}

/** A quick scan's verdict is provisional: it says so, and that the full check decides. */
function provisionalForQuickScan(track: TrackVerdict, locale: Locale): TrackVerdict {
	if (track.status === 'undecided') return track;
	return {
		...track,
		status: 'provisional',
		note: phrases.quickProvisional[locale]
	};
}

/** The questions a condition names directly (not under a `not`). */
function answersNamed(condition: Condition): string[] {
	if ('all' in condition) return condition.all.flatMap(answersNamed);
	if ('any' in condition) return condition.any.flatMap(answersNamed);
	if ('not' in condition) return [];
	return condition.fact === 'answer' ? [condition.question] : [];
}

const ruleById = new Map(rules.map((r) => [r.id, r]));

const knockoutById = new Map(
	[...trackDecision.schoolKnockouts, ...trackDecision.knockouts].map((k) => [k.id, k])
);

/**
 * The advice that does what the verdict says to arrange first, one per blocker in the order the
 * verdict names them: the precondition's own advice (rules/preconditions.ts, its title in the
 * verdict's words), else the best-ranked advice whose rule reads that answer, else one whose
 * "why" quotes it. None when nothing blocks.
 */
function blockerActions(
	track: TrackVerdict,
	ranked: readonly AdviceItem[],
	facts: Facts,
	audience: Audience,
	locale: Locale
): AdviceItem[] {
	if (track.id === 'school-klaar') return [];
	const actions: AdviceItem[] = [];
	for (const id of track.decidedBy) {
		const blocker = knockoutById.get(id);
		const question = blocker && answersNamed(blocker.when)[0];
		if (!question) continue;
		const ownId = preconditionRuleId(audience, id);
		const quote = answerSentence(question, facts.answers[question], audience, locale);
		const action =
			ranked.find((a) => a.id === ownId) ??
			ranked.find((a) => {
				const rule = ruleById.get(a.id);
				return rule !== undefined && answersNamed(rule.when).includes(question);
			}) ??
			ranked.find((a) => a.why.includes(quote));
		if (action && !actions.includes(action)) actions.push(action);
	}
	return actions;
}

/** Where the plan puts an advice, if it holds it. */
function horizonIn(plan: Record<Horizon, string[]>, id: string): Horizon | undefined {
	if (plan.now.includes(id)) return 'now';
	if (plan.season.includes(id)) return 'season';
	if (plan.year.includes(id)) return 'year';
	return undefined;
}

/** Builds the full report for an answers file, in the file's language unless another is given. */
export function buildReport(file: AnswersFile, locale: Locale = file.locale): Report {
	const audience = audienceOf(file.profile);
	const facts = factsOf(file);
	const { areaResults, overall, areas: areaMap } = facts;
	const notes = file.notes ?? {};
	const targets = file.targets ?? {};

	const areas: ReportArea[] = areaResults.map((result) => {
		const area = getArea(result.id);
		const verdict = verdictOf(result);
		const item: ReportArea = {
			id: result.id,
			score: result.score,
			status: result.status,
			total: result.total,
			known: result.known,
			unknown: result.unknown,
			notApplicable: result.notApplicable,
			unknownShare: result.unknownShare,
			number: area.number,
			title: area.title[locale],
			verdict,
			meaning: meaningOf(result, verdict, audience, locale)
		};
		const note = notes[result.id];
		if (note) item.note = note;
		const target = targets[result.id];
		if (target !== undefined) item.target = target;
		return item;
	});

	const quick = file.mode === 'quick';
	const advice = buildAdvice(facts, areaMap, audience, locale, targets, quick);

	const strengths = strengthsOf(areaResults);

	const decided = decideTrack(facts, audience, locale);
	// what the verdict says to arrange first is action 1, and the verdict names it (issue #27.4)
	const ranked = advice.filter((a) => a.kind !== 'unknown');
	const firsts = blockerActions(decided, ranked, facts, audience, locale);
	if (firsts.length > 0)
		decided.reason = `${decided.reason} ${
			firsts.length === 1 ? phrases.blockerAction[locale] : phrases.blockerActions[locale]
		}`;
	const track = quick ? provisionalForQuickScan(decided, locale) : decided;
	const topPriorities = [...firsts, ...ranked.filter((a) => !firsts.includes(a))]
		.slice(0, 3)
		.map((a) => a.id);
	// the top three are what the plan does now; the next four fill this year and later
	const actionPlan = planActions(advice, topPriorities);
	// each item shows the horizon the plan gave it (the items are this report's own objects); a
	// quick win is one more thing to pick up: not already in the plan (one loop, no sets: the
	// engine makes thousands of reports a second)
	const quickWins: string[] = [];
	for (const item of advice) {
		const horizon = horizonIn(actionPlan, item.id);
		if (horizon) item.horizon = horizon;
		else if (
			quickWins.length < 5 &&
			item.effort === 'low' &&
			item.priority !== 'low' &&
			(item.kind === 'weak' || item.kind === 'middling' || item.kind === 'cross')
		)
			quickWins.push(item.id);
	}

	const questionIds = questionIdsByAudience[audience];
	let answeredCount = 0;
	for (const a of areaResults) answeredCount += a.known + a.unknown + a.notApplicable;

	return {
		contentVersion: content.version,
		locale,
		audience,
		profile: file.profile,
		answers: file.answers,
		answeredCount,
		// a quick scan asks one question per area
		questionCount: quick ? quickIds[audience].size : questionIds.length,
		mode: file.mode ?? 'full',
		overall: {
			score: overall.score,
			level: overall.band
				? {
						id: overall.band.id,
						label: overall.band.label[locale],
						description: overall.band.description[locale]
					}
				: null,
			scoredAreas: overall.scoredAreas,
			minScoredAreas: overall.minScoredAreas,
			missingAreas:
				overall.score === null
					? areaResults
							.filter((a) => a.status !== 'scored' && a.status !== 'not-applicable')
							.map((a) => a.id)
					: []
		},
		areas,
		advice,
		strengths: strengths.ids,
		strengthsRelative: strengths.relative,
		topPriorities,
		quickWins,
		actionPlan,
		track,
		notes,
		targets
	};
}
