/** Number formatting shared by the report, the screen and the PDF. */

/** Formats a score for text: one decimal only when needed, with the locale's decimal mark. */
export function formatScore(score: number, locale: 'nl' | 'en'): string {
	return Number.isInteger(score)
		? String(score)
		: score.toFixed(1).replace('.', locale === 'nl' ? ',' : '.');
}

/** A score for display, or a dash for a missing one (never a zero that was not earned). */
export function formatScoreOrDash(score: number | null, locale: 'nl' | 'en'): string {
	return score === null ? '–' : formatScore(score, locale);
}
