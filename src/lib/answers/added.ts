/**
 * What each questionnaire version added, and the notice an older file opens with. Not in the
 * validator, which every page with a saved check loads at start: an opened file gets it from
 * answers/read.ts (loaded when a file is opened), a save read at start from SaveNotices.svelte
 * (loaded only when there is a notice to show), the CLI always.
 */
import type { AnswersFile, FileProblem } from './schema';
import type { AreaOutline } from '../content/make-outline';
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

/** The questions added since the file's version that its audience is asked and it left open. */
export function newQuestionsOpen(
	file: AnswersFile,
	areas: readonly AreaOutline[]
): { id: string; nl: string; en: string }[] {
	const audience = file.profile.audience === 'school' ? 'school' : 'cultural-organisation';
	const asked = new Set(areas.flatMap((a) => a.questions[audience]));
	return Object.entries(questionsAddedIn).flatMap(([version, questions]) =>
		olderThan(file.contentVersion, version)
			? questions.filter((q) => asked.has(q.id) && file.answers[q.id] === undefined)
			: []
	);
}

/**
 * A file's notices with the questionnaire-version one replaced, when new questions are open,
 * by one that names them: "3 nieuwe vragen staan nog open: afleiding (5), …". The answers the file
 * has stay as they are; the notice says so only where it adds something (it is one line on a phone).
 */
export function withNewQuestions(
	file: AnswersFile,
	warnings: readonly FileProblem[],
	/** The questionnaire's outline (outline-data.ts): passed in, so this module imports nothing. */
	areas: readonly AreaOutline[]
): FileProblem[] {
	const open = newQuestionsOpen(file, areas);
	if (open.length === 0) return [...warnings];
	const list = (locale: 'nl' | 'en') => open.map((q) => q[locale]).join(', ');
	return [
		...warnings.filter((w) => w.path !== 'contentVersion'),
		{
			path: 'answers',
			message:
				open.length === 1
					? {
							nl: `1 nieuwe vraag staat nog open: ${list('nl')}.`,
							en: `1 new question is still open: ${list('en')}.`
						}
					: {
							nl: `${open.length} nieuwe vragen staan nog open: ${list('nl')}.`,
							en: `${open.length} new questions are still open: ${list('en')}.`
						}
		}
	];
}
