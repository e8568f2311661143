import { audienceIds } from '$lib/content/ids';
import { checkLoad, estimatedMinutes } from '$lib/content/reading-time';
import { featureLinks } from '$lib/i18n/links';
import type { PageServerLoad } from './$types';

// Counted at build time for each audience and language, so the page ships numbers, not the counting.
export const load = (() => ({
	// the pages that combine several checks, as data (not in the start page's code)
	more: featureLinks,
	load: Object.fromEntries(
		audienceIds.map((audience) => [
			audience,
			{
				nl: {
					minutes: estimatedMinutes(audience, 'nl'),
					questions: checkLoad(audience, 'nl').questions
				},
				en: {
					minutes: estimatedMinutes(audience, 'en'),
					questions: checkLoad(audience, 'en').questions
				}
			}
		])
	) as Record<
		(typeof audienceIds)[number],
		Record<'nl' | 'en', { minutes: number; questions: number }>
	>
})) satisfies PageServerLoad;
