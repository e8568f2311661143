/**
 * Wording per reader (#27.7). A school reads of pupils and teachers, not of "deelnemers", funds,
 * visitors or makers (those are a cultural organisation's words), except where a text quotes the
 * programme's own participants. And one advice never says the same step twice, in other words.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	answersFileArbitrary,
	fixtureNames,
	looseAnswersFileArbitrary
} from '../testing/arbitraries';
import { buildReport } from '../engine/report';
import { content } from './index';
import { questionSteps } from './rules/question-steps';
import { rules } from './rules/index';
import type { Step } from './rules-schema';
import type { AudienceText } from './schema';
import { loadFixture as fixture } from '../testing/fixtures';

/** A text as a school reads it, in both languages. */
function forSchool(text: AudienceText | Step): string[] {
	if ('when' in text) return forSchool(text.text);
	if ('school' in text) return [text.school.nl, text.school.en];
	if ('nl' in text) return [text.nl, text.en];
	return [];
}

/** The programme's own participants, quoted or described: true for a school's reader too. */
const programmeParticipants = [
	/\b(een )?deelnemers? aan (het|de) traject(en)?( van CultuurSchakel)?/gi,
	/\been deelnemer:/gi,
	/\bnoemden deelnemers\b/gi,
	/\b(a )?programme participants?\b/gi,
	/\bparticipant in the follow-up track\b/gi,
	/\been deelnemer aan het vervolgtraject\b/gi,
	/\bone participant:/gi,
	/\bparticipants (named|said)\b/gi,
	/\bparticipants in (the|CultuurSchakel’s) programmes?/gi
];
const otherReadersWords =
	/\b(deelnemers?|fonds(en)?|makers?|bezoekers|participants?|funders?|visitors|makers?)\b/i;

function strayWords(texts: readonly string[]): string[] {
	return texts
		.flatMap((t) => t.split(/(?<=[.?!])\s+/))
		.filter((sentence) => {
			let rest = sentence;
			for (const allowed of programmeParticipants) rest = rest.replace(allowed, '');
			return otherReadersWords.test(rest);
		});
}

const schoolQuestions = new Set(
	content.areas.flatMap((a) =>
		a.questions.filter((q) => q.audiences.includes('school')).map((q) => q.id)
	)
);

describe('wording per reader', () => {
	it('finds a cultural organisation’s word in a school’s text (the check itself works)', () => {
		expect(strayWords(['Vraag hoe de deelnemers erbij kwamen.'])).toHaveLength(1);
		expect(strayWords(['Fondsen en scholen vragen juist daarnaar.'])).toHaveLength(1);
		expect(strayWords(['Een deelnemer aan het traject zei: “Begin klein.”'])).toEqual([]);
	});

	it('speaks to a school of pupils and teachers in every advice it can get', () => {
		const stray: string[] = [];
		for (const rule of rules) {
			// partner advice speaks of both sides by name; rules only a cultural organisation gets are left out
			if (rule.id.startsWith('partner-')) continue;
			const forOrganisations = JSON.stringify(rule.when).includes(
				'"field":"audience","operator":"ne","value":"school"'
			);
			const notSchool = JSON.stringify(rule.when).includes(
				'{"not":{"fact":"profile","field":"audience","operator":"eq","value":"school"}}'
			);
			// a rule that reads only questions a school is not asked never fires for a school
			const read = JSON.stringify(rule.when).match(/"question":"[^"]+"/g) ?? [];
			const onlyOthers =
				read.length > 0 && read.every((m) => !schoolQuestions.has(m.slice(12, -1)));
			if (forOrganisations || notSchool || onlyOthers) continue;
			const texts = [
				...forSchool(rule.advice.text),
				...rule.advice.steps.flatMap((s) => forSchool(s)),
				rule.advice.title.nl,
				rule.advice.title.en
			];
			for (const s of strayWords(texts)) stray.push(`${rule.id}: ${s}`);
		}
		for (const [question, steps] of Object.entries(questionSteps)) {
			if (!schoolQuestions.has(question)) continue;
			for (const s of strayWords(steps.flatMap((step) => forSchool(step))))
				stray.push(`${question}: ${s}`);
		}
		expect(stray).toEqual([]);
	});
});

/** The words of a step that carry its meaning (four letters or more). */
const words = (text: string) =>
	new Set(
		text
			.toLowerCase()
			.split(/[^\p{L}\p{N}]+/u)
			.filter((w) => w.length >= 4)
	);

/** How much two steps share: the part of the smaller one's words that the other has too. */
function overlap(a: string, b: string): number {
	const wa = words(a);
	const wb = words(b);
	const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
	if (small.size === 0) return 0;
	let shared = 0;
	for (const w of small) if (large.has(w)) shared++;
	return shared / small.size;
}

/** Pairs of steps in one advice that say mostly the same. */
function sameSteps(steps: readonly string[]): [string, string][] {
	const pairs: [string, string][] = [];
	for (let i = 0; i < steps.length; i++)
		for (let j = i + 1; j < steps.length; j++)
			if (overlap(steps[i] as string, steps[j] as string) >= 0.6)
				pairs.push([steps[i] as string, steps[j] as string]);
	return pairs;
}

describe('one step once', () => {
	it('finds a step said twice in other words (the check itself works)', () => {
		expect(
			sameSteps([
				'Zet alle digitale middelen in één lijst: apparaten, apps en accounts, website en lesmateriaal.',
				'Maak een lijst van alle digitale middelen: apparaten, apps, accounts, website.'
			])
		).toHaveLength(1);
		expect(sameSteps(['Wijs één trekker aan.', 'Reken de kosten voor drie jaar door.'])).toEqual(
			[]
		);
	});

	it('hides a topic’s general step when the step of one of its answers says the same', () => {
		const variants = (step: Step): string[] =>
			forSchool(step).concat(
				'when' in step || 'nl' in step
					? []
					: [step['cultural-organisation'].nl, step['cultural-organisation'].en]
			);
		const unguarded: string[] = [];
		for (const rule of rules) {
			if (rule.kind !== 'weak' && rule.kind !== 'middling') continue;
			const area = content.areas.find((a) => a.id === rule.advice.areas[0]);
			for (const general of rule.advice.steps)
				for (const question of area?.questions ?? [])
					for (const own of questionSteps[question.id] ?? []) {
						const same = variants(general).some((g) =>
							variants(own).some((o) => overlap(g, o) >= 0.6)
						);
						const guard = JSON.stringify({
							not: { fact: 'answer', question: question.id, operator: 'lte', value: 1 }
						});
						if (same && !('when' in general && JSON.stringify(general.when).includes(guard)))
							unguarded.push(`${rule.id} / ${question.id}: ${variants(general)[0]}`);
					}
		}
		expect(unguarded).toEqual([]);
	});

	it('never gives the same step twice in one advice, for the fixtures and generated files', () => {
		const check = (report: ReturnType<typeof buildReport>) => {
			for (const advice of report.advice)
				expect(sameSteps(advice.steps), `${advice.id}`).toEqual([]);
		};
		for (const name of fixtureNames)
			for (const locale of ['nl', 'en'] as const) check(buildReport(fixture(name), locale));
		fc.assert(
			fc.property(fc.oneof(answersFileArbitrary, looseAnswersFileArbitrary), (file) =>
				check(buildReport(file))
			),
			{ numRuns: 200 }
		);
	});
});
