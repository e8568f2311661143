import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { zlibSync } from 'fflate';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { answersAttachments, attachFiles } from './attach';
import { nodeFonts } from './node';
import { renderReportPdf } from './pdf';
import { parseAnswersText } from '../answers/schema';
import { answersFileArbitrary, fixtureNames } from '../testing/arbitraries';
import { embeddedFiles, pdfLimits } from '../answers/pdf';
import { buildReport } from '../engine/report';
import { oneFile, pdfProblems, readUpload } from '../answers/read';
import { serialize } from '../state/save-format';

const dir = mkdtempSync(join(tmpdir(), 'digicheck-pdf-answers-'));
const date = new Date('2026-11-29T10:00:00Z');
const fixtureText = (name: string) =>
	readFileSync(new URL(`../../../tests/fixtures/${name}.json`, import.meta.url), 'utf8');
const fonts = await nodeFonts();

async function reportPdf(text: string, attach = true): Promise<Uint8Array> {
	const parsed = parseAnswersText(text);
	if (!parsed.ok) throw new Error('fixture');
	return renderReportPdf(buildReport(parsed.value), fonts, {
		date,
		attachments: attach ? answersAttachments('single', [text]) : []
	});
}

/** A one-page PDF with the files attached: the embedding alone, fast enough for many files. */
function smallPdf(texts: string[], kind: 'single' | 'team' = 'single'): Uint8Array {
	const doc = new jsPDF({ compress: true });
	doc.text('Digicheck', 20, 20);
	attachFiles(doc, answersAttachments(kind, texts), date);
	return new Uint8Array(doc.output('arraybuffer'));
}

const decoder = new TextDecoder();

