/**
 * Before and after: two checks of the same organisation compared, area by area and question
 * by question, with the advice that was resolved and the advice that is new. Checks made with
 * another version of the questionnaire compare on the questions both versions have; the rest
 * is named, not guessed. Pure: the compare page, the PDF and the CLI all use this.
 */
import { content, findQuestion, getArea, questionsFor } from '../content/index';
import { forAudience, type Audience } from '../content/ids';
import type { Condition } from '../content/rules-schema';
import { rules } from '../content/rules/index';
import { format as fill } from '../i18n/translate';
import type { AnswersFile, AnswerValue } from '../answers/schema';
import { audienceOf } from '../answers/format';
import { buildReport, type Locale, type Report, type ReportArea } from '../engine/report';
import { wholeScore } from '../engine/format';

/** A change of at least this many points counts as forward or back. */
export const meaningfulDelta = 1;

export interface AreaChange {
	id: ReportArea['id'];
	number: number;
	title: string;
	before: number | null;
	after: number | null;
	/** after − before, when both are scored. */
	delta: number | null;
	beforeVerdict: ReportArea['verdict'];
	afterVerdict: ReportArea['verdict'];
	direction: 'up' | 'down' | 'same' | 'unknown';
}

export interface QuestionChange {
	id: string;
	area: number;
	statement: string;
	before: AnswerValue | undefined;
	after: AnswerValue | undefined;
	/** Levels moved (after − before), when both are levels. */
	delta: number;
}

export interface Comparison {
	locale: Locale;
	before: { name: string; savedAt: string; score: number | null; level: string | null };
	after: { name: string; savedAt: string; score: number | null; level: string | null };
	areas: AreaChange[];
	/** The questions that moved most (at most five), largest change first. */
	moved: QuestionChange[];
	/** Advice of the first check that the second no longer gives, because the answers it read rose. */
	resolved: { id: string; title: string }[];
	/**
	 * Advice of the first check that the second no longer gives for another reason (an answer
	 * it read fell or is no longer given, the profile changed): never called "resolved".
	 */
	lapsed: { id: string; title: string; reason: string }[];
	/** Advice the second check gives that the first did not. */
	added: { id: string; title: string }[];
	counts: { up: number; down: number; same: number; unknown: number };
	/** "6 onderwerpen vooruit, 1 achteruit, 5 gelijk". */
	verdict: string;
	/** Question ids answered in either file that the current questionnaire does not have. */
	notCompared: string[];
	/** The two checks are for different audiences (a school and a cultural organisation). */
	differentAudience: boolean;
	/**
	 * Set when one of the two is a quick scan: both are compared on the questions both have
	 * answered, this many (the full check's other answers would make its scores not comparable).
	 */
	sharedQuestions?: number;
}

const verdictText = {
	nl: '{up} {topics} vooruit, {down} achteruit, {same} gelijk',
	en: '{up} {topics} forward, {down} back, {same} the same'
} as const;
const topicsWord = {
	nl: { one: 'onderwerp', other: 'onderwerpen' },
	en: { one: 'topic', other: 'topics' }
} as const;
const unknownText = {
	nl: ', {unknown} niet te vergelijken',
	en: ', {unknown} not comparable'
} as const;

const lapsedText = {
	changed: {
		nl: 'vervalt omdat de antwoorden veranderden: {changes}',
		en: 'lapses because the answers changed: {changes}'
	},
	change: {
		nl: '‘{statement}’ van {before} naar {after}',
		en: '‘{statement}’ from {before} to {after}'
	},
	profile: {
		nl: 'vervalt omdat het profiel veranderde',
		en: 'lapses because the profile changed'
	},
	other: {
		nl: 'vervalt: het past niet meer bij de nieuwe antwoorden, maar die zijn niet hoger',
		en: 'lapses: it no longer fits the new answers, but they are not higher'
	},
	value: {
		unknown: { nl: 'weet ik niet', en: 'I don’t know' },
		na: { nl: 'n.v.t.', en: 'n/a' },
		none: { nl: 'niet ingevuld', en: 'not filled in' }
	}
} as const;

