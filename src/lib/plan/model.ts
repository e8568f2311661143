/**
 * The project plan: the starttraject's own first project in the five steps of Design Thinking,
 * drafted from the answers (each step's activity from the respondent's own weak answers, with
 * its "why"), with dates, own hours and costs counted, and an evaluation that measures an
 * outcome for participants, not an output. Pure: the CLI, the tests and (later) the page build
 * the same plan. Every text is in one language: the plan is the respondent's to edit.
 */
import { content } from '../content/index';
import { forAudience } from '../content/ids';
import { audienceOf, type AnswersFile, type StoredPlan } from '../answers/schema';
import { evaluateCondition, type Facts } from '../engine/evaluate';
import { buildReport, factsOf } from '../engine/report';
import { explain } from '../engine/why';
import type { Locale } from '../i18n/locales';
import { format as fill } from '../i18n/translate';
import type { Condition } from '../content/rules-schema';
import type { Audience } from '../content/ids';
import {
	budgetLimit,
	evaluationContent,
	phases,
	planTexts,
	sizeFactor,
	type PhaseId
} from './content';

export interface PlanPhase {
	id: PhaseId;
	title: string;
	/** First and last day, as YYYY-MM-DD. */
	start: string;
	end: string;
	who: string;
	activity: string;
	/** The answers that made this activity the suggestion (none for the general one). */
	why: string[];
	/** The moment with pupils and teachers in this step. */
	test: string;
	/** Own hours, whole. */
	hours: number;
	/** Costs in euros, whole. */
	costs: number;
}

export interface ProjectPlan {
	locale: Locale;
	/** The project idea in one sentence (the respondent writes it; empty in a draft). */
	idea: string;
	/** What the idea could start from: the report's first action, when there is one. */
	ideaHint: string;
	/** The profile's target groups, as the questionnaire names them. */
	targetGroups: string[];
	/** The school (for a cultural organisation) or the cultural partner (for a school). */
	partner: string;
	partnerHint: string;
	phases: PlanPhase[];
	evaluation: {
		/** One outcome for participants (the respondent writes it; empty in a draft). */
		outcome: string;
		/** Said when the answers show no impact goals yet, or pupils not in the evaluation. */
		hints: string[];
		measure: string;
		/** The second measurement, a season after the test: YYYY-MM-DD. */
		when: string;
	};
}

/** A plan's totals and what they call for. */
export interface PlanTotals {
	hours: number;
	costs: number;
	/** The budget the profile's answer allows at most, in euros; null when not known. */
	budget: number | null;
	/** The white paper's warnings that apply: own hours at zero, costs over the budget. */
	warnings: string[];
}

const day = 24 * 60 * 60 * 1000;

/** A date as YYYY-MM-DD (in UTC: a plan's days are calendar days). */
export function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

/** The first Monday on or after a date. */
export function nextMonday(date: Date): Date {
	const start = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
	const weekday = start.getUTCDay();
	return new Date(start.getTime() + ((8 - weekday) % 7) * day);
}

/** The first entry whose condition holds (or that has none), with the answers that made it. */
function firstThatHolds<T extends { when?: Condition }>(
	entries: readonly T[],
	facts: Facts,
	audience: Audience,
	locale: Locale
): { entry: T; why: string[] } {
	for (const entry of entries) {
		if (!entry.when) return { entry, why: [] };
		const result = evaluateCondition(entry.when, facts);
		if (result.held) return { entry, why: explain(result, facts, audience, locale) };
	}
	// content.spec checks that the last entry has no condition
	throw new Error('plan content: no entry for everyone');
}

/**
 * Drafts the plan of an answers file: five steps from the first Monday on or after `from`, each
 * with an activity suggested by the respondent's answers, default own hours for the
 * organisation's size, no costs yet, and the evaluation a season after the test.
 */
