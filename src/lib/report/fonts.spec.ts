import { readFileSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { contentCodePoints } from '../../../tests/tools/content-characters';
import { parseAnswersText, type AnswersFile } from '../answers/schema';
import { comparisonSection } from '../compare/document';
import { compareFiles } from '../compare/model';
import { buildReport } from '../engine/report';
import { reportDocument } from './model/document';
import { inSubset, needsFullFonts, subsetRanges } from './scripts';

const styles = ['Regular', 'Bold', 'Italic'] as const;
const codePoints = (file: string) =>
	new Set(
		new hb.Face(
			new hb.Blob(readFileSync(new URL(`./fonts/${file}`, import.meta.url)).buffer)
		).collectUnicodes()
	);
const hex = (cp: number) =>
	`U+${cp.toString(16).toUpperCase().padStart(4, '0')} ${String.fromCodePoint(cp)}`;

/**
 * Characters in our texts that Open Sans itself lacks, so no subset can hold them. Each must stay
 * out of the PDF (the test below renders every document model to check): "→" is used on screen
 * only (the comparison's level change, an example in the "Meten" topic).
 */
const notInOpenSans = new Set([0x2192]);

describe('the PDF fonts', () => {
	for (const style of styles) {
		const full = codePoints(`OpenSans-${style}.ttf`);
		const subset = codePoints(`OpenSans-${style}-subset.ttf`);

		it(`the ${style} subset holds every character our PDF texts use (else: npm run fonts)`, () => {
			const missing = contentCodePoints().filter((cp) => !subset.has(cp) && !notInOpenSans.has(cp));
			expect(missing.map(hex)).toEqual([]);
			for (const cp of notInOpenSans) expect(full.has(cp), hex(cp)).toBe(false);
		});

		it(`the ${style} subset holds every character of its ranges that Open Sans has, and is small`, () => {
			const missing: number[] = [];
			for (const [from, to] of subsetRanges)
				for (let cp = from; cp <= to; cp++) if (full.has(cp) && !subset.has(cp)) missing.push(cp);
			expect(missing.map(hex)).toEqual([]);
			// Greek and Cyrillic stay in the full font only
			expect(subset.has(0x03b1)).toBe(false);
			expect(full.has(0x03b1)).toBe(true);
			const size = readFileSync(
				new URL(`./fonts/OpenSans-${style}-subset.ttf`, import.meta.url)
			).length;
			expect(size).toBeLessThan(60 * 1024);
		});
	}

	it('prints none of the characters Open Sans lacks, in any report or comparison', () => {
		const file = (name: string): AnswersFile => {
			const parsed = parseAnswersText(
				readFileSync(new URL(`../../../tests/fixtures/${name}.json`, import.meta.url), 'utf8')
			);
			if (!parsed.ok) throw new Error(name);
			return parsed.value;
		};
		const names = [
			'basisschool',
			'collectief-start',
			'maker-alleen',
			'museum-groot',
			'theater-koploper'
		];
		const date = new Date('2026-11-29T12:00:00Z');
		for (const locale of ['nl', 'en'] as const)
			for (const [i, name] of names.entries()) {
				const report = buildReport(file(name), locale);
				const before = file(names[(i + 1) % names.length] ?? name);
				const comparison = compareFiles(
					{ ...before, profile: file(name).profile },
					file(name),
					locale
				);
				const text = JSON.stringify([
					reportDocument(report, date),
					reportDocument(report, date, { section: comparisonSection(comparison, report) })
				]);
				// the comparison's level changes are printed, in words
				expect(comparison.moved.length).toBeGreaterThan(0);
				expect(text).toContain(locale === 'nl' ? 'van niveau' : 'from level');
				for (const cp of notInOpenSans) expect(text).not.toContain(String.fromCodePoint(cp));
			}
	});

	it('asks for the full fonts only for names and notes the subset cannot print', () => {
		expect(needsFullFonts(['Stichting Zoë & Çağdaş', 'Łódź — “Nhà hát Lớn”', 'Line\nbreak'])).toBe(
			false
		);
		expect(needsFullFonts(['Θέατρο'])).toBe(true);
		expect(needsFullFonts(['Театр'])).toBe(true);
		// Hebrew, Arabic and Thai have fallback fonts of their own; CJK becomes "?" either way
		expect(needsFullFonts(['שלום', 'مركز', 'ศูนย์'])).toBe(false);
		expect(inSubset('€'.codePointAt(0) ?? 0)).toBe(true);
	});
});
