/**
 * The track verdict. A cultural organisation gets a kind of programme track: experience decides
 * first (took part before, ran a project, or neither), readiness second (knock-outs, then the
 * overall score). A school gets a verdict of its own: ready to run a digital project with a
 * cultural partner, or what to arrange first. Without an overall score there is no verdict; a
 * deciding answer that is open or "weet ik niet", and that could change the verdict, makes it
 * provisional, and the reason names it. Reasons quote only conditions that were answered.
 */
import { content, findQuestion } from '../content/index';
import { forAudience, type Audience } from '../content/ids';
import type { Condition, DecidingInput, Knockout, LeafCondition } from '../content/rules-schema';
import { trackDecision, trackText } from '../content/tracks';
import { format as fill } from '../i18n/translate';
import type { Answers, Profile } from './answers';
import { conditionHolds, type Facts } from './evaluate';
import { formatScore } from './format';

type Locale = 'nl' | 'en';

export type { TrackVerdictId } from '../content/tracks';
import type { TrackVerdictId } from '../content/tracks';
export type TrackStatus = 'decided' | 'provisional' | 'undecided';

export interface TrackVerdict {
	/** "programme": a programme track (cultural organisations); "school": a school's own verdict. */
	kind: 'programme' | 'school';
	status: TrackStatus;
	/** Null when undecided (too little evidence for any verdict). */
	id: TrackVerdictId | null;
	label: string;
	description: string;
	/** Why: the experience, knock-outs or score that decided it, only from answered questions. */
	reason: string;
	/** Ids of what decided it: profile fields, knock-outs, or "score". */
	decidedBy: string[];
	/** Deciding questions and profile fields that are unanswered or "weet ik niet". */
	missing: string[];
}

/** The outcome of the decision on one set of facts, before wording. */
interface Outcome {
	id: TrackVerdictId;
	reason: keyof typeof trackDecision.reasons;
	knockouts: Knockout[];
	decidedBy: string[];
	/** Whether "all answered, nothing missing" may be added when nothing is missing. */
	ready: boolean;
}

const held = conditionHolds;

/** The decision for a cultural organisation. */
function decideProgramme(facts: Facts): Outcome {
	const { experience, knockouts, followUpMinScore } = trackDecision;
	const blocking = knockouts.filter((k) => held(k.when, facts));
	const ids = blocking.map((k) => k.id);
	const score = facts.overall.score ?? 0;
	// Never a digital project means never a participant either: each participant brings one.
	if (held(experience.newcomer, facts))
		return {
			id: 'starttraject',
			reason: 'newcomer',
			knockouts: [],
			decidedBy: ['earlierProjects'],
			ready: false
		};
	if (held(experience.participant, facts)) {
		return blocking.length > 0
			? {
					id: 'vervolgtraject',
					reason: 'participantNotReady',
					knockouts: blocking,
					decidedBy: ['programmeBefore', ...ids],
					ready: false
				}
			: {
					id: 'vervolgtraject',
					reason: 'participant',
					knockouts: [],
					decidedBy: ['programmeBefore'],
					ready: true
				};
	}
	// experience answered: say so; not answered: decide on readiness alone, and claim nothing
	const experienced = held(experience.experienced, facts);
	const known = experienced ? ['earlierProjects'] : [];
	if (blocking.length > 0)
		return {
			id: 'starttraject',
			reason: experienced ? 'experiencedNotReady' : 'notReady',
			knockouts: blocking,
			decidedBy: [...known, ...ids],
			ready: false
		};
	if (score < followUpMinScore)
		return {
			id: 'starttraject',
			reason: experienced ? 'experiencedLowScore' : 'lowScore',
			knockouts: [],
			decidedBy: [...known, 'score'],
			ready: false
		};
	return {
		id: 'vervolgtraject',
		reason: experienced ? 'experiencedReady' : 'ready',
		knockouts: [],
		decidedBy: [...known, 'score'],
		ready: true
	};
}

/** The decision for a school. */
function decideSchool(facts: Facts): Outcome {
	const blocking = trackDecision.schoolKnockouts.filter((k) => held(k.when, facts));
	if (blocking.length > 0)
		return {
			id: 'school-nog-niet',
			reason: 'schoolNotReady',
			knockouts: blocking,
			decidedBy: blocking.map((k) => k.id),
			ready: false
		};
	if ((facts.overall.score ?? 0) < trackDecision.followUpMinScore)
		return {
			id: 'school-nog-niet',
			reason: 'schoolLowScore',
			knockouts: [],
			decidedBy: ['score'],
			ready: false
		};
	return {
		id: 'school-klaar',
		reason: 'schoolReady',
		knockouts: [],
		decidedBy: ['score'],
		ready: true
	};
}

const inputId = (input: DecidingInput) => (input.fact === 'profile' ? input.field : input.question);

/** Whether a deciding input is open: unanswered, or "weet ik niet". */
function isMissing(input: DecidingInput, facts: Facts): boolean {
	if (input.fact === 'profile') return facts.profile[input.field] === undefined;
	const answer = facts.answers[input.question];
	return answer === undefined || answer === 'unknown';
}

const optionIds = new Map(content.profile.map((f) => [f.id, f.options.map((o) => o.id)]));

