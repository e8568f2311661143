/**
 * The questionnaire as plain JSON, for `digicheck content` and for review outside the app.
 * Texts that differ per audience keep their variants; everything else is `{ nl, en }`.
 */
import { trackDecision } from './tracks';
import { completeContent } from './complete';
import { content } from './index';
import { rules } from './rules/index';

/** The whole content, with the rules, as one JSON-ready object. */
export function contentAsJson() {
	return {
		version: content.version,
		fingerprint: content.fingerprint,
		areas: content.areas.map((area) => ({
			id: area.id,
			number: area.number,
			title: area.title,
			recommendation: area.recommendation,
			explanation: area.explanation,
			questions: area.questions.map((q) => ({
				id: q.id,
				statement: q.statement,
				...(q.help ? { help: q.help } : {}),
				weight: q.weight,
				...(q.critical ? { critical: true } : {}),
				// the quick scan asks this one (one per area and audience): reviewable outside the app
				...(q.quickScan ? { quickScan: true } : {}),
				audiences: q.audiences,
				levels: q.levels
			}))
		})),
		unknownChoice: { nl: 'Weet ik niet', en: 'I don’t know' },
		notApplicableChoice: { nl: 'Niet van toepassing (n.v.t.)', en: 'Not applicable' },
		profile: content.profile,
		bands: content.bands,
		tracks: completeContent.tracks,
		trackDecision,
		scoring: content.scoring,
		references: completeContent.references,
		rules
	};
}
