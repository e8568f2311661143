/**
 * The engine's report: from an answers file to scores, ranked advice with reasons, strengths,
 * quick wins, an action plan and the track verdict. Pure and deterministic; labels in one
 * language. Every sentence it writes is about this respondent's answers and profile.
 */
import { references } from '../content/references';
import {
	allQuestions,
	content,
	findQuestion,
	getArea,
	questionsFor,
	quickProfileFields,
	quickQuestionFor,
	quickQuestionIds
} from '../content/index';
import type {
	Condition,
	LeafCondition,
	Effort,
	Horizon,
	Priority,
	Rule,
	RuleKind,
	Step
} from '../content/rules-schema';
import { rules } from '../content/rules/index';
import { areaOwners } from '../content/rules/owners';
import { questionSteps } from '../content/rules/question-steps';
import { trackDecision } from '../content/tracks';
import { forAudience, type AreaId, type Audience, type LocalizedText } from '../content/ids';
import type { Question } from '../content/schema';
import { audienceOf, type Answers, type AnswersFile, type Profile } from '../answers/schema';
import {
	compileCondition,
	conditionHolds,
	decisiveLeaves,
	factValue,
	type ConditionResult,
	type Facts,
	type HeldLeaf
} from './evaluate';
import { format as fill } from '../i18n/translate';
import { formatScore, wholeScore } from './format';
import { phrases } from './phrases';
import { decideTrack, type TrackVerdict } from './track';

export { formatScore };
export type { TrackVerdict } from './track';
import { round1, scoreAreas, scoreOverall, type AreaResult } from './scoring';

export type { Locale } from '../i18n/locales';
import type { Locale } from '../i18n/locales';

/** What an area's result means: weak / middling / strong for scored areas, else its status. */
export const areaVerdictIds = [
	'weak',
	'middling',
	'strong',
	'insufficient-data',
	'not-answered',
	'not-applicable'
] as const;

export interface ReportArea extends Omit<AreaResult, 'lowest' | 'highest'> {
	number: number;
	title: string;
	/** What the score means, in a sentence. */
	meaning: string;
	/** weak / middling / strong for scored areas, else the status. */
	verdict: (typeof areaVerdictIds)[number];
	/** The respondent's own explanation or evidence for this area, if any. */
	note?: string;
	/** Where the respondent wants this area to be in twelve months (level 0-4), if set. */
	target?: 0 | 1 | 2 | 3 | 4;
}

