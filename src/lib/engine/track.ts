/**
 * The track verdict, as section 5 of the white paper has it (see content/tracks.ts). A cultural
 * organisation's track follows one answer, whether it took part in a programme before; the
 * conditions it has not met say what to arrange first. A school gets a verdict of its own, by
 * named preconditions. No score decides a verdict. An open deciding answer (unanswered, or
 * "weet ik niet") leaves the verdict undecided, and the reason names it; reasons quote only
 * conditions that were answered. A quick scan's verdict is marked provisional (report.ts).
 */
import { content, findQuestion } from '../content/index';
import { forAudience, type Audience } from '../content/ids';
import type { Condition, DecidingInput } from '../content/rules-schema';
import { trackDecision, trackText } from '../content/tracks';
import { format as fill } from '../i18n/translate';
import { conditionHolds, type Facts } from './evaluate';

export type { TrackVerdictId } from '../content/tracks';
import type { TrackVerdictId } from '../content/tracks';
import type { Locale } from '../i18n/locales';
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
	/**
	 * A sentence after the reason that is not part of it: a quick scan's verdict is provisional.
	 * The PDF and the JSON print it after the reason; on screen a badge and a notice say it.
	 */
	note?: string;
	/** Ids of what decided it: profile fields, knock-outs, or "score". */
	decidedBy: string[];
	/** Deciding questions and profile fields that are unanswered or "weet ik niet". */
	missing: string[];
}

const held = conditionHolds;

const inputId = (input: DecidingInput) => (input.fact === 'profile' ? input.field : input.question);

/** Whether a deciding input is open: unanswered, or "weet ik niet". */
function isMissing(input: DecidingInput, facts: Facts): boolean {
	if (input.fact === 'profile') return facts.profile[input.field] === undefined;
	const answer = facts.answers[input.question];
	return answer === undefined || answer === 'unknown';
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

/** The verdict of no track: what is missing, named. */
function undecided(
	kind: TrackVerdict['kind'],
	reason: string,
	missing: string[],
	locale: Locale
): TrackVerdict {
	return {
		kind,
		status: 'undecided',
		id: null,
		label: trackDecision.undecided.label[locale],
		description: trackDecision.undecided.description[locale],
		reason,
		decidedBy: [],
		missing
	};
}

/** A decided verdict in words. */
function decided(
	kind: TrackVerdict['kind'],
	id: TrackVerdictId,
	sentences: string[],
	decidedBy: string[],
	missing: string[],
	locale: Locale
): TrackVerdict {
	const text = trackText(id);
	return {
		kind,
		status: 'decided',
		id,
		label: text.label[locale],
		description: text.description[locale],
		reason: sentences.join(' '),
		decidedBy,
		missing
	};
}

/**
 * A cultural organisation's track: taking part before decides it, nothing else. The conditions
 * that are not met (only answered ones) are named as what to arrange first.
 */
function programmeTrack(facts: Facts, locale: Locale): TrackVerdict {
	const { participation, knockouts, reasons } = trackDecision;
	const deciding = trackDecision.deciding['cultural-organisation'];
	const open = deciding.filter((input) => isMissing(input, facts));
	const missing = open.map(inputId);
	const participant = held(participation.participant, facts);
	const answered = participant || held(participation.newcomer, facts);
	const noProject = !answered && held(participation.neverProject, facts);
	if (!answered && !noProject)
		return undecided(
			'programme',
			fill(reasons.unanswered[locale], {
				missing: open
					.map((input) => describeInput(input, 'cultural-organisation', locale))
					.join('; ')
			}),
			missing,
			locale
		);
	const blocking = knockouts.filter((k) => held(k.when, facts));
	const sentences = [
		participant
			? reasons.participant[locale]
			: noProject
				? reasons.newcomerNoProject[locale]
				: held(trackDecision.experienced, facts)
					? reasons.newcomerExperienced[locale]
					: reasons.newcomer[locale]
	];
	if (blocking.length > 0)
		sentences.push(
			fill(reasons.conditions[locale], {
				reasons: joinList(
					blocking.map((k) => k.reason[locale]),
					locale
				)
			})
		);
	else if (knockouts.every((k) => !isMissingLeaf(k.when, facts)))
		sentences.push(reasons.conditionsMet[locale]);
	return decided(
		'programme',
		participant ? 'vervolgtraject' : 'starttraject',
		sentences,
		[noProject ? 'earlierProjects' : 'programmeBefore', ...blocking.map((k) => k.id)],
		missing,
		locale
	);
}

/** Whether the answer a condition reads is open (unanswered or "weet ik niet"). */
function isMissingLeaf(condition: Condition, facts: Facts): boolean {
	if (!('fact' in condition) || condition.fact !== 'answer') return false;
	return isMissing({ fact: 'answer', question: condition.question }, facts);
}

/**
 * A school's verdict, by its named preconditions: one not met decides "first arrange this"
 * (the others still open are named to find out); all met is ready; none failing but some open
 * gives no verdict, and names them.
 */
function schoolVerdict(facts: Facts, locale: Locale): TrackVerdict {
	const { schoolKnockouts, reasons } = trackDecision;
	const open = trackDecision.deciding.school.filter((input) => isMissing(input, facts));
	const missing = open.map(inputId);
	const named = joinList(
		open.map((input) => describeInput(input, 'school', locale)),
		locale
	);
	const blocking = schoolKnockouts.filter((k) => held(k.when, facts));
	if (blocking.length > 0) {
		const sentences = [
			fill(reasons.schoolNotReady[locale], {
				reasons: joinList(
					blocking.map((k) => k.reason[locale]),
					locale
				)
			})
		];
		if (open.length > 0) sentences.push(fill(reasons.alsoOpen[locale], { missing: named }));
		return decided(
			'school',
			'school-nog-niet',
			sentences,
			blocking.map((k) => k.id),
			missing,
			locale
		);
	}
	if (open.length > 0)
		return undecided(
			'school',
			fill(reasons.schoolUnanswered[locale], { missing: named }),
			missing,
			locale
		);
	return decided(
		'school',
		'school-klaar',
		[reasons.schoolReady[locale]],
		schoolKnockouts.map((k) => k.id),
		[],
		locale
	);
}

/** The track verdict, with its status, reason and what is missing. */
export function decideTrack(facts: Facts, audience: Audience, locale: Locale): TrackVerdict {
	return audience === 'school' ? schoolVerdict(facts, locale) : programmeTrack(facts, locale);
}
