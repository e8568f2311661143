/**
 * An honest estimate of how long the check takes: the words a respondent reads (statements,
 * explanations, the five level descriptions, the profile questions) at 200 words a minute, plus
 * ten seconds per question to choose. Measured from the content, so it stays true as it changes.
 */
import { forAudience, type Audience } from './ids';
import { fieldsFor, questionsFor, content } from './index';

/** Reading speed and choosing time of the estimate. */
export const readingModel = { wordsPerMinute: 200, secondsPerQuestion: 10 } as const;

const words = (text: string) => text.split(/\s+/).filter((w) => w.length > 0).length;

/** Words read and questions answered in the whole check, for an audience and language. */
export function checkLoad(
	audience: Audience,
	locale: 'nl' | 'en'
): { words: number; questions: number } {
	let count = 0;
	let questions = 0;
	for (const area of content.areas) {
		count += words(area.recommendation[locale]);
		for (const q of questionsFor(area, audience)) {
			questions++;
			count += words(forAudience(q.statement, audience)[locale]);
			if (q.help) count += words(forAudience(q.help, audience)[locale]);
			for (const level of q.levels) count += words(forAudience(level, audience)[locale]);
		}
	}
	for (const field of fieldsFor(audience)) {
		questions++;
		count += words(field.label[locale]);
		for (const option of field.options) count += words(option.label[locale]);
	}
	return { words: count, questions };
}

/** The estimated minutes, rounded to a multiple of five. */
export function estimatedMinutes(audience: Audience, locale: 'nl' | 'en'): number {
	const { words: count, questions } = checkLoad(audience, locale);
	const seconds =
		(count / readingModel.wordsPerMinute) * 60 + questions * readingModel.secondsPerQuestion;
	return Math.max(5, Math.round(seconds / 60 / 5) * 5);
}
