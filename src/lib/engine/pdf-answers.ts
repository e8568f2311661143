/**
 * Finds the answers files embedded in a Digicheck PDF (see report/attach.ts). Not a PDF parser:
 * it looks for the streams whose dictionary says `/Type /EmbeddedFile`, in file order, and
 * inflates them. That finds what Digicheck wrote, also after a reader saved the PDF again (an
 * embedded file stays a stream of its own). Bounded and never throws: a PDF over the size
 * limit, a damaged stream or one that inflates past the limit gives a reason, not an error.
 */
import { Unzlib } from 'fflate';
import { answersLimits } from './answers-file';

export const pdfLimits = {
	/** A report is a few hundred kilobytes; a team report with thirty files well under 2 MB. */
	maxBytes: answersLimits.maxPdfBytes,
	/** Embedded files looked at, at most. */
	maxFiles: 40,
	/** One embedded file, inflated, at most: more than an answers file may be. */
	maxInflated: 2 * answersLimits.maxTextLength + 1
} as const;

export type EmbeddedResult =
	{ ok: true; files: Uint8Array[] } | { ok: false; reason: 'too-large' | 'damaged' };

/** Inflates zlib data, stopping (null) past `max` bytes or on bad data. */
function inflate(data: Uint8Array, max: number): Uint8Array | null {
	const chunks: Uint8Array[] = [];
	let size = 0;
	let tooMuch = false;
	try {
		const stream = new Unzlib((chunk) => {
			size += chunk.length;
			if (size > max) tooMuch = true;
			else chunks.push(chunk);
		});
		// in slices, so a bomb stops early instead of filling memory first
		for (let at = 0; at < data.length && !tooMuch; at += 16_384)
			stream.push(data.subarray(at, at + 16_384), at + 16_384 >= data.length);
	} catch {
		return null;
	}
	if (tooMuch) return null;
	const out = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}

/** The embedded files of a PDF, in the order they are in the file. */
export function embeddedFiles(bytes: Uint8Array): EmbeddedResult {
	if (bytes.length > pdfLimits.maxBytes) return { ok: false, reason: 'too-large' };
	// one char per byte, so string positions are byte positions
	let text: string;
	try {
		text = new TextDecoder('latin1').decode(bytes);
	} catch {
		return { ok: false, reason: 'damaged' };
	}
	const files: Uint8Array[] = [];
	let damaged = false;
	const marker = /\/Type\s*\/EmbeddedFile\b/g;
	for (let match = marker.exec(text); match; match = marker.exec(text)) {
		if (files.length >= pdfLimits.maxFiles) break;
		// the dictionary runs from the object's start to the keyword "stream"
		const start = text.lastIndexOf(' obj', match.index);
		const streamAt = text.indexOf('stream', match.index);
		if (start < 0 || streamAt < 0 || streamAt - start > 4096) {
			damaged = true;
			continue;
		}
		const dictionary = text.slice(start, streamAt);
		let dataStart = streamAt + 'stream'.length;
		if (text[dataStart] === '\r') dataStart += 1;
		if (text[dataStart] === '\n') dataStart += 1;
		const direct = /\/Length\s+(\d{1,9})(?!\s+\d+\s+R)/.exec(dictionary);
		let dataEnd: number;
		if (direct && text.startsWith('endstream', skipEol(text, dataStart + Number(direct[1]))))
			dataEnd = dataStart + Number(direct[1]);
		else {
			// an indirect or wrong /Length: up to "endstream", without the line end before it
			const end = text.indexOf('endstream', dataStart);
			if (end < 0) {
				damaged = true;
				continue;
			}
			dataEnd = end;
			if (text[dataEnd - 1] === '\n') dataEnd -= 1;
			if (text[dataEnd - 1] === '\r') dataEnd -= 1;
		}
		const data = bytes.subarray(dataStart, dataEnd);
		const filter = /\/Filter\s*(\[\s*)?\/(\w+)/.exec(dictionary)?.[2];
		if (filter === undefined) {
			if (data.length <= pdfLimits.maxInflated) files.push(data.slice());
			else damaged = true;
		} else if (filter === 'FlateDecode' && !/\/DecodeParms/.test(dictionary)) {
			const inflated = inflate(data, pdfLimits.maxInflated);
			if (inflated) files.push(inflated);
			else damaged = true;
		}
		// another filter: not a file Digicheck wrote; left out
	}
	if (files.length === 0 && damaged) return { ok: false, reason: 'damaged' };
	return { ok: true, files };
}

/** The position after an optional line end. */
function skipEol(text: string, at: number): number {
	if (text[at] === '\r') at += 1;
	if (text[at] === '\n') at += 1;
	return at;
}
