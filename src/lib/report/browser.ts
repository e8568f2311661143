/** The PDF in the browser: fonts fetched from this site (never another origin). */
import type { Report } from '../engine/report';
import { renderReportPdf, type PdfFonts } from './pdf';
import boldUrl from './fonts/OpenSans-Bold.ttf?url';
import italicUrl from './fonts/OpenSans-Italic.ttf?url';
import regularUrl from './fonts/OpenSans-Regular.ttf?url';

async function base64(url: string): Promise<string> {
	const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

/** Loads the embedded fonts. */
async function browserFonts(): Promise<PdfFonts> {
	const [regular, bold, italic] = await Promise.all([
		base64(regularUrl),
		base64(boldUrl),
		base64(italicUrl)
	]);
	return { regular, bold, italic };
}

/** Renders a report to PDF bytes in the browser. */
export async function renderReportPdfInBrowser(report: Report): Promise<Uint8Array> {
	return renderReportPdf(report, await browserFonts());
}
