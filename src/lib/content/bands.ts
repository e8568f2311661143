import type { LevelBand, ScoringSettings } from './schema';

/**
 * The four overall levels. A score belongs to the band with the highest `min` that is not
 * above it. The "how we score" page shows these ranges.
 */
export const bands = [
	{
		id: 'startend',
		min: 0,
		label: { nl: 'Startend', en: 'Starting' },
		description: {
			nl: 'Jullie staan aan het begin. Er is nog weinig geregeld voor digitale cultuureducatie. Dat is een goed moment om klein te beginnen en de basis te leggen.',
			en: 'You are at the start. Little is arranged yet for digital cultural education. That makes it a good moment to start small and lay the foundation.'
		}
	},
	{
		id: 'ontwikkelend',
		min: 35,
		label: { nl: 'Ontwikkelend', en: 'Developing' },
		description: {
			nl: 'Jullie zijn op weg. Er gebeurt al iets, maar het hangt nog vaak af van een paar mensen of van toeval. De volgende stap is afspraken maken en vastleggen.',
			en: 'You are on your way. Things are happening, but they often still depend on a few people or on chance. The next step is to make agreements and record them.'
		}
	},
	{
		id: 'gevorderd',
		min: 60,
		label: { nl: 'Gevorderd', en: 'Advanced' },
		description: {
			nl: 'Jullie hebben veel goed geregeld. Digitaal werken is een normaal deel van het werk. Nu gaat het om verdiepen, meten wat het oplevert en samenwerken.',
			en: 'You have a lot in place. Working digitally is a normal part of the work. Now it is about deepening, measuring what it brings and working together.'
		}
	},
	{
		id: 'koploper',
		min: 80,
		label: { nl: 'Koploper', en: 'Leader' },
		description: {
			nl: 'Jullie zijn een voorbeeld voor anderen. Digitaal werken is vast beleid en jullie verbeteren het elk jaar. Deel jullie kennis met andere organisaties.',
			en: 'You are an example for others. Working digitally is fixed policy and you improve it every year. Share your knowledge with other organisations.'
		}
	}
] satisfies LevelBand[];

/** Settings of the scoring model; explained on the "how we score" page. */
export const scoring = {
	levelPoints: [0, 25, 50, 75, 100],
	insufficientUnknownShare: 0.5,
	strengthMin: 75,
	weakBelow: 40,
	minScoredAreas: 9,
	relativeStrengths: 2
} satisfies ScoringSettings;
