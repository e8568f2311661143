/**
 * The "why" of an advice: one sentence per answer, score or profile field that made its rule
 * fire, quoting what this respondent answered; and the texts in this respondent's wording.
 * Each sentence is built once per wording and value, and remembered.
 */
import { allQuestions, content, findQuestion, getArea, questionsFor } from '../content/index';
import type { Condition, LeafCondition } from '../content/rules-schema';
import { forAudience, type AreaId, type Audience, type LocalizedText } from '../content/ids';
import type { Answers } from '../answers/schema';
import {
	compileCondition,
	decisiveLeaves,
	factValue,
	type ConditionResult,
	type Facts,
	type HeldLeaf
} from './evaluate';
import { format as fill } from '../i18n/translate';
import { wholeScore } from './format';
import { phrases } from './phrases';
import type { AreaResult } from './scoring';
import type { Locale } from '../i18n/locales';
import { answerAt, noAnswer, questionIndex, unknownLevel, type Levels } from './levels';

export { questionIndex } from './levels';

// built once: the engine runs many times per second (cohorts, benchmarks)
const profileFieldById = new Map(content.profile.map((f) => [f.id, f]));

/** A sentence to quote inside another: without its closing full stop. */
export function quoted(text: string): string {
	return text.replace(/[.]$/, '');
}

export function localize(
	text: LocalizedText | { 'cultural-organisation': LocalizedText; school: LocalizedText },
	audience: Audience,
	locale: Locale
): string {
	return forAudience(text, audience)[locale];
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
export function isAnswerQuote(sentence: string): boolean {
	return answerQuoteStarts.some((start) => sentence.startsWith(start));
}

type Level = Extract<Answers[string], number>;

/**
 * Adds the answers behind an area's score or its share of "weet ik niet" to a "why" (issue #27:
 * never only a topic score): the two lowest levels (lowest first, in question order at a tie),
 * or the first two "weet ik niet" answers. One pass without arrays: this runs for most advice
 * of every report, and the engine makes thousands of reports a second.
 */
function addAnswersBehind(
	leaf: Extract<LeafCondition, { fact: 'areaScore' | 'unknownShare' }>,
	levels: Levels,
	audience: Audience,
	locale: Locale,
	into: string[]
): void {
	const questions = areaQuestions[audience].get(leaf.area);
	if (!questions) return;
	const variant = variantOf(audience, locale);
	if (leaf.fact === 'unknownShare') {
		let quotedCount = 0;
		for (const { index } of questions)
			if (levels[index] === unknownLevel) {
				addOnce(into, sentenceAt(index, 'unknown', audience, locale, variant));
				if (++quotedCount === 2) return;
			}
		return;
	}
	let first = -1;
	let firstLevel: Level | 5 = 5;
	let second = -1;
	let secondLevel: Level | 5 = 5;
	for (const { index } of questions) {
		const raw = levels[index] as number;
		// a level is 0-4 (levels.ts): no answer, "weet ik niet" and "n.v.t." are not
		if (raw < 0 || raw > 4) continue;
		const seen = raw as Level;
		if (seen < firstLevel) {
			second = first;
			secondLevel = firstLevel;
			first = index;
			firstLevel = seen;
		} else if (seen < secondLevel) {
			second = index;
			secondLevel = seen;
		}
	}
	if (first >= 0 && firstLevel !== 5)
		addOnce(into, sentenceAt(first, firstLevel, audience, locale, variant));
	if (second >= 0 && secondLevel !== 5)
		addOnce(into, sentenceAt(second, secondLevel, audience, locale, variant));
}

/** Each area's questions per audience, in order: id and place in the questionnaire. */
const areaQuestions: Record<Audience, Map<string, { id: string; index: number }[]>> = {
	school: areaQuestionsFor('school'),
	'cultural-organisation': areaQuestionsFor('cultural-organisation')
};

function areaQuestionsFor(audience: Audience): Map<string, { id: string; index: number }[]> {
	return new Map(
		content.areas.map((a) => [
			a.id,
			questionsFor(a, audience).map((q) => ({ id: q.id, index: questionIndex.get(q.id) ?? -1 }))
		])
	);
}

/** 0-3: which of the four wordings (audience × language) a cached text is in. */
export function variantOf(audience: Audience, locale: Locale): number {
	return (audience === 'school' ? 2 : 0) + (locale === 'en' ? 1 : 0);
}

/** An answer as a small number, for numeric cache keys (building string keys is slow). */
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
export type WhyWalker = (
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
export function compileWhy(condition: Condition): WhyWalker {
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
	const scoreLeaf = leaf.fact === 'areaScore' || leaf.fact === 'unknownShare' ? leaf : undefined;
	if (leaf.fact === 'answer') {
		// an answer's sentence per wording and level, found by number (the hot path)
		const at = questionIndex.get(leaf.question) ?? -1;
		const sentences: (string | undefined)[] = [];
		return (f, a, l, v, into, p) => {
			if (p) return;
			const level = f.levels[at] ?? noAnswer;
			const slot = v * 8 + level + 1;
			let sentence = sentences[slot];
			if (sentence === undefined)
				sentences[slot] = sentence = explainLeaf(
					{ condition: leaf, seen: answerAt(f.levels, at) },
					a,
					l
				);
			if (!into.includes(sentence)) into.push(sentence);
		};
	}
	return (f, a, l, v, into, p) => {
		if (isProfile !== p) return;
		const seen = factValue(leaf, f);
		const key = Array.isArray(seen) ? seen.join(',') : seen;
		const byValue = byVariant[v] as Map<unknown, string>;
		let sentence = byValue.get(key);
		if (sentence === undefined)
			byValue.set(key, (sentence = explainLeaf({ condition: leaf, seen }, a, l)));
		if (!into.includes(sentence)) into.push(sentence);
		if (scoreLeaf) addAnswersBehind(scoreLeaf, f.levels, a, l, into);
	};
}

/** Whether a condition has a profile leaf outside a `not` (its "why" then needs a second pass). */
export function quotesProfile(condition: Condition): boolean {
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
				addAnswersBehind(condition, facts.levels, audience, locale, sentences);
		}
	}
	if (profile)
		for (const leaf of leaves)
			if (leaf.condition.fact === 'profile')
				addOnce(sentences, explainLeaf(leaf, audience, locale));
	return sentences;
}

const answerSentences = new Map<number, string>();

/** "Je antwoord bij …" for one answer, as the "why" of a question-level step (remembered). */
export function answerSentence(
	questionId: string,
	seen: Answers[string] | undefined,
	audience: Audience,
	locale: Locale
): string {
	const index = questionIndex.get(questionId);
	if (seen === undefined || index === undefined) return questionId;
	return sentenceAt(index, seen, audience, locale, variantOf(audience, locale));
}

/** `answerSentence` for the question at this place in the questionnaire. */
function sentenceAt(
	index: number,
	seen: Answers[string],
	audience: Audience,
	locale: Locale,
	variant: number
): string {
	const key = (index * 8 + answerIndex(seen)) * 4 + variant;
	let sentence = answerSentences.get(key);
	if (sentence === undefined) {
		const question = allQuestions[index]?.question.id ?? '';
		sentence = explainLeaf(
			{ condition: { fact: 'answer', question, operator: 'eq', value: seen }, seen },
			audience,
			locale
		);
		answerSentences.set(key, sentence);
	}
	return sentence;
}

/** "Het doel voor Privacy is 75; nu is het 30." for each area of an advice with a target above its score. */
export function targetSentences(
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
