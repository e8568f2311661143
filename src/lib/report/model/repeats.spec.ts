/**
 * A report says a thing once or twice, never three times (#27.5): no sentence of 40 characters or
 * more appears more than twice in a report, on screen or in the PDF. The summary and the body may
 * both name an action; a third time may not. Checked on every fixture in both languages, as a
 * full check and as a quick scan, and on generated files.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content, quickQuestionIds } from '../../content/index';
import { type AnswersFile } from '../../answers/schema';
import { audienceOf } from '../../answers/format';
import {
	answersFileArbitrary,
	fixtureNames,
	looseAnswersFileArbitrary,
	reportSentences
} from '../../testing/arbitraries';
import { buildReport } from '../../engine/report';
import { reportDocument, type ReportDocument } from './document';
import { loadFixture as fileOf } from '../../testing/fixtures';

/** Every text a reader sees in the PDF, in reading order. */
export function documentTexts(doc: ReportDocument): string[] {
	return [
		doc.cover.kicker,
		doc.cover.subtitle,
		doc.cover.title,
		doc.cover.note,
		...doc.cover.rows.flat(),
		...doc.blocks.flatMap((b) => {
			switch (b.kind) {
				case 'heading':
				case 'paragraph':
					return [b.text];
				case 'list':
					return b.items;
				case 'links':
					return b.items.map((i) => i.text);
				case 'keyValues':
					// the profile, as the respondent filled it in
					return [];
				case 'table':
					// data (scores, the answers appendix): one row per topic or question
					return [];
				case 'radar':
					return [b.caption];
				case 'advice':
					// its meta line (priority · effort · when · who) and its sources are labels, not sentences
					return [b.title, b.text, ...b.steps, ...b.why];
				case 'topic':
					return [
						b.heading,
						...b.intro.map((p) => p.text),
						...b.advice.flatMap((a) => [a.title, a.text, ...a.steps, ...a.why]),
						...(b.more ? [b.more] : [])
					];
				case 'pageBreak':
					return [];
			}
		})
	];
}

/** The topics' names: labels that head a section, a table row and an appendix, not sentences. */
const topicNames = new Set(
	content.areas.flatMap((a) => [a.title.nl, a.title.en, a.shortTitle.nl, a.shortTitle.en])
);

/**
 * The sentences of 40 characters or more that appear more than twice, with their count. A
 * sentence counts wherever it stands, also inside a longer text (an action's title in a list item
 * with its owner).
 */
export function repeatedSentences(texts: readonly string[]): [string, number][] {
	const pieces = texts.map((t) => t.replace(/\s+/g, ' ').trim());
	const candidates = new Set<string>();
	for (const piece of pieces)
		for (const raw of piece.split(/(?<=[.!?])\s+/)) {
			const sentence = raw.trim();
			// "(wie: …; weinig moeite)" after a title that ends in "?" is a label, not a sentence
			if (sentence.length >= 40 && !sentence.startsWith('(')) candidates.add(sentence);
		}
	for (const name of topicNames) candidates.delete(name);
	const all = pieces.join('\n');
	const repeated: [string, number][] = [];
	for (const sentence of candidates) {
		let count = 0;
		for (let at = all.indexOf(sentence); at >= 0; at = all.indexOf(sentence, at + sentence.length))
			count++;
		if (count > 2) repeated.push([sentence, count]);
	}
	return repeated;
}

const date = new Date('2026-12-04T10:00:00Z');
/** The file as the quick scan would have saved it: its questions only. */
function quick(file: AnswersFile): AnswersFile {
	const asked = new Set(quickQuestionIds(audienceOf(file.profile)));
	return {
		...file,
		mode: 'quick',
		answers: Object.fromEntries(Object.entries(file.answers).filter(([id]) => asked.has(id)))
	};
}

describe('no sentence three times', () => {
	it('finds a sentence said three times (the check itself works)', () => {
		const s = 'Zoek eerst uit wie bij jullie over de privacy van leerlingen gaat.';
		expect(repeatedSentences([s, `${s} En meer.`, 'Iets anders.'])).toEqual([]);
		expect(repeatedSentences([s, `${s} En meer.`, `Eerst dit. ${s}`])).toEqual([[s, 3]]);
		expect(repeatedSentences(['Kort. Kort. Kort.'])).toEqual([]);
		// a title inside a plan's list item counts too
		const title = 'Maak eerst een lijst van je digitale middelen';
		expect(repeatedSentences([title, `${title} (wie: directie)`, title])).toEqual([[title, 3]]);
	});

	const cases = fixtureNames.flatMap((name) =>
		(['nl', 'en'] as const).flatMap((locale) =>
			(['full', 'quick'] as const).map((mode) => [name, locale, mode] as const)
		)
	);

	it.each(cases)('%s (%s, %s): on screen and in the PDF', (name, locale, mode) => {
		const file = mode === 'quick' ? quick(fileOf(name)) : fileOf(name);
		const report = buildReport(file, locale);
		expect(repeatedSentences(reportSentences(report)), 'screen').toEqual([]);
		expect(repeatedSentences(documentTexts(reportDocument(report, date))), 'PDF').toEqual([]);
	});

	it('holds for generated answers files', () => {
		fc.assert(
			fc.property(
				fc.oneof(answersFileArbitrary, looseAnswersFileArbitrary),
				fc.boolean(),
				(file, q) => {
					const report = buildReport(q ? quick(file) : file);
					expect(repeatedSentences(reportSentences(report))).toEqual([]);
					expect(repeatedSentences(documentTexts(reportDocument(report, date)))).toEqual([]);
				}
			),
			{ numRuns: 150 }
		);
	});
});
