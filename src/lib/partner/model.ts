/**
 * "Samen met je partner": a school and the cultural organisation it works with each fill in
 * the check. Their two files give the areas side by side, the questions both answer compared
 * level by level, what each side brings, and joint advice from the partner rules (content).
 * Pure: from two answers files to a report.
 */
import { content, findQuestion, questionsFor } from '../content/index';
import { forAudience, type AreaId } from '../content/ids';
import type {
	LeafCondition,
	PartnerCondition,
	PartnerKind,
	Priority
} from '../content/rules-schema';
import { partnerRules, partnerSettings } from '../content/rules/partner';
import { references } from '../content/references';
import type { AnswersFile, AnswerValue } from '../answers/schema';
import { audienceOf } from '../answers/format';
import { conditionHolds, decisiveLeaves, evaluateCondition, type Facts } from '../engine/evaluate';
import type { Seen } from '../engine/operators';
import { format as fill } from '../i18n/translate';
import { buildReport, factsOf, type Locale, type Report } from '../engine/report';

/** The two sides: `school` is the school, `partner` the cultural organisation. */
export type Side = 'school' | 'partner';

/** Levels this far apart on a question both answer: "hier zien jullie het verschillend". */
export const apartLevels = partnerSettings.apartLevels;
/** An area one side "brings": a strength there (score ≥ strengthMin), this far above the other. */
export const bringsMargin = partnerSettings.bringsMargin;

export interface PartnerArea {
	id: AreaId;
	number: number;
	title: string;
	school: number | null;
	partner: number | null;
}

export interface PartnerQuestion {
	id: string;
	area: number;
	/** The statement as each side read it. */
	statement: Record<Side, string>;
	school: AnswerValue | null;
	partner: AnswerValue | null;
	/** How many levels apart, when both gave a level. */
	apart: number | null;
}

export interface PartnerAdvice {
	id: string;
	kind: PartnerKind;
	title: string;
	text: string;
	steps: string[];
	priority: Priority;
	areas: AreaId[];
	references: { id: string; title: string; url?: string }[];
	/** The answers that made it fire, each with the side that gave them. */
	why: { side: Side; text: string }[];
}

export interface PartnerReport {
	locale: Locale;
	school: Report;
	partner: Report;
	/** The areas both answer (all twelve), with each side's score. */
	areas: PartnerArea[];
	/** The questions both audiences are asked, in content order. */
	questions: PartnerQuestion[];
	/** Shared questions answered `apartLevels` or more apart, largest difference first. */
	apart: PartnerQuestion[];
	/** Areas where one side is strong and the other at least `bringsMargin` lower. */
	brings: Record<Side, AreaId[]>;
	/** Joint advice, most urgent first. */
	advice: PartnerAdvice[];
	/** The sides whose file was made with another questionnaire version. */
	otherVersion: Side[];
}

/** Which file is the school's and which the cultural organisation's; null for a wrong pair. */
export function pairFiles(
	files: readonly AnswersFile[]
): { school: AnswersFile; partner: AnswersFile } | null {
	const school = files.filter((f) => audienceOf(f.profile) === 'school');
	const partner = files.filter((f) => audienceOf(f.profile) === 'cultural-organisation');
	if (files.length !== 2 || school.length !== 1 || partner.length !== 1) return null;
	return { school: school[0]!, partner: partner[0]! };
}

type SideFacts = Record<Side, Facts>;

function holds(condition: PartnerCondition, facts: SideFacts): boolean {
	if ('school' in condition) return conditionHolds(condition.school, facts.school);
	if ('partner' in condition) return conditionHolds(condition.partner, facts.partner);
	if ('all' in condition) return condition.all.every((c) => holds(c, facts));
	if ('any' in condition) return condition.any.some((c) => holds(c, facts));
	return !holds(condition.not, facts);
}

const audienceOfSide = { school: 'school', partner: 'cultural-organisation' } as const;

/** The answers that made a held condition true, per side, without repeats; none under a `not`. */
function reasons(
	condition: PartnerCondition,
	facts: SideFacts,
	locale: Locale,
	into: PartnerAdvice['why']
): void {
	if ('not' in condition || !holds(condition, facts)) return;
	if ('all' in condition || 'any' in condition) {
		for (const child of 'all' in condition ? condition.all : condition.any)
			reasons(child, facts, locale, into);
		return;
	}
	const side: Side = 'school' in condition ? 'school' : 'partner';
	const inner = 'school' in condition ? condition.school : condition.partner;
	for (const leaf of decisiveLeaves(evaluateCondition(inner, facts[side]))) {
		const text = answerSentence(leaf.condition, leaf.seen, side, locale);
		if (!into.some((w) => w.side === side && w.text === text)) into.push({ side, text });
	}
}

/** The sentences of the partner view's "why": the side answered, in the third person. */
export const partnerPhrases = {
	side: {
		school: { nl: 'de school', en: 'the school' },
		partner: { nl: 'de culturele partner', en: 'the cultural partner' }
	},
	answer: {
		nl: 'Bij “{statement}” koos {side}: “{level}”.',
		en: 'For “{statement}”, {side} chose: “{level}”.'
	},
	unknown: {
		nl: 'Bij “{statement}” koos {side} “weet ik niet”.',
		en: 'For “{statement}”, {side} chose “I don’t know”.'
	},
	notApplicable: {
		nl: 'Bij “{statement}” koos {side} “niet van toepassing”.',
		en: 'For “{statement}”, {side} chose “not applicable”.'
	}
} as const;

