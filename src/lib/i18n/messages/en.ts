/** Every interface text in English; the shape is checked against the Dutch source. */
import type { DictionaryShape } from '../translate';
import type { nl } from './nl';

export const en: DictionaryShape<typeof nl> = {
	app: {
		name: 'Digicheck',
		tagline: 'How digitally ready is your organisation for cultural education?',
		titleSuffix: 'Digicheck'
	},
	shell: {
		skipLink: 'Skip to content',
		homeLink: 'Digicheck, go to the start page',
		mainNav: 'Main menu',
		languageSwitch: 'Nederlands',
		languageSwitchLabel: 'Schakel over naar Nederlands',
		footerPrivacy:
			'Your answers stay on this device. We use no cookies, no tracking, and we send nothing to a server.',
		footerSource:
			'Based on the checklist "12 digitalisation recommendations" from the CultuurSchakel white paper Digitalisering in de cultuursector.',
		menu: 'Menu',
		footerNav: 'More information'
	},
	nav: {
		start: 'Home',
		check: 'The check',
		questions: 'All questions',
		scoring: 'How we score',
		results: 'Results'
	},
	start: {
		importAnswers: 'Open answers from a file',
		importHint: 'Or drag the file onto this page.',
		importFailed: 'This file could not be opened. Your own answers have not changed.',
		title: 'How digitally ready is your organisation?',
		startButton: 'Start the check',
		openFileTitle: 'Do you already have an answers file?',
		openFile:
			'For example from a colleague, or from a check on another device. Open it here; it stays on this device.',
		resumeButton: 'Continue where you were',
		restartButton: 'Start again'
	},
	error: {
		notFoundTitle: 'This page does not exist',
		notFound:
			'Perhaps the address was mistyped, or the page has moved. Your answers are not lost: they are still on this device.',
		otherTitle: 'Something went wrong',
		other: 'Please try reloading the page. Your answers are still on this device.',
		home: 'Go to the start page'
	},
	common: {
		cancel: 'Cancel',
		close: 'Close',
		loading: 'Loading…',
		required: 'required',
		optional: 'optional',
		choose: 'Choose…',
		score: 'Score',
		outOf100: '{score} out of 100'
	},
	profile: {
		title: 'About your organisation',
		intro:
			'These questions do not count towards the score. They make sure the questions and advice fit your organisation.',
		errorSummary: 'Something is still missing:',
		nameRequired: 'Fill in the name of your organisation or school.',
		audienceRequired: 'Choose whether you are a school or a cultural organisation.',
		next: 'Continue to the questions'
	},
	area: {
		position: 'Topic {n} of {total}',
		recommendationLabel: 'The recommendation from the checklist',
		whyLabel: 'Why does this matter?',
		levelLabel: 'Level {n}',
		unknown: 'I don’t know',
		notApplicable: 'Not applicable',
		answerHint:
			'Choose “I don’t know” if you do not know the answer: the report then shows what you can still find out. Choose “Not applicable” if the question does not concern you: that question then does not count.',
		noteLabel: 'Explanation or evidence, for whoever reads the report',
		noteHelp:
			'Optional. For example: what you already do, or where it is written down. This goes into your report under this topic. At most 1,000 characters.',
		previousShort: 'Previous',
		previousRest: ' topic',
		nextShort: 'Next',
		nextRest: ' topic',
		answerHintTitle: 'Don’t know, or does a question not apply to you?',
		backShort: 'Back',
		backRest: ' to profile',
		toReview: 'Go to review',
		areaProgress: '{answered} of {total} questions answered in this topic',
		noAudience:
			'You have not chosen yet whether you are a school or a cultural organisation. The questions are now worded for cultural organisations.',
		noAudienceLink: 'Choose in your profile',
		navigation: 'Go to another topic'
	},
	progress: {
		label: 'Progress',
		answered: '{answered} of {total} questions answered',
		saved: 'Your answer has been saved on this device.',
		savedInMemory: 'Your answer has been kept, but only while this window stays open.',
		overviewTitle: 'All topics',
		areaDone: 'done',
		areaCount: '{answered}/{total}',
		profileStep: 'Profile',
		reviewStep: 'Review',
		resultStep: 'Results'
	},
	storage: {
		unavailableTitle: 'Your answers are not being saved',
		unavailable:
			'This browser does not let Digicheck save anything, for example in a private window. You can still finish the check. Save your answers as a file or download the report before you close this window.',
		quota:
			'There is no more room to save your answers on this device. You can continue, but save your answers as a file before you close this window.'
	},
	wipe: {
		button: 'Delete my data',
		title: 'Delete all data?',
		confirm:
			'This deletes your answers, your profile and your language choice from this device. This cannot be undone. Want to keep them? Then first save your answers as a file.',
		yes: 'Yes, delete everything',
		download: 'First download my answers',
		done: 'Your data has been deleted from this device.'
	}
};
