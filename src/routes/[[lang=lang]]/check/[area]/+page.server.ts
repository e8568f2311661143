import { error } from '@sveltejs/kit';
import { areaIds } from '$lib/content/ids';
import { content, getArea } from '$lib/content/index';
import { areaHeadings } from '$lib/content/make-outline';
import { inLocale } from '$lib/i18n/page-data';
import { localeOfPath } from '$lib/i18n/paths';
import type { EntryGenerator, PageServerLoad } from './$types';

// One prerendered page per area and language.
export const entries = (() =>
	areaIds.flatMap((area) => [{ area }, { lang: 'en', area }])) satisfies EntryGenerator;

/**
 * The area's texts as build-time page data: a page carries its own area, not all twelve, in its
 * own language; of the others, the overview's titles.
 */
export const load = (({ params, url }) => {
	const id = areaIds.find((a) => a === params.area);
	if (!id) error(404, 'Unknown area');
	const locale = localeOfPath(url.pathname);
	return {
		area: inLocale(getArea(id), locale),
		areas: inLocale(areaHeadings(content), locale)
	};
}) satisfies PageServerLoad;
