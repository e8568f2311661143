import { questionsTexts } from '$lib/i18n/questions';
import { inLocale } from '$lib/i18n/page-data';
import { localeOfPath } from '$lib/i18n/paths';
import type { PageServerLoad } from './$types';

// The page's own texts, read at build time (in its language): not in every page's dictionary.
export const load = (({ url }) => ({
	text: inLocale(questionsTexts, localeOfPath(url.pathname))
})) satisfies PageServerLoad;
