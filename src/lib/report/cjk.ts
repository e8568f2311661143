/**
 * Names in Chinese, Japanese and Korean, and in the other scripts of `indexScripts` (Armenian,
 * Bengali, Tamil, Ethiopic…): which font file holds a character. The files are Fontsource's Noto
 * Sans SC, TC, JP and KR, cut by Unicode range, and one Noto Sans file per other script
 * (static/fonts/names/, made by `npm run fonts:names`); `cjk.json` lists them and, as ranges, the
 * characters each one holds. A PDF fetches the index and then only the files its name needs
 * (name-fonts.ts). Pure functions.
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

/**
 * The other scripts the names index holds a Noto font for (one file each, from Fontsource): their
 * blocks. All are shaped before they are drawn (shape.ts: Indic conjuncts, Khmer, Lao, Myanmar,
 * Tibetan, Balinese and Javanese marks; the others only get the font's kerning and ligatures).
 * Tibetan has no Noto Sans: it is Noto Serif. Syriac, Thaana and N'Ko are written right to left
 * (shaped by fontkit, which gives their glyphs in the order they stand on the page).
 */
export const indexScripts: readonly {
	name: string;
	ranges: readonly [number, number][];
	/** The Fontsource family, when it is not Noto Sans (`noto-sans-<name>`). */
	family?: string;
	/** Written right to left. */
	rtl?: boolean;
}[] = [
	{
		name: 'armenian',
		ranges: [
			[0x0530, 0x058f],
			[0xfb13, 0xfb17]
		]
	},
	{ name: 'bengali', ranges: [[0x0980, 0x09ff]] },
	{ name: 'gurmukhi', ranges: [[0x0a00, 0x0a7f]] },
	{ name: 'gujarati', ranges: [[0x0a80, 0x0aff]] },
	{ name: 'oriya', ranges: [[0x0b00, 0x0b7f]] },
	{ name: 'tamil', ranges: [[0x0b80, 0x0bff]] },
	{ name: 'telugu', ranges: [[0x0c00, 0x0c7f]] },
	{ name: 'kannada', ranges: [[0x0c80, 0x0cff]] },
	{ name: 'malayalam', ranges: [[0x0d00, 0x0d7f]] },
	{ name: 'sinhala', ranges: [[0x0d80, 0x0dff]] },
	{ name: 'lao', ranges: [[0x0e80, 0x0eff]] },
	{
		name: 'myanmar',
		ranges: [
			[0x1000, 0x109f],
			[0xa9e0, 0xa9ff],
			[0xaa60, 0xaa7f]
		]
	},
	{
		name: 'georgian',
		ranges: [
			[0x10a0, 0x10ff],
			[0x1c90, 0x1cbf],
			[0x2d00, 0x2d2f]
		]
	},
	{
		name: 'ethiopic',
		ranges: [
			[0x1200, 0x139f],
			[0x2d80, 0x2ddf],
			[0xab00, 0xab2f]
		]
	},
	{
		name: 'khmer',
		ranges: [
			[0x1780, 0x17ff],
			[0x19e0, 0x19ff]
		]
	},
	{ name: 'tibetan', ranges: [[0x0f00, 0x0fff]], family: 'noto-serif-tibetan' },
	{
		name: 'cherokee',
		ranges: [
			[0x13a0, 0x13ff],
			[0xab70, 0xabbf]
		]
	},
	{
		name: 'canadian-aboriginal',
		ranges: [
			[0x1400, 0x167f],
			[0x18b0, 0x18ff]
		]
	},
	{ name: 'balinese', ranges: [[0x1b00, 0x1b7f]] },
	{ name: 'ol-chiki', ranges: [[0x1c50, 0x1c7f]] },
	{ name: 'tifinagh', ranges: [[0x2d30, 0x2d7f]] },
	{ name: 'vai', ranges: [[0xa500, 0xa63f]] },
	{ name: 'javanese', ranges: [[0xa980, 0xa9df]] },
	{
		name: 'syriac',
		ranges: [
			[0x0700, 0x074f],
			[0x0860, 0x086f]
		],
		rtl: true
	},
	{ name: 'thaana', ranges: [[0x0780, 0x07bf]], rtl: true },
	{ name: 'nko', ranges: [[0x07c0, 0x07ff]], rtl: true }
];

/** Whether a code point belongs to a right-to-left script of the names index (Syriac…). */
export function isIndexRtl(cp: number): boolean {
	if (cp < 0x0700 || cp > 0x086f) return false;
	const name = indexScriptOf(cp);
	return indexScripts.some((script) => script.name === name && script.rtl === true);
}

/** The script of the names index a code point belongs to, other than CJK (null: none). */
export function indexScriptOf(cp: number): string | null {
	for (const script of indexScripts)
		for (const [from, to] of script.ranges) if (cp >= from && cp <= to) return script.name;
	return null;
}

/** Whether the names index may hold a font for a code point: CJK or one of `indexScripts`. */
export function inNamesIndex(cp: number): boolean {
	return cjkKind(cp) !== null || indexScriptOf(cp) !== null;
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

/** The characters of some texts that the names index is asked about (CJK and `indexScripts`). */
export function cjkPoints(texts: readonly string[]): number[] {
	const points = new Set<number>();
	for (const text of texts)
		for (const char of text.normalize('NFC')) {
			const cp = char.codePointAt(0) ?? 0;
			if (inNamesIndex(cp)) points.add(cp);
		}
	return [...points];
}
