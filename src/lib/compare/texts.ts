/** The texts of the comparison page ("Voor- en nameting"), in both languages. */
import type { LocalizedText } from '../content/ids';

export const compareTexts = {
	title: { nl: 'Vergelijk met een eerdere meting', en: 'Compare with an earlier check' },
	intro: {
		nl: 'Open het antwoordenbestand van een eerdere check van jullie organisatie (de voormeting). Je ziet dan wat er sinds die check veranderd is. Er wordt niets vervangen: je huidige antwoorden blijven zoals ze zijn.',
		en: 'Open the answers file of an earlier check of your organisation (the “before” check). You then see what changed since that check. Nothing is replaced: your current answers stay as they are.'
	},
	open: { nl: 'Open de eerdere meting (bestand)', en: 'Open the earlier check (file)' },
	noCurrent: {
		nl: 'Vul eerst de check in (of open je antwoorden): die wordt de nameting.',
		en: 'First complete the check (or open your answers): that becomes the “after” check.'
	},
	failed: {
		nl: 'Dit bestand kon niet worden geopend. Er is niets veranderd.',
		en: 'This file could not be opened. Nothing has changed.'
	},
	heading: { nl: 'Voor- en nameting', en: 'Before and after' },
	before: { nl: 'Voormeting', en: 'Before' },
	after: { nl: 'Nameting', en: 'After' },
	summary: { nl: '{date}: {score}', en: '{date}: {score}' },
	chartLabel: {
		nl: 'Webgrafiek met de score per onderwerp: grijs de voormeting, blauw de nameting, de stippellijn het doel. De tabel hieronder geeft dezelfde cijfers.',
		en: 'Radar chart with the score per topic: grey the before check, blue the after check, the dashed line the target. The table below gives the same figures.'
	},
	tableCaption: {
		nl: 'Scores voor en na, per onderwerp',
		en: 'Scores before and after, per topic'
	},
	topic: { nl: 'Onderwerp', en: 'Topic' },
	beforeShort: { nl: 'Voor', en: 'Before' },
	afterShort: { nl: 'Na', en: 'After' },
	change: { nl: 'Verschil', en: 'Change' },
	meaning: { nl: 'Betekenis (voor → na)', en: 'Meaning (before → after)' },
	moved: { nl: 'Vragen die het meest veranderden', en: 'Questions that changed most' },
	levels: { nl: 'niveau {before} → {after}', en: 'level {before} → {after}' },
	resolved: { nl: 'Advies dat nu is opgelost', en: 'Advice now resolved' },
	lapsed: {
		nl: 'Advies dat vervalt, zonder dat het is opgelost',
		en: 'Advice that lapses without being resolved'
	},
	added: { nl: 'Nieuw advies', en: 'New advice' },
	none: { nl: 'Geen.', en: 'None.' },
	notCompared: {
		nl: 'Niet te vergelijken (deze vragen staan niet meer in de vragenlijst): {ids}.',
		en: 'Not comparable (these questions are no longer in the questionnaire): {ids}.'
	},
	quickShared: {
		nl: 'Een van de twee is een snelle scan. Daarom vergelijken we alleen de {count} vragen die in allebei beantwoord zijn.',
		en: 'One of the two is a quick scan. So we compare only the {count} questions answered in both.'
	},
	otherAudience: {
		nl: 'Let op: de voormeting is van een ander soort organisatie (school of culturele organisatie). De vragen verschillen deels.',
		en: 'Note: the before check is for another kind of organisation (school or cultural organisation). The questions partly differ.'
	},
	pdf: {
		nl: 'Download het rapport met de vergelijking (PDF)',
		en: 'Download the report with the comparison (PDF)'
	}
} satisfies Record<string, LocalizedText>;