/** Every leaf condition of the decision (experience and knock-outs), to find its thresholds. */
function leavesOf(condition: Condition, into: LeafCondition[] = []): LeafCondition[] {
	if ('all' in condition) for (const c of condition.all) leavesOf(c, into);
	else if ('any' in condition) for (const c of condition.any) leavesOf(c, into);
	else if ('not' in condition) leavesOf(condition.not, into);
	else into.push(condition);
	return into;
}
const decisionLeaves = [
	...Object.values(trackDecision.experience),
	...trackDecision.knockouts.map((k) => k.when),
	...trackDecision.schoolKnockouts.map((k) => k.when)
].flatMap((c) => leavesOf(c));

/**
 * The levels worth trying for an open answer: each value the decision compares it with, and its
 * neighbours, so both sides of every threshold are tried (0 and 1 for "eq 0"; 0, 1, 2 for "lte 1").
 */
const answerAlternatives = new Map<string, number[]>();
for (const leaf of decisionLeaves) {
	if (leaf.fact !== 'answer') continue;
	const values = new Set(answerAlternatives.get(leaf.question) ?? []);
	for (const v of Array.isArray(leaf.value) ? leaf.value : [leaf.value])
		if (typeof v === 'number')
			for (const n of [v - 1, v, v + 1]) if (n >= 0 && n <= 4) values.add(n);
	answerAlternatives.set(leaf.question, [...values].sort());
}

/** The values an open input could still take (as far as the decision can tell them apart). */
function alternatives(input: DecidingInput): readonly (string | number)[] {
	return input.fact === 'answer'
		? (answerAlternatives.get(input.question) ?? [0, 1, 2, 3, 4])
		: (optionIds.get(input.field) ?? []);
}

/** Whether filling in the open inputs could lead to another verdict than `id`. */
function couldChange(
	facts: Facts,
	open: DecidingInput[],
	decide: (facts: Facts) => Outcome,
	id: TrackVerdictId
): boolean {
	// the open inputs filled in on copies of the answers and profile: never on the caller's
	// objects, nor on objects whose prototype they are (an assignment there reaches a setter on
	// the prototype: a Svelte state proxy, which then throws state_unsafe_mutation in a $derived)
	const answers: Answers = { ...facts.answers };
	const profile: Record<string, unknown> = { ...facts.profile };
	const trial: Facts = { ...facts, answers, profile: profile as Profile };
	const sets = open.map(alternatives);
	const walk = (depth: number): boolean => {
		if (depth === open.length) return decide(trial).id !== id;
		const input = open[depth];
		for (const value of sets[depth] ?? []) {
			if (input?.fact === 'answer') answers[input.question] = value as 0 | 1 | 2 | 3 | 4;
			else if (input) profile[input.field] = value;
			if (walk(depth + 1)) return true;
		}
		return false;
	};
	return walk(0);
}

/** A deciding input in words: the profile question or the statement. */
function describeInput(input: DecidingInput, audience: Audience, locale: Locale): string {
	if (input.fact === 'profile') {
		const label = content.profile.find((f) => f.id === input.field)?.label[locale] ?? input.field;
		return `“${label.replace(/[?.]$/, '')}”`;
	}
	const found = findQuestion(input.question);
	const statement = found
		? forAudience(found.question.statement, audience)[locale]
		: input.question;
	return `“${statement.replace(/[.]$/, '')}”`;
}

/** Joins phrases as "a, b en c" / "a, b and c". */
function joinList(items: readonly string[], locale: Locale): string {
	if (items.length <= 1) return items[0] ?? '';
	return `${items.slice(0, -1).join(', ')} ${locale === 'nl' ? 'en' : 'and'} ${items.at(-1)}`;
}

/** The track verdict, with its status, reason and what is missing. */
export function decideTrack(facts: Facts, audience: Audience, locale: Locale): TrackVerdict {
	const kind = audience === 'school' ? 'school' : 'programme';
	const deciding = trackDecision.deciding[audience];
	const open = deciding.filter((input) => isMissing(input, facts));
	const missing = open.map(inputId);
	const { overall } = facts;

	if (overall.score === null) {
		return {
			kind,
			status: 'undecided',
			id: null,
			label: trackDecision.undecided.label[locale],
			description: trackDecision.undecided.description[locale],
			reason: fill(trackDecision.reasons.undecided[locale], {
				min: overall.minScoredAreas,
				scored: overall.scoredAreas
			}),
			decidedBy: [],
			missing
		};
	}

	const decide = kind === 'school' ? decideSchool : decideProgramme;
	const outcome = decide(facts);
	const provisional = open.length > 0 && couldChange(facts, open, decide, outcome.id);
	const sentences = [
		fill(trackDecision.reasons[outcome.reason][locale], {
			score: formatScore(overall.score, locale),
			min: trackDecision.followUpMinScore,
			reasons: joinList(
				outcome.knockouts.map((k) => k.reason[locale]),
				locale
			)
		})
	];
	if (provisional) {
		sentences.push(
			fill(trackDecision.reasons.provisional[locale], {
				missing: open.map((input) => describeInput(input, audience, locale)).join('; ')
			})
		);
	} else if (outcome.ready && open.length === 0) {
		sentences.push(
			trackDecision.reasons[kind === 'school' ? 'schoolAllAnswered' : 'allAnswered'][locale]
		);
	}
	const text = trackText(outcome.id);
	return {
		kind,
		status: provisional ? 'provisional' : 'decided',
		id: outcome.id,
		label: text.label[locale],
		description: text.description[locale],
		reason: sentences.join(' '),
		decidedBy: outcome.decidedBy,
		missing
	};
}
