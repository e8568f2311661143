/** The PDF in Node (the CLI and tests): fonts read from disk next to this module. */
import { readFile } from 'node:fs/promises';
import type { Report } from '../engine/report';
import { renderReportPdf, type PdfFonts } from './pdf';

async function font(name: string): Promise<string> {
	return (await readFile(new URL(`./fonts/${name}`, import.meta.url))).toString('base64');
}

/** Loads the embedded fonts from the package. */
export async function nodeFonts(): Promise<PdfFonts> {
	const [regular, bold, italic] = await Promise.all([
		font('OpenSans-Regular.ttf'),
		font('OpenSans-Bold.ttf'),
		font('OpenSans-Italic.ttf')
	]);
	return { regular, bold, italic };
}

/** Renders a report to PDF bytes in Node. */
export async function renderReportPdfInNode(report: Report, date?: Date): Promise<Uint8Array> {
	return renderReportPdf(report, await nodeFonts(), date);
}
