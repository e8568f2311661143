/**
 * The answers file, version 2: the one format Digicheck saves, exports and imports. Version 1
 * files (and saves) migrate on read, losslessly. Parsing is bounded and never throws: it returns
 * the file or a list of problems in both languages.
 *
 * Written with zod/mini: this schema runs in every page of the browser (reading the save),
 * and mini is a fifth of the size of classic zod there. The content schemas, checked at test
 * and build time only, use classic zod.
 */
import * as z from 'zod/mini';
import { content } from '../content/index';
import {
	areaIds,
	audienceIds,
	contentIdPattern,
	type LocalizedText,
	type ProfileFieldId
} from '../content/ids';

import { answersFileVersion, answersFormat, answersLimits } from './answers-file';

export {
	answersFileVersion,
	answersFormat,
	answersLimits,
	audienceOf,
	emptyAnswersFile
} from './answers-file';

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
export type AnswerValue = z.infer<typeof answerValueSchema>;

/** The option ids of a profile field, from the content. */
function optionIds(field: ProfileFieldId): [string, ...string[]] {
	const ids = content.profile.find((f) => f.id === field)?.options.map((o) => o.id) ?? [];
	if (ids.length === 0) throw new Error(`profile field ${field} has no options`);
	return ids as [string, ...string[]];
}

export const profileSchema = z.strictObject({
	/** Organisation or school name; may be empty while filling in. */
	name: z.string().check(z.trim(), z.maxLength(200)),
	/** Chosen in the profile step; absent until then. */
	audience: z.optional(z.enum(audienceIds)),
	type: z.optional(z.enum(optionIds('type'))),
	size: z.optional(z.enum(optionIds('size'))),
	role: z.optional(z.enum(optionIds('role'))),
	targetGroups: z._default(z.array(z.enum(optionIds('targetGroups'))), []),
	earlierProjects: z.optional(z.enum(optionIds('earlierProjects'))),
	programmeBefore: z.optional(z.enum(optionIds('programmeBefore'))),
	budget: z.optional(z.enum(optionIds('budget')))
});
export type Profile = z.infer<typeof profileSchema>;

const questionIdSchema = z.string().check(z.regex(contentIdPattern), z.maxLength(100));
const fewEntries = z.refine(
	(record: unknown) =>
		typeof record === 'object' &&
		record !== null &&
		Object.keys(record).length <= answersLimits.maxAnswers,
	'too many entries'
);

export const answersFileSchema = z.strictObject({
	format: z.literal(answersFormat),
	version: z.literal(answersFileVersion),
	contentVersion: z.string().check(z.minLength(1), z.maxLength(20)),
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
});
export type AnswersFile = z.infer<typeof answersFileSchema>;
export type Answers = AnswersFile['answers'];

/** Version 1: the same file without mode, notes and targets, where "unknown" meant "weet ik niet / n.v.t.". */
const answersFileV1Schema = z.strictObject({
	format: z.literal(answersFormat),
	version: z.literal(1),
	contentVersion: z.string().check(z.minLength(1), z.maxLength(20)),
	locale: z.enum(['nl', 'en']),
	profile: profileSchema,
	answers: z
		.record(questionIdSchema, z.union([levelSchema, z.literal('unknown')]))
		.check(fewEntries),
	savedAt: z.iso.datetime({ offset: true })
});
type AnswersFileV1 = z.infer<typeof answersFileV1Schema>;

/** A version 1 file as version 2: every field kept as it was; nothing is lost or guessed. */
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
	const path = issue.path.map(String).join('.') || '(file)';
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
					nl: `${cap(field.nl)} bevat onbekende velden: ${issue.keys.join(', ')}.`,
					en: `${cap(field.en)} contains unknown fields: ${issue.keys.join(', ')}.`
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
			return {
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
					nl: `${cap(field.nl)} heeft niet de goede vorm (bijvoorbeeld een datum of een code).`,
					en: `${cap(field.en)} does not have the right form (for example a date or a code).`
				}
			};
		default:
			return {
				path,
				message: { nl: `${cap(field.nl)} klopt niet.`, en: `${cap(field.en)} is not valid.` }
			};
	}
}