describe('the answers inside a PDF', () => {
	it('round-trip byte for byte for every fixture, in a PDF that qpdf and poppler accept', async () => {
		for (const name of fixtureNames) {
			const text = fixtureText(name);
			const pdf = await reportPdf(text);
			const found = embeddedFiles(pdf);
			expect(found.ok && found.files.map((f) => decoder.decode(f))).toEqual([text]);
			const read = await readUpload(pdf);
			expect(read.ok && read.files[0]!.text).toBe(text);
			const path = join(dir, `${name}.pdf`);
			writeFileSync(path, pdf);
			expect(spawnSync('qpdf', ['--check', path]).status, name).toBe(0);
			// what a reader's attachment panel shows, and saves
			expect(execFileSync('pdfdetach', ['-list', path], { encoding: 'utf8' })).toContain(
				'1: digicheck-antwoorden.json'
			);
			const saved = join(dir, `${name}-saved.json`);
			execFileSync('pdfdetach', ['-save', '1', '-o', saved, path]);
			expect(readFileSync(saved, 'utf8')).toBe(text);
		}
	});

	it('round-trip byte for byte for 200 generated files', async () => {
		const files = fc.sample(answersFileArbitrary, { numRuns: 200, seed: 20261129 });
		for (const file of files) {
			const text = serialize(file);
			const read = await readUpload(smallPdf([text]));
			expect(read.ok && read.files.map((f) => f.text)).toEqual([text]);
		}
	});

	it('make the PDF grow by less than the JSON itself', async () => {
		for (const name of ['museum-groot', 'veel-weet-ik-niet']) {
			const text = fixtureText(name);
			const growth = (await reportPdf(text)).length - (await reportPdf(text, false)).length;
			expect(growth, name).toBeGreaterThan(0);
			expect(growth, name).toBeLessThanOrEqual(new TextEncoder().encode(text).length);
		}
	});

	it('keep every file of a team PDF, in order; one place takes the last with a note', async () => {
		const texts = ['basisschool', 'speciaal-onderwijs', 'school-techniek-sterk'].map(fixtureText);
		const pdf = smallPdf(texts, 'team');
		const path = join(dir, 'team.pdf');
		writeFileSync(path, pdf);
		expect(execFileSync('pdfdetach', ['-list', path], { encoding: 'utf8' })).toContain(
			'3 embedded files'
		);
		const read = await readUpload(pdf);
		if (!read.ok) throw new Error('read');
		expect(read.files.map((f) => f.text)).toEqual(texts);
		const one = oneFile(read);
		expect(one.text).toBe(texts[2]);
		expect(one.warnings.at(-1)?.message.nl).toContain('bevat 3 antwoordenbestanden');
	});

	it('say so plainly for a PDF without answers, a damaged one and a too large one', async () => {
		const doc = new jsPDF();
		doc.text('Een gewoon PDF-bestand', 20, 20);
		const plain = new Uint8Array(doc.output('arraybuffer'));
		expect(await readUpload(plain)).toEqual({ ok: false, problems: [pdfProblems.none] });
		expect(pdfProblems.none.message.nl).toBe(
			'Dit PDF-bestand bevat geen Digicheck-antwoorden. Open het antwoordenbestand (.json), of een PDF-rapport dat met Digicheck is gemaakt.'
		);
		const big = new Uint8Array(pdfLimits.maxBytes + 10);
		big.set(new TextEncoder().encode('%PDF-1.3\n'));
		expect(await readUpload(big)).toEqual({ ok: false, problems: [pdfProblems.tooLarge] });
		// the stream cut off halfway: damaged, not a crash
		const pdf = smallPdf([fixtureText('basisschool')]);
		const at = decoder.decode(pdf).indexOf('/Type /EmbeddedFile');
		const cut = pdf.slice(0, at + 400);
		expect(await readUpload(cut)).toEqual({ ok: false, problems: [pdfProblems.damaged] });
	});

	it('stop a decompression bomb at the size limit, and refuse hostile answers inside', async () => {
		const bomb = zlibSync(new Uint8Array(50 * 1024 * 1024).fill(0x20), { level: 9 });
		const pdf = new TextEncoder().encode(
			`%PDF-1.7\n1 0 obj\n<< /Type /EmbeddedFile /Filter /FlateDecode /Length ${bomb.length} >>\nstream\n`
		);
		const bytes = new Uint8Array([
			...pdf,
			...bomb,
			...new TextEncoder().encode('\nendstream\nendobj\n%%EOF')
		]);
		const started = performance.now();
		expect(await readUpload(bytes)).toEqual({ ok: false, problems: [pdfProblems.damaged] });
		expect(performance.now() - started).toBeLessThan(5_000);
		// hostile answers: too many, and a name with control characters: the same rules as JSON
		const hostile = JSON.parse(fixtureText('basisschool'));
		hostile.answers = Object.fromEntries(Array.from({ length: 600 }, (_, i) => [`vraag-${i}`, 2]));
		const read = await readUpload(smallPdf([JSON.stringify(hostile)]));
		expect(read.ok).toBe(false);
		const named = JSON.parse(fixtureText('basisschool'));
		named.profile.name = 'School\u001b[31m rood\u0007';
		const readNamed = await readUpload(smallPdf([JSON.stringify(named)]));
		const cleaned = readNamed.ok ? readNamed.files[0]!.file.profile.name : '\u001b';
		expect(cleaned.includes('\u001b') || cleaned.includes('\u0007')).toBe(false);
	});

	it('never throw on truncated or altered PDFs (seeded fuzz)', async () => {
		const pdf = smallPdf([fixtureText('museum-groot'), fixtureText('basisschool')], 'team');
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.integer({ min: 0, max: pdf.length }).map((n) => pdf.slice(0, n)),
					fc
						.array(
							fc.record({
								at: fc.integer({ min: 0, max: pdf.length - 1 }),
								byte: fc.integer({ min: 0, max: 255 })
							}),
							{ minLength: 1, maxLength: 20 }
						)
						.map((edits) => {
							const copy = pdf.slice();
							for (const e of edits) copy[e.at] = e.byte;
							return copy;
						}),
					fc
						.tuple(fc.integer({ min: 0, max: pdf.length }), fc.uint8Array({ maxLength: 2000 }))
						.map(([at, junk]) => new Uint8Array([...pdf.slice(0, at), ...junk, ...pdf.slice(at)]))
				),
				async (bytes) => {
					const read = await readUpload(bytes);
					if (read.ok) for (const f of read.files) expect(parseAnswersText(f.text).ok).toBe(true);
					else expect(read.problems.length).toBeGreaterThan(0);
				}
			),
			{ numRuns: 400, seed: 20261129 }
		);
	});
});
