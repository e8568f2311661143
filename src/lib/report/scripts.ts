/**
 * Names and notes in any script. Open Sans covers Latin, Greek and Cyrillic; Hebrew, Arabic,
 * Thai and Devanagari come from Noto Sans fallback fonts, and Chinese, Japanese and Korean, about
 * 140 other scripts (Bengali, Tamil, Ethiopic, Mongolian, Adlam…) and the Latin letters Open
 * Sans lacks, from the Noto files of the names index (cjk.ts), all loaded only for a report whose
 * name or notes use them. What no font here has (emoji, scripts the npm registry has no font for)
 * is replaced visibly by "?", and the cover says so: a PDF never prints nothing where a name
 * should be. Pure functions, tested without a PDF.
 */
import { withoutControls } from '../answers/schema';
import type { Report } from '../engine/report';
import { inNamesIndex, isIndexRtl } from './cjk';

/** The texts of a report that the respondent wrote: the name and the notes. */
export function userTexts(report: Report): string[] {
	return [report.profile.name, ...Object.values(report.notes ?? {})];
}

export type Fallback = 'hebrew' | 'arabic' | 'thai' | 'devanagari';
export const fallbacks: readonly Fallback[] = ['hebrew', 'arabic', 'thai', 'devanagari'];

/** The fallbacks whose letters change form and order: shaped before they are drawn (shape.ts). */
export const shapedScripts: readonly Fallback[] = ['devanagari', 'thai'];

/** The fallback script a code point belongs to, if any. */
export function fallbackOf(cp: number): Fallback | null {
	if ((cp >= 0x0590 && cp <= 0x05ff) || (cp >= 0xfb1d && cp <= 0xfb4f)) return 'hebrew';
	if (
		(cp >= 0x0600 && cp <= 0x06ff) ||
		(cp >= 0x0750 && cp <= 0x077f) ||
		(cp >= 0x08a0 && cp <= 0x08ff) ||
		(cp >= 0xfb50 && cp <= 0xfdff) ||
		(cp >= 0xfe70 && cp <= 0xfeff)
	)
		return 'arabic';
	if (cp >= 0x0e00 && cp <= 0x0e7f) return 'thai';
	if ((cp >= 0x0900 && cp <= 0x097f) || (cp >= 0xa8e0 && cp <= 0xa8ff)) return 'devanagari';
	return null;
}

/**
 * The font of a run: the main font (null), a fallback script's, or a CJK file's (`cjk:<file>`).
 * `cjkFileOf` says which loaded CJK file holds a code point (none when none is loaded).
 */
export type RunFont = Fallback | `cjk:${string}`;
export type CjkFileOf = (cp: number) => string | null;
const noCjk: CjkFileOf = () => null;

/** Whether a code point is written right to left. */
export const isRtl = (cp: number) => {
	const script = fallbackOf(cp);
	return script === 'hebrew' || script === 'arabic' || isIndexRtl(cp);
};

/**
 * The characters of the subset Open Sans files the PDF loads by default (about 45 KB each
 * instead of 220 KB): Latin with Latin-1, Latin Extended-A and -B and Latin Extended Additional,
 * general punctuation, the euro sign and a few symbols. `npm run fonts` cuts the subsets from the
 * full fonts with these ranges plus every character the content uses; a test checks both.
 */
export const subsetRanges: readonly (readonly [number, number])[] = [
	[0x0020, 0x007e],
	[0x00a0, 0x024f],
	[0x1e00, 0x1eff],
	[0x2000, 0x206f],
	[0x20ac, 0x20ac],
	[0x2122, 0x2122],
	[0x2212, 0x2212],
	[0x2248, 0x2248],
	[0x2260, 0x2260],
	[0x2264, 0x2265]
];

/** Whether a code point is in the subset fonts' ranges. */
export const inSubset = (cp: number): boolean =>
	subsetRanges.some(([from, to]) => cp >= from && cp <= to);

