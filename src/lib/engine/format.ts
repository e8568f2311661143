/** Number formatting shared by the report, the screen and the PDF. */

/** Formats a number for text (a weight such as 1,5): one decimal only when needed, with the locale's decimal mark. */
export function formatScore(score: number, locale: 'nl' | 'en'): string {
	return Number.isInteger(score)
		? String(score)
		: score.toFixed(1).replace('.', locale === 'nl' ? ',' : '.');
}

/**
 * A score as a reader sees it: a whole number (the answers are not more precise than that),
 * rounded down, so a score never looks higher than the level it earned (levels start at whole numbers).
 */
export function wholeScore(score: number): number {
	return Math.floor(score + 1e-9);
}

/** A score for display, or a dash for a missing one (never a zero that was not earned). */
export function formatScoreOrDash(score: number | null, _locale?: 'nl' | 'en'): string {
	return score === null ? '–' : String(wholeScore(score));
}

/** A change in whole points, signed: "+12", "−3", "±0"; a dash when it cannot be compared. */
export function formatChange(delta: number | null): string {
	if (delta === null) return '–';
	const whole = Math.round(delta);
	return `${whole > 0 ? '+' : whole < 0 ? '−' : '±'}${Math.abs(whole)}`;
}
