import { error } from '@sveltejs/kit';
import { areaIds } from '$lib/content/ids';
import { getArea } from '$lib/content/index';
import type { EntryGenerator, PageServerLoad } from './$types';

// One prerendered page per area and language.
export const entries = (() =>
	areaIds.flatMap((area) => [{ area }, { lang: 'en', area }])) satisfies EntryGenerator;

/** The area's texts as build-time page data: a page carries its own area, not all twelve. */
export const load = (({ params }) => {
	const id = areaIds.find((a) => a === params.area);
	if (!id) error(404, 'Unknown area');
	return { area: getArea(id) };
}) satisfies PageServerLoad;
