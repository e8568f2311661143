/**
 * fast-check generators of realistic answers files, for property tests and for the test
 * that finds an answer set firing each rule. Areas tend to be answered alike, as real
 * organisations do, with noise, "do not know" and gaps mixed in.
 */
import fc from 'fast-check';
import { content, questionsFor } from '../content/index';
import type { Audience } from '../content/schema';
import {
	answersFileVersion,
	type AnswersFile,
	type AnswerValue,
	type Profile
} from '../answers/schema';
import type { Report } from '../engine/report';

const option = (field: string) => {
	const ids = content.profile.find((f) => f.id === field)?.options.map((o) => o.id) ?? [];
	return fc.constantFrom(...ids);
};

export const profileArbitrary: fc.Arbitrary<Profile> = fc.record({
	name: fc.constantFrom('Stichting Çağdaş & Zoë’s Atelier', 'Het Haags Lyceum', 'Theater X'),
	audience: fc.constantFrom<Audience>('cultural-organisation', 'school'),
	type: option('type'),
	size: option('size'),
	role: option('role'),
	targetGroups: fc.subarray(
		content.profile.find((f) => f.id === 'targetGroups')?.options.map((o) => o.id) ?? []
	),
	earlierProjects: option('earlierProjects'),
	programmeBefore: option('programmeBefore'),
	budget: option('budget')
}) as fc.Arbitrary<Profile>;

const level = fc.constantFrom<AnswerValue>(0, 1, 2, 3, 4);
const answerOrGap = fc.oneof(
	{ weight: 6, arbitrary: level },
	{ weight: 2, arbitrary: fc.constant<AnswerValue>('unknown') },
	{ weight: 1, arbitrary: fc.constant<AnswerValue>('na') },
	{ weight: 1, arbitrary: fc.constant(undefined) }
);

/** Per area: everything one level, everything unknown, or each question on its own. */
const areaMode = fc.oneof(
	{ weight: 4, arbitrary: level.map((l) => ({ kind: 'uniform' as const, value: l })) },
	{ weight: 1, arbitrary: fc.constant({ kind: 'unknown' as const }) },
	{ weight: 3, arbitrary: fc.constant({ kind: 'free' as const }) }
);

/** A complete, valid answers file with realistic answer patterns. */
export const answersFileArbitrary: fc.Arbitrary<AnswersFile> = fc
	.record({
		profile: profileArbitrary,
		modes: fc.array(areaMode, { minLength: 12, maxLength: 12 }),
		free: fc.array(answerOrGap, { minLength: 60, maxLength: 60 }),
		locale: fc.constantFrom<'nl' | 'en'>('nl', 'en')
	})
	.map(({ profile, modes, free, locale }) => {
		const answers: Record<string, AnswerValue> = {};
		let i = 0;
		content.areas.forEach((area, index) => {
			const mode = modes[index] ?? { kind: 'free' as const };
			for (const question of questionsFor(area, profile.audience ?? 'cultural-organisation')) {
				const value =
					mode.kind === 'uniform'
						? mode.value
						: mode.kind === 'unknown'
							? 'unknown'
							: free[i++ % free.length];
				if (value !== undefined) answers[question.id] = value;
			}
		});
		return {
			format: 'digicheck-answers',
			version: answersFileVersion,
			contentVersion: content.version,
			locale,
			profile,
			answers,
			savedAt: '2026-11-24T09:00:00.000Z'
		} satisfies AnswersFile;
	});

/**
 * A profile with any of its fields left out, as an older file or a half-filled profile page
 * gives: only the audience may be missing too (it then counts as a cultural organisation).
 */
export const sparseProfileArbitrary: fc.Arbitrary<Profile> = fc
	.tuple(profileArbitrary, fc.array(fc.boolean(), { minLength: 9, maxLength: 9 }))
	.map(([profile, keep]) => {
		const entries = Object.entries(profile).filter(
			([key], i) => key === 'name' || key === 'targetGroups' || keep[i]
		);
		return Object.fromEntries(entries) as Profile;
	});

/** Answers files whose profile may lack fields, and a quick scan now and then. */
export const looseAnswersFileArbitrary: fc.Arbitrary<AnswersFile> = fc
	.tuple(answersFileArbitrary, sparseProfileArbitrary, fc.boolean())
	.map(([file, profile, quick]) => {
		const loose: AnswersFile = { ...file, profile };
		if (quick) loose.mode = 'quick';
		return loose;
	});

/** Freezes a value and everything in it: a write anywhere then throws (modules are strict). */
export function deepFreeze<T>(value: T): T {
	if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
		Object.freeze(value);
		for (const inner of Object.values(value)) deepFreeze(inner);
	}
	return value;
}

/** A file with every question of the audience at one level. */
export function uniformFile(
	value: AnswerValue,
	audience: Audience,
	profile: Partial<Profile> = {}
): AnswersFile {
	const answers: Record<string, AnswerValue> = {};
	for (const area of content.areas)
		for (const q of questionsFor(area, audience)) answers[q.id] = value;
	return {
		format: 'digicheck-answers',
		version: answersFileVersion,
		contentVersion: content.version,
		locale: 'nl',
		profile: { name: 'Testorganisatie', audience, targetGroups: [], ...profile },
		answers,
		savedAt: '2026-11-24T09:00:00.000Z'
	};
}

/** Every sentence a reader sees in the report, split at sentence ends. */
export function reportSentences(report: Report): string[] {
	const texts = [
		...report.areas.map((a) => a.meaning),
		...report.advice.flatMap((a) => [a.title, a.text, ...a.steps, ...a.why]),
		report.track.reason,
		report.track.note ?? '',
		report.track.description,
		report.overall.level?.description ?? ''
	];
	return texts.flatMap((t) => t.split(/(?<=[.!?])\s+/)).filter((s) => s.length > 0);
}

/** The realistic organisations in tests/fixtures (version 2 files: read as version 3). */
export const fixtureNames = [
	'collectief-start',
	'school-techniek-sterk',
	'theater-koploper',
	'maker-alleen',
	'museum-groot',
	'basisschool',
	'speciaal-onderwijs',
	'veel-weet-ik-niet',
	'bibliotheek'
] as const;