const ruleById = new Map(rules.map((r) => [r.id, r]));

/** What a rule's condition reads: the questions (an area's score reads all its questions) and profile fields. */
function readsOf(
	condition: Condition,
	audience: Audience,
	into = { questions: new Set<string>(), profile: new Set<string>() }
) {
	if ('all' in condition) for (const c of condition.all) readsOf(c, audience, into);
	else if ('any' in condition) for (const c of condition.any) readsOf(c, audience, into);
	else if ('not' in condition) readsOf(condition.not, audience, into);
	else if (condition.fact === 'answer') into.questions.add(condition.question);
	else if (condition.fact === 'profile') into.profile.add(condition.field);
	else if (condition.fact === 'areaScore' || condition.fact === 'unknownShare')
		for (const q of questionsFor(getArea(condition.area), audience)) into.questions.add(q.id);
	else
		for (const area of content.areas)
			for (const q of questionsFor(area, audience)) into.questions.add(q.id);
	return into;
}

/** Whether an answer rose: to a level from a lower one, from "weet ik niet", n.v.t. or nothing. */
const rose = (before: AnswerValue | undefined, after: AnswerValue | undefined) =>
	typeof after === 'number' && (typeof before !== 'number' || before < after);

/**
 * Splits the advice the second check no longer gives: resolved when an answer its rule reads
 * rose and none fell and its profile did not change; otherwise lapsed, with the reason.
 */
function goneAdvice(
	gone: readonly { id: string; title: string }[],
	beforeFile: AnswersFile,
	afterFile: AnswersFile,
	audience: Audience,
	locale: Locale
): Pick<Comparison, 'resolved' | 'lapsed'> {
	const resolved: Comparison['resolved'] = [];
	const lapsed: Comparison['lapsed'] = [];
	const shown = (value: AnswerValue | undefined) =>
		typeof value === 'number' ? String(value) : lapsedText.value[value ?? 'none'][locale];
	for (const item of gone) {
		const rule = ruleById.get(item.id);
		const reads = rule
			? readsOf(rule.when, audience)
			: { questions: new Set<string>(), profile: new Set<string>() };
		const changed = [...reads.questions].filter(
			(id) => beforeFile.answers[id] !== afterFile.answers[id]
		);
		const up = changed.filter((id) => rose(beforeFile.answers[id], afterFile.answers[id]));
		const down = changed.filter((id) => !up.includes(id));
		const profileChanged = [...reads.profile].some(
			(field) =>
				JSON.stringify(beforeFile.profile[field as keyof AnswersFile['profile']]) !==
				JSON.stringify(afterFile.profile[field as keyof AnswersFile['profile']])
		);
		if (up.length > 0 && down.length === 0 && !profileChanged) {
			resolved.push(item);
			continue;
		}
		const reason =
			down.length > 0
				? fill(lapsedText.changed[locale], {
						changes: down
							.map((id) => {
								const found = findQuestion(id);
								const statement = found
									? forAudience(found.question.statement, audience)[locale].replace(/[.]$/, '')
									: id;
								return fill(lapsedText.change[locale], {
									statement,
									before: shown(beforeFile.answers[id]),
									after: shown(afterFile.answers[id])
								});
							})
							.join('; ')
					})
				: profileChanged
					? lapsedText.profile[locale]
					: lapsedText.other[locale];
		lapsed.push({ ...item, reason });
	}
	return { resolved, lapsed };
}

function summary(report: Report, file: AnswersFile) {
	return {
		name: file.profile.name,
		savedAt: file.savedAt,
		score: report.overall.score,
		level: report.overall.level?.label ?? null
	};
}

