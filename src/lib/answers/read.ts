/**
 * Reading what a user opens: an answers file (JSON), or a Digicheck PDF report that carries
 * its answers files. Every answers file found goes through the same parser and bounds as a
 * JSON file. Never throws; a PDF without answers, a damaged or a too large one gets a message.
 */
import { withNewQuestions } from './added';
import { outline } from '../content/outline-data';
import {
	answersLimits,
	decodeAnswersBytes,
	parseAnswersText,
	printable,
	type AnswersFile,
	type FileProblem
} from './schema';
import type { EmbeddedResult } from './pdf';

/** Bytes read from an opened file, at most: one more than a Digicheck PDF may have. */
export const uploadCap = answersLimits.maxPdfBytes + 1;
const pdfMegabytes = answersLimits.maxPdfBytes / 1024 / 1024;

export interface Opened {
	file: AnswersFile;
	/** The answers file's text, exactly as read (for a PDF: as embedded). */
	text: string;
	warnings: FileProblem[];
}

export type UploadResult =
	{ ok: true; files: Opened[]; fromPdf: boolean } | { ok: false; problems: FileProblem[] };

const problem = (nl: string, en: string): FileProblem => ({ path: '(file)', message: { nl, en } });

export const pdfProblems = {
	none: problem(
		'Dit PDF-bestand bevat geen Digicheck-antwoorden. Open het antwoordenbestand (.json), of een PDF-rapport dat met Digicheck is gemaakt.',
		'This PDF file holds no Digicheck answers. Open the answers file (.json), or a PDF report made with Digicheck.'
	),
	damaged: problem(
		'Dit PDF-bestand is beschadigd: de antwoorden erin zijn niet te lezen. Vraag om een nieuw rapport of om het antwoordenbestand.',
		'This PDF file is damaged: the answers in it cannot be read. Ask for a new report or for the answers file.'
	),
	tooLarge: problem(
		`Dit PDF-bestand is te groot voor een Digicheck-rapport (meer dan ${pdfMegabytes} MB).`,
		`This PDF file is too large for a Digicheck report (over ${pdfMegabytes} MB).`
	)
};

/** Whether the bytes are a PDF: "%PDF-" within the first kilobyte (as readers accept it). */
export function isPdf(bytes: Uint8Array): boolean {
	return String.fromCharCode(...bytes.subarray(0, 1024)).includes('%PDF-') && bytes[0] !== 0x7b;
}

/** Reads the answers files inside a PDF; the browser passes one that uses a worker for large files. */
export type PdfReader = (bytes: Uint8Array) => Promise<EmbeddedResult>;

/** In place: the PDF reader (with its inflater) loads only for PDFs. */
const inPlace: PdfReader = async (bytes) => (await import('./pdf')).embeddedFiles(bytes);

/** Reads an opened file's bytes: a JSON answers file, or every answers file inside a PDF. */
export async function readUpload(
	bytes: Uint8Array,
	readPdf: PdfReader = inPlace
): Promise<UploadResult> {
	try {
		if (isPdf(bytes)) {
			const found = await readPdf(bytes);
			if (!found.ok)
				return {
					ok: false,
					problems: [found.reason === 'too-large' ? pdfProblems.tooLarge : pdfProblems.damaged]
				};
			const files: Opened[] = [];
			let problems: FileProblem[] = [];
			for (const embedded of found.files) {
				const decoded = decodeAnswersBytes(embedded);
				if (!decoded.ok) {
					problems = decoded.problems;
					continue;
				}
				const parsed = parseAnswersText(decoded.text);
				// an embedded file that is no answers file is someone else's: left out
				if (parsed.ok)
					files.push({ file: parsed.value, text: decoded.text, warnings: parsed.warnings });
				else if (!parsed.problems.some((p) => p.path === 'format')) problems = parsed.problems;
			}
			if (files.length > 0) return { ok: true, files, fromPdf: true };
			return { ok: false, problems: problems.length > 0 ? problems : [pdfProblems.none] };
		}
		const decoded = decodeAnswersBytes(bytes);
		if (!decoded.ok) return decoded;
		const parsed = parseAnswersText(decoded.text);
		if (!parsed.ok) return parsed;
		return {
			ok: true,
			files: [{ file: parsed.value, text: decoded.text, warnings: parsed.warnings }],
			fromPdf: false
		};
	} catch {
		return { ok: false, problems: [pdfProblems.damaged] };
	}
}

/** Reads an opened file (a browser File or Blob), at most `uploadCap` bytes. */
export async function readUploadFile(
	file: Blob,
	readPdf: PdfReader = inPlace
): Promise<UploadResult> {
	try {
		return await readUpload(new Uint8Array(await file.slice(0, uploadCap).arrayBuffer()), readPdf);
	} catch {
		return {
			ok: false,
			problems: [problem('Dit bestand kon niet worden gelezen.', 'This file could not be read.')]
		};
	}
}

/**
 * The one file to use where one is opened (import, compare): the only one, or of a PDF with
 * several (a comparison, a team) the last, which is the report's own check for a comparison.
 */
export function oneFile(result: Extract<UploadResult, { ok: true }>): Opened {
	const picked = result.files.at(-1)!;
	// from another questionnaire version: the questions added since are named
	const last = {
		...picked,
		warnings: withNewQuestions(picked.file, picked.warnings, outline.areas)
	};
	if (result.files.length === 1) return last;
	return {
		...last,
		warnings: [
			...last.warnings,
			problem(
				`Dit PDF-bestand bevat ${result.files.length} antwoordenbestanden; we gebruiken het laatste (${printable(last.file.profile.name) || 'zonder naam'}).`,
				`This PDF file holds ${result.files.length} answers files; we use the last one (${printable(last.file.profile.name) || 'no name'}).`
			)
		]
	};
}