export interface AdviceItem {
	id: string;
	kind: RuleKind;
	title: string;
	text: string;
	steps: string[];
	priority: Priority;
	effort: Effort;
	/** When, in the action plan: now (at most three), this year, later. */
	horizon: Horizon;
	/** Who usually does it, as a role ("directie of bestuur"; "jijzelf" when working alone). */
	owner: string;
	areas: AreaId[];
	references: { id: string; title: string; url?: string }[];
	/** The answers and scores that made this advice appear, in plain language. */
	why: string[];
	/**
	 * How far the weakest of its areas is from where the respondent wants it: its target
	 * (level × 25) or else 100 (50 when none is scored).
	 */
	gap: number;
	/** Set when one of its areas is below a target the respondent set: ranked first. */
	belowTarget?: true;
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
	/** "quick" for the quick scan; "full" for the whole check. */
	mode: 'full' | 'quick';
	overall: {
		/** Null below `minScoredAreas` scored areas: then there is no overall verdict at all. */
		score: number | null;
		level: { id: string; label: string; description: string } | null;
		scoredAreas: number;
		minScoredAreas: number;
		/** The areas without a score, when there is no overall score (what is missing). */
		missingAreas: AreaId[];
	};
	areas: ReportArea[];
	advice: AdviceItem[];
	/** Areas at or above the strength threshold; or, when none is, the strongest ("relatief sterk"). */
	strengths: AreaId[];
	/** True when `strengths` are the relatively strongest areas rather than real strengths. */
	strengthsRelative: boolean;
	/** The first three pieces of advice that say what to do, critical "find out first" included. */
	topPriorities: string[];
	/** Low-effort advice that is not already in the action plan: one more thing to pick up. */
	quickWins: string[];
	/** At most seven advice ids: the top priorities now, then in ranked order at most three this year, the rest later. */
	actionPlan: Record<Horizon, string[]>;
	track: TrackVerdict;
	/** The respondent's notes per area. */
	notes: Partial<Record<AreaId, string>>;
	/** The respondent's targets per area (level 0-4). */
	targets: Partial<Record<AreaId, 0 | 1 | 2 | 3 | 4>>;
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
function explainLeaf(leaf: HeldLeaf, audience: Audience, locale: Locale): string {
	const { condition, seen } = leaf;
	switch (condition.fact) {
		case 'answer': {
			const found = findQuestion(condition.question);
			if (!found) return condition.question;
			const statement = quoted(forAudience(found.question.statement, audience)[locale]);
			if (seen === 'unknown') return fill(phrases.whyUnknown[locale], { statement });
			if (seen === 'na') return fill(phrases.whyNotApplicable[locale], { statement });
			const level = found.question.levels[seen as 0 | 1 | 2 | 3 | 4];
			return fill(phrases.whyAnswer[locale], {
				statement,
				level: level ? quoted(forAudience(level, audience)[locale]) : String(seen)
			});
		}
		case 'areaScore':
			return fill(phrases.whyAreaScore[locale], {
				area: getArea(condition.area).title[locale],
				score: wholeScore(seen as number)
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

/** The opening words of the sentences that quote an answer, in each language. */
const answerQuoteStarts = (['whyAnswer', 'whyUnknown', 'whyNotApplicable'] as const).flatMap(
	(key) =>
		(['nl', 'en'] as const).map((l) => phrases[key][l].slice(0, phrases[key][l].indexOf('{')))
);

/** Whether a "why" sentence quotes an answer ("Je antwoord bij “…”: …"). */
function isAnswerQuote(sentence: string): boolean {
	return answerQuoteStarts.some((start) => sentence.startsWith(start));
}

/** How many of an area's answers a "why" quotes beside its score. */
const quotedAnswers = 2;

/**
 * The answers behind an area's score or its share of "weet ik niet", to quote in a "why" (issue
 * #27: never only a topic score): the lowest levels first (at most two, in question order at a
 * tie), or the "weet ik niet" answers.
 */
function answersBehind(
	leaf: Extract<LeafCondition, { fact: 'areaScore' | 'unknownShare' }>,
	answers: Answers,
	audience: Audience
): { question: string; seen: Answers[string] }[] {
	const questions = areaQuestions[audience].get(leaf.area) ?? [];
	if (leaf.fact === 'unknownShare')
		return questions
			.filter((id) => answers[id] === 'unknown')
			.slice(0, quotedAnswers)
			.map((id) => ({ question: id, seen: 'unknown' as const }));
	const levels = questions.flatMap((id) => {
		const seen = answers[id];
		return typeof seen === 'number' ? [{ question: id, seen }] : [];
	});
	return levels.sort((a, b) => a.seen - b.seen).slice(0, quotedAnswers);
}

/** Each area's question ids per audience, in order. */
const areaQuestions: Record<Audience, Map<string, string[]>> = {
	school: new Map(content.areas.map((a) => [a.id, questionsFor(a, 'school').map((q) => q.id)])),
	'cultural-organisation': new Map(
		content.areas.map((a) => [a.id, questionsFor(a, 'cultural-organisation').map((q) => q.id)])
	)
};

/** 0-3: which of the four wordings (audience × language) a cached text is in. */
function variantOf(audience: Audience, locale: Locale): number {
	return (audience === 'school' ? 2 : 0) + (locale === 'en' ? 1 : 0);
}

/** Each question's position, for small numeric cache keys (building string keys is slow). */
const questionIndex = new Map(allQuestions.map((entry, i) => [entry.question.id, i]));
const answerIndex = (value: Answers[string]) =>
	typeof value === 'number' ? value : value === 'unknown' ? 5 : 6;

/**
 * The "why" of a condition that held, from its full evaluation result: one sentence per decisive
 * leaf, without repeats. The reference the compiled walkers (`ruleReasons`) are tested against.
 */
export function explain(
	result: ConditionResult,
	facts: Facts,
	audience: Audience,
	locale: Locale
): string[] {
	return explainLeaves(decisiveLeaves(result), facts, audience, locale);
}

/** Adds the "why" sentences of a held condition to `into`; see `compileWhy`. */
type WhyWalker = (
	facts: Facts,
	audience: Audience,
	locale: Locale,
	variant: number,
	into: string[],
	profile: boolean
) => void;

/**
 * A held condition's "why" as one function, built once per rule: one sentence per leaf that made
 * it true (all children of an `all`, the holding children of an `any`, nothing under a `not`),
 * without repeats; the answers and scores in one pass (`profile` false), the profile leaves in
 * another. Each leaf keeps its own sentences per wording and value.
 */
function compileWhy(condition: Condition): WhyWalker {
	if ('all' in condition) {
		const parts = condition.all.map(compileWhy);
		return (f, a, l, v, into, p) => {
			for (const part of parts) part(f, a, l, v, into, p);
		};
	}
	if ('any' in condition) {
		const parts = condition.any.map((c) => ({ holds: compileCondition(c), why: compileWhy(c) }));
		return (f, a, l, v, into, p) => {
			for (const part of parts) if (part.holds(f)) part.why(f, a, l, v, into, p);
		};
	}
	if ('not' in condition) return () => {};
	const leaf = condition;
	const isProfile = leaf.fact === 'profile';
	const byVariant: Map<unknown, string>[] = [new Map(), new Map(), new Map(), new Map()];
	const behind =
		leaf.fact === 'areaScore' || leaf.fact === 'unknownShare'
			? (f: Facts, a: Audience, l: Locale, into: string[]) => {
					for (const { question, seen } of answersBehind(leaf, f.answers, a)) {
						const sentence = answerSentence(question, seen, a, l);
						if (!into.includes(sentence)) into.push(sentence);
					}
				}
			: undefined;
	return (f, a, l, v, into, p) => {
		if (isProfile !== p) return;
		const seen = factValue(leaf, f);
		const key = Array.isArray(seen) ? seen.join(',') : seen;
		const byValue = byVariant[v] as Map<unknown, string>;
		let sentence = byValue.get(key);
		if (sentence === undefined)
			byValue.set(key, (sentence = explainLeaf({ condition: leaf, seen }, a, l)));
		if (!into.includes(sentence)) into.push(sentence);
		behind?.(f, a, l, into);
	};
}

/** Whether a condition has a profile leaf outside a `not` (its "why" then needs a second pass). */
function quotesProfile(condition: Condition): boolean {
	if ('all' in condition) return condition.all.some(quotesProfile);
	if ('any' in condition) return condition.any.some(quotesProfile);
	if ('not' in condition) return false;
	return condition.fact === 'profile';
}

/** Adds a sentence unless it is there already. */
function addOnce(sentences: string[], sentence: string): void {
	if (!sentences.includes(sentence)) sentences.push(sentence);
}

/**
 * One sentence per leaf, without repeats: answers and scores first (a score with the answers
 * behind it, the lowest first), the profile last.
 */
function explainLeaves(
	leaves: readonly HeldLeaf[],
	facts: Facts,
	audience: Audience,
	locale: Locale
): string[] {
	const sentences: string[] = [];
	// the profile is context that many advice items share, so it comes last
	let profile = false;
	for (const leaf of leaves) {
		if (leaf.condition.fact === 'profile') profile = true;
		else {
			addOnce(sentences, explainLeaf(leaf, audience, locale));
			const { condition } = leaf;
			if (condition.fact === 'areaScore' || condition.fact === 'unknownShare')
				for (const { question, seen } of answersBehind(condition, facts.answers, audience))
					addOnce(sentences, answerSentence(question, seen, audience, locale));
		}
	}
	if (profile)
		for (const leaf of leaves)
			if (leaf.condition.fact === 'profile')
				addOnce(sentences, explainLeaf(leaf, audience, locale));
	return sentences;
}

/**
 * How far an advice's areas are from where the respondent wants them: the target (level × 25)
 * minus the score, or 100 minus the score where no target is set; the largest of its areas. And
 * whether an area is below a target the respondent set (such advice ranks first).
 */
function gapOf(
	areas: readonly AreaId[],
	results: ReadonlyMap<AreaId, AreaResult>,
	targets: Partial<Record<AreaId, number>>
): { gap: number; belowTarget: boolean } {
	let gap = -1;
	let belowTarget = false;
	for (const id of areas) {
		const area = results.get(id);
		if (!area || area.status !== 'scored' || area.score === null) continue;
		const target = targets[id];
		if (target !== undefined && area.score < target * 25) belowTarget = true;
		const goal = target === undefined ? 100 : target * 25;
		gap = Math.max(gap, Math.max(0, goal - area.score));
	}
	return { gap: gap < 0 ? 50 : round1(gap), belowTarget };
}

/** "Het doel voor Privacy is 75; nu is het 30." for each area of an advice with a target above its score. */
function targetSentences(
	areas: readonly AreaId[],
	results: ReadonlyMap<AreaId, AreaResult>,
	targets: Partial<Record<AreaId, number>>,
	locale: Locale
): string[] {
	const sentences: string[] = [];
	for (const id of areas) {
		const target = targets[id];
		const area = results.get(id);
		if (target === undefined || !area || area.status !== 'scored' || area.score === null) continue;
		if (area.score >= target * 25) continue;
		sentences.push(
			fill(phrases.whyTarget[locale], {
				area: getArea(id).shortTitle[locale],
				target: target * 25,
				score: wholeScore(area.score)
			})
		);
	}
	return sentences;
}

/**
 * Ranks advice: priority first, then advice for an area below the respondent's target, then the
 * size of the gap, then low effort, then id.
 */
export function rankAdvice<
	T extends Pick<AdviceItem, 'id' | 'priority' | 'gap' | 'effort' | 'belowTarget'>
>(items: readonly T[]): T[] {
	return [...items].sort(
		(a, b) =>
			priorityRank[a.priority] - priorityRank[b.priority] ||
			(a.belowTarget ? 0 : 1) - (b.belowTarget ? 0 : 1) ||
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

/** A step in one language, with the condition that decides whether this respondent sees it. */
interface LocalStep {
	text: string;
	when?: Condition;
}

interface AdviceText {
	/** Who usually does it: the rule's owner, else its first area's (as a role, in words). */
	owner: string;
	title: string;
	text: string;
	steps: readonly LocalStep[];
	areas: AreaId[];
	references: AdviceItem['references'];
}
const adviceTextCache = new Map<Rule, (AdviceText | undefined)[]>();

function localStep(step: Step, audience: Audience, locale: Locale): LocalStep {
	return 'when' in step && 'text' in step
		? { text: localize(step.text, audience, locale), when: step.when }
		: { text: localize(step as LocalizedText, audience, locale) };
}

/**
 * The parts of an advice that do not depend on the answers, in one language and wording.
 * Built once per rule, audience and language, and frozen: reports share them read-only.
 */
function adviceText(rule: Rule, audience: Audience, locale: Locale): AdviceText {
	let byVariant = adviceTextCache.get(rule);
	if (!byVariant) adviceTextCache.set(rule, (byVariant = []));
	const key = variantOf(audience, locale);
	const cached = byVariant[key];
	if (cached) return cached;
	const a = rule.advice;
	const made: AdviceText = Object.freeze({
		owner:
			phrases.owner[a.owner ?? areaOwners[a.areas[0] ?? 'evalueer-bestaand']][audience][locale],
		title: a.title[locale],
		text: localize(a.text, audience, locale),
		steps: Object.freeze(a.steps.map((step) => Object.freeze(localStep(step, audience, locale)))),
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

const localStepCache: (readonly LocalStep[] | undefined)[] = [];

/** A question's step variants in one language and wording (remembered). */
function localSteps(question: Question, audience: Audience, locale: Locale): readonly LocalStep[] {
	const key = (questionIndex.get(question.id) ?? 0) * 4 + variantOf(audience, locale);
	let steps = localStepCache[key];
	if (!steps)
		localStepCache[key] = steps = (questionSteps[question.id] ?? []).map((s) =>
			localStep(s, audience, locale)
		);
	return steps;
}

/** An area rule's question-level steps when it is not an area rule (shared; never changed). */
const noSteps: readonly { questionId: string; text: string }[] = Object.freeze([]);

/**
 * Puts an item into a sorted list after its equals: a stable sort as the list grows. The lists
 * here are short (a few dozen at most) and the engine makes thousands of reports a second;
 * Array.prototype.sort would copy each list once more.
 */
function insertSorted<T>(list: T[], item: T, compare: (a: T, b: T) => number): void {
	let at = list.length;
	list.push(item);
	while (at > 0 && compare(list[at - 1] as T, item) > 0) {
		list[at] = list[at - 1] as T;
		at--;
	}
	list[at] = item;
}

/**
 * The question-level steps of an area's weakest answers (level 0-1; lowest first, then the
 * heaviest, then questionnaire order), each the first variant this respondent may see.
 */
function questionLevelSteps(
	areaId: AreaId,
	facts: Facts,
	audience: Audience,
	locale: Locale,
	quick = false
): { questionId: string; text: string }[] {
	const answers = facts.answers;
	let weakest: Question[] | null = null;
	for (const q of questionsFor(getArea(areaId), audience)) {
		const answer = answers[q.id];
		if (typeof answer === 'number' && answer <= 1)
			insertSorted(
				(weakest ??= []),
				q,
				(a, b) => (answers[a.id] as number) - (answers[b.id] as number) || b.weight - a.weight
			);
	}
	if (!weakest) return [];
	const steps: { questionId: string; text: string }[] = [];
	for (const q of weakest) {
		for (const step of localSteps(q, audience, locale)) {
			if (step.when && !conditionHolds(step.when, facts)) continue;
			if (step.when && quick && !askedInQuickScan(step.when, audience)) continue;
			steps.push({ questionId: q.id, text: step.text });
			break;
		}
	}
	return steps;
}

const answerSentences = new Map<number, string>();

/** "Je antwoord bij …" for one answer, as the "why" of a question-level step (remembered). */
function answerSentence(
	questionId: string,
	seen: Answers[string] | undefined,
	audience: Audience,
	locale: Locale
): string {
	const index = questionIndex.get(questionId);
	if (seen === undefined || index === undefined) return questionId;
	const key = (index * 8 + answerIndex(seen)) * 4 + variantOf(audience, locale);
	let sentence = answerSentences.get(key);
	if (sentence === undefined) {
		sentence = explainLeaf(
			{ condition: { fact: 'answer', question: questionId, operator: 'eq', value: seen }, seen },
			audience,
			locale
		);
		answerSentences.set(key, sentence);
	}
	return sentence;
}

/** Every rule with its condition, its "why" and its place among equals compiled once. */
/** The quick scan's questions per audience. */
const quickIds: Record<Audience, ReadonlySet<string>> = {
	'cultural-organisation': new Set(quickQuestionIds('cultural-organisation')),
	school: new Set(quickQuestionIds('school'))
};

/**
 * Whether a condition looks only at what the quick scan asks an audience: its questions, its
 * profile fields, and scores made of them. A quick scan's advice never rests on anything else.
 */
export function askedInQuickScan(condition: Condition, audience: Audience): boolean {
	if ('all' in condition) return condition.all.every((c) => askedInQuickScan(c, audience));
	if ('any' in condition) return condition.any.every((c) => askedInQuickScan(c, audience));
	if ('not' in condition) return askedInQuickScan(condition.not, audience);
	if (condition.fact === 'answer') return quickIds[audience].has(condition.question);
	if (condition.fact === 'profile')
		return (quickProfileFields as readonly string[]).includes(condition.field);
	return true;
}

const compiledRules = rules.map((rule) => ({
	rule,
	/** Whether the quick scan may give it, per audience. */
	quick: {
		'cultural-organisation': askedInQuickScan(rule.when, 'cultural-organisation'),
		school: askedInQuickScan(rule.when, 'school')
	},
	holds: compileCondition(rule.when),
	why: compileWhy(rule.when),
	profileToo: quotesProfile(rule.when),
	// ids are ASCII kebab-case: their order as a number, for a sort without string compares
	idRank: [...rules.map((r) => r.id)].sort().indexOf(rule.id)
}));

/** A fired rule's reasons: answers and scores first, the profile (context many share) last. */
function reasonsOf(
	compiled: (typeof compiledRules)[number],
	facts: Facts,
	audience: Audience,
	locale: Locale,
	variant: number
): string[] {
	const reasons: string[] = [];
	compiled.why(facts, audience, locale, variant, reasons, false);
	if (compiled.profileToo) compiled.why(facts, audience, locale, variant, reasons, true);
	return reasons;
}

/** The reasons of a rule that holds for these facts, as the report gives them (before dedupe). */
export function ruleReasons(
	ruleId: string,
	facts: Facts,
	audience: Audience,
	locale: Locale
): string[] {
	const compiled = compiledRules.find((c) => c.rule.id === ruleId);
	return compiled ? reasonsOf(compiled, facts, audience, locale, variantOf(audience, locale)) : [];
}

/** The most steps one advice shows. */
const maxSteps = 5;
/** An area's advice adds its general steps only until it has this many. */
const fillStepsTo = 3;
/** How often one sentence may appear in a report. */
const maxRepeats = 2;

/**
 * The advice that fired, ranked, with steps that follow this respondent's answers and profile,
 * and without repeating itself: a step appears once in the whole report, and a reason at most
 * twice (a third time it is left out where the advice has other reasons).
 */
function buildAdvice(
	facts: Facts,
	areaMap: ReadonlyMap<AreaId, AreaResult>,
	audience: Audience,
	locale: Locale,
	targets: Partial<Record<AreaId, 0 | 1 | 2 | 3 | 4>> = {},
	quick = false
): AdviceItem[] {
	// a cheap yes/no first; the leaves that decided it (for the "why") only for rules that fire
	const fired: {
		key: number;
		priority: Priority;
		gap: number;
		belowTarget: boolean;
		compiled: (typeof compiledRules)[number];
	}[] = [];
	for (const compiled of compiledRules) {
		if (quick && !compiled.quick[audience]) continue;
		if (!compiled.holds(facts)) continue;
		const { rule } = compiled;
		const priority = rule.advice.priorityFor?.[audience] ?? rule.advice.priority;
		const { gap, belowTarget } = gapOf(rule.advice.areas, areaMap, targets);
		// the order of rankAdvice as one number: priority, below target, larger gap, lower effort, id
		const key =
			(((priorityRank[priority] * 2 + (belowTarget ? 0 : 1)) * 1001 +
				Math.round((100 - gap) * 10)) *
				3 +
				effortRank[rule.advice.effort]) *
				1000 +
			compiled.idRank;
		insertSorted(fired, { key, priority, gap, belowTarget, compiled }, (a, b) => a.key - b.key);
	}
	const variant = variantOf(audience, locale);
	const alone = facts.profile.size === 'een-persoon';
	// Steps and reasons already in the report (a few dozen: plain arrays allocate less than a Set
	// or a Map, and the engine makes thousands of reports a second): each reason with how often
	// it stood and the advice it first stood under.
	const hasTargets = Object.keys(targets).length > 0;
	const stepsUsed: string[] = [];
	const whyTexts: string[] = [];
	const whyCounts: number[] = [];
	const whyFirst: string[] = [];
	/** How often a reason stood so far. */
	const whyUses = (reason: string): number => {
		const i = whyTexts.indexOf(reason);
		return i < 0 ? 0 : (whyCounts[i] ?? 0);
	};
	/** Counts one more use of a reason (under this advice's topic, if it is the first). */
	const countWhy = (reason: string, title: string): void => {
		const i = whyTexts.indexOf(reason);
		if (i >= 0) whyCounts[i] = (whyCounts[i] ?? 0) + 1;
		else {
			whyTexts.push(reason);
			whyCounts.push(1);
			whyFirst.push(title);
		}
	};
	// where answers first stood, for a "why" that points there: the topic (a title named there
	// would stand a third time, #27.5)
	const topicOf = (rule: Rule) =>
		getArea(rule.advice.areas[0] ?? 'evalueer-bestaand').shortTitle[locale].toLowerCase();
	const advice: AdviceItem[] = [];
	for (const { priority, gap, belowTarget, compiled } of fired) {
		const { rule } = compiled;
		const fixed = adviceText(rule, audience, locale);
		// An area's own advice starts from its weakest answers: one step per answer at level 0-1.
		const specific =
			rule.kind === 'weak' || rule.kind === 'middling'
				? questionLevelSteps(
						rule.advice.areas[0] ?? 'evalueer-bestaand',
						facts,
						audience,
						locale,
						quick
					)
				: noSteps;
		const steps: string[] = [];
		for (const s of specific) {
			if (steps.length >= maxSteps - 1) break;
			if (!stepsUsed.includes(s.text) && !steps.includes(s.text)) steps.push(s.text);
		}
		// the general steps of the rule: all of them for a cross rule, to fill up for an area rule
		const limit = specific.length > 0 ? Math.max(fillStepsTo, steps.length) : maxSteps;
		let firstGeneral: string | undefined;
		for (const step of fixed.steps) {
			if (steps.length >= limit) break;
			if (step.when && !conditionHolds(step.when, facts)) continue;
			if (step.when && quick && !askedInQuickScan(step.when, audience)) continue;
			firstGeneral ??= step.text;
			if (!stepsUsed.includes(step.text) && !steps.includes(step.text)) steps.push(step.text);
		}
		// Never an advice without a step: the first one stays, even if it stood elsewhere once.
		const fallback = specific[0]?.text ?? firstGeneral;
		if (steps.length === 0 && fallback) steps.push(fallback);
		for (const step of steps) stepsUsed.push(step);

		const reasons = reasonsOf(compiled, facts, audience, locale, variant);
		// a quick scan's area advice rests on one answer: the why quotes it (the area texts claim
		// nothing about levels, claims.spec.ts; an area's "unknown" advice, which speaks of many
		// questions, cannot fire on one answer of three or more: quick.spec.ts)
		const quickArea =
			quick && (rule.kind === 'weak' || rule.kind === 'middling' || rule.kind === 'unknown');
		if (quickArea) {
			const asked = quickQuestionFor(getArea(rule.advice.areas[0]!), audience);
			if (asked) {
				const sentence = answerSentence(asked.id, facts.answers[asked.id], audience, locale);
				if (!reasons.includes(sentence)) reasons.push(sentence);
			}
		}
		for (const s of specific) {
			if (!steps.includes(s.text)) continue;
			const sentence = answerSentence(s.questionId, facts.answers[s.questionId], audience, locale);
			if (!reasons.includes(sentence)) reasons.push(sentence);
		}
		let shown: string[] = [];
		let droppedAnswer: string | undefined;
		for (const r of reasons) {
			if (whyUses(r) >= maxRepeats) {
				if (isAnswerQuote(r)) droppedAnswer ??= r;
				continue;
			}
			shown.push(r);
			countWhy(r, topicOf(rule));
		}
		// never only a score: the answers behind it stood twice already, so point to where
		if (droppedAnswer && shown.length > 0 && !shown.some(isAnswerQuote))
			shown.push(
				fill(phrases.whySameAnswers[locale], {
					topic: whyFirst[whyTexts.indexOf(droppedAnswer)] ?? ''
				})
			);
		// every reason already stood twice: point to where they first stood, in a sentence of its own
		if (shown.length === 0 && reasons[0])
			shown = [
				fill(phrases.whySameAnswers[locale], {
					topic: whyFirst[whyTexts.indexOf(reasons[0])] ?? ''
				})
			];
		// a target the respondent set for this advice's area, and how far off it is, comes first
		// (like every reason, at most twice in the report)
		if (hasTargets) {
			const goals = targetSentences(rule.advice.areas, areaMap, targets, locale).filter((g) => {
				const used = whyUses(g);
				countWhy(g, topicOf(rule));
				return used < maxRepeats;
			});
			if (goals.length > 0) shown = [...goals, ...shown];
		}
		const item: AdviceItem = {
			id: rule.id,
			kind: rule.kind,
			title: fixed.title,
			text: fixed.text,
			steps,
			priority,
			effort: rule.advice.effort,
			horizon: rule.advice.horizon,
			// a one-person organisation does it all itself
			owner: alone ? phrases.owner.self[audience][locale] : fixed.owner,
			areas: fixed.areas,
			references: fixed.references,
			why: shown,
			gap
		};
		// (set only when true: the report's JSON has no "belowTarget": false)
		if (belowTarget) item.belowTarget = true;
		advice.push(item);
	}
	return advice;
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
	const areaResults = scoreAreas(file.answers, audienceOf(file.profile));
	const overall = scoreOverall(areaResults);
	const areas = new Map(areaResults.map((a) => [a.id, a]));
	return { answers: file.answers, profile: file.profile, areas, overall, areaResults };
}

/** A quick scan's verdict is provisional: it says so, and that the full check decides. */
function provisionalForQuickScan(track: TrackVerdict, locale: Locale): TrackVerdict {
	if (track.status === 'undecided') return track;
	return {
		...track,
		status: 'provisional',
		reason: `${track.reason} ${phrases.quickProvisional[locale]}`
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
 * The advice that does what the verdict says to arrange first: for its first blocker (the
 * first named), the best-ranked advice whose rule reads that answer itself, else the
 * best-ranked one whose "why" quotes it. None when nothing blocks or no advice is about it.
 */
function blockerAction(
	track: TrackVerdict,
	ranked: readonly AdviceItem[],
	facts: Facts,
	audience: Audience,
	locale: Locale
): AdviceItem | undefined {
	const blocker = track.decidedBy.map((id) => knockoutById.get(id)).find((k) => k !== undefined);
	if (!blocker || track.id === 'school-klaar') return undefined;
	const question = answersNamed(blocker.when)[0];
	if (!question) return undefined;
	const own = ranked.find((a) => {
		const rule = ruleById.get(a.id);
		return rule !== undefined && answersNamed(rule.when).includes(question);
	});
	if (own) return own;
	const quote = answerSentence(question, facts.answers[question], audience, locale);
	return ranked.find((a) => a.why.includes(quote));
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
	const first = blockerAction(decided, ranked, facts, audience, locale);
	if (first)
		decided.reason = `${decided.reason} ${fill(phrases.blockerAction[locale], { title: first.title })}`;
	const track = quick ? provisionalForQuickScan(decided, locale) : decided;
	const topPriorities = (first ? [first, ...ranked.filter((a) => a !== first)] : ranked)
		.slice(0, 3)
		.map((a) => a.id);
	// the top three are what the plan does now; the next four fill this year and later
	const actionPlan = planActions(advice, topPriorities);
	// each item shows the horizon the plan gave it (the items are this report's own objects)
	const itemById = new Map(advice.map((a) => [a.id, a]));
	for (const horizon of ['now', 'season', 'year'] as const)
		for (const id of actionPlan[horizon]) {
			const item = itemById.get(id);
			if (item) item.horizon = horizon;
		}
	const inPlan = new Set(Object.values(actionPlan).flat());

	const quickWins = advice
		.filter(
			(a) =>
				a.effort === 'low' &&
				a.priority !== 'low' &&
				(a.kind === 'weak' || a.kind === 'middling' || a.kind === 'cross') &&
				// a quick win is one more thing to pick up: not already in the plan
				!inPlan.has(a.id)
		)
		.slice(0, 5)
		.map((a) => a.id);

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
