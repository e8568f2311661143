/**
 * What every command over answers files ends with: the PDF (`-o`), the JSON (`--json`) or a
 * short text, each built only when asked for.
 */
import type { Report } from '../lib/engine/report';
import type { AttachmentKind } from '../lib/report/attach';
import type { DocumentSection, ReportDocument } from '../lib/report/model/document';
import { writeOutput, type Io } from './io';
import type { Input, Loaded } from './inputs';

/** The three outputs of a command; only the one asked for is built. */
export interface Outputs {
	pdf: () => Promise<Uint8Array>;
	json: () => unknown;
	text: () => string;
}

/** Writes the PDF to `-o` (a file, or `-` for standard output), else prints the JSON or the text. */
export async function emit(
	io: Io,
	{ output, json, inputs }: Pick<Loaded, 'output' | 'json' | 'inputs'>,
	outputs: Outputs
): Promise<number> {
	if (output) return writeOutput(output, await outputs.pdf(), io, inputs);
	io.out(json ? `${JSON.stringify(outputs.json(), null, 2)}\n` : outputs.text());
	return 0;
}

/** A report's PDF, with what a feature adds, carrying the answers files it was made from. */
export async function reportPdf(
	report: Report,
	kind: AttachmentKind,
	files: readonly Input[],
	section?: DocumentSection
): Promise<Uint8Array> {
	const [{ renderReportPdfInNode }, { answersAttachments }] = await Promise.all([
		import('../lib/report/node'),
		import('../lib/report/attach')
	]);
	return renderReportPdfInNode(report, {
		section,
		attachments: answersAttachments(
			kind,
			files.map((f) => f.text)
		)
	});
}

/** A document's PDF (the partner report's), carrying the answers files it was made from. */
export async function documentPdf(
	document: (attachments: number) => ReportDocument,
	names: readonly string[],
	kind: AttachmentKind,
	files: readonly Input[]
): Promise<Uint8Array> {
	const [{ renderDocumentPdfInNode }, { answersAttachments }] = await Promise.all([
		import('../lib/report/node'),
		import('../lib/report/attach')
	]);
	const attachments = answersAttachments(
		kind,
		files.map((f) => f.text)
	);
	return renderDocumentPdfInNode(document(attachments.length), names, { attachments });
}
