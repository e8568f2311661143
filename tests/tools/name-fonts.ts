/**
 * `npm run fonts:names`: the fonts for names in Chinese, Japanese and Korean, in the other
 * scripts of `indexScripts` (static/fonts/names/: Armenian, Bengali, Tamil, Adlam…) and in the
 * letters of Latin, Greek and Cyrillic that Open Sans lacks, and in Devanagari
 * (src/lib/report/fonts/). Their source is Fontsource's Noto Sans SC, TC, JP, KR, Devanagari,
 * Noto Sans, and one Noto family per other script (the Google Fonts builds, TrueType outlines,
 * which jspdf reads), in weight 400; 5.3.0 where `version` or the script's entry names no other.
 * The scripts Fontsource has no font for (entries with `debian`) and the mathematical letters come
 * from Debian's fonts-noto-core and fonts-noto-extra 20201225-1 (`apt-get download`), turned
 * into WOFF.
 * Fontsource already cuts each CJK font into about a hundred files by Unicode range (20–90 KB
 * each); this keeps, per character, one file: Hangul from KR, kana from JP, Han from SC, else TC,
 * else JP, else KR, else HK (Noto Sans HK, for the rare characters of Hong Kong names); the rare
 * Han characters none of them holds come from Debian's Hanazono Mincho, cut into files of 256, and
 * the letters newer than all these fonts from Debian's GNU Unifont (its CFF outlines turned into
 * TrueType with fontTools). A PDF then downloads only the files its name needs, and jspdf embeds
 * only the glyphs it draws. `cjk.json` says which file holds which character. Run it with network access to
 * the npm registry and Debian's archive; the output is committed (about 40 MB, fetched only for
 * such names).
 */
import { execFileSync } from 'node:child_process';
import {
	existsSync,
	readdirSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { create, registerFormat } from 'fontkit/core';
import { TTFFont } from 'fontkit/formats/TTFFont';
import { cjkKind, encodeRanges, indexScripts, indexScriptOf } from '../../src/lib/report/cjk';
import { fallbackOf } from '../../src/lib/report/scripts';
import { woffToSfnt } from '../../src/lib/report/woff';
import subsetFont from 'subset-font';

const version = {
	sc: '5.3.1',
	tc: '5.3.0',
	jp: '5.3.0',
	kr: '5.3.0',
	hk: '5.3.0',
	devanagari: '5.3.0'
};
type Family = 'sc' | 'tc' | 'jp' | 'kr' | 'hk';
// Hong Kong's last: it adds the rare Han characters of Hong Kong names (HKSCS, most of them
// beyond the Basic Multilingual Plane) that the others lack
const hanOrder: Family[] = ['sc', 'tc', 'jp', 'kr', 'hk'];

const work = mkdtempSync(join(tmpdir(), 'name-fonts-'));
registerFormat(TTFFont);
/** Unpacks a Fontsource package's weight-400 files and style sheet. */
function unpack(
	name: string,
	family = `noto-sans-${name}`,
	release = version[name as keyof typeof version] ?? '5.3.0'
): string {
	const tgz = execFileSync('npm', ['pack', `@fontsource/${family}@${release}`], {
		cwd: work,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'ignore']
	})
		.trim()
		.split('\n')
		.at(-1)!;
	const dir = join(work, name);
	mkdirSync(dir);
	execFileSync('tar', ['xzf', join(work, tgz), '-C', dir, '--wildcards', 'package/400.css'], {});
	execFileSync('tar', ['xzf', join(work, tgz), '-C', dir, '--wildcards', '*-400-normal.woff']);
	return join(dir, 'package');
}

