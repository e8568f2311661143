/**
 * The PDF reader against hostile files (issue #28.2 and #28.3): its work is linear in the size
 * of the file, every marker counts toward the cap, and an embedded file whose zlib checksum or
 * stated size does not match what it holds is "damaged", never read as the answers.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { zlibSync } from 'fflate';
import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { answersAttachments, attachFiles } from './attach';
import { adler32, embeddedFiles, pdfLimits } from '../answers/pdf';
import { pdfProblems, readUpload } from '../answers/read';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);
const fixtureText = (name: string) =>
	readFileSync(new URL(`../../../tests/fixtures/${name}.json`, import.meta.url), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'digicheck-hostile-pdf-'));

/** A one-page PDF with the answers files attached, as Digicheck writes them. */
function digicheckPdf(texts: string[]): Uint8Array {
	const doc = new jsPDF({ compress: true });
	doc.text('Digicheck', 20, 20);
	attachFiles(doc, answersAttachments(texts.length > 1 ? 'team' : 'single', texts), new Date(0));
	return new Uint8Array(doc.output('arraybuffer'));
}

/** A PDF with one embedded stream: `data` as its bytes, `dictionary` what stands before. */
function pdfWith(dictionary: string, data: Uint8Array): Uint8Array {
	return new Uint8Array([
		...encoder.encode(`%PDF-1.7\n1 0 obj\n<< ${dictionary} /Length ${data.length} >>\nstream\n`),
		...data,
		...encoder.encode('\nendstream\nendobj\n%%EOF\n')
	]);
}

/** Reads and times one file; the figure is printed by `npm run bench:pdf`, this only guards. */
function timed(bytes: Uint8Array) {
	const started = performance.now();
	const result = embeddedFiles(bytes);
	return { result, ms: performance.now() - started };
}

describe('Adler-32', () => {
	it('is the checksum zlib writes', () => {
		for (const text of ['', 'a', 'Wikipedia', fixtureText('museum-groot')]) {
			const bytes = encoder.encode(text);
			const z = zlibSync(bytes);
			const stored = new DataView(z.buffer, z.byteOffset + z.length - 4).getUint32(0);
			expect(adler32(bytes), text.slice(0, 10)).toBe(stored);
		}
		expect(adler32(encoder.encode('Wikipedia'))).toBe(0x11e60398);
	});
});

