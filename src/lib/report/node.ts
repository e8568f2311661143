/** The PDF in Node (the CLI and tests): fonts read from disk next to this module. */
import { readFile } from 'node:fs/promises';
import type { Comparison } from '../compare/model';
import type { TeamReport } from '../team/model';
import type { Report } from '../engine/report';
import type { PartnerReport } from '../partner/model';
import { partnerDocument } from './model/partner';
import type { Attachment } from './attach';
import { renderDocumentPdf, renderReportPdf, type PdfFonts } from './pdf';
import { fallbacksNeeded, needsFullFonts, userTexts, type Fallback } from './scripts';

async function font(name: string): Promise<string> {
	return (await readFile(new URL(`./fonts/${name}`, import.meta.url))).toString('base64');
}

const fallbackFiles: Record<Fallback, string> = {
	hebrew: 'NotoSansHebrew-Regular.ttf',
	arabic: 'NotoSansArabic-Regular.ttf',
	thai: 'NotoSansThai-Regular.ttf'
};

/**
 * Loads the embedded fonts: the Latin subsets, or the full Open Sans files when a name or note
 * (`texts`) needs them, with the fallbacks those texts need.
 */
export async function nodeFonts(texts: readonly string[] = []): Promise<PdfFonts> {
	const cut = needsFullFonts(texts) ? '' : '-subset';
	const [regular, bold, italic] = await Promise.all([
		font(`OpenSans-Regular${cut}.ttf`),
		font(`OpenSans-Bold${cut}.ttf`),
		font(`OpenSans-Italic${cut}.ttf`)
	]);
	const needed = fallbacksNeeded(texts);
	const fallback = Object.fromEntries(
		await Promise.all(needed.map(async (f) => [f, await font(fallbackFiles[f])] as const))
	);
	return { regular, bold, italic, fallback };
}

/** Renders a report to PDF bytes in Node, with a comparison or team section and its answers files. */
export async function renderReportPdfInNode(
	report: Report,
	options: {
		date?: Date;
		comparison?: Comparison;
		team?: TeamReport;
		attachments?: readonly Attachment[];
	} = {}
): Promise<Uint8Array> {
	return renderReportPdf(report, await nodeFonts(userTexts(report)), options);
}

/** Renders the "Samen met je partner" PDF in Node, with both answers files. */
export async function renderPartnerPdfInNode(
	partner: PartnerReport,
	options: { date?: Date; attachments?: readonly Attachment[] } = {}
): Promise<Uint8Array> {
	const texts = [partner.school.profile.name, partner.partner.profile.name];
	return renderDocumentPdf(
		partnerDocument(partner, options.date, options.attachments?.length ?? 0),
		texts,
		await nodeFonts(texts),
		options
	);
}
