import { building } from '$app/environment';
import { loadMessages } from '$lib/i18n/messages';
import { localeOfPath } from '$lib/i18n/paths';
import type { LayoutLoad } from './$types';

// Every page is built to static HTML; there is no server.
export const prerender = true;
export const trailingSlash = 'always';

/**
 * The page's language from its address ("/en/…" is English, also for an address that does not
 * exist) and its dictionary. It runs at build time and again in the browser before the page
 * starts, so an English page starts with the English dictionary in hand (English is loaded only
 * on English pages).
 */
export const load = (async ({ url }) => {
	// While building, invalid content fails the build. (Never runs in the browser.)
	if (building) (await import('$lib/content/validate')).validateContent();
	const locale = localeOfPath(url.pathname);
	return { locale, messages: await loadMessages(locale) };
}) satisfies LayoutLoad;
