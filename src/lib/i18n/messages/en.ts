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
		footerNav: 'More information'
	},
	nav: {
		start: 'Start',
		check: 'The check',
		questions: 'All questions',
		scoring: 'How we score',
		results: 'Results'
	},
	start: {
		title: 'How digitally ready is your organisation?',
		intro:
			'With Digicheck you find out how far your organisation has come with digital cultural education. You answer questions on 12 topics. Then you get tailored advice that you can keep as a PDF.',
		forWhoTitle: 'Who is it for?',
		forWho:
			'For cultural organisations, such as museums, theatres, arts centres and artists’ collectives. And for schools that want to know how they approach digital cultural education.',
		howLongTitle: 'How long does it take?',
		howLong:
			'About 15 minutes. You can stop at any time. Your answers are saved and you can continue later where you left off.',
		privacyTitle: 'What happens to your answers?',
		privacy:
			'Your answers stay on this device, in your own browser. No account is needed. Nobody else sees them, unless you share a file or report yourself.',
		whatYouGetTitle: 'What do you get?',
		whatYouGet1: 'A score per topic and an overall picture in a radar chart.',
		whatYouGet2: 'Your strengths, what needs attention first, and quick wins.',
		whatYouGet3: 'Concrete steps and advice on which programme track suits you.',
		whatYouGet4: 'A PDF report to attach to an application.',
		startButton: 'Start the check',
		resumeButton: 'Continue where you were',
		restartButton: 'Start again',
		resumeInfo:
			'There is already a check on this device: {answered} of {total} questions answered.',
		restartConfirm: 'Are you sure you want to start again? Your current answers will be deleted.',
		restartConfirmYes: 'Yes, delete and start again',
		restartConfirmNo: 'No, keep my answers',
		basedOn:
			'The questions come from the checklist of 12 recommendations in the white paper Digitalisering in de cultuursector by CultuurSchakel (The Hague).'
	}
};
