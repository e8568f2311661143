/** The page's description for search engines, in both languages (read at build time only). */
import type { LocalizedText } from '../content/ids';

export const metaTexts = {
	description: {
		nl: 'Digicheck: hoe digitaal klaar is jouw organisatie voor cultuureducatie? Een gratis zelftest met advies op maat.',
		en: 'Digicheck: how digitally ready is your organisation for cultural education? A free self-assessment with tailored advice.'
	}
} satisfies Record<string, LocalizedText>;
