/**
 * The answers file, version 3: the one format Digicheck saves, exports and imports. Version 1
 * and 2 files (and saves) migrate on read, losslessly (version 3 adds the project plan). Parsing is bounded and never throws: it returns
 * the file or a list of problems in both languages.
 *
 * Written with zod/mini: this schema runs in every page of the browser (reading the save),
 * and mini is a fifth of the size of classic zod there. The content schemas, checked at test
 * and build time only, use classic zod.
 */
import * as z from 'zod/mini';
import { outline } from '../content/outline-data';
import { contentVersion } from '../content/version';
import {
	areaIds,
	audienceIds,
	contentIdPattern,
	type LocalizedText,
	type ProfileFieldId
} from '../content/ids';

import {
	answersFileVersion,
	answersFormat,
	answersLimits,
	planPhaseIds,
	type AnswerValue,
	type AnswersFile,
	type Profile,
	type StoredPlan
} from './format';

export {
	answersFileVersion,
	answersFormat,
	answersLimits,
	audienceOf,
	emptyAnswersFile,
	type AnswerValue,
	type Answers,
	type AnswersFile,
	type Level,
	type Profile,
	type StoredPlan
} from './format';

/** True when A and B are the same type (each assignable to the other). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/** A maturity level, 0 (not looked at) to 4 (part of how we work, reviewed yearly). */
export const levelSchema = z.union([
	z.literal(0),
	z.literal(1),
	z.literal(2),
	z.literal(3),
	z.literal(4)
]);

/**
 * A level 0-4, "unknown" ("weet ik niet": a finding, shown as such) or "na" ("niet van
 * toepassing": left out of the score and the advice). Unanswered questions are absent.
 */
export const answerValueSchema = z.union([levelSchema, z.literal('unknown'), z.literal('na')]);
const answerValueMatches: Same<z.infer<typeof answerValueSchema>, AnswerValue> = true;

/** The option ids of a profile field, from the content's outline. */
function optionIds(field: ProfileFieldId): [string, ...string[]] {
	const ids = outline.profile.find((f) => f.id === field)?.options.map((o) => o.id) ?? [];
	if (ids.length === 0) throw new Error(`profile field ${field} has no options`);
	return ids as [string, ...string[]];
}

export const profileSchema = z.strictObject({
	/** Organisation or school name; may be empty while filling in. Control characters are removed. */
	name: z.string().check(z.maxLength(200), z.overwrite(withoutControls), z.trim()),
	/** Chosen in the profile step; absent until then. */
	audience: z.optional(z.enum(audienceIds)),
	type: z.optional(z.enum(optionIds('type'))),
	size: z.optional(z.enum(optionIds('size'))),
	role: z.optional(z.enum(optionIds('role'))),
	targetGroups: z._default(
		z.array(z.enum(optionIds('targetGroups'))).check(
			z.maxLength(optionIds('targetGroups').length),
			z.refine((groups) => new Set(groups).size === groups.length, 'duplicate')
		),
		[]
	),
	earlierProjects: z.optional(z.enum(optionIds('earlierProjects'))),
	programmeBefore: z.optional(z.enum(optionIds('programmeBefore'))),
	budget: z.optional(z.enum(optionIds('budget')))
});
const profileMatches: Same<z.infer<typeof profileSchema>, Profile> = true;

/** A questionnaire version such as "2.0.0". */
const contentVersionSchema = z.string().check(z.regex(/^[0-9A-Za-z.+-]{1,20}$/));

const questionIdSchema = z.string().check(z.regex(contentIdPattern), z.maxLength(100));
const fewEntries = z.refine(
	(record: unknown) =>
		typeof record === 'object' &&
		record !== null &&
		Object.keys(record).length <= answersLimits.maxAnswers,
	'too many entries'
);

/** A plan's text, as typed, bounded. */
const planText = z.string().check(z.maxLength(answersLimits.maxPlanText));
/** A calendar day that exists, YYYY-MM-DD (not 31 February). */
const planDay = z.string().check(
	z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/),
	// (runs after a failed pattern too: never throws on a date that cannot be made)
	z.refine((day) => {
		const time = new Date(`${day}T00:00:00Z`).getTime();
		return Number.isFinite(time) && new Date(time).toISOString().startsWith(day);
	}, 'no such day')
);
const wholeUpTo = (max: number) => z.int().check(z.minimum(0), z.maximum(max));

