/**
 * The few sentences the engine writes itself: the "why" behind an advice, the meaning of an
 * area score and the labels of priorities. Both languages, plain Dutch (B1).
 */
import type { LocalizedText } from '../content/schema';

export const phrases = {
	whyAnswer: {
		nl: 'Je antwoord bij “{statement}”: “{level}”.',
		en: 'Your answer to “{statement}”: “{level}”.'
	},
	whyUnknown: {
		nl: 'Bij “{statement}” koos je “weet ik niet”.',
		en: 'For “{statement}” you chose “I don’t know”.'
	},
	whyAreaScore: {
		nl: '{area}: score {score} van de 100.',
		en: '{area}: score {score} out of 100.'
	},
	whyUnknownShare: {
		nl: '{area}: bij {percent}% van de vragen koos je “weet ik niet”.',
		en: '{area}: for {percent}% of the questions you chose “I don’t know”.'
	},
	whyProfile: {
		nl: 'In je profiel: “{field}” {value}.',
		en: 'In your profile: “{field}” {value}.'
	},
	whyOverall: {
		nl: 'Jullie totaalniveau is {level}.',
		en: 'Your overall level is {level}.'
	},
	meaning: {
		weak: {
			nl: 'Hier ligt nog veel ruimte. Dit onderwerp verdient als eerste aandacht.',
			en: 'There is a lot of room here. This topic deserves attention first.'
		},
		middling: {
			nl: 'Jullie zijn op weg. Met een paar afspraken wordt dit sterker.',
			en: 'You are on your way. A few agreements will make this stronger.'
		},
		strong: {
			nl: 'Een sterk punt. Houd het vast en deel wat werkt.',
			en: 'A strength. Keep it up and share what works.'
		},
		'insufficient-data': {
			nl: 'Onvoldoende beeld: bij de helft of meer van de vragen koos je “weet ik niet”. Zoek eerst uit hoe het zit.',
			en: 'Not enough information: for half or more of the questions you chose “I don’t know”. Find out first how things stand.'
		},
		'not-answered': {
			nl: 'Nog niet ingevuld.',
			en: 'Not filled in yet.'
		}
	},
	verdictLabel: {
		weak: { nl: 'Aandachtspunt', en: 'Needs attention' },
		middling: { nl: 'Op weg', en: 'On the way' },
		strong: { nl: 'Sterk punt', en: 'Strength' },
		'insufficient-data': { nl: 'Onvoldoende beeld', en: 'Not enough information' },
		'not-answered': { nl: 'Niet ingevuld', en: 'Not answered' }
	},
	statusLabel: {
		scored: { nl: 'Score', en: 'Score' },
		'insufficient-data': { nl: 'Onvoldoende beeld', en: 'Not enough information' },
		'not-answered': { nl: 'Niet ingevuld', en: 'Not answered' }
	},
	priority: {
		essential: { nl: 'Eerst doen', en: 'Do first' },
		high: { nl: 'Hoge prioriteit', en: 'High priority' },
		medium: { nl: 'Gemiddelde prioriteit', en: 'Medium priority' },
		low: { nl: 'Lage prioriteit', en: 'Low priority' }
	},
	effort: {
		low: { nl: 'Weinig moeite', en: 'Low effort' },
		medium: { nl: 'Gemiddelde moeite', en: 'Medium effort' },
		high: { nl: 'Veel moeite', en: 'High effort' }
	},
	horizon: {
		now: { nl: 'Nu', en: 'Now' },
		season: { nl: 'Dit seizoen', en: 'This season' },
		year: { nl: 'Dit jaar', en: 'This year' }
	},
	unknownAnswer: { nl: 'Weet ik niet / n.v.t.', en: 'I don’t know / not applicable' },
	noAnswer: { nl: 'Niet beantwoord', en: 'Not answered' }
} satisfies Record<string, LocalizedText | Record<string, LocalizedText>>;