/** Each file of a family's 400 style sheet with the code points its unicode-range lists. */
function chunks(css: string): Map<string, Set<number>> {
	const out = new Map<string, Set<number>>();
	for (const [, block] of css.matchAll(/@font-face\s*{([^}]*)}/g)) {
		const file = /files\/([^)]*?-400-normal)\.woff2/.exec(block!)?.[1];
		const range = /unicode-range:([^;]*)/.exec(block!)?.[1];
		if (!file || !range) continue;
		const points = new Set<number>();
		for (const part of range.split(',')) {
			const [from, to] = part.trim().slice(2).split('-');
			const start = parseInt(from!, 16);
			for (let cp = start; cp <= (to ? parseInt(to, 16) : start); cp++) points.add(cp);
		}
		out.set(file, points);
	}
	return out;
}

const families = Object.fromEntries(
	hanOrder.map((family) => {
		const dir = unpack(family);
		return [family, { dir, chunks: chunks(readFileSync(join(dir, '400.css'), 'utf8')) }];
	})
) as Record<Family, { dir: string; chunks: Map<string, Set<number>> }>;

const owner = new Map<number, string>();
const files: string[] = [];
const fileIndex = new Map<string, number>();

/** Writes a file of the names index, lists it, and makes it the owner of these characters. */
function addFile(name: string, bytes: Uint8Array, points: Iterable<number> = []): void {
	fileIndex.set(name, files.length);
	files.push(name);
	writeFileSync(join(out(), name), bytes);
	for (const cp of points) owner.set(cp, name);
}
for (let cp = 0; cp <= 0x323af; cp++) {
	const kind = cjkKind(cp);
	if (!kind) continue;
	const order: Family[] =
		kind === 'hangul' ? ['kr', ...hanOrder] : kind === 'kana' ? ['jp', ...hanOrder] : hanOrder;
	for (const family of order) {
		const file = [...families[family].chunks].find(([, points]) => points.has(cp))?.[0];
		if (!file) continue;
		const name = `${file.replace('noto-sans-', '').replace('-400-normal', '')}.woff`;
		if (!fileIndex.has(name))
			addFile(name, readFileSync(join(families[family].dir, 'files', `${file}.woff`)));
		owner.set(cp, name);
		break;
	}
}

// the rare Han characters that no Noto file holds (most of Extensions A to F, and rare ones of
// the main block): Hanazono Mincho A, else B (GlyphWiki, under the Hanazono Font License; from
// Debian's fonts-hanazono), cut into files of at most `perHanFile` characters in code point
// order, each with only their glyphs (HarfBuzz's subsetter, `subset-font`, as `npm run fonts` uses)
{
	const hanazono = ['HanaMinA.ttf', 'HanaMinB.ttf'].map((file) => {
		const ttf = hanazonoFont(file);
		return { ttf, font: create(ttf) };
	});
	const perHanFile = 256;
	// per font, its characters in code point order (a character is A's when A has it)
	const points: number[][] = hanazono.map(() => []);
	for (let cp = 0; cp <= 0x323af; cp++) {
		if (cjkKind(cp) !== 'han' || owner.has(cp)) continue;
		const at = hanazono.findIndex(({ font }) => font.hasGlyphForCodePoint(cp));
		if (at >= 0) points[at]!.push(cp);
	}
	for (const [at, list] of points.entries())
		for (let from = 0; from < list.length; from += perHanFile) {
			const run = list.slice(from, from + perHanFile);
			// with the space: a file of only characters beyond the Basic Multilingual Plane would
			// have no format 4 character map, and jspdf maps characters through that one
			const text = ` ${String.fromCodePoint(...run)}`;
			const ttf = await subsetFont(Buffer.from(hanazono[at]!.ttf), text, {
				targetFormat: 'truetype'
			});
			addFile(`han-${run[0]!.toString(16)}.woff`, sfntToWoff(ttf), run);
		}
}