/** The project plan (version 3): five steps, each once, in order. */
export const planSchema = z
	.strictObject({
		idea: planText,
		partner: planText,
		phases: z
			.array(
				z.strictObject({
					id: z.enum(planPhaseIds),
					start: planDay,
					end: planDay,
					who: planText,
					activity: planText,
					test: planText,
					hours: wholeUpTo(answersLimits.maxPlanHours),
					costs: wholeUpTo(answersLimits.maxPlanCosts)
				})
			)
			.check(z.length(planPhaseIds.length)),
		outcome: planText,
		measure: planText,
		when: planDay
	})
	.check(
		z.refine(
			(plan) => plan.phases.every((p, i) => p.id === planPhaseIds[i]),
			'the five steps, each once, in order'
		)
	);
const planMatches: Same<z.infer<typeof planSchema>, StoredPlan> = true;

/** The fields of every version from 2 on; version 3 adds the plan. */
const fileShape = {
	format: z.literal(answersFormat),
	contentVersion: contentVersionSchema,
	locale: z.enum(['nl', 'en']),
	/** "quick": the quick scan (one question per area); absent or "full": the full check. */
	mode: z.optional(z.enum(['full', 'quick'])),
	profile: profileSchema,
	answers: z.record(questionIdSchema, answerValueSchema).check(fewEntries),
	/** The respondent's explanation or evidence per area, for whoever reads the report. */
	notes: z.optional(
		z.partialRecord(
			z.enum(areaIds),
			z.string().check(z.trim(), z.maxLength(answersLimits.maxNoteLength))
		)
	),
	/** Where the respondent wants each area to be in twelve months. */
	targets: z.optional(z.partialRecord(z.enum(areaIds), levelSchema)),
	savedAt: z.iso.datetime({ offset: true })
};

export const answersFileSchema = z.strictObject({
	...fileShape,
	version: z.literal(answersFileVersion),
	plan: z.optional(planSchema)
});

/** Version 2: the same file without a plan. */
const answersFileV2Schema = z.strictObject({ ...fileShape, version: z.literal(2) });

/** A version 2 file as version 3: every field kept as it was. */
export function migrateV2(file: z.infer<typeof answersFileV2Schema>): AnswersFile {
	return { ...file, version: answersFileVersion };
}
// what the schema accepts is exactly the declared types (format.ts): a compile error otherwise
const fileMatches: Same<z.infer<typeof answersFileSchema>, AnswersFile> = true;
void [answerValueMatches, profileMatches, fileMatches, planMatches];

/** Version 1: the same file without mode, notes and targets, where "unknown" meant "weet ik niet / n.v.t.". */
const answersFileV1Schema = z.strictObject({
	format: z.literal(answersFormat),
	version: z.literal(1),
	contentVersion: contentVersionSchema,
	locale: z.enum(['nl', 'en']),
	profile: profileSchema,
	answers: z
		.record(questionIdSchema, z.union([levelSchema, z.literal('unknown')]))
		.check(fewEntries),
	savedAt: z.iso.datetime({ offset: true })
});
type AnswersFileV1 = z.infer<typeof answersFileV1Schema>;

/** A version 1 file as version 3: every field kept as it was; nothing is lost or guessed. */
export function migrateV1(file: AnswersFileV1): AnswersFile {
	return { ...file, version: answersFileVersion };
}

/** One thing wrong with a file, named by its field, in both languages. */
export interface FileProblem {
	path: string;
	message: LocalizedText;
}

export type ParseResult<T> =
	{ ok: true; value: T; warnings: FileProblem[] } | { ok: false; problems: FileProblem[] };

