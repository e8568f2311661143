/**
 * The answers file, version 1: the one format Digicheck saves, exports and imports.
 * Parsing never throws: it returns the file or a list of problems in both languages.
 *
 * Written with zod/mini: this schema runs in every page of the browser (reading the save),
 * and mini is a fifth of the size of classic zod there. The content schemas, checked at test
 * and build time only, use classic zod.
 */
import * as z from 'zod/mini';
import { content } from '../content/index';
import {
	audienceIds,
	contentIdPattern,
	type LocalizedText,
	type ProfileFieldId
} from '../content/ids';

import { answersFileVersion, answersFormat } from './answers-file';

export { answersFileVersion, answersFormat, audienceOf, emptyAnswersFile } from './answers-file';

/** A level 0-4, or "unknown" for "weet ik niet / n.v.t.". Unanswered questions are absent. */
export const answerValueSchema = z.union([
	z.literal(0),
	z.literal(1),
	z.literal(2),
	z.literal(3),
	z.literal(4),
	z.literal('unknown')
]);
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
	budget: z.optional(z.enum(optionIds('budget')))
});
export type Profile = z.infer<typeof profileSchema>;

export const answersFileSchema = z.strictObject({
	format: z.literal(answersFormat),
	version: z.literal(answersFileVersion),
	contentVersion: z.string().check(z.minLength(1)),
	locale: z.enum(['nl', 'en']),
	profile: profileSchema,
	answers: z.record(z.string().check(z.regex(contentIdPattern)), answerValueSchema),
	savedAt: z.iso.datetime({ offset: true })
});
export type AnswersFile = z.infer<typeof answersFileSchema>;
export type Answers = AnswersFile['answers'];

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

function cap(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Parses text (a file's contents) into an answers file. */
export function parseAnswersText(text: string): ParseResult<AnswersFile> {
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
	const result = answersFileSchema.safeParse(data);
	if (!result.success)
		return { ok: false, problems: result.error.issues.map((issue) => describeIssue(issue, data)) };
	const file = result.data;
	const warnings: FileProblem[] = [];
	const unknownIds = Object.keys(file.answers).filter((id) => !knownQuestionIds.has(id));
	if (unknownIds.length > 0) {
		warnings.push({
			path: 'answers',
			message: {
				nl: `Dit bestand heeft antwoorden op vragen die niet meer bestaan; die tellen niet mee: ${unknownIds.join(', ')}.`,
				en: `This file has answers to questions that no longer exist; they do not count: ${unknownIds.join(', ')}.`
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
