/** The texts of the checks kept on this device, in both languages. */
import type { LocalizedText } from '../content/ids';

export const historyTexts = {
	moreTitle: { nl: 'Bewaren, delen en vergelijken', en: 'Keep, share and compare' },
	keepTitle: { nl: 'Bewaar deze check op dit apparaat', en: 'Keep this check on this device' },
	keepHint: {
		nl: 'Geef hem een naam, bijvoorbeeld “Voormeting september 2026”. Later vergelijk je er een nieuwe check mee.',
		en: 'Give it a name, for example “Before, September 2026”. Later you compare a new check with it.'
	},
	nameLabel: { nl: 'Naam', en: 'Name' },
	defaultName: { nl: 'Check van {date}', en: 'Check of {date}' },
	keep: { nl: 'Bewaar in je geschiedenis', en: 'Keep in your history' },
	kept: {
		nl: 'Bewaard als “{name}”. Je vindt hem op de startpagina.',
		en: 'Kept as “{name}”. You find it on the start page.'
	},
	full: {
		nl: 'Er is geen ruimte meer op dit apparaat. Bewaar je antwoorden als bestand.',
		en: 'There is no room left on this device. Save your answers as a file.'
	},
	limit: {
		nl: 'Je geschiedenis is vol (50 checks). Verwijder eerst een oude check.',
		en: 'Your history is full (50 checks). Delete an old check first.'
	},
	listTitle: { nl: 'Je bewaarde checks', en: 'Your kept checks' },
	listItem: {
		nl: 'Bewaard op {date}, {answered} vragen beantwoord',
		en: 'Kept on {date}, {answered} questions answered'
	},
	open: { nl: 'Openen', en: 'Open' },
	openTitle: { nl: 'Deze check openen?', en: 'Open this check?' },
	openMessage: {
		nl: '“{name}” vervangt wat er nu op dit apparaat staat. Daarna kun je dit nog ongedaan maken.',
		en: '“{name}” replaces what is on this device now. You can still undo this afterwards.'
	},
	compare: { nl: 'Vergelijk met nu', en: 'Compare with now' },
	rename: { nl: 'Naam wijzigen', en: 'Rename' },
	save: { nl: 'Opslaan', en: 'Save' },
	export: { nl: 'Exporteren', en: 'Export' },
	remove: { nl: 'Verwijderen', en: 'Delete' },
	removeTitle: { nl: 'Deze check verwijderen?', en: 'Delete this check?' },
	removeMessage: {
		nl: '“{name}” wordt van dit apparaat verwijderd. Dat kun je niet ongedaan maken.',
		en: '“{name}” is removed from this device. You cannot undo this.'
	},
	newWithProfile: { nl: 'Nieuwe check met dit profiel', en: 'New check with this profile' },
	chooseTitle: { nl: 'Of kies een bewaarde check', en: 'Or choose a kept check' },
	compareWith: { nl: 'Vergelijk met “{name}”', en: 'Compare with “{name}”' },
	afterLabel: {
		nl: 'Nameting (wat je vergelijkt met de voormeting):',
		en: 'After (what you compare with the before check):'
	},
	current: { nl: 'Je huidige check', en: 'Your current check' }
} satisfies Record<string, LocalizedText>;
