/**
 * The texts of the targets ("where do you want to be in twelve months"), in both languages.
 * Kept apart from the main dictionary: only the review and results pages load them.
 */
import type { LocalizedText } from '../content/ids';

export const targetTexts = {
	title: {
		nl: 'Waar wil je over 12 maanden staan?',
		en: 'Where do you want to be in 12 months?'
	},
	intro: {
		nl: 'Dit is niet verplicht. Kies per onderwerp de score die je over een jaar wilt halen. Het advies begint dan bij de onderwerpen die het verst van je doel af zijn.',
		en: 'This is optional. For each topic, choose the score you want to reach in a year. The advice then starts with the topics furthest from your target.'
	},
	none: { nl: 'Geen doel', en: 'No target' },
	now: { nl: 'Nu: {score}', en: 'Now: {score}' },
	nowNone: { nl: 'Nu: nog geen score', en: 'Now: no score yet' },
	option: { nl: '{score} (niveau {level})', en: '{score} (level {level})' },
	label: { nl: 'Doel voor {area}', en: 'Target for {area}' },
	column: { nl: 'Doel', en: 'Target' },
	legendScore: { nl: 'Score nu (doorgetrokken lijn)', en: 'Score now (solid line)' },
	legendTarget: { nl: 'Doel (stippellijn)', en: 'Target (dashed line)' }
} satisfies Record<string, LocalizedText>;
