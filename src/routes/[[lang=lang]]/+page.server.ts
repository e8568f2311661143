import { audienceIds } from '$lib/content/ids';
import { checkLoad, estimatedMinutes } from '$lib/content/reading-time';
import { featureLinks } from '$lib/i18n/links';
import { quickPageTexts } from '$lib/i18n/quick-page';
import { startTexts } from '$lib/i18n/start';
import { inLocale } from '$lib/i18n/page-data';
import { localeOfPath } from '$lib/i18n/paths';
import type { PageServerLoad } from './$types';

// Counted at build time for each audience and language, so the page ships numbers, not the
// counting; its texts in the page's language only.
export const load = (({ url }) =>
	inLocale(
		{
			// the pages that combine several checks, as data (not in the start page's code)
			more: {
				title: featureLinks.moreTitle,
				links: [
					{ path: '/vergelijk/', name: startTexts.compare, text: startTexts.compareText },
					{ path: '/team/', name: featureLinks.team, text: featureLinks.teamText },
					{ path: '/samen/', name: featureLinks.partner, text: featureLinks.partnerText },
					{ path: '/cohort/', name: featureLinks.cohort, text: featureLinks.cohortText }
				]
			},
			text: startTexts,
			start: { quick: quickPageTexts.start, full: quickPageTexts.full },
			load: Object.fromEntries(
				audienceIds.map((audience) => [
					audience,
					{
						nl: {
							minutes: estimatedMinutes(audience, 'nl'),
							quickMinutes: estimatedMinutes(audience, 'nl', 'quick'),
							questions: checkLoad(audience, 'nl').scored
						},
						en: {
							minutes: estimatedMinutes(audience, 'en'),
							quickMinutes: estimatedMinutes(audience, 'en', 'quick'),
							questions: checkLoad(audience, 'en').scored
						}
					}
				])
			) as Record<
				(typeof audienceIds)[number],
				Record<'nl' | 'en', { minutes: number; quickMinutes: number; questions: number }>
			>
		},
		localeOfPath(url.pathname)
	)) satisfies PageServerLoad;
