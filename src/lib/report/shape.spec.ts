import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadShaper, type Shaper } from './shape';

const font = (name: string) =>
	new Uint8Array(readFileSync(new URL(`./fonts/${name}`, import.meta.url)));

describe('shaping Devanagari and Thai for the PDF', () => {
	let devanagari: Shaper = () => [];
	beforeAll(async () => {
		const shaper = await loadShaper(font('NotoSansDevanagari-Regular.ttf'));
		if (shaper) devanagari = shaper;
	});

	it('loads a shaper for a TrueType font', async () => {
		expect(await loadShaper(font('NotoSansDevanagari-Regular.ttf'))).not.toBeNull();
	});

	it('puts the vowel sign "ि" before the consonant it follows in typing', () => {
		const glyphs = devanagari('हि');
		expect(glyphs.map((g) => g.text)).toEqual(['ि', 'ह']);
	});

	it('draws a conjunct as one glyph, and a consonant with virama as its half form', () => {
		expect(devanagari('क्ष').map((g) => g.text)).toEqual(['क्ष']);
		// न् before द: the half form of na, then da; the virama is never a glyph of its own
		const hindi = devanagari('हिन्दी');
		expect(hindi.map((g) => g.text)).toEqual(['ि', 'ह', 'न्', 'द', 'ी']);
		expect(hindi.every((g) => g.text !== '्')).toBe(true);
	});

	it('gives advances in em, and every character of the text belongs to some glyph', () => {
		const text = 'संस्कृति केंद्र';
		const glyphs = devanagari(text);
		for (const g of glyphs) {
			expect(g.advance).toBeGreaterThanOrEqual(0);
			expect(g.advance).toBeLessThan(2);
		}
		expect([...glyphs.map((g) => g.text).join('')].sort()).toEqual([...text].sort());
	});

	it('stacks Thai tone marks over their vowel (a mark gets no advance of its own)', async () => {
		const thai = await loadShaper(font('NotoSansThai-Regular.ttf'));
		const glyphs = thai!('ศูนย์');
		const marks = glyphs.filter((g) => g.text === 'ู' || g.text === '์');
		expect(marks.length).toBe(2);
		for (const mark of marks) expect(mark.advance).toBe(0);
	});

	it('gives null for bytes that are no font, and never throws', async () => {
		expect(await loadShaper(new Uint8Array())).toBeNull();
		expect(await loadShaper(new TextEncoder().encode('not a font at all'))).toBeNull();
		const damaged = font('NotoSansDevanagari-Regular.ttf').slice(0, 5000);
		const shaper = await loadShaper(damaged);
		// a cut-off font may open, but shaping with it gives glyphs or nothing, never an error
		if (shaper) expect(Array.isArray(shaper('हिन्दी'))).toBe(true);
	});

	it('shapes any text without throwing, and leaves very long runs unshaped', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
				expect(Array.isArray(devanagari(text))).toBe(true);
			}),
			{ numRuns: 300, seed: 28 }
		);
		expect(devanagari('क'.repeat(2001))).toEqual([]);
	});
});
