import { content } from '$lib/content/index';
import { areaHeadings } from '$lib/content/make-outline';
import { inLocale } from '$lib/i18n/page-data';
import { localeOfPath } from '$lib/i18n/paths';
import type { PageServerLoad } from './$types';

/**
 * The profile's questions and choices, and the overview's area titles, as build-time page data
 * in the page's language.
 */
export const load = (({ url }) => ({
	fields: inLocale(content.profile, localeOfPath(url.pathname)),
	areas: inLocale(areaHeadings(content), localeOfPath(url.pathname))
})) satisfies PageServerLoad;
