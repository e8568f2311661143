import { rules } from '$lib/content/rules/index';
import { trackDecision, tracks } from '$lib/content/tracks';
import { teamTexts } from '$lib/i18n/team';
import type { PageServerLoad } from './$types';

// Read at build time, so the page ships these texts as data, not the rules and tracks modules.
export const load = (() => ({
	ruleCount: rules.length,
	teamNote: teamTexts.scoringNote,
	followUpMinScore: trackDecision.followUpMinScore,
	knockouts: trackDecision.knockouts.map((k) => ({ id: k.id, reason: k.reason })),
	schoolKnockouts: trackDecision.schoolKnockouts.map((k) => ({ id: k.id, reason: k.reason })),
	tracks: tracks.map((t) => ({
		id: t.id,
		label: t.label,
		description: t.description,
		forWhom: t.forWhom
	}))
})) satisfies PageServerLoad;
