/**
 * The texts of the notices about a save or an opened file (set-aside saves, old questionnaire,
 * import confirmation and undo) and about a new version, in both languages. Kept apart from the main dictionary: only
 * the notices and the import question, which load on demand, use them.
 */
import type { LocalizedText } from '../content/ids';

export const noticeTexts = {
	updateReady: {
		nl: 'Er is een nieuwe versie van Digicheck. Je antwoorden blijven bewaard.',
		en: 'A new version of Digicheck is available. Your answers are kept.'
	},
	updateRefresh: { nl: 'Vernieuwen', en: 'Refresh' },
	corruptTitle: {
		nl: 'We konden je opgeslagen check niet openen',
		en: 'We could not open your saved check'
	},
	corrupt: {
		nl: 'De opgeslagen antwoorden op dit apparaat zijn beschadigd of komen uit een oudere versie. We hebben ze niet weggegooid: je kunt ze hieronder downloaden. Je begint nu met een lege check.',
		en: 'The answers saved on this device are damaged or come from an older version. We have not thrown them away: you can download them below. You are now starting with an empty check.'
	},
	downloadCorrupt: {
		nl: 'Download de oude gegevens',
		en: 'Download the old data'
	},
	corruptFileName: {
		nl: 'digicheck-oude-gegevens.json',
		en: 'digicheck-old-data.json'
	},
	discardCorrupt: {
		nl: 'Verwijder de oude gegevens',
		en: 'Delete the old data'
	},
	details: {
		nl: 'Wat klopte er niet?',
		en: 'What was wrong?'
	},
	savedWarningsTitle: {
		nl: 'Kijk je bewaarde antwoorden even na',
		en: 'Please check your saved answers'
	},
	importDone: {
		nl: 'De antwoorden uit {file} zijn geladen.',
		en: 'The answers from {file} have been loaded.'
	},
	toOpen: {
		nl: 'Naar de open vragen',
		en: 'To the open questions'
	},
	importConfirmTitle: {
		nl: 'Je antwoorden vervangen?',
		en: 'Replace your answers?'
	},
	importConfirm: {
		nl: 'Op dit apparaat: {name}, {answered} vragen beantwoord, bewaard op {date}. In het bestand: {fileName}, {fileAnswered} vragen beantwoord, bewaard op {fileDate}. Het bestand vervangt wat er nu staat. Daarna kun je dit nog ongedaan maken.',
		en: 'On this device: {name}, {answered} questions answered, saved on {date}. In the file: {fileName}, {fileAnswered} questions answered, saved on {fileDate}. The file replaces what is here now. You can still undo this afterwards.'
	},
	importReplace: {
		nl: 'Ja, vervang mijn antwoorden',
		en: 'Yes, replace my answers'
	},
	importUndo: {
		nl: 'Ongedaan maken',
		en: 'Undo'
	},
	importUndone: {
		nl: 'Je vorige antwoorden zijn terug.',
		en: 'Your previous answers are back.'
	}
} satisfies Record<string, LocalizedText>;