describe('the PDF reader on hostile files', () => {
	it('refuses a flood of markers quickly: 2 MB and 10 MB', () => {
		for (const repeat of [100_000, 500_000]) {
			const flood = encoder.encode('%PDF-1.7\n' + '/Type /EmbeddedFile\n'.repeat(repeat));
			expect(flood.length).toBeLessThanOrEqual(pdfLimits.maxBytes);
			const { result, ms } = timed(flood);
			expect(result).toEqual({ ok: false, reason: 'damaged' });
			// was about 70 s for 2 MB (each marker searched the whole file); now milliseconds
			expect(ms).toBeLessThan(1_000);
		}
	});

	it('a flood of markers with object starts and stream keywords is bounded too', () => {
		const unit = '1 0 obj << /Type /EmbeddedFile /Length 99999999 >> stream\n';
		const flood = encoder.encode('%PDF-1.7\n' + unit.repeat(Math.floor(9_000_000 / unit.length)));
		const { result, ms } = timed(flood);
		expect(result).toEqual({ ok: false, reason: 'damaged' });
		expect(ms).toBeLessThan(1_000);
	});

	it('counts every marker toward the cap, used or not', () => {
		const junk = '/Type /EmbeddedFile\n'.repeat(pdfLimits.maxMarkers);
		const good = digicheckPdf([fixtureText('basisschool')]);
		const late = new Uint8Array([...encoder.encode('%PDF-1.7\n' + junk), ...good.slice(9)]);
		expect(embeddedFiles(late)).toEqual({ ok: false, reason: 'damaged' });
		// one marker fewer and the real file is read
		const junkLess = '/Type /EmbeddedFile\n'.repeat(pdfLimits.maxMarkers - 1);
		const inTime = new Uint8Array([...encoder.encode('%PDF-1.7\n' + junkLess), ...good.slice(9)]);
		const read = embeddedFiles(inTime);
		expect(read.ok && read.files.map((f) => decoder.decode(f))).toEqual([
			fixtureText('basisschool')
		]);
	});

	it('stops at its time budget', () => {
		const pdf = digicheckPdf([fixtureText('basisschool'), fixtureText('museum-groot')]);
		let clock = 0;
		// every look at the clock is half a second later: the second marker is past the budget
		const result = embeddedFiles(pdf, () => (clock += 500) - 500);
		expect(result.ok).toBe(true);
		expect(result.ok && result.files.length).toBe(1);
	});

	it('a file altered inside the PDF (its checksum no longer matches) is damaged', async () => {
		const text = fixtureText('basisschool');
		const altered = text.replace('"budget-digitaal": 2', '"budget-digitaal": 4');
		expect(altered).not.toBe(text);
		const z = zlibSync(encoder.encode(altered), { level: 9 });
		// the original file's checksum kept: what an edit of the deflate data alone gives
		new DataView(z.buffer, z.byteOffset + z.length - 4).setUint32(0, adler32(encoder.encode(text)));
		const bytes = pdfWith(
			`/Type /EmbeddedFile /Filter /FlateDecode /Params << /Size ${encoder.encode(altered).length} >>`,
			z
		);
		expect(embeddedFiles(bytes)).toEqual({ ok: false, reason: 'damaged' });
		expect(await readUpload(bytes)).toEqual({ ok: false, problems: [pdfProblems.damaged] });
		// the same file with its own checksum is read
		const honest = pdfWith(
			`/Type /EmbeddedFile /Filter /FlateDecode /Params << /Size ${encoder.encode(altered).length} >>`,
			zlibSync(encoder.encode(altered))
		);
		const read = await readUpload(honest);
		expect(read.ok && read.files[0]!.file.answers['budget-digitaal']).toBe(4);
	});

	it('a checksum cut off, or a size that does not match, is damaged', () => {
		const text = encoder.encode(fixtureText('museum-groot'));
		const z = zlibSync(text);
		const cut = pdfWith('/Type /EmbeddedFile /Filter /FlateDecode', z.slice(0, -4));
		expect(embeddedFiles(cut)).toEqual({ ok: false, reason: 'damaged' });
		const wrongSize = pdfWith(
			`/Type /EmbeddedFile /Filter /FlateDecode /Params << /Size ${text.length + 1} >>`,
			z
		);
		expect(embeddedFiles(wrongSize)).toEqual({ ok: false, reason: 'damaged' });
		const uncompressed = pdfWith(
			`/Type /EmbeddedFile /Params << /Size ${text.length - 1} >>`,
			text
		);
		expect(embeddedFiles(uncompressed)).toEqual({ ok: false, reason: 'damaged' });
	});

	it('a PDF saved again by another program still opens (recompressed, uncompressed, object streams)', () => {
		const texts = [fixtureText('basisschool'), fixtureText('museum-groot')];
		const path = join(dir, 'team.pdf');
		writeFileSync(path, digicheckPdf(texts));
		for (const args of [
			['--recompress-flate', '--compression-level=1'],
			['--stream-data=uncompress'],
			['--object-streams=generate'],
			['--linearize']
		]) {
			const out = join(dir, `saved${args.join('')}.pdf`);
			execFileSync('qpdf', [...args, path, out]);
			const read = embeddedFiles(new Uint8Array(readFileSync(out)));
			expect(read.ok && read.files.map((f) => decoder.decode(f)), args.join(' ')).toEqual(texts);
		}
	});

	it('never hangs or throws on 320 adversarial PDFs (seeded), each read within a second', async () => {
		const good = digicheckPdf([fixtureText('museum-groot'), fixtureText('basisschool')]);
		const goodText = latin1(good);
		const streamAt = goodText.indexOf('stream\n', goodText.indexOf('/Type /EmbeddedFile')) + 7;
		const piece = fc.constantFrom(
			'/Type /EmbeddedFile\n',
			'/Type/EmbeddedFile ',
			' obj ',
			'stream\n',
			'endstream\n',
			'/Filter /FlateDecode ',
			'/Length 4 ',
			'/Params << /Size 9 >> ',
			'1 0 obj << /Type /EmbeddedFile /Filter /FlateDecode /Length 5 >> stream\nxxxxx\nendstream\n'
		);
		const adversarial = fc.oneof(
			// marker floods, up to several megabytes
			fc
				.tuple(
					fc.array(piece, { minLength: 1, maxLength: 6 }),
					fc.integer({ min: 1, max: 120_000 })
				)
				.map(([pieces, n]) => encoder.encode('%PDF-1.7\n' + pieces.join('').repeat(n))),
			// truncations
			fc.integer({ min: 0, max: good.length }).map((n) => good.slice(0, n)),
			// bytes changed in the compressed data (checksum or deflate broken)
			fc
				.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), {
					minLength: 1,
					maxLength: 8
				})
				.map((edits) => {
					const copy = good.slice();
					for (const e of edits) copy[streamAt + (e.at % 2_000)] = e.byte;
					return copy;
				}),
			// junk and floods put into a real report
			fc
				.tuple(fc.integer({ min: 0, max: good.length }), piece, fc.integer({ min: 1, max: 20_000 }))
				.map(
					([at, p, n]) =>
						new Uint8Array([
							...good.slice(0, at),
							...encoder.encode(p.repeat(n)),
							...good.slice(at)
						])
				)
		);
		let slowest = 0;
		await fc.assert(
			fc.asyncProperty(adversarial, async (bytes) => {
				const started = performance.now();
				const read = await readUpload(bytes);
				slowest = Math.max(slowest, performance.now() - started);
				expect(performance.now() - started).toBeLessThan(1_000);
				if (read.ok)
					for (const f of read.files)
						expect([fixtureText('museum-groot'), fixtureText('basisschool')]).toContain(f.text);
				else expect(read.problems.length).toBeGreaterThan(0);
			}),
			{ numRuns: 320, seed: 20261204 }
		);
		expect(slowest).toBeLessThan(1_000);
	});
});