// the other scripts: one file each, the Fontsource chunk named after the script, for the
// characters of the script's blocks that it holds
// Debian's Noto packages, for the scripts Fontsource has no font for
let debian: string | null = null;
function debianFont(file: string): Uint8Array {
	if (!debian) {
		debian = join(work, 'debian');
		mkdirSync(debian);
		for (const pkg of ['fonts-noto-core', 'fonts-noto-extra']) {
			execFileSync('apt-get', ['download', `${pkg}=20201225-1`], { cwd: work, stdio: 'ignore' });
			execFileSync('dpkg', ['-x', join(work, `${pkg}_20201225-1_all.deb`), debian]);
		}
	}
	return readFileSync(join(debian, 'usr/share/fonts/truetype/noto', file));
}

/** A font of Debian's fonts-hanazono 20170904-2.1 (`apt-get download`). */
function hanazonoFont(file: string): Uint8Array {
	const dir = join(work, 'hanazono');
	if (!existsSync(dir)) {
		mkdirSync(dir);
		execFileSync('apt-get', ['download', 'fonts-hanazono=20170904-2.1'], {
			cwd: work,
			stdio: 'ignore'
		});
		execFileSync('dpkg', ['-x', join(work, 'fonts-hanazono_20170904-2.1_all.deb'), dir]);
	}
	return readFileSync(join(dir, 'usr/share/fonts/truetype/hanazono', file));
}

/**
 * GNU Unifont (15.0.01, Debian's fonts-unifont; under the SIL Open Font License 1.1, one of its
 * two licences since 13.0.04): the last resort for letters no Noto or Hanazono file holds. Its
 * glyphs are CFF outlines, which jspdf cannot read: `cut` keeps some characters with HarfBuzz's
 * subsetter and turns their outlines into TrueType with fontTools (Debian's python3-fonttools,
 * unpacked here: the straight lines of Unifont's pixels convert exactly).
 */
function unifontFonts() {
	const dir = join(work, 'unifont');
	mkdirSync(dir);
	for (const pkg of ['fonts-unifont=1:15.0.01-2', 'python3-fonttools=4.38.0-1+deb12u1']) {
		execFileSync('apt-get', ['download', pkg], { cwd: dir, stdio: 'ignore' });
	}
	for (const deb of readdirSync(dir).filter((f) => f.endsWith('.deb')))
		execFileSync('dpkg', ['-x', join(dir, deb), dir]);
	const file = (name: string) => readFileSync(join(dir, 'usr/share/fonts/opentype/unifont', name));
	// the Basic Multilingual Plane in one file, the planes above in another
	const bmp = { ttf: file('unifont.otf') };
	const upper = { ttf: file('unifont_upper.otf') };
	const fonts = [bmp, upper].map((f) => ({ ...f, font: create(f.ttf) }));
	writeFileSync(join(dir, 'to-truetype.py'), toTrueType);
	let count = 0;
	return {
		has: (cp: number) => fonts[cp > 0xffff ? 1 : 0]!.font.hasGlyphForCodePoint(cp),
		/** The characters (all in one plane group) as a TrueType file, with the space (see Hanazono). */
		async cut(points: readonly number[]): Promise<Uint8Array> {
			const source = fonts[(points[0] ?? 0) > 0xffff ? 1 : 0]!.ttf;
			const cff = await subsetFont(Buffer.from(source), ` ${String.fromCodePoint(...points)}`, {
				targetFormat: 'sfnt'
			});
			const from = join(dir, `cut-${++count}.otf`);
			const to = join(dir, `cut-${count}.ttf`);
			writeFileSync(from, cff);
			execFileSync('python3', [join(dir, 'to-truetype.py'), from, to], {
				env: { ...process.env, PYTHONPATH: join(dir, 'usr/lib/python3/dist-packages') },
				// (its stderr goes into the error if it fails; it warns about Unifont's old dates)
				stdio: ['ignore', 'ignore', 'pipe']
			});
			return readFileSync(to);
		}
	};
}

