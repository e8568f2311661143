/**
 * An answers file's answers as one small array, by the question's place in the questionnaire:
 * 0-4 a level, `unknownLevel` "weet ik niet", `naLevel` "n.v.t.", `noAnswer` not answered.
 * Made once per report. The engine reads answers hundreds of times per report, and a read by
 * number from this array is several times cheaper than a read by name from an object whose
 * keys differ from file to file (#27: reports per second).
 */
import { allQuestions, content, questionsFor } from '../content/index';
import type { AreaId, Audience } from '../content/ids';
import type { Area } from '../content/schema';
import type { Answers } from '../answers/schema';

export type Levels = Int8Array;

export const noAnswer = -1;
export const unknownLevel = 5;
export const naLevel = 6;

/** Each question id's place in the questionnaire (allQuestions' order). */
export const questionIndex: ReadonlyMap<string, number> = new Map(
	allQuestions.map((entry, i) => [entry.question.id, i])
);

const ids = allQuestions.map((entry) => entry.question.id);

/** The answers as levels; an id the questionnaire does not know is left out. */
export function answerLevels(answers: Answers): Levels {
	const levels = new Int8Array(ids.length);
	for (let i = 0; i < ids.length; i++) {
		const answer = answers[ids[i] as string];
		levels[i] =
			typeof answer === 'number'
				? answer
				: answer === 'unknown'
					? unknownLevel
					: answer === 'na'
						? naLevel
						: noAnswer;
	}
	return levels;
}

const valueOfLevel = [0, 1, 2, 3, 4, 'unknown', 'na'] as const;

/** A level back as the answer it stands for, or null for no answer. */
export function answerAt(levels: Levels, index: number): Answers[string] | null {
	const level = levels[index] ?? noAnswer;
	return level < 0 ? null : (valueOfLevel[level] ?? null);
}

/** An area's questions for an audience (`questionsFor`'s order) as their places in `Levels`. */
const placesOf = (area: Area, audience: Audience) =>
	Int16Array.from(questionsFor(area, audience), (q) => questionIndex.get(q.id) ?? 0);

const placesByArea = new Map(
	content.areas.map((area) => [
		area.id,
		{
			school: placesOf(area, 'school'),
			'cultural-organisation': placesOf(area, 'cultural-organisation')
		}
	])
);

/** The places in `Levels` of the questions `questionsFor(area, audience)` lists, in its order. */
export function areaPlaces(area: AreaId, audience: Audience): Int16Array {
	// (every area id is in the map: AreaId lists exactly the content's areas)
	return placesByArea.get(area)![audience];
}
