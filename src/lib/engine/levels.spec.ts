import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allQuestions, content, questionsFor } from '../content/index';
import { answersFileArbitrary, looseAnswersFileArbitrary } from '../testing/arbitraries';
import { answerAt, answerLevels, areaPlaces, questionIndex } from './levels';

describe('answerLevels', () => {
	it('gives back every answer of a file, and null where there is none', () => {
		fc.assert(
			fc.property(fc.oneof(answersFileArbitrary, looseAnswersFileArbitrary), (file) => {
				const levels = answerLevels(file.answers);
				allQuestions.forEach(({ question }, i) =>
					expect(answerAt(levels, i)).toBe(file.answers[question.id] ?? null)
				);
			}),
			{ numRuns: 200 }
		);
	});

	it('leaves out an id the questionnaire does not know', () => {
		const levels = answerLevels({ 'geen-vraag': 3, 'budget-digitaal': 'unknown' });
		expect([...levels].filter((l) => l >= 0)).toEqual([5]);
		expect(answerAt(levels, questionIndex.get('budget-digitaal') ?? -1)).toBe('unknown');
	});
});

describe('areaPlaces', () => {
	it('lists the places of the questions questionsFor gives, in its order', () => {
		for (const area of content.areas)
			for (const audience of ['school', 'cultural-organisation'] as const)
				expect([...areaPlaces(area.id, audience)]).toEqual(
					questionsFor(area, audience).map((q) => questionIndex.get(q.id))
				);
	});
});