/** fontTools: a CFF font's outlines as TrueType glyphs (quadratic; Unifont's are lines only). */
const toTrueType = `import sys
from fontTools.ttLib import TTFont, newTable
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
font = TTFont(sys.argv[1], recalcTimestamp=False)
order = font.getGlyphOrder()
glyphs = font.getGlyphSet()
glyf = newTable('glyf')
glyf.glyphOrder = order
glyf.glyphs = {}
for name in order:
    pen = TTGlyphPen(glyphs)
    glyphs[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
    glyf[name] = pen.glyph()
font['glyf'] = glyf
font['loca'] = newTable('loca')
maxp = font['maxp']
maxp.tableVersion = 0x00010000
for field in ('maxZones', 'maxTwilightPoints', 'maxStorage', 'maxFunctionDefs', 'maxInstructionDefs',
              'maxStackElements', 'maxSizeOfInstructions', 'maxComponentElements'):
    setattr(maxp, field, 0)
maxp.maxZones = 1
font['head'].indexToLocFormat = 0
font['head'].glyphDataFormat = 0
font['post'].formatType = 3.0
del font['CFF ']
font.sfntVersion = '\\x00\\x01\\x00\\x00'
font.save(sys.argv[2])
`;

/** TrueType as WOFF 1.0, each table zlib-compressed where that makes it smaller. */
function sfntToWoff(sfnt: Uint8Array): Uint8Array {
	const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
	const count = view.getUint16(4);
	const tables = Array.from({ length: count }, (_, i) => {
		const entry = 12 + 16 * i;
		const offset = view.getUint32(entry + 8);
		const length = view.getUint32(entry + 12);
		const data = sfnt.subarray(offset, offset + length);
		const packed = deflateSync(data, { level: 9 });
		return {
			tag: view.getUint32(entry),
			checksum: view.getUint32(entry + 4),
			length,
			data: packed.length < length ? new Uint8Array(packed) : data
		};
	});
	const pad = (n: number) => (n + 3) & ~3;
	let size = 44 + 20 * count;
	for (const table of tables) size += pad(table.data.length);
	const out = new Uint8Array(size);
	const o = new DataView(out.buffer);
	o.setUint32(0, 0x774f4646); // 'wOFF'
	o.setUint32(4, view.getUint32(0));
	o.setUint32(8, size);
	o.setUint16(12, count);
	o.setUint32(16, 12 + 16 * count + tables.reduce((sum, t) => sum + pad(t.length), 0));
	o.setUint16(20, 1);
	let at = 44 + 20 * count;
	tables.forEach((table, i) => {
		const entry = 44 + 20 * i;
		o.setUint32(entry, table.tag);
		o.setUint32(entry + 4, at);
		o.setUint32(entry + 8, table.data.length);
		o.setUint32(entry + 12, table.length);
		o.setUint32(entry + 16, table.checksum);
		out.set(table.data, at);
		at += pad(table.data.length);
	});
	return out;
}

/**
 * Where each script's font comes from, when it is not Fontsource's `noto-sans-<name>` 5.3.0: another
 * family (Noto Serif where there is no Noto Sans), another version, or Debian's fonts-noto-core
 * or -extra 20201225-1 (the file), for the scripts Fontsource has no font for.
 */
const sources: Record<
	string,
	{ family?: string; version?: string; debian?: string; unifont?: true }
