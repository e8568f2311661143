/**
 * Names in Chinese, Japanese and Korean: which font file holds a character. The files are
 * Fontsource's Noto Sans SC, TC, JP and KR, cut by Unicode range (static/fonts/names/, made by
 * `npm run fonts:names`); `cjk.json` lists them and, as ranges, the characters each one holds.
 * A PDF fetches the index and then only the files its name needs (name-fonts.ts). Pure functions.
 */
export type CjkKind = 'han' | 'kana' | 'hangul' | 'other';

/** The CJK group a BMP code point belongs to (null: not CJK). */
export function cjkKind(cp: number): CjkKind | null {
	if (
		(cp >= 0xac00 && cp <= 0xd7af) ||
		(cp >= 0x1100 && cp <= 0x11ff) ||
		(cp >= 0x3130 && cp <= 0x318f)
	)
		return 'hangul';
	if ((cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x31f0 && cp <= 0x31ff)) return 'kana';
	if (
		(cp >= 0x3400 && cp <= 0x4dbf) ||
		(cp >= 0x4e00 && cp <= 0x9fff) ||
		(cp >= 0xf900 && cp <= 0xfaff)
	)
		return 'han';
	// punctuation, bopomofo, enclosed and compatibility forms, half- and full-width forms
	if (
		(cp >= 0x3000 && cp <= 0x303f) ||
		(cp >= 0x3100 && cp <= 0x312f) ||
		(cp >= 0x3190 && cp <= 0x33ff) ||
		(cp >= 0xff00 && cp <= 0xffef)
	)
		return 'other';
	return null;
}

/** Sorted [code point, file] pairs as flat numbers: gap from the last range's end, length, file. */
export function encodeRanges(points: readonly (readonly [number, number])[]): number[] {
	const runs: [number, number, number][] = [];
	for (const [cp, file] of points) {
		const last = runs.at(-1);
		if (last && last[1] === cp - 1 && last[2] === file) last[1] = cp;
		else runs.push([cp, cp, file]);
	}
	const out: number[] = [];
	let end = 0;
	for (const [from, to, file] of runs) {
		out.push(from - end, to - from, file);
		end = to;
	}
	return out;
}

/** The CJK characters of some texts (those the index is asked about). */
export function cjkPoints(texts: readonly string[]): number[] {
	const points = new Set<number>();
	for (const text of texts)
		for (const char of text.normalize('NFC')) {
			const cp = char.codePointAt(0) ?? 0;
			if (cjkKind(cp)) points.add(cp);
		}
	return [...points];
}
