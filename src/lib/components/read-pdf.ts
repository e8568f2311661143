/**
 * The browser's way to read the answers files in a PDF: a large one in a Web Worker, so the
 * page stays responsive whatever the file holds (the reader is linear and has a time budget;
 * the worker also keeps a slow phone from freezing). The CLI, the cohort's own worker and the
 * tests read in place. A worker that cannot start, fails or does not answer in time gives
 * "damaged".
 */
import type { EmbeddedResult } from '$lib/answers/pdf';

/** A PDF this large is read in a worker (a report is a few hundred kilobytes). */
export const workerFrom = 512 * 1024;

/** How long the worker may take before the file counts as damaged (ms). */
const patience = 10_000;

const damaged: EmbeddedResult = { ok: false, reason: 'damaged' };

export async function readPdf(bytes: Uint8Array): Promise<EmbeddedResult> {
	if (bytes.length <= workerFrom || typeof Worker !== 'function')
		return (await import('$lib/answers/pdf')).embeddedFiles(bytes);
	const { default: PdfWorker } = await import('./pdf-worker?worker');
	return new Promise((resolve) => {
		let worker: Worker;
		try {
			worker = new PdfWorker();
		} catch {
			resolve(damaged);
			return;
		}
		const done = (result: EmbeddedResult) => {
			clearTimeout(timer);
			worker.terminate();
			resolve(result);
		};
		const timer = setTimeout(() => done(damaged), patience);
		worker.onmessage = (event: MessageEvent<EmbeddedResult>) => done(event.data);
		worker.onerror = () => done(damaged);
		worker.onmessageerror = () => done(damaged);
		worker.postMessage(bytes, [bytes.buffer as ArrayBuffer]);
	});
}
