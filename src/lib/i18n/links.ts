/** The names of the pages that combine several checks: small, for links from other pages. */
import type { LocalizedText } from '../content/ids';

export const featureLinks = {
	team: { nl: 'Teamrapport', en: 'Team report' },
	partner: { nl: 'Samen met je partner', en: 'Together with your partner' },
	cohort: { nl: 'Cohortoverzicht', en: 'Cohort overview' },
	/** The results page's link to the comparison (here: that page loads this small file, not compare.ts). */
	compare: { nl: 'Vergelijk met een eerdere meting', en: 'Compare with an earlier check' },
	moreTitle: { nl: 'Meer dan één check', en: 'More than one check' },
	teamText: {
		nl: 'Vul de check in met een paar collega’s en zie waar jullie het verschillend zien.',
		en: 'Complete the check with a few colleagues and see where you see things differently.'
	},
	partnerText: {
		nl: 'Een school en een culturele organisatie naast elkaar, met wat jullie samen regelen.',
		en: 'A school and a cultural organisation side by side, with what you arrange together.'
	},
	cohortText: {
		nl: 'Voor coördinatoren van een programma: alle aanvragen op één pagina.',
		en: 'For programme coordinators: all applications on one page.'
	}
} satisfies Record<string, LocalizedText>;