export function draftPlan(
	file: AnswersFile,
	from: Date,
	locale: Locale = file.locale
): ProjectPlan {
	const audience = audienceOf(file.profile);
	const facts = factsOf(file);
	const alone = file.profile.size === 'een-persoon';
	const factor = sizeFactor[file.profile.size ?? ''] ?? 1;
	let start = nextMonday(from);
	const drafted: PlanPhase[] = phases.map((phase) => {
		const { entry, why } = firstThatHolds(phase.activities, facts, audience, locale);
		// a step ends on the Friday of its last week; the next starts on the Monday after
		const end = new Date(start.getTime() + (phase.weeks * 7 - 3) * day);
		const planned: PlanPhase = {
			id: phase.id,
			title: phase.title[locale],
			start: isoDay(start),
			end: isoDay(end),
			who: alone ? phase.whoAlone[locale] : forAudience(phase.who, audience)[locale],
			activity: forAudience(entry.activity, audience)[locale],
			why,
			test: forAudience(entry.test, audience)[locale],
			hours: Math.round(phase.hours[audience] * factor),
			costs: 0
		};
		start = new Date(end.getTime() + 3 * day);
		return planned;
	});
	const lastEnd = new Date(`${drafted.at(-1)?.end ?? isoDay(start)}T00:00:00Z`);
	const measure = firstThatHolds(evaluationContent.measure, facts, audience, locale).entry;
	const hints = [evaluationContent.outcomeHint, evaluationContent.pupilsHint]
		.filter((hint) => evaluateCondition(hint.when, facts).held)
		.map((hint) => forAudience(hint.text, audience)[locale]);
	const report = buildReport(file, locale);
	const first = report.advice.find((a) => a.id === report.topPriorities[0]);
	return {
		locale,
		idea: '',
		ideaHint: first
			? fill(planTexts.ideaHint[locale], { action: first.title })
			: planTexts.ideaHintPlain[locale],
		targetGroups: (file.profile.targetGroups ?? []).map(
			(id) =>
				content.profile.find((f) => f.id === 'targetGroups')?.options.find((o) => o.id === id)
					?.label[locale] ?? id
		),
		partner: '',
		partnerHint: planTexts.partnerHint[audience][locale],
		phases: drafted,
		evaluation: {
			outcome: '',
			hints,
			measure: forAudience(measure.text, audience)[locale],
			when: isoDay(new Date(lastEnd.getTime() + evaluationContent.laterWeeks * 7 * day))
		}
	};
}

/** Whole euros as the plan writes them: "2.500" / "2,500". */
export function formatEuros(amount: number, locale: Locale): string {
	return new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
		maximumFractionDigits: 0
	}).format(amount);
}

/**
 * The plan's totals, and the white paper's warnings that apply: own hours left at zero
 * ("onderschat je eigen uren niet"), and costs above what the budget answer allows ("begin
 * klein": a small first version).
 */
export function planTotals(plan: ProjectPlan, budget: string | undefined): PlanTotals {
	const hours = plan.phases.reduce((sum, p) => sum + p.hours, 0);
	const costs = plan.phases.reduce((sum, p) => sum + p.costs, 0);
	const limit = budget === undefined ? null : (budgetLimit[budget] ?? null);
	const warnings: string[] = [];
	if (hours === 0) warnings.push(planTexts.hoursWarning[plan.locale]);
	if (limit !== null && costs > limit)
		warnings.push(
			fill((limit === 0 ? planTexts.noBudget : planTexts.beginSmall)[plan.locale], {
				costs: formatEuros(costs, plan.locale),
				budget: formatEuros(limit, plan.locale)
			})
		);
	return { hours, costs, budget: limit, warnings };
}

/** What the answers file keeps of a plan: what the respondent can edit. */
export function toStored(plan: ProjectPlan): StoredPlan {
	return {
		idea: plan.idea,
		partner: plan.partner,
		phases: plan.phases.map(({ id, start, end, who, activity, test, hours, costs }) => ({
			id,
			start,
			end,
			who,
			activity,
			test,
			hours,
			costs
		})),
		outcome: plan.evaluation.outcome,
		measure: plan.evaluation.measure,
		when: plan.evaluation.when
	};
}

/**
 * A stored plan with what is worked out around it, in `locale`: the steps' titles, the hints,
 * the target groups, and the "why" of an activity while it is still the one the answers
 * suggest (an activity the respondent rewrote has no "why" from Digicheck).
 */
export function fromStored(
	stored: StoredPlan,
	file: AnswersFile,
	locale: Locale = file.locale
): ProjectPlan {
	const draft = draftPlan(
		file,
		new Date(`${stored.phases[0]?.start ?? isoDay(new Date())}T00:00:00Z`),
		locale
	);
	return {
		...draft,
		idea: stored.idea,
		partner: stored.partner,
		phases: stored.phases.map((phase, i) => {
			const suggested = draft.phases[i];
			return {
				...phase,
				title: suggested?.title ?? phase.id,
				why: suggested && suggested.activity === phase.activity ? suggested.why : []
			};
		}),
		evaluation: {
			...draft.evaluation,
			outcome: stored.outcome,
			measure: stored.measure,
			when: stored.when
		}
	};
}
