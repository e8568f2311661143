/**
 * Claims follow levels (#27.1). An advice's title and text may say something about the
 * respondent ("Jullie volgen nieuwe tools al goed") only when every answer that fires the rule
 * makes it true. Three checks:
 * - generated: for every rule and every question or profile field it reads, each possible value
 *   (levels 0-4, "weet ik niet", "n.v.t.", unanswered) that can fire the rule must satisfy the
 *   advice's declared claims; "weet ik niet" never fires an advice that assumes an answer;
 * - vocabulary: a title or text sentence in the words of a claim ("al", "soms", "nog niet",
 *   "De basis is er", "already", "not yet"…) belongs to an advice that declares its claims;
 * - end to end: in generated reports, every advice with claims holds for that file's answers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyOperator, type Seen } from '../engine/operators';
import {
	answersFileArbitrary,
	looseAnswersFileArbitrary,
	uniformFile
} from '../testing/arbitraries';
import { buildReport } from '../engine/report';
import { profileFields } from './profile';
import { rules } from './rules/index';
import type { Claim, Condition, Rule } from './rules-schema';
import type { AudienceText } from './schema';

type Tri = true | false | 'maybe';
/** The one input held fixed; every other fact may be anything. */
type Fixed = { question: string; value: Seen } | { profile: string; value: Seen };

/** Three-valued evaluation: whether a rule can fire with one input fixed. */
function canHold(condition: Condition, fixed: Fixed): Tri {
	if ('all' in condition) {
		const parts = condition.all.map((c) => canHold(c, fixed));
		return parts.includes(false) ? false : parts.every((p) => p === true) ? true : 'maybe';
	}
	if ('any' in condition) {
		const parts = condition.any.map((c) => canHold(c, fixed));
		return parts.includes(true) ? true : parts.every((p) => p === false) ? false : 'maybe';
	}
	if ('not' in condition) {
		const inner = canHold(condition.not, fixed);
		return inner === 'maybe' ? 'maybe' : !inner;
	}
	if ('question' in fixed && condition.fact === 'answer' && condition.question === fixed.question)
		return applyOperator(condition.operator, fixed.value, condition.value);
	if ('profile' in fixed && condition.fact === 'profile' && condition.field === fixed.profile)
		return applyOperator(condition.operator, fixed.value, condition.value);
	return 'maybe';
}

const answerValues: Seen[] = [0, 1, 2, 3, 4, 'unknown', 'na', null];
const label = (v: Seen) => (v === null ? 'onbeantwoord' : String(v));

/** The values of one claim's input that can fire the rule. */
function firingValues(rule: Rule, claim: Claim): Seen[] {
	if ('question' in claim)
		return answerValues.filter(
			(value) => canHold(rule.when, { question: claim.question, value }) !== false
		);
	const field = profileFields.find((f) => f.id === claim.profile);
	const options: Seen[] = [...(field?.options ?? []).map((o) => o.id), null];
	return options.filter((value) => canHold(rule.when, { profile: claim.profile, value }) !== false);
}

const holds = (claim: Claim, value: Seen) =>
	'question' in claim
		? (claim.levels as readonly Seen[]).includes(value)
		: typeof value === 'string' && claim.values.includes(value);

/** Every language and audience variant of a text. */
function variants(text: AudienceText): string[] {
	if ('nl' in text) return [text.nl, text.en];
	return Object.values(text).flatMap((t) => [t.nl, t.en]);
}

/**
 * Sentences that state the respondent's level: a pronoun for the respondent (or "er is", "nu")
 * and a word of degree in one sentence, or a fixed phrase. Steps are instructions and are left
 * out; a step that depends on an answer carries its own `when`.
 */
const claimWords = [
	/\b(jullie|je|er is|er zijn|nu|een deel)\b[^.?!:]*\b(al|soms|nog niet|nog geen|nog weinig|nog vaag|nog krap|weinig of niets|vooral)\b/i,
	/\bde basis is er\b/i,
	/\b(you|your|there is|now|some)\b[^.?!:]*\b(already|sometimes|not yet|little|mostly|still vague)\b/i,
	/\bbasics are there\b/i
];
const sentences = (text: string) => text.split(/(?<=[.?!:])\s+/);

