/**
 * The engine's report: from an answers file to scores, ranked advice with reasons, strengths,
 * quick wins, an action plan and the track. Pure and deterministic; labels in one language.
 */
import { trackDecision, tracks } from '../content/bands';
import { references } from '../content/references';
import { content, findQuestion, getArea } from '../content/index';
import type { Condition, Effort, Horizon, Priority, Rule } from '../content/rules-schema';
import { rules } from '../content/rules/index';
import { forAudience, type AreaId, type Audience, type LocalizedText } from '../content/ids';
import { audienceOf, type Answers, type AnswersFile, type Profile } from './answers';
import { decisiveLeaves, evaluateCondition, type ConditionResult, type Facts } from './evaluate';
import { format as fill } from '../i18n/translate';
import { formatScore } from './format';
import { phrases } from './phrases';

export { formatScore };
export { adviceForArea } from './report-view';
import { round1, scoreAreas, scoreOverall, type AreaResult, type AreaStatus } from './scoring';

export type Locale = 'nl' | 'en';

export interface ReportArea extends AreaResult {
	number: number;
	title: string;
	/** What the score means, in a sentence. */
	meaning: string;
	/** weak / middling / strong for scored areas, else the status. */
	verdict: 'weak' | 'middling' | 'strong' | Exclude<AreaStatus, 'scored'>;
}

export interface AdviceItem {
	id: string;
	kind: Rule['kind'];
	title: string;
	text: string;
	steps: string[];
	priority: Priority;
	effort: Effort;
	horizon: Horizon;
	areas: AreaId[];
	references: { id: string; title: string; url?: string }[];
	/** The answers and scores that made this advice appear, in plain language. */
	why: string[];
	/** How far the weakest of its areas is from 100 (50 when none is scored). */
	gap: number;
}

export interface Report {
	contentVersion: string;
	locale: Locale;
	audience: Audience;
	profile: Profile;
	/** The answers the report is built from (the PDF's appendix lists them). */
	answers: Answers;
	answeredCount: number;
	questionCount: number;
	overall: {
		score: number | null;
		level: { id: string; label: string; description: string } | null;
		scoredAreas: number;
	};
	areas: ReportArea[];
	advice: AdviceItem[];
	strengths: AreaId[];
	/** The first three pieces of advice that say what to do (not "find out first"). */
	topPriorities: string[];
	quickWins: string[];
	actionPlan: Record<Horizon, string[]>;
	track: { id: string; label: string; description: string; reason: string; decidedBy: string[] };
}

// Lookup tables, built once: the engine runs many times per second (cohorts, benchmarks).
const referenceById = new Map(references.map((r) => [r.id, r]));
const profileFieldById = new Map(content.profile.map((f) => [f.id, f]));
const questionIdsByAudience: Record<Audience, string[]> = {
	'cultural-organisation': content.areas.flatMap((a) =>
		a.questions.filter((q) => q.audiences.includes('cultural-organisation')).map((q) => q.id)
	),
	school: content.areas.flatMap((a) =>
		a.questions.filter((q) => q.audiences.includes('school')).map((q) => q.id)
	)
};

const priorityRank: Record<Priority, number> = { essential: 0, high: 1, medium: 2, low: 3 };
const effortRank: Record<Effort, number> = { low: 0, medium: 1, high: 2 };

/** A sentence to quote inside another: without its closing full stop. */
function quoted(text: string): string {
	return text.replace(/[.]$/, '');
}

/** One sentence about a leaf condition that held, quoting the answer or score it saw. */
function explainLeaf(
	leaf: Extract<ConditionResult, { kind: 'leaf' }>,
	audience: Audience,
	locale: Locale
): string {
	const { condition, seen } = leaf;
	switch (condition.fact) {
		case 'answer': {
			const found = findQuestion(condition.question);
			if (!found) return condition.question;
			const statement = quoted(forAudience(found.question.statement, audience)[locale]);
			if (seen === 'unknown') return fill(phrases.whyUnknown[locale], { statement });
			const level = found.question.levels[seen as 0 | 1 | 2 | 3 | 4];
			return fill(phrases.whyAnswer[locale], {
				statement,
				level: level ? quoted(forAudience(level, audience)[locale]) : String(seen)
			});
		}
		case 'areaScore':
			return fill(phrases.whyAreaScore[locale], {
				area: getArea(condition.area).title[locale],
				score: formatScore(seen as number, locale)
			});
		case 'unknownShare':
			return fill(phrases.whyUnknownShare[locale], {
				area: getArea(condition.area).title[locale],
				percent: Math.round((seen as number) * 100)
			});
		case 'profile': {
			const field = profileFieldById.get(condition.field);
			const values = Array.isArray(seen) ? seen : [seen];
			const labels = values
				.map((v) => field?.options.find((o) => o.id === v)?.label[locale] ?? String(v))
				.join(', ');
			return fill(phrases.whyProfile[locale], {
				field: field?.label[locale] ?? condition.field,
				value: labels
			});
		}
		case 'overallLevel': {
			const band = content.bands.find((b) => b.id === seen);
			return fill(phrases.whyOverall[locale], { level: band?.label[locale] ?? String(seen) });
		}
	}
}