/** Text without control characters (ANSI escapes and bidi overrides included); other whitespace becomes a space. */
export function withoutControls(text: string): string {
	/* eslint-disable no-control-regex -- finding control characters is the point */
	return text
		.replace(/\u001b\[[0-?]*[ -/]*[@-~]/g, '')
		.replace(
			/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
			''
		)
		.replace(/[\t\n\r\f]/g, ' ');
	/* eslint-enable no-control-regex */
}

/** File content echoed in a message: printable and short. */
export function printable(text: string, max = 60): string {
	const clean = withoutControls(text);
	return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`;
}

/** The value at a path inside parsed data, or undefined. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let current: unknown = data;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}

/** Describes a zod issue in plain words, naming the field. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): FileProblem {
	const path = printable(issue.path.map(String).join('.')) || '(file)';
	const field =
		path === '(file)'
			? { nl: 'het bestand', en: 'the file' }
			: { nl: `het veld "${path}"`, en: `the field "${path}"` };
	switch (issue.code) {
		case 'invalid_type':
			return valueAt(data, issue.path) === undefined
				? {
						path,
						message: { nl: `${cap(field.nl)} ontbreekt.`, en: `${cap(field.en)} is missing.` }
					}
				: {
						path,
						message: {
							nl: `${cap(field.nl)} heeft een verkeerd soort waarde.`,
							en: `${cap(field.en)} has the wrong kind of value.`
						}
					};
		case 'unrecognized_keys':
			return {
				path,
				message: {
					nl: `${cap(field.nl)} bevat onbekende velden: ${listed(issue.keys)}.`,
					en: `${cap(field.en)} contains unknown fields: ${listed(issue.keys)}.`
				}
			};
		case 'invalid_value':
		case 'invalid_union':
			if (valueAt(data, issue.path) === undefined) {
				return {
					path,
					message: { nl: `${cap(field.nl)} ontbreekt.`, en: `${cap(field.en)} is missing.` }
				};
			}
			return {
				path,
				message: {
					nl: `${cap(field.nl)} heeft een waarde die niet mag.`,
					en: `${cap(field.en)} has a value that is not allowed.`
				}
			};
		case 'too_big':
			return {
				path,
				message: { nl: `${cap(field.nl)} is te lang.`, en: `${cap(field.en)} is too long.` }
			};
		case 'custom':
			return issue.message === 'duplicate'
				? {
						path,
						message: {
							nl: `${cap(field.nl)} noemt iets twee keer.`,
							en: `${cap(field.en)} names something twice.`
						}
					}
				: {
						path,
						message: {
							nl: `${cap(field.nl)} heeft te veel onderdelen.`,
							en: `${cap(field.en)} has too many entries.`
						}
					};
		case 'too_small':
			return {
				path,
				message: { nl: `${cap(field.nl)} is te kort.`, en: `${cap(field.en)} is too short.` }
			};
		case 'invalid_format':
			return {
				path,
				message: {
					nl: `${cap(field.nl)} heeft niet de goede vorm (zoals een datum of code).`,
					en: `${cap(field.en)} does not have the right form (such as a date or code).`
				}
			};
		default:
			return {
				path,
				message: { nl: `${cap(field.nl)} klopt niet.`, en: `${cap(field.en)} is not valid.` }
			};
	}
}

/** At most this many problems are described (a hostile file can hold thousands). */
export const maxProblems = 20;

/** The problems of a failed parse: the first twenty, and how many more there are. */
function describeIssues(issues: readonly z.core.$ZodIssue[], data: unknown): FileProblem[] {
	const problems = issues.slice(0, maxProblems).map((issue) => describeIssue(issue, data));
	if (issues.length > maxProblems) {
		problems.push({
			path: '(file)',
			message: {
				nl: `En nog ${issues.length - maxProblems} andere problemen.`,
				en: `And ${issues.length - maxProblems} other problems.`
			}
		});
	}
	return problems;
}

/** A few keys from a file, printable, for a message. */
function listed(keys: readonly PropertyKey[]): string {
	const shown = keys.slice(0, 5).map((k) => `"${printable(String(k), 30)}"`);
	return shown.join(', ') + (keys.length > 5 ? ` (+${keys.length - 5})` : '');
}

/** One problem, in both languages. */
function problem(path: string, nl: string, en: string): FileProblem {
	return { path, message: { nl, en } };
}

/** The number of own keys of an object, or 0 for anything else. */
function keyCount(value: unknown): number {
	return value !== null && typeof value === 'object' ? Object.keys(value).length : 0;
}

/**
 * Checks the sizes of a parsed file before the schema looks at it: the schema reports one
 * problem per bad entry, and a file with a hundred thousand of them would take seconds (or
 * overflow the stack) to describe. Limits are generous: far above any real file.
 */
function oversized(data: object): FileProblem | null {
	const record = data as Record<string, unknown>;
	if (keyCount(data) > 30)
		return problem(
			'(file)',
			'Dit bestand heeft veel meer velden dan een Digicheck-antwoordenbestand.',
			'This file has far more fields than a Digicheck answers file.'
		);
	if (keyCount(record.answers) > answersLimits.maxAnswers)
		return problem(
			'answers',
			`Het veld "answers" heeft ${keyCount(record.answers)} antwoorden; een Digicheck-bestand heeft er hooguit ${answersLimits.maxAnswers}.`,
			`The field "answers" has ${keyCount(record.answers)} answers; a Digicheck file has at most ${answersLimits.maxAnswers}.`
		);
	for (const field of ['profile', 'notes', 'targets'] as const)
		if (keyCount(record[field]) > 30)
			return problem(
				field,
				`Het veld "${field}" heeft veel meer onderdelen dan mag.`,
				`The field "${field}" has far more entries than allowed.`
			);
	const groups = (record.profile as { targetGroups?: unknown } | undefined)?.targetGroups;
	if (Array.isArray(groups) && groups.length > 30)
		return problem(
			'profile.targetGroups',
			'Het veld "profile.targetGroups" heeft veel meer doelgroepen dan er zijn.',
			'The field "profile.targetGroups" has far more target groups than there are.'
		);
	return null;
}

/** Runs a schema without letting anything escape: a failure inside zod becomes a problem. */
function safely<S extends z.ZodMiniType>(schema: S, data: unknown): ParseResult<z.infer<S>> {
	try {
		const result = schema.safeParse(data);
		return result.success
			? { ok: true, value: result.data, warnings: [] }
			: { ok: false, problems: describeIssues(result.error.issues, data) };
	} catch {
		return {
			ok: false,
			problems: [
				problem(
					'(file)',
					'Dit bestand kon niet worden gelezen als Digicheck-antwoordenbestand.',
					'This file could not be read as a Digicheck answers file.'
				)
			]
		};
	}
}

/** A version value as a short, printable text. */
function describeVersion(value: unknown): string {
	return typeof value === 'number' || typeof value === 'string'
		? printable(String(value), 10)
		: value === undefined
			? '–'
			: typeof value;
}

function cap(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

const tooLarge = problem(
	'(file)',
	'Dit bestand is te groot voor een Digicheck-antwoordenbestand (meer dan 1 MB).',
	'This file is too large for a Digicheck answers file (more than 1 MB).'
);

/** Parses text (a file's contents) into an answers file. */
export function parseAnswersText(text: string): ParseResult<AnswersFile> {
	if (typeof text !== 'string' || text.length > answersLimits.maxTextLength)
		return { ok: false, problems: [tooLarge] };
	if (text.trim() === '' || text === '\ufeff')
		return {
			ok: false,
			problems: [
				problem(
					'(file)',
					'Dit bestand is leeg. Kies het bestand dat Digicheck heeft bewaard.',
					'This file is empty. Choose the file that Digicheck saved.'
				)
			]
		};
	let data: unknown;
	try {
		// a byte order mark is not part of the JSON (editors on Windows write one)
		data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch {
		return {
			ok: false,
			problems: [
				{
					path: '(file)',
					message: {
						nl: 'Dit is geen geldig Digicheck-bestand: de inhoud is geen JSON.',
						en: 'This is not a valid Digicheck file: its contents are not JSON.'
					}
				}
			]
		};
	}
	return parseAnswersData(data);
}

/**
 * Reads a file's bytes as the CLI and the browser both do: UTF-8 (with or without a byte
 * order mark) or UTF-16 with a byte order mark. Refuses more than the size limit unread.
 */
export function decodeAnswersBytes(
	bytes: Uint8Array
): { ok: true; text: string } | { ok: false; problems: FileProblem[] } {
	if (bytes.length > 2 * answersLimits.maxTextLength) return { ok: false, problems: [tooLarge] };
	const [a, b] = [bytes[0], bytes[1]];
	const encoding =
		a === 0xff && b === 0xfe ? 'utf-16le' : a === 0xfe && b === 0xff ? 'utf-16be' : 'utf-8';
	try {
		return { ok: true, text: new TextDecoder(encoding, { fatal: true }).decode(bytes) };
	} catch {
		return {
			ok: false,
			problems: [
				problem(
					'(file)',
					'Dit is geen Digicheck-bestand: de tekst is niet als UTF-8 of UTF-16 te lezen.',
					'This is not a Digicheck file: its text cannot be read as UTF-8 or UTF-16.'
				)
			]
		};
	}
}

/** Reads a file's bytes into an answers file (decoding, then `parseAnswersText`). */
export function parseAnswersBytes(bytes: Uint8Array): ParseResult<AnswersFile> {
	const decoded = decodeAnswersBytes(bytes);
	return decoded.ok ? parseAnswersText(decoded.text) : decoded;
}

/** Validates parsed data as an answers file; unknown question ids become warnings. */
export function parseAnswersData(data: unknown): ParseResult<AnswersFile> {
	if (
		data === null ||
		typeof data !== 'object' ||
		(data as { format?: unknown }).format !== answersFormat
	) {
		return {
			ok: false,
			problems: [
				{
					path: 'format',
					message: {
						nl: 'Dit is geen Digicheck-antwoordenbestand (het veld "format" moet "digicheck-answers" zijn).',
						en: 'This is not a Digicheck answers file (the field "format" must be "digicheck-answers").'
					}
				}
			]
		};
	}
	const version = (data as { version?: unknown }).version;
	if (version !== 1 && version !== 2 && version !== answersFileVersion) {
		return {
			ok: false,
			problems: [
				{
					path: 'version',
					message: {
						nl: `Digicheck kent versie ${describeVersion(version)} van het antwoordenbestand niet. Gebruik versie 1, 2 of 3.`,
						en: `Digicheck does not know version ${describeVersion(version)} of the answers file. Use version 1, 2 or 3.`
					}
				}
			]
		};
	}
	const tooBig = oversized(data);
	if (tooBig) return { ok: false, problems: [tooBig] };
	const warnings: FileProblem[] = [];
	let file: AnswersFile;
	if (version === 1) {
		const result = safely(answersFileV1Schema, data);
		if (!result.ok) return result;
		file = migrateV1(result.value);
		if (Object.values(file.answers).includes('unknown')) {
			warnings.push({
				path: 'answers',
				message: {
					nl: 'In een oudere Digicheck betekende “weet ik niet” ook “niet van toepassing”. Kijk die antwoorden na: nu zijn het twee keuzes.',
					en: 'In an older Digicheck, “I don’t know” also meant “not applicable”. Please check those answers: they are now two choices.'
				}
			});
		}
	} else if (version === 2) {
		const result = safely(answersFileV2Schema, data);
		if (!result.ok) return result;
		file = migrateV2(result.value);
	} else {
		const result = safely(answersFileSchema, data);
		if (!result.ok) return result;
		file = result.value;
	}
	const unknownIds = Object.keys(file.answers).filter((id) => !knownQuestionIds.has(id));
	if (unknownIds.length > 0) {
		const listed =
			unknownIds.slice(0, 10).join(', ') +
			(unknownIds.length > 10 ? ` (+${unknownIds.length - 10})` : '');
		warnings.push({
			path: 'answers',
			message: {
				nl: `Antwoorden op vragen die niet meer bestaan, tellen niet mee: ${listed}.`,
				en: `Answers to questions that no longer exist do not count: ${listed}.`
			}
		});
	}
	if (file.contentVersion !== contentVersion) {
		warnings.push({
			path: 'contentVersion',
			message: {
				nl: `Dit bestand is gemaakt met vragenlijst ${file.contentVersion}; nu geldt ${contentVersion}. Kijk je antwoorden even na.`,
				en: `This file was made with questionnaire ${file.contentVersion}; the current one is ${contentVersion}. Please check your answers.`
			}
		});
	}
	return { ok: true, value: file, warnings };
}

const knownQuestionIds = new Set(
	outline.areas.flatMap((a) => [...a.questions['cultural-organisation'], ...a.questions.school])
);
