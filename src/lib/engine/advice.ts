/**
 * The advice of a report: the rules that fire, ranked, with steps that follow this
 * respondent's answers and profile and the reasons that made them appear, without repeating
 * itself (advice.ts over why.ts).
 */
import { references } from '../content/references';
import {
	content,
	getArea,
	questionsFor,
	quickProfileFields,
	quickQuestionFor,
	quickQuestionIds
} from '../content/index';
import type { Condition, Effort, Priority, Rule, Step } from '../content/rules-schema';
import { rules } from '../content/rules/index';
import { areaOwners } from '../content/rules/owners';
import { questionSteps } from '../content/rules/question-steps';
import type { AreaId, Audience, LocalizedText } from '../content/ids';
import type { Question } from '../content/schema';
import { compileCondition, conditionHolds, type Facts } from './evaluate';
import { format as fill } from '../i18n/translate';
import { phrases } from './phrases';
import { round1, type AreaResult } from './scoring';
import type { Locale } from '../i18n/locales';
import type { AdviceItem } from './report-types';
import { areaPlaces } from './levels';
import {
	localize,
	isAnswerQuote,
	variantOf,
	questionIndex,
	compileWhy,
	quotesProfile,
	answerSentence,
	targetSentences
} from './why';

// built once: the engine runs many times per second (cohorts, benchmarks)
const referenceById = new Map(references.map((r) => [r.id, r]));

const priorityRank: Record<Priority, number> = { essential: 0, high: 1, medium: 2, low: 3 };
const effortRank: Record<Effort, number> = { low: 0, medium: 1, high: 2 };

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

/**
 * Puts an item into a sorted list after its equals: a stable sort as the list grows. The lists
 * here are short (a few dozen at most) and the engine makes thousands of reports a second;
 * Array.prototype.sort would copy each list once more.
 */
