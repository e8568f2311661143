/** The PDF in Node (the CLI and tests): fonts read from disk next to this module. */
import { readFile } from 'node:fs/promises';
import type { Comparison } from '../engine/compare';
import type { TeamReport } from '../engine/team';
import type { Report } from '../engine/report';
import { renderReportPdf, type PdfFonts } from './pdf';
import { fallbacksNeeded, userTexts, type Fallback } from './scripts';

async function font(name: string): Promise<string> {
	return (await readFile(new URL(`./fonts/${name}`, import.meta.url))).toString('base64');
}

const fallbackFiles: Record<Fallback, string> = {
	hebrew: 'NotoSansHebrew-Regular.ttf',
	arabic: 'NotoSansArabic-Regular.ttf',
	thai: 'NotoSansThai-Regular.ttf'
};

/** Loads the embedded fonts, with the fallbacks the report's name and notes need. */
export async function nodeFonts(report?: Report): Promise<PdfFonts> {
	const [regular, bold, italic] = await Promise.all([
		font('OpenSans-Regular.ttf'),
		font('OpenSans-Bold.ttf'),
		font('OpenSans-Italic.ttf')
	]);
	const needed = report ? fallbacksNeeded(userTexts(report)) : [];
	const fallback = Object.fromEntries(
		await Promise.all(needed.map(async (f) => [f, await font(fallbackFiles[f])] as const))
	);
	return { regular, bold, italic, fallback };
}

/** Renders a report to PDF bytes in Node; with a comparison, "Voor- en nameting" is included. */
export async function renderReportPdfInNode(
	report: Report,
	date?: Date,
	comparison?: Comparison,
	team?: TeamReport
): Promise<Uint8Array> {
	return renderReportPdf(report, await nodeFonts(report), date, undefined, comparison, team);
}
