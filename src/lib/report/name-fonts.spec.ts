import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cjkKind, cjkPoints, encodeRanges, indexScriptOf, indexScripts } from './cjk';
import { cjkFonts, maxCjkFiles, readCjkIndex, type NameFontSource } from './name-fonts';

const folder = new URL('../../../static/fonts/names/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('cjk.json', folder), 'utf8'));
const source = (missing: readonly string[] = []): NameFontSource & { asked: string[] } => {
	const asked: string[] = [];
	return {
		asked,
		index: async () => index,
		file: async (name) => {
			asked.push(name);
			if (missing.includes(name)) throw new Error('offline');
			return new Uint8Array(readFileSync(new URL(name, folder)));
		},
		base64: (bytes) => Buffer.from(bytes).toString('base64')
	};
};

describe('the CJK fonts for names', () => {
	const fileOf = readCjkIndex(index)!;

	it('has a file on disk for every character of Hangul, kana and the common Han block', () => {
		expect(fileOf).not.toBeNull();
		const onDisk = new Set(readdirSync(folder));
		const count = (from: number, to: number) => {
			let n = 0;
			for (let cp = from; cp <= to; cp++) {
				const file = fileOf(cp);
				if (file) {
					expect(onDisk.has(file), file).toBe(true);
					n++;
				}
			}
			return n;
		};
		expect(count(0xac00, 0xd7a3)).toBe(11172); // every Hangul syllable
		expect(count(0x3041, 0x3096)).toBe(86); // every hiragana
		expect(count(0x30a1, 0x30fa)).toBe(90); // every katakana
		expect(count(0x4e00, 0x9fff)).toBeGreaterThan(17000); // of 20,992 unified ideographs
		for (const char of '文化中心上海東京센터。「」')
			expect(fileOf(char.codePointAt(0)!), char).not.toBeNull();
		// every file in the folder is one the index names
		expect([...onDisk].filter((f) => f.endsWith('.woff')).sort()).toEqual([...index.files].sort());
	});

	it('has one file per other script, holding the letters of its main block', () => {
		for (const script of indexScripts) {
			const [from, to] = script.ranges[0]!;
			let held = 0;
			let letters = 0;
			for (let cp = from; cp <= to; cp++) {
				if (!/\p{L}/u.test(String.fromCodePoint(cp))) continue;
				letters++;
				const file = fileOf(cp);
				if (file) {
					expect(file, script.name).toBe(`${script.name}.woff`);
					held++;
				}
			}
			// every assigned letter of the block (Fontsource's file may skip a rare one)
			expect(held / letters, script.name).toBeGreaterThan(0.95);
		}
		for (const char of 'Հայ ქართ ሰላም বাংলা தமிழ் ਪੰਜਾਬ ગુજ ଓଡ଼ తెలు ಕನ್ನ മലയ සිං ລາວ မြန် ខ្មែរ'.replace(
			/[\s\u0300-\u036f]/gu,
			''
		))
			if (/\p{L}/u.test(char)) expect(fileOf(char.codePointAt(0)!), char).not.toBeNull();
	});

	it('shapes the files of other scripts, and loads only the ones a text needs', async () => {
		const from = source();
		const fonts = await cjkFonts(['বাংলা সংস্কৃতি', 'Atelier Zoë'], from);
		expect(from.asked).toEqual(['bengali.woff']);
		expect(Object.keys(fonts?.files ?? {})).toEqual(['bengali']);
		const glyphs = fonts?.shapers?.bengali?.('ক্ষ') ?? [];
		// ক + ্ + ষ is one conjunct glyph
		expect(glyphs.map((g) => g.text)).toEqual(['ক্ষ']);
	});

	it('shapes Adlam right to left with its joined forms, and draws a rare Han character by its glyph', async () => {
		const from = source();
		const fonts = (await cjkFonts(['𞤀𞤣𞤤𞤢𞤥', '𠮷野家'], from))!;
		expect(from.asked).toContain('adlam.woff');
		expect(from.asked).not.toContain('bengali.woff');
		// in the order they stand on the page: the first letter typed is drawn last (rightmost)
		const glyphs = fonts.shapers?.adlam?.('𞤀𞤣𞤤') ?? [];
		expect(glyphs.map((g) => g.text)).toEqual(['𞤤', '𞤣', '𞤀']);
		// joined: a letter between two others is drawn with another glyph than on its own
		const alone = fonts.shapers?.adlam?.('𞤣')[0]?.id;
		expect(glyphs[1]?.id).not.toBe(alone);
		// jspdf reads text in UTF-16 units: 𠮷 (U+20BB7) is drawn by the glyph the shaper finds
		const file = fonts.fileOf(0x20bb7)!;
		expect(fonts.shapers?.[file]?.('𠮷').map((g) => g.text)).toEqual(['𠮷']);
	});

	it('holds TrueType outlines and a character map jspdf reads in every file', async () => {
		const { woffToSfnt } = await import('./woff');
		for (const name of index.files as string[]) {
			const ttf = woffToSfnt(new Uint8Array(readFileSync(new URL(name, folder))));
			expect(ttf, name).not.toBeNull();
			const tables = tablesOf(ttf!);
			expect(tables.has('glyf'), name).toBe(true);
			// jspdf maps characters only through a Unicode subtable of format 4 (platform 0, or
			// 3 with encoding 1); a file of rare Han characters beyond the Basic Multilingual
			// Plane alone would have only format 12, and the PDF would fail
			const cmap = tables.get('cmap')!;
			const subtables = Array.from({ length: cmap.getUint16(2) }, (_, i) => ({
				platform: cmap.getUint16(4 + 8 * i),
				encoding: cmap.getUint16(6 + 8 * i),
				format: cmap.getUint16(cmap.getUint32(8 + 8 * i))
			}));
			expect(
				subtables.some(
					(t) => t.format === 4 && (t.platform === 0 || (t.platform === 3 && t.encoding === 1))
				),
				name
			).toBe(true);
		}
	});

	it('finds the script of a code point by its blocks, which never overlap', () => {
		const blocks = indexScripts
			.flatMap((script) => script.ranges.map(([from, to]) => ({ from, to, script })))
			.sort((a, b) => a.from - b.from);
		for (let i = 1; i < blocks.length; i++)
			expect(blocks[i]!.from, blocks[i]!.script.name).toBeGreaterThan(blocks[i - 1]!.to);
		// the search gives what a scan of every block gives, for every code point
		for (let cp = 0; cp <= 0x3ffff; cp += cp < 0x20000 ? 1 : 7) {
			const block = blocks.find(({ from, to }) => cp >= from && cp <= to);
			const letter = /\p{L}/u.test(String.fromCodePoint(cp));
			const expected = block && (!block.script.lettersOnly || letter) ? block.script.name : null;
			if (indexScriptOf(cp) !== expected) expect(indexScriptOf(cp), cp.toString(16)).toBe(expected);
		}
	});

	it('reads back what encodeRanges wrote, for any set of characters and files', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.integer({ min: 0x3000, max: 0xffff }), { maxLength: 300 }),
				fc.array(fc.nat(4), { minLength: 300, maxLength: 300 }),
				(points, files) => {
					const sorted = [...points].sort((a, b) => a - b);
					const pairs = sorted.map((cp, i) => [cp, files[i]!] as const);
					const names = ['a.woff', 'b.woff', 'c.woff', 'd.woff', 'e.woff'];
					const lookup = readCjkIndex({ files: names, ranges: encodeRanges(pairs) })!;
					for (const [cp, file] of pairs) if (lookup(cp) !== names[file]) return false;
					// a character not in the set is in no file
					const taken = new Set(sorted);
					for (let cp = 0x3000; cp <= 0x3200; cp++)
						if (!taken.has(cp) && lookup(cp) !== null) return false;
					return lookup(0x2fff) === null;
				}
			),
			{ seed: 8, numRuns: 100 }
		);
	});

	it('refuses an index that is not what the build writes', () => {
		for (const bad of [
			null,
			'x',
			{ files: ['../../etc/passwd'], ranges: [0, 1, 0] },
			{ files: ['a.woff'], ranges: [0, 1, 1] },
			{ files: ['a.woff'], ranges: [0, 1] },
			{ files: ['a.woff'], ranges: [-1, 1, 0] }
		])
			expect(readCjkIndex(bad)).toBeNull();
	});

	it('loads only the files a name needs, and none for a name without CJK', async () => {
		const none = source();
		expect(await cjkFonts(['Museum Zoë', 'שלום'], none)).toBeUndefined();
		expect(none.asked).toEqual([]);
		const some = source();
		const fonts = (await cjkFonts(['文化中心', '문화'], some))!;
		expect(some.asked.length).toBeGreaterThan(0);
		expect(some.asked.length).toBeLessThanOrEqual(6);
		for (const char of '文化中心문화')
			expect(fonts.fileOf(char.codePointAt(0)!)! in fonts.files).toBe(true);
	});

	it('leaves out a file it cannot read (its characters become “?”), and loads at most maxCjkFiles', async () => {
		const name = '文化中心';
		const missing = fileOf(name.codePointAt(0)!)!;
		const fonts = (await cjkFonts([name], source([missing])))!;
		expect(missing.replace('.woff', '') in fonts.files).toBe(false);
		// a text with a character from every file: only the limit is fetched
		const every = source();
		const text = index.files.map((file: string) => {
			for (let cp = 0x3000; cp <= 0xffff; cp++)
				if (cjkKind(cp) && fileOf(cp) === file) return String.fromCharCode(cp);
			return '';
		});
		expect(cjkPoints([text.join('')]).length).toBeGreaterThan(maxCjkFiles);
		const capped = (await cjkFonts([text.join('')], every))!;
		expect(every.asked.length).toBe(maxCjkFiles);
		expect(Object.keys(capped.files).length).toBe(maxCjkFiles);
	});
});

/** A TrueType file's tables by tag, each as a view of its bytes. */
function tablesOf(ttf: Uint8Array): Map<string, DataView> {
	const view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
	const tables = new Map<string, DataView>();
	for (let i = 0; i < view.getUint16(4); i++) {
		const entry = 12 + 16 * i;
		const tag = String.fromCharCode(...ttf.subarray(entry, entry + 4));
		tables.set(
			tag,
			new DataView(
				ttf.buffer,
				ttf.byteOffset + view.getUint32(entry + 8),
				view.getUint32(entry + 12)
			)
		);
	}
	return tables;
}
