/**
 * An honest estimate of how long the check takes: the words a respondent reads (statements,
 * explanations, the five level descriptions, the profile questions) at 200 words a minute, plus
 * ten seconds per question to choose. Measured from the content, so it stays true as it changes.
 */
import { forAudience, type Audience } from './ids';
import { content, fieldsFor, questionsFor, quickProfileFields, quickQuestionFor } from './index';

/** Reading speed and choosing time of the estimate. */
export const readingModel = { wordsPerMinute: 200, secondsPerQuestion: 10 } as const;

const words = (text: string) => text.split(/\s+/).filter((w) => w.length > 0).length;

/**
 * Words read and questions answered in the whole check, or in the quick scan (one question per
 * area, under the area's short title, and the profile fields it asks), for an audience and language.
 */
export function checkLoad(
	audience: Audience,
	locale: 'nl' | 'en',
	mode: 'full' | 'quick' = 'full'
): { words: number; questions: number; scored: number } {
	let count = 0;
	let questions = 0;
	for (const area of content.areas) {
		const asked =
			mode === 'full' ? questionsFor(area, audience) : [quickQuestionFor(area, audience)!];
		count += words((mode === 'full' ? area.recommendation : area.shortTitle)[locale]);
		for (const q of asked) {
			questions++;
			count += words(forAudience(q.statement, audience)[locale]);
			if (q.help) count += words(forAudience(q.help, audience)[locale]);
			for (const level of q.levels) count += words(forAudience(level, audience)[locale]);
		}
	}
	// the questions of the topics, as the check counts them ("12 van de 57"); the profile's come on top
	const scored = questions;
	const fields = fieldsFor(audience).filter(
		(f) => mode === 'full' || (quickProfileFields as readonly string[]).includes(f.id)
	);
	for (const field of fields) {
		questions++;
		count += words(field.label[locale]);
		for (const option of field.options) count += words(option.label[locale]);
	}
	return { words: count, questions, scored };
}

/** The estimated minutes: the full check rounded to a multiple of five, the quick scan to one. */
export function estimatedMinutes(
	audience: Audience,
	locale: 'nl' | 'en',
	mode: 'full' | 'quick' = 'full'
): number {
	const { words: count, questions } = checkLoad(audience, locale, mode);
	const seconds =
		(count / readingModel.wordsPerMinute) * 60 + questions * readingModel.secondsPerQuestion;
	return mode === 'quick'
		? Math.max(1, Math.round(seconds / 60))
		: Math.max(5, Math.round(seconds / 60 / 5) * 5);
}