export function insertSorted<T>(list: T[], item: T, compare: (a: T, b: T) => number): void {
	let at = list.length;
	list.push(item);
	while (at > 0 && compare(list[at - 1] as T, item) > 0) {
		list[at] = list[at - 1] as T;
		at--;
	}
	list[at] = item;
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

function localStep(step: Step, audience: Audience, locale: Locale): LocalStep {
	return 'when' in step && 'text' in step
		? { text: localize(step.text, audience, locale), when: step.when }
		: { text: localize(step as LocalizedText, audience, locale) };
}

/**
 * The parts of an advice that do not depend on the answers, in one language and wording.
 * Built once per rule, audience and language, and frozen: reports share them read-only.
 */
function adviceText(
	rule: Rule,
	/** The rule's own cache, one slot per wording (compiledRules' `texts`). */
	byVariant: (AdviceText | undefined)[],
	audience: Audience,
	locale: Locale
): AdviceText {
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

/** One answer, for one audience or all, that an advice of its own is about. */
interface OwnAdvice {
	question: string;
	audience: Audience | null;
	operator: 'lte' | 'eq';
	value: number;
}

/** The audience a condition names ("is a school" or "is not"), if that is all it says. */
function audienceCondition(condition: Condition): Audience | null {
	const school = (c: Condition) =>
		'fact' in c && c.fact === 'profile' && c.field === 'audience' && c.value === 'school';
	if (school(condition)) return 'school';
	if ('not' in condition && school(condition.not)) return 'cultural-organisation';
	return null;
}

/** What a rule is about when its whole condition is one answer (for one audience or all). */
function ownAdviceOf(when: Condition): OwnAdvice | null {
	const leaf = (c: Condition, audience: Audience | null): OwnAdvice | null =>
		'fact' in c &&
		c.fact === 'answer' &&
		(c.operator === 'lte' || c.operator === 'eq') &&
		typeof c.value === 'number'
			? { question: c.question, audience, operator: c.operator, value: c.value }
			: null;
	if (!('all' in when)) return leaf(when, null);
	if (when.all.length !== 2) return null;
	const [a, b] = when.all as [Condition, Condition];
	const audience = audienceCondition(a) ?? audienceCondition(b);
	if (!audience) return null;
	return leaf(audienceCondition(a) ? b : a, audience);
}

/**
 * Answers with an advice of their own that fires whenever it holds (a rule whose whole
 * condition is that answer, as "weet ik niet" has its find-out rules): the topic's advice
 * leaves their step out, so the report does not give the same action twice in other words.
 */
const ownAdvice: readonly OwnAdvice[] = rules.flatMap((rule) => ownAdviceOf(rule.when) ?? []);

/** Whether an answer has an advice of its own for this audience (a loop: this runs per answer). */
export function hasOwnAdvice(question: string, answer: number, audience: Audience): boolean {
	for (const own of ownAdvice)
		if (
			own.question === question &&
			(own.audience === null || own.audience === audience) &&
			(own.operator === 'lte' ? answer <= own.value : answer === own.value)
		)
			return true;
	return false;
}

/** An area rule's question-level steps when it is not an area rule (shared; never changed). */
const noSteps: readonly { questionId: string; text: string }[] = Object.freeze([]);

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
	const levels = facts.levels;
	const questions = questionsFor(getArea(areaId), audience);
	const places = areaPlaces(areaId, audience);
	// the weakest answers' questions, sorted as they come in (no closure: this runs per advice)
	let weakest: Question[] | null = null;
	let weakestLevels: number[] = [];
	for (let i = 0; i < questions.length; i++) {
		const q = questions[i] as Question;
		// 0 or 1 is a level; no answer is -1, "weet ik niet" and "n.v.t." are above 4 (levels.ts)
		const answer = levels[places[i] as number] as number;
		if (answer < 0 || answer > 1 || hasOwnAdvice(q.id, answer, audience)) continue;
		if (!weakest) {
			weakest = [];
			weakestLevels = [];
		}
		let at = weakest.length;
		weakest.push(q);
		weakestLevels.push(answer);
		while (at > 0) {
			const before = weakest[at - 1] as Question;
			const level = weakestLevels[at - 1] as number;
			if (level < answer || (level === answer && before.weight >= q.weight)) break;
			weakest[at] = before;
			weakestLevels[at] = level;
			at--;
		}
		weakest[at] = q;
		weakestLevels[at] = answer;
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

/** Every rule with its condition, its "why" and its place among equals compiled once. */
/** The quick scan's questions per audience. */
export const quickIds: Record<Audience, ReadonlySet<string>> = {
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
	idRank: [...rules.map((r) => r.id)].sort().indexOf(rule.id),
	/** Its first area, whose topic it stands under. */
	area: rule.advice.areas[0] ?? 'evalueer-bestaand',
	/** Its texts per wording, made on first use (adviceText). */
	texts: [] as (AdviceText | undefined)[]
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

/** A rule that holds, with what ranks it. */
interface Fired {
	key: number;
	priority: Priority;
	gap: number;
	belowTarget: boolean;
	compiled: (typeof compiledRules)[number];
}

/**
 * The rules that hold, in the report's order. A cheap yes/no first; the leaves that decided it
 * (for the "why") only for rules that fire.
 */
function firedRules(
	facts: Facts,
	areaMap: ReadonlyMap<AreaId, AreaResult>,
	audience: Audience,
	targets: Partial<Record<AreaId, 0 | 1 | 2 | 3 | 4>>,
	quick: boolean
): Fired[] {
	const fired: Fired[] = [];
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
	return fired;
}

/**
 * The reasons already in the report: how often each stood, and the topic it first stood
 * under. (A map: a string's hash is made once and kept, where an array's indexOf compares
 * long sentences one by one.)
 */
class ReasonLedger {
	private seen = new Map<string, { count: number; topic: string }>();

	/** How often a reason stood so far. */
	uses(reason: string): number {
		return this.seen.get(reason)?.count ?? 0;
	}

	/**
	 * Counts one more use of a reason (under this topic, if it is the first) unless it stood
	 * `max` times already; whether it did count. (One lookup: this runs per reason.)
	 */
	admit(reason: string, topic: string, max: number): boolean {
		const entry = this.seen.get(reason);
		if (!entry) this.seen.set(reason, { count: 1, topic });
		else if (entry.count >= max) return false;
		else entry.count++;
		return true;
	}

	/** Counts one more use of a reason (under this topic, if it is the first). */
	count(reason: string, topic: string): void {
		const entry = this.seen.get(reason);
		if (entry) entry.count++;
		else this.seen.set(reason, { count: 1, topic });
	}

	/** The topic a reason first stood under. */
	firstTopic(reason: string): string {
		return this.seen.get(reason)?.topic ?? '';
	}
}

/**
 * Adds a step unless it stands in this advice or elsewhere in the report already, and counts it
 * as used in the report.
 */
function addStep(steps: string[], text: string, stepsUsed: Set<string>): void {
	if (stepsUsed.has(text)) return;
	stepsUsed.add(text);
	steps.push(text);
}

/**
 * An advice's steps: an area's own advice starts from its weakest answers (one step per answer
 * at level 0-1), then the rule's general steps (all of them for a cross rule, to fill up for
 * an area rule). A step stands once in the whole report (`stepsUsed`), but never an advice
 * without a step: the first one stays, even if it stood elsewhere once.
 */
function adviceSteps(
	fixed: AdviceText,
	specific: readonly { questionId: string; text: string }[],
	facts: Facts,
	audience: Audience,
	quick: boolean,
	stepsUsed: Set<string>
): string[] {
	// (no closures here: the engine makes thousands of reports a second)
	const steps: string[] = [];
	for (const s of specific) {
		if (steps.length >= maxSteps - 1) break;
		addStep(steps, s.text, stepsUsed);
	}
	const limit = specific.length > 0 ? Math.max(fillStepsTo, steps.length) : maxSteps;
	let firstGeneral: string | undefined;
	for (const step of fixed.steps) {
		if (steps.length >= limit) break;
		if (step.when && !conditionHolds(step.when, facts)) continue;
		if (step.when && quick && !askedInQuickScan(step.when, audience)) continue;
		firstGeneral ??= step.text;
		addStep(steps, step.text, stepsUsed);
	}
	const fallback = specific[0]?.text ?? firstGeneral;
	if (steps.length === 0 && fallback) {
		steps.push(fallback);
		stepsUsed.add(fallback);
	}
	return steps;
}

/** Adds the sentence that quotes one answer, unless it is there already. */
function addAnswer(
	reasons: string[],
	questionId: string,
	facts: Facts,
	audience: Audience,
	locale: Locale
): void {
	const sentence = answerSentence(questionId, facts.answers[questionId], audience, locale);
	if (!reasons.includes(sentence)) reasons.push(sentence);
}

/**
 * Every reason of a fired rule: its conditions, then the answers its steps rest on. A quick
 * scan's area advice rests on one answer: the why quotes it (the area texts claim nothing
 * about levels, claims.spec.ts; an area's "unknown" advice, which speaks of many questions,
 * cannot fire on one answer of three or more: quick.spec.ts).
 */
function allReasons(
	compiled: (typeof compiledRules)[number],
	facts: Facts,
	audience: Audience,
	locale: Locale,
	quick: boolean,
	specific: readonly { questionId: string; text: string }[],
	steps: readonly string[]
): string[] {
	const { rule } = compiled;
	const reasons = reasonsOf(compiled, facts, audience, locale, variantOf(audience, locale));
	if (quick && (rule.kind === 'weak' || rule.kind === 'middling' || rule.kind === 'unknown')) {
		const asked = quickQuestionFor(getArea(rule.advice.areas[0]!), audience);
		if (asked) addAnswer(reasons, asked.id, facts, audience, locale);
	}
	for (const s of specific)
		if (steps.includes(s.text)) addAnswer(reasons, s.questionId, facts, audience, locale);
	return reasons;
}

/**
 * The reasons an advice shows: each at most twice in the report. Never only a score: when the
 * answers behind it stood twice already, a sentence points to where; when every reason stood
 * twice, that sentence alone.
 */
function shownReasons(
	reasons: readonly string[],
	ledger: ReasonLedger,
	topic: string,
	locale: Locale
): string[] {
	const shown: string[] = [];
	let droppedAnswer: string | undefined;
	for (const r of reasons) {
		if (ledger.admit(r, topic, maxRepeats)) shown.push(r);
		else if (isAnswerQuote(r)) droppedAnswer ??= r;
	}
	if (droppedAnswer && shown.length > 0 && !shown.some(isAnswerQuote))
		shown.push(fill(phrases.whySameAnswers[locale], { topic: ledger.firstTopic(droppedAnswer) }));
	if (shown.length === 0 && reasons[0])
		return [fill(phrases.whySameAnswers[locale], { topic: ledger.firstTopic(reasons[0]) })];
	return shown;
}

/** Each area's short title in lower case, per language ("privacy"): where a reason first stood. */
const topicNames = {
	nl: Object.fromEntries(content.areas.map((a) => [a.id, a.shortTitle.nl.toLowerCase()])),
	en: Object.fromEntries(content.areas.map((a) => [a.id, a.shortTitle.en.toLowerCase()]))
} as Record<Locale, Record<AreaId, string>>;

/**
 * The advice that fired, ranked, with steps that follow this respondent's answers and profile,
 * and without repeating itself: a step appears once in the whole report, and a reason at most
 * twice (a third time it is left out where the advice has other reasons).
 */
export function buildAdvice(
	facts: Facts,
	areaMap: ReadonlyMap<AreaId, AreaResult>,
	audience: Audience,
	locale: Locale,
	targets: Partial<Record<AreaId, 0 | 1 | 2 | 3 | 4>> = {},
	quick = false
): AdviceItem[] {
	const alone = facts.profile.size === 'een-persoon';
	const hasTargets = Object.keys(targets).length > 0;
	const stepsUsed = new Set<string>();
	const ledger = new ReasonLedger();
	const advice: AdviceItem[] = [];
	for (const { priority, gap, belowTarget, compiled } of firedRules(
		facts,
		areaMap,
		audience,
		targets,
		quick
	)) {
		const { rule } = compiled;
		const area = compiled.area;
		// where answers first stood, for a "why" that points there: the topic (a title named
		// there would stand a third time, #27.5)
		const topic = topicNames[locale][area];
		const fixed = adviceText(rule, compiled.texts, audience, locale);
		const specific =
			rule.kind === 'weak' || rule.kind === 'middling'
				? questionLevelSteps(area, facts, audience, locale, quick)
				: noSteps;
		// (adviceSteps counts its steps as used in the report)
		const steps = adviceSteps(fixed, specific, facts, audience, quick, stepsUsed);
		const reasons = allReasons(compiled, facts, audience, locale, quick, specific, steps);
		let shown = shownReasons(reasons, ledger, topic, locale);
		// a target the respondent set for this advice's area, and how far off it is, comes first
		// (like every reason, at most twice in the report)
		if (hasTargets) {
			const goals = targetSentences(rule.advice.areas, areaMap, targets, locale).filter((g) => {
				const used = ledger.uses(g);
				ledger.count(g, topic);
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
