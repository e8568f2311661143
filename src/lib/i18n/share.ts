/**
 * The texts of share links, in both languages. Kept apart from the main dictionary: loaded
 * only when a link is made or opened.
 */
import type { LocalizedText } from '../content/ids';

export const shareTexts = {
	button: { nl: 'Deel als link', en: 'Share as a link' },
	made: {
		nl: 'Dit is de link met je antwoorden. Iedereen met deze link kan je antwoorden lezen, dus deel hem alleen met wie dat mag. De antwoorden zitten in de link zelf (na het #-teken) en gaan niet langs een server.',
		en: 'This is the link with your answers. Anyone with this link can read your answers, so share it only with people who may. The answers are inside the link itself (after the # sign) and do not pass through a server.'
	},
	planLeftOut: {
		nl: 'Je projectplan zit niet in deze link: samen met je antwoorden was het te lang voor een link. Wil je het plan delen? Bewaar je antwoorden als bestand, of stuur de PDF van het plan.',
		en: 'Your project plan is not in this link: together with your answers it was too long for a link. Want to share the plan? Save your answers as a file, or send the plan’s PDF.'
	},
	field: { nl: 'Link met je antwoorden', en: 'Link with your answers' },
	copy: { nl: 'Kopieer de link', en: 'Copy the link' },
	copied: { nl: 'De link is gekopieerd.', en: 'The link has been copied.' },
	openTitle: { nl: 'Antwoorden uit een link openen?', en: 'Open answers from a link?' },
	openMessage: {
		nl: 'In de link: {fileName}, {fileAnswered} vragen beantwoord, bewaard op {fileDate}.',
		en: 'In the link: {fileName}, {fileAnswered} questions answered, saved on {fileDate}.'
	},
	openReplaces: {
		nl: 'Dit vervangt wat er nu op dit apparaat staat: {name}, {answered} vragen beantwoord. Daarna kun je dit nog ongedaan maken.',
		en: 'This replaces what is on this device now: {name}, {answered} questions answered. You can still undo this afterwards.'
	},
	openYes: { nl: 'Open deze antwoorden', en: 'Open these answers' },
	linkName: { nl: 'een gedeelde link', en: 'a shared link' },
	failed: {
		nl: 'Deze link kon niet worden geopend. Je eigen antwoorden zijn niet veranderd.',
		en: 'This link could not be opened. Your own answers have not changed.'
	}
} satisfies Record<string, LocalizedText>;
