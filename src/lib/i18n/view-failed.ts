/**
 * The words of ViewBoundary, a module of their own: the pages that open files load it at once,
 * and their first load has a budget.
 */
import type { LocalizedText } from '../content/ids';

export const viewFailedTexts = {
	failed: {
		nl: 'Dit overzicht kon niet worden gemaakt. Er is niets veranderd aan je bestanden of je antwoorden. Probeer het opnieuw, of open de bestanden nog een keer.',
		en: 'This overview could not be made. Nothing has changed in your files or your answers. Try again, or open the files once more.'
	},
	retry: { nl: 'Probeer opnieuw', en: 'Try again' }
} satisfies Record<string, LocalizedText>;
