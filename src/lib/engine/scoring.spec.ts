import { describe, expect, it } from 'vitest';
import { content, getArea } from '../content/index';
import type { Answers } from '../answers/schema';
import { bandFor, scoreArea, scoreAreas, scoreOverall } from './scoring';

const privacy = getArea('privacy');
// privacy: uitleg-gegevens (1.5), apps-gecontroleerd (1.5), telefoonafspraken, toestemming-beeld,
// apparaten-voor-iedereen, afleiding (1 each): six questions since content 2.1.0

describe('scoreArea', () => {
	it('maps levels 0-4 to 0, 25, 50, 75, 100 and takes the weighted mean', () => {
		const answers: Answers = { 'uitleg-gegevens': 4, 'apps-gecontroleerd': 0 };
		expect(scoreArea(privacy, answers, 'school').score).toBe(50);
		const weighted: Answers = { 'uitleg-gegevens': 4, telefoonafspraken: 0 };
		// (1.5 * 100 + 1 * 0) / 2.5 = 60
		expect(scoreArea(privacy, weighted, 'school').score).toBe(60);
	});

	it('leaves "do not know" out of the mean but counts it', () => {
		const result = scoreArea(
			privacy,
			{ 'uitleg-gegevens': 4, telefoonafspraken: 'unknown' },
			'school'
		);
		expect(result.score).toBe(100);
		expect(result.unknown).toBe(1);
		// one of six
		expect(result.unknownShare).toBeCloseTo(0.167, 3);
		expect(result.status).toBe('scored');
	});

	it.each([
		[0, 'scored'],
		[1, 'scored'],
		[2, 'scored'],
		[3, 'insufficient-data'],
		[5, 'insufficient-data']
	] as const)('with %i of 5 questions unknown the status is %s', (unknowns, status) => {
		const ids = privacy.questions.map((q) => q.id);
		const answers: Answers = Object.fromEntries(
			ids.map((id, i) => [id, i < unknowns ? 'unknown' : 2])
		);
		expect(scoreArea(privacy, answers, 'school').status).toBe(status);
	});

	it('has no score and status not-answered when nothing was answered', () => {
		expect(scoreArea(privacy, {}, 'school')).toMatchObject({
			score: null,
			status: 'not-answered',
			known: 0
		});
	});

	it('only counts questions the audience sees', () => {
		const voorbereiding = getArea('voorbereiding');
		expect(
			scoreArea(voorbereiding, { 'ruimte-in-rooster': 0 }, 'cultural-organisation').status
		).toBe('not-answered');
		expect(scoreArea(voorbereiding, { 'ruimte-in-rooster': 0 }, 'school').score).toBe(0);
	});
});

describe('overall score and level', () => {
	it('is the mean of the scored areas; areas without enough data do not count as zero', () => {
		const answers: Answers = {
			'uitleg-gegevens': 4,
			'overzicht-middelen': 2,
			'budget-digitaal': 'unknown'
		};
		const overall = scoreOverall(scoreAreas(answers, 'school'), {
			...content.scoring,
			minScoredAreas: 1
		});
		expect(overall.scoredAreas).toBe(2);
		expect(overall.score).toBe(75);
	});

	it('has no score and no level when no area is scored', () => {
		expect(scoreOverall(scoreAreas({}, 'school'))).toEqual({
			score: null,
			band: null,
			scoredAreas: 0,
			minScoredAreas: content.scoring.minScoredAreas
		});
	});

	it('has no score and no level below the minimum of scored areas from the content', () => {
		const overall = scoreOverall(
			scoreAreas({ 'uitleg-gegevens': 4, 'overzicht-middelen': 2 }, 'school')
		);
		expect(overall).toMatchObject({ score: null, band: null, scoredAreas: 2, minScoredAreas: 9 });
	});

	it('leaves "n.v.t." out of an area: not in the score, not in the unknown share', () => {
		const privacy = getArea('privacy');
		const result = scoreArea(
			privacy,
			{
				'uitleg-gegevens': 4,
				'apps-gecontroleerd': 'na',
				'toestemming-beeld': 'na',
				telefoonafspraken: 'unknown',
				'apparaten-voor-iedereen': 'unknown'
			},
			'school'
		);
		expect(result).toMatchObject({
			score: 100,
			known: 1,
			unknown: 2,
			notApplicable: 2,
			// two of the four that apply
			unknownShare: 0.5,
			status: 'insufficient-data'
		});
		const allNa = scoreArea(
			privacy,
			Object.fromEntries(privacy.questions.map((q) => [q.id, 'na'])),
			'school'
		);
		expect(allNa).toMatchObject({ status: 'not-applicable', score: null, unknownShare: 0 });
	});

	it.each([
		[0, 'startend'],
		[34.9, 'startend'],
		[35, 'ontwikkelend'],
		[59.9, 'ontwikkelend'],
		[60, 'gevorderd'],
		[79.9, 'gevorderd'],
		[80, 'koploper'],
		[100, 'koploper']
	])('a score of %f is level %s (bands from the content)', (score, band) => {
		expect(bandFor(score, content.bands).id).toBe(band);
	});
});
