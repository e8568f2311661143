/** The PDF in Node (the CLI and tests): fonts read from disk next to this module. */
import { readFile } from 'node:fs/promises';
import type { Report } from '../engine/report';
import type { DocumentSection, ReportDocument } from './model/document';
import type { Attachment } from './attach';
import { renderDocumentPdf, renderReportPdf, type PdfFonts } from './pdf';
import {
	fallbacksNeeded,
	needsFullFonts,
	shapedScripts,
	userTexts,
	type Fallback
} from './scripts';
import { cjkFonts, type NameFontSource } from './name-fonts';

async function font(name: string): Promise<string> {
	return (await readFile(new URL(`./fonts/${name}`, import.meta.url))).toString('base64');
}

const fallbackFiles: Record<Fallback, string> = {
	hebrew: 'NotoSansHebrew-Regular.ttf',
	arabic: 'NotoSansArabic-Regular.ttf',
	thai: 'NotoSansThai-Regular.ttf',
	devanagari: 'NotoSansDevanagari-Regular.ttf'
};

/** The CJK files, from static/fonts/names/ in this checkout. */
const namesFolder = new URL('../../../static/fonts/names/', import.meta.url);
const cjkSource: NameFontSource = {
	index: async () => JSON.parse(await readFile(new URL('cjk.json', namesFolder), 'utf8')),
	file: async (name) => new Uint8Array(await readFile(new URL(name, namesFolder))),
	base64: (bytes) => Buffer.from(bytes).toString('base64')
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
	const cjk = await cjkFonts(texts, cjkSource);
	// fontkit is loaded only for a name or a note in a script that is shaped
	const shaped = needed.filter((f) => shapedScripts.includes(f));
	const { loadShaper } = shaped.length > 0 ? await import('./shape') : { loadShaper: null };
	const shapers: PdfFonts['shapers'] = {};
	for (const f of shaped) {
		const shaper = await loadShaper?.(Buffer.from(fallback[f] ?? '', 'base64'));
		if (shaper) shapers[f] = shaper;
	}
	return { regular, bold, italic, fallback, ...(cjk ? { cjk } : {}), shapers };
}

/**
 * Renders a report to PDF bytes in Node, with what a feature adds (a comparison's progress, a
 * team's section) and its answers files.
 */
export async function renderReportPdfInNode(
	report: Report,
	options: {
		date?: Date;
		section?: DocumentSection;
		attachments?: readonly Attachment[];
	} = {}
): Promise<Uint8Array> {
	return renderReportPdf(report, await nodeFonts(userTexts(report)), options);
}

/**
 * Renders a document (the partner report's, say) in Node; `texts` are what users typed in it
 * (the names), for the fonts they need.
 */
export async function renderDocumentPdfInNode(
	document: ReportDocument,
	texts: readonly string[],
	options: { date?: Date; attachments?: readonly Attachment[] } = {}
): Promise<Uint8Array> {
	return renderDocumentPdf(document, texts, await nodeFonts(texts), options);
}
