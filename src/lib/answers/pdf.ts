/**
 * Finds the answers files embedded in a Digicheck PDF (see report/attach.ts). Not a PDF parser:
 * it looks for the streams whose dictionary says `/Type /EmbeddedFile`, in file order, and
 * inflates them. That finds what Digicheck wrote, also after a reader saved the PDF again (an
 * embedded file stays a stream of its own). Bounded and never throws: a PDF over the size
 * limit, a damaged stream or one that inflates past the limit gives a reason, not an error.
 *
 * The work is linear in the file's size, whatever the file holds: each marker is looked at in
 * a bounded window (its dictionary at most `window` bytes back and forward), every marker
 * counts toward the cap whether it gives a file or not, the search goes on after the end of the
 * stream just read, and a time budget stops what is left. An inflated file must match its zlib
 * checksum (Adler-32) and the size its dictionary states: a file altered inside the PDF is
 * "damaged", never read as if it were the one written.
 */
import { Unzlib } from 'fflate';
import { answersLimits } from './format';

export const pdfLimits = {
	/** A report is a few hundred kilobytes; a team report with thirty files well under 2 MB. */
	maxBytes: answersLimits.maxPdfBytes,
	/** `/Type /EmbeddedFile` markers looked at, at most: each counts, whether it gives a file or not. */
	maxMarkers: 40,
	/** One embedded file, inflated, at most: more than an answers file may be. */
	maxInflated: 2 * answersLimits.maxTextLength + 1,
	/** All embedded files together, inflated, at most. */
	maxTotalInflated: 16 * answersLimits.maxTextLength,
	/** How far from a marker its object's start and its "stream" keyword may be. */
	window: 4096,
	/** Reading stops after this long (ms); a real report takes a few. */
	budgetMs: 750
} as const;

export type EmbeddedResult =
	{ ok: true; files: Uint8Array[] } | { ok: false; reason: 'too-large' | 'damaged' };

/** Adler-32 of bytes (RFC 1950), the checksum at the end of a zlib stream. */
export function adler32(bytes: Uint8Array): number {
	let a = 1;
	let b = 0;
	// 5552 is the most bytes before the sums can overflow 2^32 (RFC 1950's NMAX)
	for (let at = 0; at < bytes.length; at += 5552) {
		const end = Math.min(at + 5552, bytes.length);
		for (let i = at; i < end; i++) {
			a += bytes[i]!;
			b += a;
		}
		a %= 65521;
		b %= 65521;
	}
	return ((b << 16) | a) >>> 0;
}

/** Whether a byte is PDF white space (what may stand between a stream's data and its end). */
const isSpace = (byte: number | undefined) =>
	byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09 || byte === 0x0c || byte === 0;

/**
 * Whether zlib `data` ends with the Adler-32 of `inflated`: the four bytes right after the
 * deflate data, with at most a few bytes of white space after them (a reader that saved the
 * PDF again may leave a line end inside the stream's length).
 */
function checksumMatches(data: Uint8Array, inflated: Uint8Array): boolean {
	const sum = adler32(inflated);
	let end = data.length;
	for (let tail = 0; tail <= 4 && end >= 4; tail++, end--) {
		const at = end - 4;
		const stored =
			((data[at]! << 24) | (data[at + 1]! << 16) | (data[at + 2]! << 8) | data[at + 3]!) >>> 0;
		if (stored === sum) return true;
		if (!isSpace(data[end - 1])) return false;
	}
	return false;
}

/** Inflates zlib data, stopping (null) past `max` bytes, on bad data or a wrong checksum. */
function inflate(data: Uint8Array, max: number): Uint8Array | null {
	const chunks: Uint8Array[] = [];
	let size = 0;
	let tooMuch = false;
	let ended = false;
	try {
		const stream = new Unzlib((chunk, final) => {
			size += chunk.length;
			if (final) ended = true;
			if (size > max) tooMuch = true;
			else chunks.push(chunk);
		});
		// in slices, so a bomb stops early instead of filling memory first
		for (let at = 0; at < data.length && !tooMuch; at += 16_384)
			stream.push(data.subarray(at, at + 16_384), at + 16_384 >= data.length);
	} catch {
		return null;
	}
	if (tooMuch || !ended) return null;
	const out = new Uint8Array(size);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return checksumMatches(data, out) ? out : null;
}

/** The embedded files of a PDF, in the order they are in the file. */
export function embeddedFiles(
	bytes: Uint8Array,
	now: () => number = () => performance.now()
): EmbeddedResult {
	if (bytes.length > pdfLimits.maxBytes) return { ok: false, reason: 'too-large' };
	const started = now();
	// one char per byte, so string positions are byte positions
	let text: string;
	try {
		text = new TextDecoder('latin1').decode(bytes);
	} catch {
		return { ok: false, reason: 'damaged' };
	}
	const files: Uint8Array[] = [];
	let damaged = false;
	let inflatedTotal = 0;
	const marker = /\/Type\s*\/EmbeddedFile\b/g;
	for (let markers = 0, match = marker.exec(text); match; match = marker.exec(text)) {
		if (++markers > pdfLimits.maxMarkers || now() - started > pdfLimits.budgetMs) {
			damaged = true;
			break;
		}
		// the dictionary runs from the object's start to the keyword "stream", both near the marker
		const windowStart = Math.max(0, match.index - pdfLimits.window);
		const start = text.slice(windowStart, match.index).lastIndexOf(' obj');
		const ahead = text.slice(match.index, match.index + pdfLimits.window).indexOf('stream');
		if (start < 0 || ahead < 0) {
			damaged = true;
			continue;
		}
		const streamAt = match.index + ahead;
		const dictionary = text.slice(windowStart + start, streamAt);
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
				// no stream ends after this one: no later marker can give a file either
				damaged = true;
				break;
			}
			dataEnd = end;
			if (text[dataEnd - 1] === '\n') dataEnd -= 1;
			if (text[dataEnd - 1] === '\r') dataEnd -= 1;
		}
		// the next marker is looked for after this stream: its data is not searched again
		marker.lastIndex = Math.max(marker.lastIndex, dataEnd);
		const data = bytes.subarray(dataStart, dataEnd);
		const size = /\/Size\s+(\d{1,9})\b/.exec(dictionary);
		const filter = /\/Filter\s*(\[\s*)?\/(\w+)/.exec(dictionary)?.[2];
		let file: Uint8Array | null = null;
		if (filter === undefined) {
			if (data.length <= pdfLimits.maxInflated) file = data.slice();
		} else if (filter === 'FlateDecode' && !/\/DecodeParms/.test(dictionary)) {
			file = inflate(
				data,
				Math.min(pdfLimits.maxInflated, pdfLimits.maxTotalInflated - inflatedTotal)
			);
		} else continue; // another filter: not a file Digicheck wrote; left out
		// the size the dictionary states, when it states one, must be the size read
		if (file && size && Number(size[1]) !== file.length) file = null;
		if (file) {
			inflatedTotal += file.length;
			files.push(file);
		} else damaged = true;
	}
	if (damaged) return files.length === 0 ? { ok: false, reason: 'damaged' } : { ok: true, files };
	return { ok: true, files };
}

/** The position after an optional line end. */
function skipEol(text: string, at: number): number {
	if (text[at] === '\r') at += 1;
	if (text[at] === '\n') at += 1;
	return at;
}