/** Both files with only the answers to questions both have answered. */
function onSharedQuestions(a: AnswersFile, b: AnswersFile): [AnswersFile, AnswersFile, number] {
	const shared = Object.keys(a.answers).filter((id) => b.answers[id] !== undefined);
	const pick = (file: AnswersFile): AnswersFile => ({
		...file,
		answers: Object.fromEntries(shared.map((id) => [id, file.answers[id]!]))
	});
	return [pick(a), pick(b), shared.length];
}

/**
 * Compares two checks; `locale` chooses the language of titles and the verdict. A quick scan
 * and a full check compare on the questions both have answered. `afterReport`: the second
 * check's report in `locale`, when the caller has built it already (to print it), so it is
 * not built twice.
 */
export function compareFiles(
	beforeInput: AnswersFile,
	afterInput: AnswersFile,
	locale: Locale = afterInput.locale,
	afterReport?: Report
): Comparison {
	const quick = beforeInput.mode === 'quick' || afterInput.mode === 'quick';
	const [beforeFile, afterFile, shared] = quick
		? onSharedQuestions(beforeInput, afterInput)
		: [beforeInput, afterInput, 0];
	const before = buildReport(beforeFile, locale);
	// on shared questions (a quick scan) the second check is another report than the one printed
	const after =
		!quick && afterReport?.locale === locale ? afterReport : buildReport(afterFile, locale);
	const areas: AreaChange[] = after.areas.map((area) => {
		const old = before.areas.find((a) => a.id === area.id);
		const b = old?.status === 'scored' ? old.score : null;
		const a = area.status === 'scored' ? area.score : null;
		// in whole points, as both scores are shown: a change a reader cannot see is no change
		const delta = a !== null && b !== null ? wholeScore(a) - wholeScore(b) : null;
		return {
			id: area.id,
			number: area.number,
			title: area.title,
			before: b,
			after: a,
			delta,
			beforeVerdict: old?.verdict ?? 'not-answered',
			afterVerdict: area.verdict,
			direction:
				delta === null
					? 'unknown'
					: delta >= meaningfulDelta
						? 'up'
						: delta <= -meaningfulDelta
							? 'down'
							: 'same'
		};
	});
	const audience = audienceOf(afterFile.profile);
	const ids = new Set([...Object.keys(beforeFile.answers), ...Object.keys(afterFile.answers)]);
	const notCompared: string[] = [];
	const moved: QuestionChange[] = [];
	for (const id of ids) {
		const found = findQuestion(id);
		if (!found) {
			notCompared.push(id);
			continue;
		}
		const b = beforeFile.answers[id];
		const a = afterFile.answers[id];
		if (typeof a !== 'number' || typeof b !== 'number' || a === b) continue;
		moved.push({
			id,
			area: found.area.number,
			statement: forAudience(found.question.statement, audience)[locale],
			before: b,
			after: a,
			delta: a - b
		});
	}
	moved.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || x.id.localeCompare(y.id));
	const beforeIds = new Set(before.advice.map((a) => a.id));
	const afterIds = new Set(after.advice.map((a) => a.id));
	const counts = { up: 0, down: 0, same: 0, unknown: 0 };
	for (const area of areas) counts[area.direction]++;
	return {
		locale,
		before: summary(before, beforeFile),
		after: summary(after, afterFile),
		areas,
		moved: moved.slice(0, 5),
		...goneAdvice(
			before.advice.filter((a) => !afterIds.has(a.id)).map((a) => ({ id: a.id, title: a.title })),
			beforeFile,
			afterFile,
			audience,
			locale
		),
		added: after.advice
			.filter((a) => !beforeIds.has(a.id))
			.map((a) => ({ id: a.id, title: a.title })),
		counts,
		verdict:
			fill(verdictText[locale], {
				...counts,
				topics: topicsWord[locale][counts.up === 1 ? 'one' : 'other']
			}) + (counts.unknown > 0 ? fill(unknownText[locale], counts) : ''),
		notCompared: notCompared.sort(),
		differentAudience: audienceOf(beforeFile.profile) !== audience,
		...(quick ? { sharedQuestions: shared } : {})
	};
}