const leafSentences = new WeakMap<object, Map<string, string>>();

/** explainLeaf, remembered per leaf of the content and the value it saw (few distinct values). */
function explainLeafCached(
	leaf: Extract<ConditionResult, { kind: 'leaf' }>,
	audience: Audience,
	locale: Locale
): string {
	let byValue = leafSentences.get(leaf.condition);
	if (!byValue) leafSentences.set(leaf.condition, (byValue = new Map()));
	const key = `${audience}|${locale}|${Array.isArray(leaf.seen) ? leaf.seen.join(',') : leaf.seen}`;
	let sentence = byValue.get(key);
	if (sentence === undefined) byValue.set(key, (sentence = explainLeaf(leaf, audience, locale)));
	return sentence;
}

/** The "why" of a condition that held: one sentence per decisive leaf, without repeats. */
export function explain(result: ConditionResult, audience: Audience, locale: Locale): string[] {
	const sentences: string[] = [];
	for (const leaf of decisiveLeaves(result)) {
		const sentence = explainLeafCached(leaf, audience, locale);
		if (!sentences.includes(sentence)) sentences.push(sentence);
	}
	return sentences;
}

function gapOf(areas: readonly AreaId[], results: ReadonlyMap<AreaId, AreaResult>): number {
	let gap = -1;
	for (const id of areas) {
		const area = results.get(id);
		if (area && area.status === 'scored' && area.score !== null)
			gap = Math.max(gap, 100 - area.score);
	}
	return gap < 0 ? 50 : round1(gap);
}

