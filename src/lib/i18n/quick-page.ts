/** The texts of the quick scan's page and of its link on the start page, in both languages. */
import type { LocalizedText } from '../content/ids';

export const quickPageTexts = {
	start: { nl: 'Snelle scan (± {minutes} min)', en: 'Quick scan (± {minutes} min)' },
	full: { nl: 'Volledige check (± {minutes} min)', en: 'Full check (± {minutes} min)' },
	intro: {
		nl: 'Eén vraag per onderwerp, twaalf in totaal. Je krijgt een eerste beeld: de scores zijn een indicatie en het advies is voorlopig. Daarna kun je verder met de volledige check; je antwoorden blijven staan.',
		en: 'One question per topic, twelve in all. You get a first picture: the scores are an indication and the advice is provisional. Then you can go on with the full check; your answers are kept.'
	},
	profileTitle: { nl: 'Over jullie', en: 'About you' },
	questionsTitle: { nl: 'De twaalf vragen', en: 'The twelve questions' },
	chooseAudience: {
		nl: 'Kies eerst wat voor organisatie jullie zijn; dan verschijnen de vragen.',
		en: 'First choose what kind of organisation you are; then the questions appear.'
	},
	done: { nl: 'Bekijk je eerste beeld', en: 'See your first picture' },
	open: {
		nl: 'Nog {count} van de 12 vragen open. Je kunt ook zo verder: een open vraag telt niet mee.',
		en: '{count} of the 12 questions still open. You can also go on: an open question does not count.'
	},
	busyFull: {
		nl: 'Je bent al bezig met de volledige check. De snelle scan zou die niet vervangen: ga verder met de volledige check.',
		en: 'You are already working on the full check. The quick scan would not replace it: go on with the full check.'
	},
	resume: { nl: 'Ga verder met de volledige check', en: 'Go on with the full check' }
} satisfies Record<string, LocalizedText>;