/** One sentence quoting a side's answer (partner rules look at answers only; a content test checks). */
function answerSentence(leaf: LeafCondition, seen: Seen, side: Side, locale: Locale): string {
	if (leaf.fact !== 'answer') return '';
	const found = findQuestion(leaf.question);
	if (!found) return leaf.question;
	const audience = audienceOfSide[side];
	const statement = forAudience(found.question.statement, audience)[locale].replace(/[.]$/, '');
	const who = partnerPhrases.side[side][locale];
	if (seen === 'unknown') return fill(partnerPhrases.unknown[locale], { statement, side: who });
	if (seen === 'na') return fill(partnerPhrases.notApplicable[locale], { statement, side: who });
	const level = found.question.levels[seen as 0 | 1 | 2 | 3 | 4];
	return fill(partnerPhrases.answer[locale], {
		statement,
		side: who,
		level: level ? forAudience(level, audience)[locale].replace(/[.]$/, '') : String(seen)
	});
}

const priorityRank: Record<Priority, number> = { essential: 0, high: 1, medium: 2, low: 3 };
const kindRank: Record<PartnerKind, number> = {
	together: 0,
	'school-brings': 1,
	'partner-brings': 1
};
const referenceById = new Map(references.map((r) => [r.id, r]));

/** The joint advice that fires for this pair, most urgent first (content order within). */
export function partnerAdvice(facts: SideFacts, locale: Locale): PartnerAdvice[] {
	const fired = partnerRules.filter((rule) => holds(rule.when, facts));
	return fired
		.map((rule, index) => ({ rule, index }))
		.sort(
			(a, b) =>
				priorityRank[a.rule.advice.priority] - priorityRank[b.rule.advice.priority] ||
				kindRank[a.rule.kind] - kindRank[b.rule.kind] ||
				a.index - b.index
		)
		.map(({ rule }) => {
			const why: PartnerAdvice['why'] = [];
			reasons(rule.when, facts, locale, why);
			return {
				id: rule.id,
				kind: rule.kind,
				title: rule.advice.title[locale],
				text: rule.advice.text[locale],
				steps: rule.advice.steps.map((s) => s[locale]),
				priority: rule.advice.priority,
				areas: rule.advice.areas,
				references: rule.advice.references.flatMap((id) => {
					const r = referenceById.get(id);
					if (!r) return [];
					return [
						r.url ? { id, title: r.title[locale], url: r.url } : { id, title: r.title[locale] }
					];
				}),
				why
			};
		});
}

/** Builds the partner report of a school's and a cultural organisation's answers files. */
export function buildPartnerReport(
	schoolFile: AnswersFile,
	partnerFile: AnswersFile,
	locale: Locale
): PartnerReport {
	if (audienceOf(schoolFile.profile) !== 'school')
		throw new Error('the first file must be a school’s');
	if (audienceOf(partnerFile.profile) !== 'cultural-organisation')
		throw new Error('the second file must be a cultural organisation’s');
	const facts: SideFacts = { school: factsOf(schoolFile), partner: factsOf(partnerFile) };
	const school = buildReport(schoolFile, locale);
	const partner = buildReport(partnerFile, locale);
	const scoreOf = (report: Report, id: AreaId) => {
		const area = report.areas.find((a) => a.id === id);
		return area && area.status === 'scored' ? area.score : null;
	};
	const areas: PartnerArea[] = content.areas.map((area) => ({
		id: area.id,
		number: area.number,
		title: area.title[locale],
		school: scoreOf(school, area.id),
		partner: scoreOf(partner, area.id)
	}));
	const questions: PartnerQuestion[] = [];
	for (const area of content.areas) {
		const theirs = new Set(questionsFor(area, 'cultural-organisation').map((q) => q.id));
		for (const question of questionsFor(area, 'school')) {
			if (!theirs.has(question.id)) continue;
			const s = schoolFile.answers[question.id] ?? null;
			const p = partnerFile.answers[question.id] ?? null;
			questions.push({
				id: question.id,
				area: area.number,
				statement: {
					school: forAudience(question.statement, 'school')[locale],
					partner: forAudience(question.statement, 'cultural-organisation')[locale]
				},
				school: s,
				partner: p,
				apart: typeof s === 'number' && typeof p === 'number' ? Math.abs(s - p) : null
			});
		}
	}
	const apart = questions
		.filter((q) => q.apart !== null && q.apart >= apartLevels)
		.sort((a, b) => b.apart! - a.apart! || a.area - b.area);
	// a side brings an area where it is strong and the other, with a score too, is well below
	const bringing = (side: Side, other: Side) =>
		areas
			.filter((a) => {
				const mine = a[side];
				const theirs = a[other];
				return (
					mine !== null &&
					theirs !== null &&
					mine >= content.scoring.strengthMin &&
					mine - theirs >= bringsMargin
				);
			})
			.map((a) => a.id);
	const brings = { school: bringing('school', 'partner'), partner: bringing('partner', 'school') };
	return {
		locale,
		school,
		partner,
		areas,
		questions,
		apart,
		brings,
		advice: partnerAdvice(facts, locale),
		otherVersion: (['school', 'partner'] as const).filter(
			(side) => (side === 'school' ? schoolFile : partnerFile).contentVersion !== content.version
		)
	};
}
