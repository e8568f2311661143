import type { TrackDecision } from './rules-schema';
import type { LevelBand, ScoringSettings, Track } from './schema';

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
			en: 'You have arranged a lot well. Working digitally is a normal part of the work. Now it is about deepening, measuring what it brings and working together.'
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

/** The two programme tracks of the digitalisation programme. */
export const tracks = [
	{
		id: 'starttraject',
		label: { nl: 'Starttraject', en: 'Starters’ track' },
		description: {
			nl: 'In het starttraject werk je in vijf groepssessies aan je eerste eigen digitale project, samen met andere organisaties. Je leert werken met Design Thinking: beginnen bij de doelgroep, klein proberen en testen.',
			en: 'In the starters’ track you work in five group sessions on your first own digital project, together with other organisations. You learn to work with Design Thinking: start from the target group, try small and test.'
		},
		forWhom: {
			nl: 'Voor organisaties die nog niet of net begonnen zijn met digitale cultuureducatie.',
			en: 'For organisations that have not yet started, or have only just started, with digital cultural education.'
		}
	},
	{
		id: 'vervolgtraject',
		label: { nl: 'Vervolgtraject', en: 'Follow-up track' },
		description: {
			nl: 'In het vervolgtraject bouw je verder op een project dat al loopt. De thema’s zijn ‘Samen’ en ‘Verdieping’: je zoekt samenwerking met andere organisaties en maakt je aanpak sterker.',
			en: 'In the follow-up track you build on a project that is already running. The themes are ‘Together’ and ‘Deepening’: you look for cooperation with other organisations and strengthen your approach.'
		},
		forWhom: {
			nl: 'Voor organisaties die al een digitaal project hebben gedaan en de basis op orde hebben.',
			en: 'For organisations that have already run a digital project and have the basics in place.'
		}
	}
] satisfies Track[];

/** Settings of the scoring model; explained on the "how we score" page. */
export const scoring = {
	levelPoints: [0, 25, 50, 75, 100],
	insufficientUnknownShare: 0.5,
	strengthMin: 75,
	weakBelow: 40
} satisfies ScoringSettings;

/**
 * How the track is chosen. A knock-out decides the starters' track on its own; without one,
 * experience with a digital project and an overall score of at least `followUpMinScore`
 * point to the follow-up track.
 */
export const trackDecision = {
	knockouts: [
		{
			id: 'geen-eerder-project',
			when: { fact: 'profile', field: 'earlierProjects', operator: 'eq', value: 'geen' },
			reason: {
				nl: 'jullie hebben nog nooit een digitaal project gedaan',
				en: 'you have never run a digital project'
			}
		},
		{
			id: 'geen-tijd',
			when: { fact: 'answer', question: 'tijd-voor-onderzoek', operator: 'eq', value: 0 },
			reason: {
				nl: 'er is nog geen tijd vrijgemaakt om te onderzoeken en uit te proberen',
				en: 'no time has been set aside yet to research and try things out'
			}
		},
		{
			id: 'geen-budget',
			when: {
				all: [
					{ fact: 'answer', question: 'budget-digitaal', operator: 'eq', value: 0 },
					{ fact: 'profile', field: 'budget', operator: 'in', value: ['geen', 'onbekend'] }
				]
			},
			reason: {
				nl: 'er is geen geld voor digitale projecten gereserveerd',
				en: 'no money has been set aside for digital projects'
			}
		}
	],
	followUpMinScore: 50,
	reasons: {
		knockout: {
			nl: 'Het starttraject past het best. Dit gaf de doorslag: {reasons}. In het starttraject leg je eerst die basis.',
			en: 'The starters’ track fits best. This was decisive: {reasons}. In the starters’ track you lay that foundation first.'
		},
		lowScore: {
			nl: 'Het starttraject past het best. Jullie totaalscore is {score}; voor het vervolgtraject is een score van {min} of meer een goede basis.',
			en: 'The starters’ track fits best. Your overall score is {score}; a score of {min} or more is a good basis for the follow-up track.'
		},
		followUp: {
			nl: 'Het vervolgtraject past. Jullie totaalscore is {score}, en geen van de basisvoorwaarden (ervaring, tijd en geld) ontbreekt. Daarmee ben je klaar om te verdiepen en samen te werken.',
			en: 'The follow-up track fits. Your overall score is {score}, and none of the basic conditions (experience, time and money) is missing. That makes you ready to deepen and work together.'
		},
		noScore: {
			nl: 'Er zijn nog te weinig vragen beantwoord voor een goed advies. Tot die tijd raden we het starttraject aan.',
			en: 'Too few questions have been answered for good advice. Until then we recommend the starters’ track.'
		}
	}
} satisfies TrackDecision;
