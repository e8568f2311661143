/**
 * Reads the answers files inside a large PDF off the page's main thread (see read-pdf.ts):
 * the same bounded reader, sending the files back without copying them.
 */
import { embeddedFiles } from '$lib/answers/pdf';

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<Uint8Array>) => {
	const result = embeddedFiles(event.data);
	scope.postMessage(result, result.ok ? result.files.map((f) => f.buffer as ArrayBuffer) : []);
};