describe('claims follow levels', () => {
	const withClaims = rules.filter((r) => r.advice.claims?.length);

	it('declares claims on the rules that make them', () => {
		expect(withClaims.length).toBeGreaterThanOrEqual(4);
	});

	it.each(withClaims.map((r) => [r.id, r] as const))(
		'%s: every value that fires it makes its claims true',
		(_id, rule) => {
			for (const claim of rule.advice.claims ?? []) {
				const firing = firingValues(rule, claim);
				expect(firing.length, `${rule.id} never fires`).toBeGreaterThan(0);
				const untrue = firing.filter((v) => !holds(claim, v));
				expect(untrue.map(label), `${rule.id}: ${JSON.stringify(claim)}`).toEqual([]);
			}
		}
	);

	it('finds a claim that an answer makes untrue (the check itself works)', () => {
		const rule = rules.find((r) => r.id === 'ai-bewust-verkennen');
		expect(rule).toBeDefined();
		const wrong: Claim = { question: 'bijhouden', levels: [4] };
		expect(firingValues(rule as Rule, wrong).filter((v) => !holds(wrong, v))).toEqual([3]);
		const loose: Claim = { question: 'bijhouden', levels: [0, 1, 2, 3, 4, 'unknown'] };
		expect(firingValues(rule as Rule, loose)).not.toContain('unknown');
	});

	it('never claims an answer for a respondent who said "weet ik niet"', () => {
		for (const rule of withClaims)
			for (const claim of rule.advice.claims ?? [])
				if ('question' in claim) expect(claim.levels, rule.id).not.toContain('unknown');
	});

	it('states a level only in advice that declares what it assumes', () => {
		const unclaimed: string[] = [];
		for (const rule of rules) {
			if (rule.advice.claims?.length) continue;
			const texts = [...variants(rule.advice.title), ...variants(rule.advice.text)];
			for (const sentence of texts.flatMap(sentences))
				if (claimWords.some((w) => w.test(sentence))) unclaimed.push(`${rule.id}: ${sentence}`);
		}
		expect(unclaimed).toEqual([]);
	});

	it('recognises the sentences the issue found untrue', () => {
		for (const sentence of [
			'Jullie letten al op kosten.',
			'Jullie kijken soms al naar bestaande middelen, maar nog niet altijd.',
			'De basis is er, maar nog niet overal.',
			'You sometimes look at the tools you already have, but not always.'
		])
			expect(
				claimWords.some((w) => w.test(sentence)),
				sentence
			).toBe(true);
	});

	it('holds in generated reports: every advice with claims is true of the answers', () => {
		const claimsOf = new Map(withClaims.map((r) => [r.id, r.advice.claims ?? []]));
		fc.assert(
			fc.property(fc.oneof(answersFileArbitrary, looseAnswersFileArbitrary), (file) => {
				const report = buildReport(file, 'nl');
				for (const advice of report.advice)
					for (const claim of claimsOf.get(advice.id) ?? []) {
						const value =
							'question' in claim
								? (file.answers[claim.question] ?? null)
								: ((file.profile as Record<string, Seen | undefined>)[claim.profile] ?? null);
						expect(holds(claim, value), `${advice.id}: ${JSON.stringify(claim)}`).toBe(true);
					}
			}),
			{ numRuns: 300 }
		);
	});

	it('does not ask for what an answer says is done: reuse at level 4 gets no "make it reusable" step', () => {
		const steps = (hergebruik: 0 | 4 | 'unknown') => {
			const file = uniformFile(2, 'cultural-organisation', { type: 'museum' });
			const report = buildReport(
				{ ...file, answers: { ...file.answers, hergebruik, betaalbaar: 4 } },
				'nl'
			);
			const advice = report.advice.find((a) => a.id === 'duurzaam-op-weg');
			expect(advice, 'the middling advice fires').toBeDefined();
			return advice?.steps ?? [];
		};
		const format = /vast format voor digitaal lesmateriaal/;
		expect(steps(4).some((s) => format.test(s))).toBe(false);
		expect(steps(4).some((s) => /digitale kosten/.test(s))).toBe(false);
		expect(steps('unknown').some((s) => format.test(s))).toBe(true);
	});
});
