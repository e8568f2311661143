/**
 * The texts of the cohort page before any file is read, in both languages. The overview's own
 * texts are in cohort-view.ts, loaded with the view.
 */
import type { LocalizedText } from '../content/ids';
import { featureLinks } from '../i18n/links';

export const cohortTexts = {
	title: featureLinks.cohort,
	intro: {
		nl: 'Voor coördinatoren van een programma: open de antwoordenbestanden van alle aanvragen en zie de groep op één pagina. Welk traject past bij wie, wat is zwak in de hele groep, en hoe bewoog de groep tussen voor- en nameting?',
		en: 'For programme coordinators: open the answers files of all applications and see the group on one page. Which track fits whom, what is weak across the group, and how did the group move between the two measurements?'
	},
	privacy: {
		nl: 'De bestanden worden in deze browser gelezen en nergens heen gestuurd. Deze pagina bewaart niets: sluit je hem, dan is alles weg, behalve wat je zelf downloadt.',
		en: 'The files are read in this browser and sent nowhere. This page stores nothing: close it and everything is gone, except what you download yourself.'
	},
	openFiles: { nl: 'Open bestanden', en: 'Open files' },
	openFolder: { nl: 'Open een map', en: 'Open a folder' },
	hint: {
		nl: 'Of sleep de bestanden naar deze pagina. Antwoordenbestanden (.json) en bewaarde checks die je hebt geëxporteerd.',
		en: 'Or drag the files onto this page. Answers files (.json) and exported kept checks.'
	},
	progress: { nl: '{done} van {total} gelezen', en: '{done} of {total} read' },
	readIn: { nl: 'Gelezen in {seconds} seconden.', en: 'Read in {seconds} seconds.' },
	skippedOne: {
		nl: '1 bestand kon niet worden gebruikt en telt niet mee',
		en: '1 file could not be used and does not count'
	},
	skipped: {
		nl: '{count} bestanden konden niet worden gebruikt en tellen niet mee',
		en: '{count} files could not be used and do not count'
	},
	failed: {
		nl: 'Er ging iets mis bij het lezen. Probeer het opnieuw met minder bestanden.',
		en: 'Something went wrong while reading. Try again with fewer files.'
	}
} satisfies Record<string, LocalizedText>;
