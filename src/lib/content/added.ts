/**
 * What each questionnaire version added, for the notice an older file opens with. Apart from
 * version.ts, which every page loads at start: only the validator of a saved check needs this.
 */
/**
 * The questions each version added. A file saved before a version has these open: opening it
 * names them in one short notice (a label and the area's number), and the answers it has stay
 * as they are. Content 2.1.0 added the white paper's topics no question asked (issue #27.9).
 * `nl`/`en` sit beside `id`, not in a `{ nl, en }` object of their own: the browser build would
 * move such an object into the questions' text pack (src/build/text-packs.ts), and every page
 * that reads a saved check would load every question's text.
 */
export const questionsAddedIn: Readonly<
	Record<string, readonly { id: string; nl: string; en: string }[]>
> = {
	'2.1.0': [
		{
			id: 'partners',
			nl: 'kwaliteiten partners (2)',
			en: 'partners’ strengths (2)'
		},
		{
			id: 'afleiding',
			nl: 'afleiding (5)',
			en: 'distraction (5)'
		},
		{ id: 'sociale-media', nl: 'sociale media (9)', en: 'social media (9)' },
		{ id: 'ai-tools', nl: 'AI als hulpmiddel (12)', en: 'AI as an aid (12)' }
	]
};

/** Whether version a ("major.minor.patch") is older than b. */
export const olderThan = (a: string, b: string): boolean =>
	a.localeCompare(b, 'en', { numeric: true }) < 0;
