import { building } from '$app/environment';
import { showContentIn } from '$lib/i18n/content-locale';
import { loadMessages, loadReportMessages, needsReportTexts } from '$lib/i18n/messages';
import { localeOfPath } from '$lib/i18n/paths';
import type { LayoutLoad } from './$types';

// Every page is built to static HTML; there is no server.
export const prerender = true;
export const trailingSlash = 'always';

/**
 * The page's language from its address ("/en/…" is English, also for an address that does not
 * exist) and its dictionary, with the results' texts on the pages that show them; once a page
 * has used the content, its texts are loaded in that language too. It runs at build time and
 * again in the browser before the page starts, so a page starts with its dictionary in hand
 * (each page's HTML preloads it: src/hooks.server.ts).
 */
export const load = (async ({ url, route }) => {
	// While building, invalid content fails the build. (Never runs in the browser.)
	if (building) (await import('$lib/content/validate')).validateContent();
	const locale = localeOfPath(url.pathname);
	const [messages, report] = await Promise.all([
		loadMessages(locale),
		needsReportTexts(route.id) ? loadReportMessages(locale) : null,
		// the content's texts, once a page has used them, in this page's language
		showContentIn(locale)
	]);
	return { locale, messages, report };
}) satisfies LayoutLoad;