> = {
	tibetan: { family: 'noto-serif-tibetan' },
	yi: { version: '4.5.12' },
	lisu: { version: '4.5.12' },
	bamum: { version: '4.5.12' },
	'tai-le': { version: '5.2.7' },
	buginese: { version: '5.0.12' },
	rejang: { version: '5.0.8' },
	'tai-tham': { version: '4.5.12' },
	lepcha: { version: '4.5.9' },
	saurashtra: { version: '4.5.9' },
	tagalog: { version: '5.0.18' },
	tagbanwa: { version: '5.0.9' },
	'sora-sompeng': { version: '5.2.8' },
	miao: { version: '5.0.13' },
	'mende-kikakui': { version: '4.5.0' },
	'warang-citi': { version: '4.5.11' },
	'nyiakeng-puachue-hmong': { family: 'noto-serif-nyiakeng-puachue-hmong', version: '4.5.11' },
	toto: { family: 'noto-serif-toto' },
	dogra: { family: 'noto-serif-dogra' },
	ahom: { family: 'noto-serif-ahom' },
	makasar: { family: 'noto-serif-makasar' },
	sharada: { version: '5.2.8' },
	modi: { version: '5.2.9' },
	siddham: { version: '5.2.6' },
	tirhuta: { version: '4.5.10' },
	osmanya: { version: '5.0.12' },
	brahmi: { version: '5.2.6' },
	kharoshthi: { version: '4.5.8' },
	'old-hungarian': { version: '5.2.6' },
	'old-permic': { version: '5.2.6' },
	lycian: { version: '4.5.8' },
	'old-persian': { version: '5.2.6' },
	'old-south-arabian': { version: '5.2.6' },
	'old-north-arabian': { version: '5.2.6' },
	'old-uyghur': { family: 'noto-serif-old-uyghur' },
	tangut: { family: 'noto-serif-tangut' },
	'khitan-small-script': { family: 'noto-serif-khitan-small-script' },
	'kana-extended': { family: 'noto-serif-hentaigana' },
	'dives-akuru': { family: 'noto-serif-dives-akuru' },
	math: { debian: 'NotoSansMath-Regular.ttf' },
	chakma: { debian: 'NotoSansChakma-Regular.ttf' },
	batak: { debian: 'NotoSansBatak-Regular.ttf' },
	mandaic: { debian: 'NotoSansMandaic-Regular.ttf' },
	wancho: { debian: 'NotoSansWancho-Regular.ttf' },
	'bassa-vah': { debian: 'NotoSansBassaVah-Regular.ttf' },
	'pahawh-hmong': { debian: 'NotoSansPahawhHmong-Regular.ttf' },
	medefaidrin: { debian: 'NotoSansMedefaidrin-Regular.ttf' },
	'gunjala-gondi': { debian: 'NotoSansGunjalaGondi-Regular.ttf' },
	'masaram-gondi': { debian: 'NotoSansMasaramGondi-Regular.ttf' },
	mro: { debian: 'NotoSansMro-Regular.ttf' },
	takri: { debian: 'NotoSansTakri-Regular.ttf' },
	kaithi: { debian: 'NotoSansKaithi-Regular.ttf' },
	mahajani: { debian: 'NotoSansMahajani-Regular.ttf' },
	soyombo: { debian: 'NotoSansSoyombo-Regular.ttf' },
	duployan: { debian: 'NotoSansDuployan-Regular.ttf' },
	bhaiksuki: { debian: 'NotoSansBhaiksuki-Regular.ttf' },
	multani: { debian: 'NotoSansMultani-Regular.ttf' },
	'phags-pa': { debian: 'NotoSansPhagsPa-Regular.ttf' },
	elbasan: { debian: 'NotoSansElbasan-Regular.ttf' },
	'caucasian-albanian': { debian: 'NotoSansCaucasianAlbanian-Regular.ttf' },
	yezidi: { debian: 'NotoSerifYezidi-Regular.ttf' },
	sogdian: { debian: 'NotoSansSogdian-Regular.ttf' },
	'psalter-pahlavi': { debian: 'NotoSansPsalterPahlavi-Regular.ttf' },
	'inscriptional-pahlavi': { debian: 'NotoSansInscriptionalPahlavi-Regular.ttf' },
	'inscriptional-parthian': { debian: 'NotoSansInscriptionalParthian-Regular.ttf' },
	'imperial-aramaic': { debian: 'NotoSansImperialAramaic-Regular.ttf' },
	nabataean: { debian: 'NotoSansNabataean-Regular.ttf' },
	palmyrene: { debian: 'NotoSansPalmyrene-Regular.ttf' },
	meroitic: { debian: 'NotoSansMeroitic-Regular.ttf' },
	elymaic: { debian: 'NotoSansElymaic-Regular.ttf' },
	ugaritic: { debian: 'NotoSansUgaritic-Regular.ttf' },
	nushu: { debian: 'NotoSansNushu-Regular.ttf' },
	'anatolian-hieroglyphs': { debian: 'NotoSansAnatolianHieroglyphs-Regular.ttf' },
	cuneiform: { debian: 'NotoSansCuneiform-Regular.ttf' },
	vithkuqi: { unifont: true },
	'cypro-minoan': { unifont: true },
	nandinagari: { unifont: true },
	chorasmian: { unifont: true },
	'nag-mundari': { unifont: true },
	'ethiopic-extended-b': { unifont: true },
	'canadian-syllabics-extended-a': { unifont: true },
	'hangul-jamo-extended': { unifont: true },
	'small-kana': { unifont: true }
};

