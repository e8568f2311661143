import { rules } from '$lib/content/rules/index';
import { trackDecision, tracks } from '$lib/content/tracks';
import { teamTexts } from '$lib/team/texts';
import { partnerTexts } from '$lib/partner/texts';
import { partnerRules } from '$lib/content/rules/partner';
import { content } from '$lib/content/index';
import { bringsMargin } from '$lib/partner/model';
import { scoringTexts } from '$lib/i18n/scoring';
import { inLocale } from '$lib/i18n/page-data';
import { localeOfPath } from '$lib/i18n/paths';
import type { PageServerLoad } from './$types';

// Read at build time, so the page ships these texts as data (in its own language), not the rules
// and tracks modules.
export const load = (({ url }) =>
	inLocale(
		{
			// the page's own texts, as data: not in every page's dictionary
			text: scoringTexts,
			ruleCount: rules.length,
			teamNote: teamTexts.scoringNote,
			partnerNote: partnerTexts.scoringNote,
			partnerFigures: {
				count: partnerRules.length,
				strong: content.scoring.strengthMin,
				margin: bringsMargin
			},
			knockouts: trackDecision.knockouts.map((k) => ({ id: k.id, reason: k.reason })),
			schoolKnockouts: trackDecision.schoolKnockouts.map((k) => ({ id: k.id, reason: k.reason })),
			tracks: tracks.map((t) => ({
				id: t.id,
				label: t.label,
				description: t.description,
				forWhom: t.forWhom
			}))
		},
		localeOfPath(url.pathname)
	)) satisfies PageServerLoad;
