/** The texts of the quick scan (its page, and what the results say of it), in both languages. */
import type { LocalizedText } from '../content/ids';

export const quickTexts = {
	title: { nl: 'Snelle scan', en: 'Quick scan' },
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
	resume: { nl: 'Ga verder met de volledige check', en: 'Go on with the full check' },
	resultNotice: {
		nl: 'Dit is een snelle scan: een eerste beeld uit één vraag per onderwerp. De scores zijn een indicatie, niveau en traject zijn voorlopig, en het advies gaat alleen over wat de scan vroeg.',
		en: 'This is a quick scan: a first picture from one question per topic. The scores are an indication, level and track are provisional, and the advice covers only what the scan asked.'
	},
	makeFull: { nl: 'Maak de volledige check', en: 'Do the full check' },
	makeFullHint: {
		nl: 'Je twaalf antwoorden blijven staan; je begint bij het eerste onderwerp met open vragen.',
		en: 'Your twelve answers are kept; you start at the first topic with open questions.'
	},
	scoringNote: {
		nl: 'Snelle scan: één vraag per onderwerp, de vraag die het meest zegt over dat onderwerp. Elke score komt dan uit één antwoord; we noemen hem een indicatie. Het niveau en het traject zijn voorlopig. Het advies komt alleen uit regels die naar de gestelde vragen kijken (en naar soort organisatie en ervaring); een regel die een niet gestelde vraag nodig heeft, telt niet mee. Vergelijk je een snelle scan met een volledige check, dan vergelijken we alleen de vragen die in allebei beantwoord zijn.',
		en: 'Quick scan: one question per topic, the one that says most about it. Each score then comes from one answer; we call it an indication. The level and the track are provisional. The advice comes only from rules that look at the questions asked (and at the kind of organisation and experience); a rule that needs a question not asked does not count. When you compare a quick scan with a full check, we compare only the questions answered in both.'
	},
	provisional: { nl: 'voorlopig', en: 'provisional' },
	indication: { nl: 'indicatie', en: 'indication' }
} satisfies Record<string, LocalizedText>;
