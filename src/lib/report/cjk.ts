/**
 * Names in Chinese, Japanese and Korean, in the other scripts of `indexScripts` (Armenian,
 * Bengali, Tamil, Ethiopic, Adlam…), and in the letters of Latin, Greek and Cyrillic that Open
 * Sans lacks: which font file holds a character. The files are Fontsource's Noto Sans SC, TC, JP
 * and KR, cut by Unicode range, one Noto file per other script, and Noto Sans's own (static/fonts/
 * names/, made by `npm run fonts:names`); `cjk.json` lists them and, as ranges, the characters
 * each one holds. A PDF fetches the index and then only the files its name needs (name-fonts.ts).
 * Pure functions.
 */
import { mainFontGaps } from './main-font-gaps';

export type CjkKind = 'han' | 'kana' | 'hangul' | 'other';

/** The CJK group a code point belongs to (null: not CJK). */
export function cjkKind(cp: number): CjkKind | null {
	// rare Han characters beyond the Basic Multilingual Plane (extensions B to H), some of them
	// in names from Hong Kong, Taiwan and Japan
	if (cp >= 0x20000) return cp <= 0x323af ? 'han' : null;
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
 * The other scripts the names index holds a Noto font for (one file each, named after the
 * script; where each comes from is the tool's `sources`, tests/tools/name-fonts.ts): their
 * blocks. All are shaped before they are drawn (shape.ts: Indic conjuncts, Khmer, Lao, Myanmar,
 * Tibetan, Balinese and Javanese marks, joined Mongolian and Adlam; the others only get the
 * font's kerning and ligatures). Those marked `rtl` are written right to left (shaped by fontkit,
 * which gives their glyphs in the order they stand on the page).
 */
export const indexScripts: readonly {
	name: string;
	ranges: readonly [number, number][];
	/** Written right to left. */
	rtl?: boolean;
	/**
	 * The OpenType script tag to shape with, for a script fontkit does not find by itself
	 * (Adlam, Hanifi Rohingya and Old Uyghur join their letters).
	 */
	tag?: string;
	/** Only the letters of its ranges (not the symbols beside them, which Open Sans draws). */
	lettersOnly?: boolean;
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
	{ name: 'tibetan', ranges: [[0x0f00, 0x0fff]] },
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
	{ name: 'nko', ranges: [[0x07c0, 0x07ff]], rtl: true },
	// living scripts of minorities and regions
	{
		name: 'mongolian',
		ranges: [
			[0x1800, 0x18af],
			[0x11660, 0x1167f]
		]
	},
	{ name: 'adlam', ranges: [[0x1e900, 0x1e95f]], rtl: true, tag: 'adlm' },
	{ name: 'yi', ranges: [[0xa000, 0xa4cf]] },
	{
		name: 'meetei-mayek',
		ranges: [
			[0xaae0, 0xaaff],
			[0xabc0, 0xabff]
		]
	},
	{ name: 'lisu', ranges: [[0xa4d0, 0xa4ff]] },
	{
		name: 'bamum',
		ranges: [
			[0xa6a0, 0xa6ff],
			[0x16800, 0x16a3f]
		]
	},
	{ name: 'tai-le', ranges: [[0x1950, 0x197f]] },
	{ name: 'new-tai-lue', ranges: [[0x1980, 0x19df]] },
	{ name: 'buginese', ranges: [[0x1a00, 0x1a1f]] },
	{
		name: 'sundanese',
		ranges: [
			[0x1b80, 0x1bbf],
			[0x1cc0, 0x1ccf]
		]
	},
	{ name: 'limbu', ranges: [[0x1900, 0x194f]] },
	{ name: 'syloti-nagri', ranges: [[0xa800, 0xa82f]] },
	{ name: 'kayah-li', ranges: [[0xa900, 0xa92f]] },
	{ name: 'rejang', ranges: [[0xa930, 0xa95f]] },
	{ name: 'cham', ranges: [[0xaa00, 0xaa5f]] },
	{ name: 'tai-viet', ranges: [[0xaa80, 0xaadf]] },
	{ name: 'tai-tham', ranges: [[0x1a20, 0x1aaf]] },
	{ name: 'lepcha', ranges: [[0x1c00, 0x1c4f]] },
	{ name: 'saurashtra', ranges: [[0xa880, 0xa8df]] },
	{ name: 'tagalog', ranges: [[0x1700, 0x171f]] },
	{ name: 'hanunoo', ranges: [[0x1720, 0x173f]] },
	{ name: 'buhid', ranges: [[0x1740, 0x175f]] },
	{ name: 'tagbanwa', ranges: [[0x1760, 0x177f]] },
	{ name: 'samaritan', ranges: [[0x0800, 0x083f]], rtl: true },
	{ name: 'osage', ranges: [[0x104b0, 0x104ff]] },
	{ name: 'hanifi-rohingya', ranges: [[0x10d00, 0x10d3f]], rtl: true, tag: 'rohg' },
	{ name: 'sora-sompeng', ranges: [[0x110d0, 0x110ff]] },
	{ name: 'miao', ranges: [[0x16f00, 0x16f9f]] },
	{ name: 'tangsa', ranges: [[0x16a70, 0x16acf]] },
	{ name: 'newa', ranges: [[0x11400, 0x1147f]] },
	{ name: 'mende-kikakui', ranges: [[0x1e800, 0x1e8df]], rtl: true },
	{ name: 'warang-citi', ranges: [[0x118a0, 0x118ff]] },
	{
		name: 'nyiakeng-puachue-hmong',
		ranges: [[0x1e100, 0x1e14f]]
	},
	{ name: 'toto', ranges: [[0x1e290, 0x1e2bf]] },
	{ name: 'dogra', ranges: [[0x11800, 0x1184f]] },
	{ name: 'ahom', ranges: [[0x11700, 0x1174f]] },
	{ name: 'makasar', ranges: [[0x11ee0, 0x11eff]] },
	{ name: 'pau-cin-hau', ranges: [[0x11ac0, 0x11aff]] },
	{ name: 'kawi', ranges: [[0x11f00, 0x11f5f]] },
	{ name: 'sharada', ranges: [[0x11180, 0x111df]] },
	{ name: 'khojki', ranges: [[0x11200, 0x1124f]] },
	{ name: 'khudawadi', ranges: [[0x112b0, 0x112ff]] },
	{ name: 'modi', ranges: [[0x11600, 0x1165f]] },
	{ name: 'siddham', ranges: [[0x11580, 0x115ff]] },
	{ name: 'grantha', ranges: [[0x11300, 0x1137f]] },
	{ name: 'tirhuta', ranges: [[0x11480, 0x114df]] },
	{ name: 'marchen', ranges: [[0x11c70, 0x11cbf]] },
	{ name: 'zanabazar-square', ranges: [[0x11a00, 0x11a4f]] },
	// scripts of church, scholarship and history, still written in names now and then
	{
		name: 'coptic',
		ranges: [
			[0x03e2, 0x03ef],
			[0x2c80, 0x2cff]
		]
	},
	{
		name: 'glagolitic',
		ranges: [
			[0x2c00, 0x2c5f],
			[0x1e000, 0x1e02f]
		]
	},
	{ name: 'ogham', ranges: [[0x1680, 0x169f]] },
	{ name: 'runic', ranges: [[0x16a0, 0x16ff]] },
	{ name: 'gothic', ranges: [[0x10330, 0x1034f]] },
	{ name: 'deseret', ranges: [[0x10400, 0x1044f]] },
	{ name: 'shavian', ranges: [[0x10450, 0x1047f]] },
	{ name: 'osmanya', ranges: [[0x10480, 0x104af]] },
	{ name: 'old-italic', ranges: [[0x10300, 0x1032f]] },
	{ name: 'brahmi', ranges: [[0x11000, 0x1107f]] },
	{ name: 'kharoshthi', ranges: [[0x10a00, 0x10a5f]], rtl: true },
	{ name: 'old-turkic', ranges: [[0x10c00, 0x10c4f]], rtl: true },
	{ name: 'old-hungarian', ranges: [[0x10c80, 0x10cff]], rtl: true },
	{ name: 'old-permic', ranges: [[0x10350, 0x1037f]] },
	{ name: 'linear-a', ranges: [[0x10600, 0x1077f]] },
	{ name: 'linear-b', ranges: [[0x10000, 0x100ff]] },
	{ name: 'cypriot', ranges: [[0x10800, 0x1083f]], rtl: true },
	{ name: 'phoenician', ranges: [[0x10900, 0x1091f]], rtl: true },
	{ name: 'lydian', ranges: [[0x10920, 0x1093f]], rtl: true },
	{ name: 'lycian', ranges: [[0x10280, 0x1029f]] },
	{ name: 'carian', ranges: [[0x102a0, 0x102df]] },
	{ name: 'avestan', ranges: [[0x10b00, 0x10b3f]], rtl: true },
	{ name: 'old-persian', ranges: [[0x103a0, 0x103df]] },
	{ name: 'old-south-arabian', ranges: [[0x10a60, 0x10a7f]], rtl: true },
	{ name: 'old-north-arabian', ranges: [[0x10a80, 0x10a9f]], rtl: true },
	{ name: 'hatran', ranges: [[0x108e0, 0x108ff]], rtl: true },
	{ name: 'manichaean', ranges: [[0x10ac0, 0x10aff]], rtl: true },
	{ name: 'old-sogdian', ranges: [[0x10f00, 0x10f2f]], rtl: true },
	{
		name: 'old-uyghur',
		ranges: [[0x10f70, 0x10faf]],
		rtl: true,
		tag: 'ougr'
	},
	// scripts Fontsource has no font for (Noto from Debian's packages)
	{
		// the mathematical letters (𝐀, 𝓜, 𝔸…) some write a name in, and the letter-like ℝ, ℌ…
		name: 'math',
		ranges: [
			[0x1d400, 0x1d7ff],
			[0x1ee00, 0x1eeff],
			[0x2100, 0x214f]
		],
		lettersOnly: true
	},
	{ name: 'chakma', ranges: [[0x11100, 0x1114f]] },
	{ name: 'batak', ranges: [[0x1bc0, 0x1bff]] },
	{ name: 'mandaic', ranges: [[0x840, 0x85f]], rtl: true },
	{ name: 'wancho', ranges: [[0x1e2c0, 0x1e2ff]] },
	{ name: 'bassa-vah', ranges: [[0x16ad0, 0x16aff]] },
	{ name: 'pahawh-hmong', ranges: [[0x16b00, 0x16b8f]] },
	{ name: 'medefaidrin', ranges: [[0x16e40, 0x16e9f]] },
	{
		name: 'gunjala-gondi',
		ranges: [[0x11d60, 0x11daf]]
	},
	{
		name: 'masaram-gondi',
		ranges: [[0x11d00, 0x11d5f]]
	},
	{ name: 'mro', ranges: [[0x16a40, 0x16a6f]] },
	{ name: 'takri', ranges: [[0x11680, 0x116cf]] },
	{ name: 'kaithi', ranges: [[0x11080, 0x110cf]] },
	{ name: 'mahajani', ranges: [[0x11150, 0x1117f]] },
	{ name: 'soyombo', ranges: [[0x11a50, 0x11aaf]] },
	{ name: 'duployan', ranges: [[0x1bc00, 0x1bc9f]] },
	{ name: 'bhaiksuki', ranges: [[0x11c00, 0x11c6f]] },
	{ name: 'multani', ranges: [[0x11280, 0x112af]] },
	{ name: 'phags-pa', ranges: [[0xa840, 0xa87f]] },
	{ name: 'elbasan', ranges: [[0x10500, 0x1052f]] },
	{
		name: 'caucasian-albanian',
		ranges: [[0x10530, 0x1056f]]
	},
	{
		name: 'yezidi',
		ranges: [[0x10e80, 0x10ebf]],
		rtl: true,
		tag: 'yezi'
	},
	{
		name: 'sogdian',
		ranges: [[0x10f30, 0x10f6f]],
		rtl: true,
		tag: 'sogd'
	},
	{
		name: 'psalter-pahlavi',
		ranges: [[0x10b80, 0x10baf]],
		rtl: true
	},
	{
		name: 'inscriptional-pahlavi',
		ranges: [[0x10b60, 0x10b7f]],
		rtl: true
	},
	{
		name: 'inscriptional-parthian',
		ranges: [[0x10b40, 0x10b5f]],
		rtl: true
	},
	{
		name: 'imperial-aramaic',
		ranges: [[0x10840, 0x1085f]],
		rtl: true
	},
	{
		name: 'nabataean',
		ranges: [[0x10880, 0x108af]],
		rtl: true
	},
	{
		name: 'palmyrene',
		ranges: [[0x10860, 0x1087f]],
		rtl: true
	},
	{
		name: 'meroitic',
		ranges: [[0x10980, 0x109ff]],
		rtl: true
	},
	{
		name: 'elymaic',
		ranges: [[0x10fe0, 0x10fff]],
		rtl: true
	},
	{ name: 'ugaritic', ranges: [[0x10380, 0x1039f]] },
	{ name: 'nushu', ranges: [[0x1b170, 0x1b2ff]] },
	{
		name: 'tangut',
		ranges: [
			// with its iteration mark
			[0x16fe0, 0x16fe0],
			[0x17000, 0x18aff],
			[0x18d00, 0x18d7f]
		]
	},
	{ name: 'khitan-small-script', ranges: [[0x18b00, 0x18cff]] },
	// hentaigana, the older forms of the kana (Kana Supplement and Extended-A): Noto Serif
	// Hentaigana, whose Fontsource file is named after the block
	{ name: 'kana-extended', ranges: [[0x1b000, 0x1b12f]] },
	{ name: 'dives-akuru', ranges: [[0x11900, 0x1195f]] },
	// scripts and letters newer than the Noto files here: GNU Unifont's (its glyphs are drawn on
	// a grid of pixels, but they are the letters)
	{ name: 'vithkuqi', ranges: [[0x10570, 0x105bf]] },
	{ name: 'cypro-minoan', ranges: [[0x12f90, 0x12fff]] },
	{ name: 'nandinagari', ranges: [[0x119a0, 0x119ff]] },
	{ name: 'chorasmian', ranges: [[0x10fb0, 0x10fdf]], rtl: true },
	{ name: 'nag-mundari', ranges: [[0x1e4d0, 0x1e4ff]] },
	{ name: 'ethiopic-extended-b', ranges: [[0x1e7e0, 0x1e7ff]] },
	{ name: 'canadian-syllabics-extended-a', ranges: [[0x11ab0, 0x11abf]] },
	{
		name: 'hangul-jamo-extended',
		ranges: [
			[0xa960, 0xa97f],
			[0xd7b0, 0xd7ff]
		]
	},
	{
		name: 'small-kana',
		ranges: [
			[0x1aff0, 0x1afff],
			[0x1b130, 0x1b16f]
		]
	},
	{
		name: 'egyptian-hieroglyphs',
		ranges: [[0x13000, 0x1345f]]
	},
	{
		name: 'anatolian-hieroglyphs',
		ranges: [[0x14400, 0x1467f]]
	},
	{ name: 'cuneiform', ranges: [[0x12000, 0x1254f]] }
];

/** The scripts' blocks, sorted, for a binary search: their starts, ends and scripts. */
const blocks = indexScripts
	.flatMap((script) => script.ranges.map(([from, to]) => ({ from, to, script })))
	.sort((a, b) => a.from - b.from);
const blockStarts = blocks.map((block) => block.from);
const blockEnds = blocks.map((block) => block.to);

/** Whether a code point belongs to a right-to-left script of the names index (Syriac…). */
export function isIndexRtl(cp: number): boolean {
	if (cp < 0x0700) return false;
	const name = indexScriptOf(cp);
	return name !== null && rtlScripts.has(name);
}
const rtlScripts = new Set(indexScripts.filter((s) => s.rtl).map((s) => s.name));

/** The script of the names index a code point belongs to, other than CJK (null: none). */
export function indexScriptOf(cp: number): string | null {
	// asked for every character of the report's own texts too, so a search, not a scan
	const script = blocks[rangeOf(blockStarts, blockEnds, cp)]?.script;
	if (!script || (script.lettersOnly && !/\p{L}/u.test(String.fromCodePoint(cp)))) return null;
	return script.name;
}

/**
 * The letters and marks of Latin, Greek and Cyrillic that Open Sans lacks (Hausa "ƙ ɓ", Akan
 * "ɛ ɔ", "ḥ ṭ" in transliterated names, polytonic Greek…), as [gap from the last range's end,
 * length] pairs: `npm run fonts:names` finds them, and the names index has them from Noto Sans (the
few it lacks, phonetic letters mostly, from GNU Unifont).
 */
const gapStarts: number[] = [];
const gapEnds: number[] = [];
for (let i = 0, end = 0; i + 1 < mainFontGaps.length; i += 2) {
	const from = end + mainFontGaps[i]!;
	end = from + mainFontGaps[i + 1]!;
	gapStarts.push(from);
	gapEnds.push(end);
}

/** Whether Open Sans lacks a letter of Latin, Greek or Cyrillic that Noto Sans or Unifont has. */
export function isMainFontGap(cp: number): boolean {
	return rangeOf(gapStarts, gapEnds, cp) >= 0;
}

/** Which of sorted, separate ranges (their starts and ends) holds a code point: -1 for none. */
export function rangeOf(starts: readonly number[], ends: readonly number[], cp: number): number {
	let low = 0;
	let high = starts.length - 1;
	while (low <= high) {
		const mid = (low + high) >> 1;
		if (cp < starts[mid]!) high = mid - 1;
		else if (cp > ends[mid]!) low = mid + 1;
		else return mid;
	}
	return -1;
}

/**
 * Whether the names index may hold a font for a code point: CJK, one of `indexScripts`, or a
 * letter Open Sans lacks.
 */
export function inNamesIndex(cp: number): boolean {
	return cjkKind(cp) !== null || indexScriptOf(cp) !== null || isMainFontGap(cp);
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
