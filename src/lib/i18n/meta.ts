/**
 * The page's description for search engines, and the title of the page SvelteKit writes for
 * unknown addresses (404.html, rendered without content), in both languages (build time only).
 */
import type { LocalizedText } from '../content/ids';

export const metaTexts = {
	description: {
		nl: 'Digicheck: hoe digitaal klaar is jouw organisatie voor cultuureducatie? Een gratis zelftest met advies op maat.',
		en: 'Digicheck: how digitally ready is your organisation for cultural education? A free self-assessment with tailored advice.'
	},
	notFoundTitle: {
		nl: 'Deze pagina bestaat niet · Digicheck',
		en: 'This page does not exist · Digicheck'
	}
} satisfies Record<string, LocalizedText>;