/** The problems of a failed parse, at most ten (a hostile file can hold thousands). */
function describeIssues(issues: readonly z.core.$ZodIssue[], data: unknown): FileProblem[] {
	const problems = issues.slice(0, 10).map((issue) => describeIssue(issue, data));
	if (issues.length > 10) {
		problems.push({
			path: '(file)',
			message: {
				nl: `En nog ${issues.length - 10} andere problemen.`,
				en: `And ${issues.length - 10} other problems.`
			}
		});
	}
	return problems;
}

/** A version value as a short, printable text. */
function describeVersion(value: unknown): string {
	return typeof value === 'number' || typeof value === 'string'
		? String(value).slice(0, 10)
		: value === undefined
			? '–'
			: typeof value;
}

function cap(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Parses text (a file's contents) into an answers file. */
export function parseAnswersText(text: string): ParseResult<AnswersFile> {
	if (typeof text !== 'string' || text.length > answersLimits.maxTextLength) {
		return {
			ok: false,
			problems: [
				{
					path: '(file)',
					message: {
						nl: 'Dit bestand is te groot voor een Digicheck-antwoordenbestand (meer dan 1 MB).',
						en: 'This file is too large for a Digicheck answers file (more than 1 MB).'
					}
				}
			]
		};
	}
	let data: unknown;
	try {
		data = JSON.parse(text);
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
	if (version !== 1 && version !== answersFileVersion) {
		return {
			ok: false,
			problems: [
				{
					path: 'version',
					message: {
						nl: `Deze versie van het antwoordenbestand kent Digicheck niet (versie ${describeVersion(version)}). Gebruik een bestand van versie 1 of 2.`,
						en: `Digicheck does not know this version of the answers file (version ${describeVersion(version)}). Use a file of version 1 or 2.`
					}
				}
			]
		};
	}
	const warnings: FileProblem[] = [];
	let file: AnswersFile;
	if (version === 1) {
		const result = answersFileV1Schema.safeParse(data);
		if (!result.success) return { ok: false, problems: describeIssues(result.error.issues, data) };
		file = migrateV1(result.data);
		if (Object.values(file.answers).includes('unknown')) {
			warnings.push({
				path: 'answers',
				message: {
					nl: 'Dit bestand komt uit een oudere Digicheck. Daarin betekende “weet ik niet” ook “niet van toepassing”. Kijk die antwoorden even na: nu zijn het twee keuzes.',
					en: 'This file comes from an older Digicheck, where “I don’t know” also meant “not applicable”. Please check those answers: they are now two choices.'
				}
			});
		}
	} else {
		const result = answersFileSchema.safeParse(data);
		if (!result.success) return { ok: false, problems: describeIssues(result.error.issues, data) };
		file = result.data;
	}
	const unknownIds = Object.keys(file.answers).filter((id) => !knownQuestionIds.has(id));
	if (unknownIds.length > 0) {
		const listed =
			unknownIds.slice(0, 10).join(', ') +
			(unknownIds.length > 10 ? ` (+${unknownIds.length - 10})` : '');
		warnings.push({
			path: 'answers',
			message: {
				nl: `Dit bestand heeft antwoorden op vragen die niet meer bestaan; die tellen niet mee: ${listed}.`,
				en: `This file has answers to questions that no longer exist; they do not count: ${listed}.`
			}
		});
	}
	if (file.contentVersion !== content.version) {
		warnings.push({
			path: 'contentVersion',
			message: {
				nl: `Dit bestand is gemaakt met vragenlijst ${file.contentVersion}; nu geldt ${content.version}. Kijk je antwoorden even na.`,
				en: `This file was made with questionnaire ${file.contentVersion}; the current one is ${content.version}. Please check your answers.`
			}
		});
	}
	return { ok: true, value: file, warnings };
}

const knownQuestionIds = new Set(content.areas.flatMap((a) => a.questions.map((q) => q.id)));
