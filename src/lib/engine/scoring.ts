/**
 * Scoring: per area a weighted mean of the answered levels, the share of "do not know"
 * answers and a status; overall the mean of the scored areas and its named level band.
 * Deterministic and monotone: raising one answer never lowers any score.
 */
import { content, questionsFor } from '../content/index';
import type {
	Area,
	AreaId,
	Audience,
	LevelBand,
	Question,
	ScoringSettings
} from '../content/schema';
import type { Answers } from '../answers/schema';
import { answerLevels, areaPlaces, naLevel, unknownLevel, type Levels } from './levels';

/**
 * `scored`: enough answers; `insufficient-data`: mostly "do not know"; `not-answered`: nothing
 * yet; `not-applicable`: every question was answered "n.v.t.".
 */
export type AreaStatus = 'scored' | 'insufficient-data' | 'not-answered' | 'not-applicable';

export interface AreaResult {
	id: AreaId;
	/** 0-100 from the known answers, or null when there are none. */
	score: number | null;
	status: AreaStatus;
	/** Questions this audience sees in the area. */
	total: number;
	/** Questions answered with a level (0-4). */
	known: number;
	/** Questions answered "weet ik niet". */
	unknown: number;
	/** Questions answered "n.v.t.": left out of the score and of the unknown share. */
	notApplicable: number;
	/** unknown / (total - notApplicable). */
	unknownShare: number;
	/** The first question with the lowest level answered, and that level (null without one). */
	lowest: { questionId: string; level: number } | null;
	/** The first question with the highest level answered, and that level (null without one). */
	highest: { questionId: string; level: number } | null;
}

export interface OverallResult {
	/** Mean of the scored areas, or null when fewer than `minScoredAreas` areas are scored. */
	score: number | null;
	band: LevelBand | null;
	scoredAreas: number;
	/** How many scored areas an overall score needs (from the content's scoring settings). */
	minScoredAreas: number;
}

/** Rounds to one decimal, so reports stay stable and readable. */
export function round1(value: number): number {
	return Math.round(value * 10) / 10;
}

/** Scores one area for one audience (`levels`: the same answers as levels.ts makes them). */
export function scoreArea(
	area: Area,
	answers: Answers,
	audience: Audience,
	settings: ScoringSettings = content.scoring,
	levels: Levels = answerLevels(answers)
): AreaResult {
	const questions = questionsFor(area, audience);
	const places = areaPlaces(area.id, audience);
	let weightSum = 0;
	let pointSum = 0;
	let known = 0;
	let unknown = 0;
	let notApplicable = 0;
	// the first question at the lowest and at the highest level (objects made once, at the end)
	let lowestAt = -1;
	let lowestLevel = 5;
	let highestAt = -1;
	let highestLevel = -1;
	for (let i = 0; i < questions.length; i++) {
		const answer = levels[places[i] as number] as number;
		if (answer < 0) continue;
		if (answer === unknownLevel) {
			unknown++;
			continue;
		}
		if (answer === naLevel) {
			notApplicable++;
			continue;
		}
		const question = questions[i] as Question;
		known++;
		if (answer < lowestLevel) {
			lowestAt = i;
			lowestLevel = answer;
		}
		if (answer > highestLevel) {
			highestAt = i;
			highestLevel = answer;
		}
		weightSum += question.weight;
		pointSum += question.weight * settings.levelPoints[answer as 0 | 1 | 2 | 3 | 4];
	}
	const applicable = questions.length - notApplicable;
	const unknownShare = applicable === 0 ? 0 : unknown / applicable;
	const score = known === 0 ? null : round1(pointSum / weightSum);
	const status: AreaStatus =
		known === 0 && unknown === 0
			? notApplicable > 0 && notApplicable === questions.length
				? 'not-applicable'
				: 'not-answered'
			: known === 0 || unknownShare >= settings.insufficientUnknownShare
				? 'insufficient-data'
				: 'scored';
	return {
		id: area.id,
		score,
		status,
		total: questions.length,
		known,
		unknown,
		notApplicable,
		// three decimals, rounded once (33.3 / 100 would be 0.33299999999999996 in the JSON)
		unknownShare: Math.round(unknownShare * 1000) / 1000,
		lowest: lowestAt < 0 ? null : { questionId: questions[lowestAt]!.id, level: lowestLevel },
		highest: highestAt < 0 ? null : { questionId: questions[highestAt]!.id, level: highestLevel }
	};
}

/** Scores every area in checklist order. */
export function scoreAreas(
	answers: Answers,
	audience: Audience,
	levels: Levels = answerLevels(answers)
): AreaResult[] {
	return content.areas.map((area) => scoreArea(area, answers, audience, content.scoring, levels));
}

/** The band a score falls in: the one with the highest minimum not above the score. */
export function bandFor(score: number, bands: readonly LevelBand[] = content.bands): LevelBand {
	let found = bands[0];
	for (const band of bands) if (score >= band.min) found = band;
	if (!found) throw new Error('no level bands');
	return found;
}

/**
 * The overall score: the mean of the areas that have a reliable score, but only when at least
 * `minScoredAreas` of them do. Below that the report says "onvoldoende beeld" instead.
 */
export function scoreOverall(
	areas: readonly AreaResult[],
	settings: ScoringSettings = content.scoring
): OverallResult {
	const scored = areas.filter((a) => a.status === 'scored' && a.score !== null);
	const minScoredAreas = settings.minScoredAreas;
	if (scored.length === 0 || scored.length < minScoredAreas)
		return { score: null, band: null, scoredAreas: scored.length, minScoredAreas };
	const score = round1(scored.reduce((sum, a) => sum + (a.score ?? 0), 0) / scored.length);
	return { score, band: bandFor(score), scoredAreas: scored.length, minScoredAreas };
}