/** Ranks advice: priority first, then the size of the gap, then low effort, then id. */
export function rankAdvice<T extends Pick<AdviceItem, 'id' | 'priority' | 'gap' | 'effort'>>(
	items: readonly T[]
): T[] {
	return [...items].sort(
		(a, b) =>
			priorityRank[a.priority] - priorityRank[b.priority] ||
			b.gap - a.gap ||
			effortRank[a.effort] - effortRank[b.effort] ||
			// ids are ASCII kebab-case: plain comparison, no (slow) locale collation
			(a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
	);
}

function verdictOf(area: AreaResult): ReportArea['verdict'] {
	if (area.status !== 'scored' || area.score === null)
		return area.status === 'scored' ? 'not-answered' : area.status;
	if (area.score < content.scoring.weakBelow) return 'weak';
	if (area.score >= content.scoring.strengthMin) return 'strong';
	return 'middling';
}

function localize(
	text: LocalizedText | { 'cultural-organisation': LocalizedText; school: LocalizedText },
	audience: Audience,
	locale: Locale
): string {
	return forAudience(text, audience)[locale];
}

type AdviceText = Pick<AdviceItem, 'title' | 'text' | 'steps' | 'areas' | 'references'>;
const adviceTextCache = new WeakMap<Rule, Partial<Record<`${Audience}|${Locale}`, AdviceText>>>();

/**
 * The parts of an advice that do not depend on the answers, in one language and wording.
 * Built once per rule, audience and language, and frozen: reports share them read-only.
 */
function adviceText(rule: Rule, audience: Audience, locale: Locale): AdviceText {
	let byVariant = adviceTextCache.get(rule);
	if (!byVariant) adviceTextCache.set(rule, (byVariant = {}));
	const key = `${audience}|${locale}` as const;
	const cached = byVariant[key];
	if (cached) return cached;
	const a = rule.advice;
	const made: AdviceText = Object.freeze({
		title: a.title[locale],
		text: localize(a.text, audience, locale),
		steps: Object.freeze(a.steps.map((step) => localize(step, audience, locale))) as string[],
		areas: Object.freeze([...a.areas]) as AreaId[],
		references: Object.freeze(
			a.references.flatMap((id) => {
				const ref = referenceById.get(id);
				if (!ref) return [];
				const item: { id: string; title: string; url?: string } = { id, title: ref.title[locale] };
				if (ref.url) item.url = ref.url;
				return [Object.freeze(item)];
			})
		) as AdviceItem['references']
	});
	byVariant[key] = made;
	return made;
}

/** Evaluates a condition against the facts (used for rules and track knock-outs). */
function holds(condition: Condition, facts: Facts): ConditionResult {
	return evaluateCondition(condition, facts);
}

/** Builds the full report for an answers file, in the file's language unless another is given. */
export function buildReport(file: AnswersFile, locale: Locale = file.locale): Report {
	const audience = audienceOf(file.profile);
	const areaResults = scoreAreas(file.answers, audience);
	const overall = scoreOverall(areaResults);
	const areaMap = new Map(areaResults.map((a) => [a.id, a]));
	const facts: Facts = { answers: file.answers, profile: file.profile, areas: areaMap, overall };

	const areas: ReportArea[] = areaResults.map((result) => {
		const area = getArea(result.id);
		const verdict = verdictOf(result);
		return {
			id: result.id,
			score: result.score,
			status: result.status,
			total: result.total,
			known: result.known,
			unknown: result.unknown,
			unknownShare: result.unknownShare,
			number: area.number,
			title: area.title[locale],
			verdict,
			meaning: phrases.meaning[verdict][locale]
		};
	});

	const fired: AdviceItem[] = [];
	for (const rule of rules) {
		const result = holds(rule.when, facts);
		if (!result.held) continue;
		const fixed = adviceText(rule, audience, locale);
		fired.push({
			id: rule.id,
			kind: rule.kind,
			title: fixed.title,
			text: fixed.text,
			steps: fixed.steps,
			priority: rule.advice.priority,
			effort: rule.advice.effort,
			horizon: rule.advice.horizon,
			areas: fixed.areas,
			references: fixed.references,
			why: explain(result, audience, locale),
			gap: gapOf(rule.advice.areas, areaMap)
		});
	}
	const advice = rankAdvice(fired);

	const strengths = areaResults
		.filter(
			(a) => a.status === 'scored' && a.score !== null && a.score >= content.scoring.strengthMin
		)
		.sort((a, b) => (b.score ?? 0) - (a.score ?? 0))
		.map((a) => a.id);

	const topPriorities = advice
		.filter((a) => a.kind !== 'unknown')
		.slice(0, 3)
		.map((a) => a.id);

	const quickWins = advice
		.filter((a) => a.effort === 'low' && a.priority !== 'low' && a.kind !== 'unknown')
		.slice(0, 5)
		.map((a) => a.id);

	const actionPlan: Record<Horizon, string[]> = { now: [], season: [], year: [] };
	for (const item of advice) actionPlan[item.horizon].push(item.id);

	const questionIds = questionIdsByAudience[audience];
	let answeredCount = 0;
	for (const id of questionIds) if (file.answers[id] !== undefined) answeredCount++;

	return {
		contentVersion: content.version,
		locale,
		audience,
		profile: file.profile,
		answers: file.answers,
		answeredCount,
		questionCount: questionIds.length,
		overall: {
			score: overall.score,
			level: overall.band
				? {
						id: overall.band.id,
						label: overall.band.label[locale],
						description: overall.band.description[locale]
					}
				: null,
			scoredAreas: overall.scoredAreas
		},
		areas,
		advice,
		strengths,
		topPriorities,
		quickWins,
		actionPlan,
		track: decideTrack(facts, locale)
	};
}

/** The recommended track, with the knock-outs or the score that decided it. */
export function decideTrack(facts: Facts, locale: Locale): Report['track'] {
	const byId = (id: string) => {
		const track = tracks.find((t) => t.id === id);
		if (!track) throw new Error(`unknown track ${id}`);
		return track;
	};
	const decisive = trackDecision.knockouts.filter((k) => holds(k.when, facts).held);
	const start = byId('starttraject');
	const followUp = byId('vervolgtraject');
	const score = facts.overall.score;
	const base = (track: typeof start, reason: string, decidedBy: string[]) => ({
		id: track.id,
		label: track.label[locale],
		description: track.description[locale],
		reason,
		decidedBy
	});
	if (decisive.length > 0) {
		const reasons = decisive.map((k) => k.reason[locale]);
		const joined =
			reasons.length === 1
				? reasons[0]
				: `${reasons.slice(0, -1).join(', ')} ${locale === 'nl' ? 'en' : 'and'} ${reasons.at(-1)}`;
		return base(
			start,
			fill(trackDecision.reasons.knockout[locale], { reasons: joined ?? '' }),
			decisive.map((k) => k.id)
		);
	}
	if (score === null) return base(start, trackDecision.reasons.noScore[locale], []);
	if (score < trackDecision.followUpMinScore) {
		return base(
			start,
			fill(trackDecision.reasons.lowScore[locale], {
				score: formatScore(score, locale),
				min: trackDecision.followUpMinScore
			}),
			['score']
		);
	}
	return base(
		followUp,
		fill(trackDecision.reasons.followUp[locale], { score: formatScore(score, locale) }),
		['score']
	);
}
