/** The names of the pages that combine several checks: small, for links from other pages. */
import type { LocalizedText } from '../content/ids';

export const featureLinks = {
	team: { nl: 'Teamrapport', en: 'Team report' },
	partner: { nl: 'Samen met je partner', en: 'Together with your partner' }
} satisfies Record<string, LocalizedText>;