const unifont = unifontFonts();

// the old Hangul letters (the jamo of Middle Korean) that Noto Sans KR lacks: Unifont's
{
	const points: number[] = [];
	for (let cp = 0; cp <= 0xffff; cp++)
		if (cjkKind(cp) === 'hangul' && !owner.has(cp) && unifont.has(cp)) points.push(cp);
	addFile('unifont-hangul.woff', sfntToWoff(await unifont.cut(points)), points);
}

for (const script of indexScripts) {
	const source = sources[script.name] ?? {};
	if (source.unifont) {
		const points = script.ranges.flatMap(([from, to]) =>
			Array.from({ length: to - from + 1 }, (_, i) => from + i).filter((cp) => unifont.has(cp))
		);
		addFile(`${script.name}.woff`, sfntToWoff(await unifont.cut(points)), points);
		continue;
	}
	if (source.debian) {
		const ttf = debianFont(source.debian);
		const font = create(ttf);
		const name = `${script.name}.woff`;
		addFile(name, sfntToWoff(ttf));
		for (const [from, to] of script.ranges)
			for (let cp = from; cp <= to; cp++)
				if (
					font.hasGlyphForCodePoint(cp) &&
					(!script.lettersOnly || /\p{L}/u.test(String.fromCodePoint(cp)))
				)
					owner.set(cp, name);
		continue;
	}
	const family = source.family ?? `noto-sans-${script.name}`;
	const dir = unpack(script.name, family, source.version);
	const file = `${family}-${script.name}-400-normal`;
	const points = chunks(readFileSync(join(dir, '400.css'), 'utf8')).get(file);
	if (!points) throw new Error(`${family}: no ${file}`);
	addFile(
		`${script.name}.woff`,
		readFileSync(join(dir, 'files', `${file}.woff`)),
		[...points].filter((cp) => indexScriptOf(cp) === script.name)
	);
}

// letters of Latin, Greek and Cyrillic that Open Sans lacks (Hausa "ƙ ɓ", Akan "ɛ ɔ", "ḥ ṭ" in
// transliterated names, polytonic Greek, the ʻokina of Hawaiian and Uzbek…): from Noto Sans, per
// character the first of its Fontsource files that holds it, else Debian's whole Noto Sans (for
// the few that Fontsource's cut leaves out: letters for phonetics, ℏ, ₐ); `main-font-gaps.ts`
// lists them for cjk.ts
const openSans = create(
	readFileSync(new URL('../../src/lib/report/fonts/OpenSans-Regular.ttf', import.meta.url))
);
const notoSans = unpack('sans', 'noto-sans');
const notoChunks = [
	'latin-ext',
	'vietnamese',
	'greek-ext',
	'greek',
	'cyrillic-ext',
	'cyrillic',
	'latin'
].map((chunk) => {
	const name = `sans-${chunk}.woff`;
	const woff = readFileSync(join(notoSans, 'files', `noto-sans-${chunk}-400-normal.woff`));
	const ttf = woffToSfnt(woff);
	if (!ttf) throw new Error(`Noto Sans ${chunk}: not a WOFF file`);
	return { name, woff, font: create(ttf) };
});
{
	const ttf = debianFont('NotoSans-Regular.ttf');
	notoChunks.push({
		name: 'sans-rest.woff',
		woff: Buffer.from(sfntToWoff(ttf)),
		font: create(ttf)
	});
}
const mainScripts =
	/[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Common}\p{Script=Inherited}]/u;
