import { outline } from './outline-data';
import { makeOutline } from './make-outline';
import { describe, expect, it } from 'vitest';
import { completeContent } from './complete';
import { contentFingerprint } from './fingerprint';
import {
	content,
	contentVersion,
	questionCount,
	questionsFor,
	quickQuestionIds,
	recordedFingerprint
} from './index';
import { areaIds, audienceIds, contentSchema, forAudience, type AudienceText } from './schema';

/** Every bilingual text of a question or area, flattened with a label for messages. */
function textsOf(label: string, text: AudienceText): { label: string; nl: string; en: string }[] {
	return 'nl' in text
		? [{ label, ...text }]
		: audienceIds.map((a) => ({ label: `${label} [${a}]`, ...text[a] }));
}

const allTexts = content.areas.flatMap((area) => [
	{ label: `${area.id}.title`, ...area.title },
	{ label: `${area.id}.recommendation`, ...area.recommendation },
	{ label: `${area.id}.explanation`, ...area.explanation },
	...area.questions.flatMap((q) => [
		...textsOf(`${q.id}.statement`, q.statement),
		...(q.help ? textsOf(`${q.id}.help`, q.help) : []),
		...q.levels.flatMap((level, i) => textsOf(`${q.id}.level${i}`, level))
	])
]);

// Words that are common in one language and rare in the other: a cheap check that an
// editor did not paste English into a Dutch field or the other way round.
const englishMarkers = /\b(the|and|with|we have|our|not|which|what|there is|they)\b/i;
const dutchMarkers = /\b(de|het|een|niet|wij|we hebben|onze|zijn|wordt|voor|en|met)\b/i;

/** A statement must fit on a phone screen without scrolling: 160 characters at most. */
const maxStatementLength = 160;

describe('questionnaire content', () => {
	it('validates against its schema', () => {
		expect(() => contentSchema.parse(completeContent)).not.toThrow();
	});

	it('has the 12 areas in checklist order, numbered 1 to 12', () => {
		expect(content.areas.map((a) => a.id)).toEqual([...areaIds]);
		expect(content.areas.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
	});

	it('has unique question ids across all areas', () => {
		const ids = content.areas.flatMap((a) => a.questions.map((q) => q.id));
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('marks exactly one quick-scan question per area for each audience', () => {
		for (const audience of audienceIds)
			for (const area of content.areas) {
				const quick = questionsFor(area, audience).filter((q) => q.quickScan);
				expect(
					quick.map((q) => q.id),
					`${area.id} ${audience}`
				).toHaveLength(1);
			}
		for (const audience of audienceIds) expect(quickQuestionIds(audience)).toHaveLength(12);
	});

	it('has at least 44 questions', () => {
		expect(content.areas.flatMap((a) => a.questions).length).toBeGreaterThanOrEqual(44);
	});

	it.each(audienceIds)('gives the audience %s 3 to 6 questions in every area', (audience) => {
		for (const area of content.areas) {
			const n = questionsFor(area, audience).length;
			expect(n, `${area.id} for ${audience}`).toBeGreaterThanOrEqual(3);
			expect(n, `${area.id} for ${audience}`).toBeLessThanOrEqual(6);
		}
		expect(questionCount(audience)).toBeGreaterThanOrEqual(44);
	});

	it('has five non-empty levels per question in both languages', () => {
		for (const { question } of content.areas.flatMap((area) =>
			area.questions.map((question) => ({ question }))
		)) {
			expect(question.levels).toHaveLength(5);
			for (const audience of audienceIds) {
				for (const level of question.levels) {
					const text = forAudience(level, audience);
					expect(text.nl.trim(), question.id).not.toBe('');
					expect(text.en.trim(), question.id).not.toBe('');
				}
			}
		}
	});

	it('keeps five different level descriptions per question', () => {
		for (const area of content.areas) {
			for (const q of area.questions) {
				for (const audience of audienceIds) {
					const nl = q.levels.map((l) => forAudience(l, audience).nl);
					expect(new Set(nl).size, q.id).toBe(5);
				}
			}
		}
	});

	it('has no English text in Dutch fields and no Dutch text in English fields', () => {
		for (const text of allTexts) {
			expect(
				englishMarkers.test(text.nl) && !dutchMarkers.test(text.nl),
				`${text.label}.nl looks English: ${text.nl}`
			).toBe(false);
			expect(
				dutchMarkers.test(text.en) && !englishMarkers.test(text.en),
				`${text.label}.en looks Dutch: ${text.en}`
			).toBe(false);
			expect(text.nl, `${text.label}: Dutch and English are the same`).not.toBe(text.en);
		}
	});

	it(`keeps statements at most ${maxStatementLength} characters, in both languages and all variants`, () => {
		for (const area of content.areas) {
			for (const q of area.questions) {
				for (const t of textsOf(q.id, q.statement)) {
					expect(t.nl.length, `${t.label} nl`).toBeLessThanOrEqual(maxStatementLength);
					expect(t.en.length, `${t.label} en`).toBeLessThanOrEqual(maxStatementLength);
				}
			}
		}
	});

	it('gives audience variants only to questions that both audiences see', () => {
		for (const area of content.areas) {
			for (const q of area.questions) {
				const variants = [q.statement, q.help, ...q.levels].some((t) => t && !('nl' in t));
				if (variants) expect(q.audiences, q.id).toEqual(['cultural-organisation', 'school']);
			}
		}
	});

	it('records the fingerprint of this content version (raise the version when it changes)', () => {
		const actual = contentFingerprint(content.areas, content.scoring);
		expect(
			actual,
			`The questionnaire structure changed. Raise contentVersion (now ${contentVersion}) and set recordedFingerprint to '${actual}' in src/lib/content/version.ts.`
		).toBe(recordedFingerprint);
	});

	it('has level bands that start at 0 and rise, and two tracks', () => {
		expect(content.bands[0]?.min).toBe(0);
		const mins = content.bands.map((b) => b.min);
		expect([...mins].sort((a, b) => a - b)).toEqual(mins);
		expect(new Set(mins).size).toBe(4);
		expect(completeContent.tracks.map((t) => t.id)).toEqual(['starttraject', 'vervolgtraject']);
	});

	it('gives every profile choice a label in both languages and unique ids per field', () => {
		for (const field of content.profile) {
			const ids = field.options.map((o) => o.id);
			expect(new Set(ids).size, field.id).toBe(ids.length);
			if (field.kind !== 'text') expect(ids.length, field.id).toBeGreaterThan(1);
		}
	});
});

describe('the outline (the questionnaire without its texts, for the pages)', () => {
	it('matches the content (else: npm run content:outline)', () => {
		expect(outline).toEqual(makeOutline(content));
	});
});
