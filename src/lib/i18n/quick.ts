/**
 * What the results say of a quick scan, in both languages. The quick scan's own page has its
 * texts in quick-page.ts, so the results page does not load them.
 */
import type { LocalizedText } from '../content/ids';

export const quickTexts = {
	title: { nl: 'Snelle scan', en: 'Quick scan' },
	resultNotice: {
		nl: 'Dit is een snelle scan: een eerste beeld uit één vraag per onderwerp. De scores zijn een indicatie, niveau en traject zijn voorlopig, en het advies gaat alleen over wat de scan vroeg.',
		en: 'This is a quick scan: a first picture from one question per topic. The scores are an indication, level and track are provisional, and the advice covers only what the scan asked.'
	},
	makeFull: { nl: 'Maak de volledige check', en: 'Do the full check' },
	makeFullHint: {
		nl: 'Je twaalf antwoorden blijven staan; je begint bij het eerste onderwerp met open vragen.',
		en: 'Your twelve answers are kept; you start at the first topic with open questions.'
	},
	provisional: { nl: 'voorlopig', en: 'provisional' },
	indication: { nl: 'indicatie', en: 'indication' }
} satisfies Record<string, LocalizedText>;
