/// <reference lib="webworker" />
/**
 * The cohort worker: reads, validates and scores many answers files off the main thread, so
 * the page stays responsive, and builds the ZIP of every respondent's PDF report one by one.
 * Rows go to the page in batches with the progress; the files stay here for the ZIP.
 */
import { printable } from '../answers/schema';
import { readUploadFile, type Opened, type UploadResult } from '../answers/read';
import { cohortRow, summarizeCohort, type CohortRow } from './model';
import { rules } from '../content/rules/index';
import type { FromWorker, Skipped, ToWorker } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker, transfer: Transferable[] = []) =>
	scope.postMessage(message, transfer);

/** The answers files read so far (with their text as exported), by row index, for the ZIP. */
const files = new Map<number, Opened>();
const rows: CohortRow[] = [];
let cancelled = false;

/** How many files are read at once. */
const readAhead = 64;
/** Progress (and rows) go to the page at most this often. */
const batchMs = 100;
/** How many of the most common advice items the page shows. */
const commonShown = 8;
const ruleById = new Map(rules.map((r) => [r.id, r]));

async function read(list: File[]): Promise<void> {
	const started = performance.now();
	let batch: CohortRow[] = [];
	let skipped: Skipped[] = [];
	let last = performance.now();
	// files are read a batch at a time (the reads overlap), then handled in order
	let reads: Promise<UploadResult>[] = [];
	for (const [i, file] of list.entries()) {
		if (i % readAhead === 0) reads = list.slice(i, i + readAhead).map((f) => readUploadFile(f));
		const read = await reads[i % readAhead]!;
		if (!read.ok) skipped.push({ file: printable(file.name), reason: read.problems[0]!.message });
		else
			for (const [n, opened] of read.files.entries()) {
				const name = read.files.length > 1 ? `${file.name} (${n + 1})` : file.name;
				if (!opened.file.profile.audience) {
					skipped.push({
						file: printable(name),
						reason: {
							nl: 'In dit bestand staat niet of het van een school of een culturele organisatie is.',
							en: 'This file does not say whether it is from a school or a cultural organisation.'
						}
					});
					continue;
				}
				const index = rows.length + batch.length;
				files.set(index, opened);
				batch.push(cohortRow(opened.file, index, printable(name, 200)));
			}
		if (performance.now() - last > batchMs || i === list.length - 1) {
			rows.push(...batch);
			post({ type: 'progress', done: i + 1, total: list.length, rows: batch, skipped });
			batch = [];
			skipped = [];
			last = performance.now();
		}
	}
	const summary = summarizeCohort(rows);
	const titles = Object.fromEntries(
		summary.commonAdvice.slice(0, commonShown).flatMap(({ id }) => {
			const rule = ruleById.get(id);
			return rule ? [[id, rule.advice.title]] : [];
		})
	);
	post({ type: 'read', summary, titles, ms: Math.round(performance.now() - started) });
}

/** A file name for a report in the ZIP: its number and the organisation, safe on every system. */
function entryName(index: number, name: string, taken: Set<string>): string {
	const slug =
		name
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[^A-Za-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '')
			.slice(0, 60)
			.toLowerCase() || 'digicheck';
	let entry = `${String(index + 1).padStart(4, '0')}-${slug}.pdf`;
	for (let n = 2; taken.has(entry); n++)
		entry = `${String(index + 1).padStart(4, '0')}-${slug}-${n}.pdf`;
	taken.add(entry);
	return entry;
}

async function zip(indexes: number[], locale: 'nl' | 'en'): Promise<void> {
	cancelled = false;
	const [
		{ Zip, ZipPassThrough },
		{ renderReportPdf },
		{ answersAttachments },
		{ browserFonts },
		{ buildReport },
		{ needsMoreFonts, userTexts }
	] = await Promise.all([
		import('fflate'),
		import('../report/pdf'),
		import('../report/attach'),
		import('../report/browser'),
		import('../engine/report'),
		import('../report/scripts')
	]);
	const chunks: Uint8Array[] = [];
	let failure: Error | null = null;
	const archive = new Zip((error, chunk) => {
		if (error) failure = error;
		else chunks.push(chunk);
	});
	const fonts = await browserFonts([]);
	const taken = new Set<string>();
	for (const [i, index] of indexes.entries()) {
		// let a "cancel" message in between two reports
		await new Promise((done) => setTimeout(done, 0));
		if (cancelled) {
			post({ type: 'cancelled' });
			return;
		}
		const opened = files.get(index);
		if (!opened) continue;
		const report = buildReport(opened.file, locale);
		// a name in another script needs more fonts (Greek, Hebrew, Chinese…); most need none
		const texts = userTexts(report);
		const needed = needsMoreFonts(texts) ? await browserFonts(texts) : fonts;
		// each report carries its own answers file
		const bytes = await renderReportPdf(report, needed, {
			attachments: answersAttachments('single', [opened.text])
		});
		// PDFs are compressed already: stored as they are
		const entry = new ZipPassThrough(entryName(index, opened.file.profile.name, taken));
		archive.add(entry);
		entry.push(bytes, true);
		post({ type: 'zip-progress', done: i + 1, total: indexes.length });
	}
	archive.end();
	if (failure) throw failure;
	post({ type: 'zip', zip: new Blob(chunks as BlobPart[], { type: 'application/zip' }) });
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
	const message = event.data;
	if (message.type === 'cancel') {
		cancelled = true;
		return;
	}
	const work = message.type === 'read' ? read(message.files) : zip(message.indexes, message.locale);
	work.catch((error: unknown) =>
		post({ type: 'failed', message: error instanceof Error ? error.message : String(error) })
	);
};