const gaps: number[] = [];
for (let cp = 0x80; cp <= 0x3ffff; cp++) {
	if ((cp >= 0xd800 && cp <= 0xdfff) || owner.has(cp) || cjkKind(cp) || fallbackOf(cp)) continue;
	const char = String.fromCodePoint(cp);
	if (!/[\p{L}\p{M}]/u.test(char) || !mainScripts.test(char)) continue;
	if (openSans.hasGlyphForCodePoint(cp)) continue;
	const chunk = notoChunks.find(({ font }) => font.hasGlyphForCodePoint(cp));
	if (!chunk) continue;
	if (!fileIndex.has(chunk.name)) addFile(chunk.name, chunk.woff);
	owner.set(cp, chunk.name);
	gaps.push(cp);
}
// the letters of these scripts that no Noto file holds (phonetic letters, mostly): Unifont's
{
	const rest: number[] = [];
	for (let cp = 0x80; cp <= 0x3ffff; cp++) {
		if ((cp >= 0xd800 && cp <= 0xdfff) || owner.has(cp) || cjkKind(cp) || fallbackOf(cp)) continue;
		const char = String.fromCodePoint(cp);
		if (!/\p{L}/u.test(char) || !mainScripts.test(char) || indexScriptOf(cp)) continue;
		if (!openSans.hasGlyphForCodePoint(cp) && unifont.has(cp)) rest.push(cp);
	}
	for (const plane of [rest.filter((cp) => cp <= 0xffff), rest.filter((cp) => cp > 0xffff)]) {
		if (plane.length === 0) continue;
		const name = `unifont-${plane[0]! > 0xffff ? 'upper' : 'bmp'}.woff`;
		addFile(name, sfntToWoff(await unifont.cut(plane)), plane);
	}
	gaps.push(...rest);
	gaps.sort((a, b) => a - b);
}
writeFileSync(
	new URL('../../src/lib/report/main-font-gaps.ts', import.meta.url),
	'/** Made by `npm run fonts:names` (tests/tools/name-fonts.ts); see cjk.ts. */\n' +
		`export const mainFontGaps = ${JSON.stringify(
			encodeRanges(gaps.map((cp) => [cp, 0])).filter((_, i) => i % 3 !== 2)
		)};\n`
);
console.log(`Noto Sans for ${gaps.length} letters and marks Open Sans lacks`);

function out(): string {
	const dir = new URL('../../static/fonts/names/', import.meta.url).pathname;
	mkdirSync(dir, { recursive: true });
	return dir;
}

const points = [...owner.keys()].sort((a, b) => a - b);
const index = {
	files,
	ranges: encodeRanges(points.map((cp) => [cp, fileIndex.get(owner.get(cp)!)!]))
};
writeFileSync(join(out(), 'cjk.json'), JSON.stringify(index));
console.log(`static/fonts/names: ${files.length} files, ${points.length} characters`);

const devanagari = unpack('devanagari');
const ttf = woffToSfnt(
	readFileSync(join(devanagari, 'files', 'noto-sans-devanagari-devanagari-400-normal.woff'))
);
if (!ttf) throw new Error('Noto Sans Devanagari: not a WOFF file');
writeFileSync(
	new URL('../../src/lib/report/fonts/NotoSansDevanagari-Regular.ttf', import.meta.url),
	ttf
);
console.log(`NotoSansDevanagari-Regular.ttf: ${(ttf.length / 1024).toFixed(1)} KB`);
rmSync(work, { recursive: true, force: true });
