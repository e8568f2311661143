/** The PDF in the browser: fonts fetched from this site (never another origin). */
import type { Comparison } from '../engine/compare';
import type { TeamReport } from '../engine/team';
import type { Report } from '../engine/report';
import type { PartnerReport } from '../engine/partner';
import { partnerDocument } from './model/partner';
import type { Attachment } from './attach';
import { renderDocumentPdf, renderReportPdf, type PdfFonts } from './pdf';
import { fallbacksNeeded, userTexts, type Fallback } from './scripts';
import boldUrl from './fonts/OpenSans-Bold.ttf?url';
import italicUrl from './fonts/OpenSans-Italic.ttf?url';
import regularUrl from './fonts/OpenSans-Regular.ttf?url';
import arabicUrl from './fonts/NotoSansArabic-Regular.ttf?url';
import hebrewUrl from './fonts/NotoSansHebrew-Regular.ttf?url';
import thaiUrl from './fonts/NotoSansThai-Regular.ttf?url';

async function base64(url: string): Promise<string> {
	const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

const fallbackUrls: Record<Fallback, string> = {
	hebrew: hebrewUrl,
	arabic: arabicUrl,
	thai: thaiUrl
};

/** Loads the embedded fonts; a fallback only when a name or a note is in its script. */
export async function browserFonts(texts: readonly string[]): Promise<PdfFonts> {
	const needed = fallbacksNeeded(texts);
	const [regular, bold, italic, ...extra] = await Promise.all([
		base64(regularUrl),
		base64(boldUrl),
		base64(italicUrl),
		...needed.map((f) => base64(fallbackUrls[f]))
	]);
	return {
		regular,
		bold,
		italic,
		fallback: Object.fromEntries(needed.map((f, i) => [f, extra[i] ?? ''])) as PdfFonts['fallback']
	};
}

/** Renders a report to PDF bytes in the browser, with a comparison or team section and its answers files. */
export async function renderReportPdfInBrowser(
	report: Report,
	options: { comparison?: Comparison; team?: TeamReport; attachments?: readonly Attachment[] } = {}
): Promise<Uint8Array> {
	return renderReportPdf(report, await browserFonts(userTexts(report)), options);
}

/** Renders the "Samen met je partner" PDF in the browser, with both answers files. */
export async function renderPartnerPdfInBrowser(
	partner: PartnerReport,
	attachments: readonly Attachment[] = []
): Promise<Uint8Array> {
	const texts = [partner.school.profile.name, partner.partner.profile.name];
	return renderDocumentPdf(
		partnerDocument(partner, new Date(), attachments.length),
		texts,
		await browserFonts(texts),
		{
			attachments
		}
	);
}