/**
 * Whether a report needs the full Open Sans files: a name or note in Greek, Cyrillic or another
 * script the subset leaves out. The fallback scripts have their own fonts, line breaks and
 * controls print nothing.
 */
export function needsFullFonts(texts: readonly string[]): boolean {
	for (const text of texts)
		for (const char of text.normalize('NFC')) {
			const cp = char.codePointAt(0) ?? 0;
			if (cp >= 0x20 && !inSubset(cp) && !fallbackOf(cp) && !inNamesIndex(cp)) return true;
		}
	return false;
}

/** The fallback fonts a set of texts needs. */
export function fallbacksNeeded(texts: readonly string[]): Fallback[] {
	const needed = new Set<Fallback>();
	for (const text of texts)
		for (const char of text) {
			const script = fallbackOf(char.codePointAt(0) ?? 0);
			if (script) needed.add(script);
		}
	return fallbacks.filter((f) => needed.has(f));
}

/** Whether texts need more than the Latin subset fonts: full fonts, a fallback or CJK files. */
export function needsMoreFonts(texts: readonly string[]): boolean {
	return (
		needsFullFonts(texts) ||
		fallbacksNeeded(texts).length > 0 ||
		texts.some((text) => [...text].some((char) => inNamesIndex(char.codePointAt(0) ?? 0)))
	);
}

/**
 * Text ready to print: composed (NFC, so "e" + combining diaeresis is "ë"), without control
 * characters, and every character no font can show replaced by "?". `covered` says whether the
 * main font or an available fallback has a character.
 */
export function printableText(
	text: string,
	covered: (cp: number) => boolean
): { text: string; replaced: boolean } {
	let replaced = false;
	let out = '';
	const lines = text.normalize('NFC').split('\n');
	lines.forEach((line, i) => {
		if (i > 0) out += '\n';
		for (const char of withoutControls(line)) {
			const cp = char.codePointAt(0) ?? 0;
			// joiners and variation selectors belong to the character before (emoji)
			if (cp === 0x200d || (cp >= 0xfe00 && cp <= 0xfe0f)) {
				replaced = true;
				continue;
			}
			if (covered(cp)) out += char;
			else {
				replaced = true;
				if (!out.endsWith('?')) out += '?';
			}
		}
	});
	return { text: out, replaced };
}

/** A line split into runs of one font each, in logical order. */
export function runsOf(
	line: string,
	cjkFileOf: CjkFileOf = noCjk
): { font: RunFont | null; text: string }[] {
	const chars = [...line];
	// letters and digits have a script; spaces and punctuation (neutral) take their neighbours'
	// only when both sides share it, so " · " between Hebrew and Latin stays in the main font.
	// A character of the names index (CJK punctuation too) has its own file's font.
	const strong = chars.map((char): RunFont | null | undefined => {
		const cp = char.codePointAt(0) ?? 0;
		const file = inNamesIndex(cp) ? cjkFileOf(cp) : null;
		if (file) return `cjk:${file}`;
		return /[\p{L}\p{N}\p{M}]/u.test(char) ? fallbackOf(cp) : undefined;
	});
	const fonts = strong.map((font, i) => {
		if (font !== undefined) return font;
		const before = strong.slice(0, i).findLast((f) => f !== undefined);
		const after = strong.slice(i + 1).find((f) => f !== undefined);
		return before !== undefined && before === after ? before : null;
	});
	const runs: { font: RunFont | null; text: string }[] = [];
	chars.forEach((char, i) => {
		const font = fonts[i] ?? null;
		const last = runs.at(-1);
		if (last && last.font === font) last.text += char;
		else runs.push({ font, text: char });
	});
	return runs;
}

/** Whether a line reads right to left (its first letter is Hebrew or Arabic). */
export function isRtlLine(line: string): boolean {
	for (const char of line) {
		const cp = char.codePointAt(0) ?? 0;
		if (isRtl(cp)) return true;
		if (/\p{L}/u.test(char)) return false;
	}
	return false;
}
