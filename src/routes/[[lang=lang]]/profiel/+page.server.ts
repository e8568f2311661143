import { content } from '$lib/content/index';
import type { PageServerLoad } from './$types';

/** The profile's questions and choices, as build-time page data (not in every page's code). */
export const load = (() => ({ fields: content.profile })) satisfies PageServerLoad;
