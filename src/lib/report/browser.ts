/** The PDF in the browser: fonts fetched from this site (never another origin). */
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
import boldUrl from './fonts/OpenSans-Bold-subset.ttf?url';
import italicUrl from './fonts/OpenSans-Italic-subset.ttf?url';
import regularUrl from './fonts/OpenSans-Regular-subset.ttf?url';
import fullBoldUrl from './fonts/OpenSans-Bold.ttf?url';
import fullItalicUrl from './fonts/OpenSans-Italic.ttf?url';
import fullRegularUrl from './fonts/OpenSans-Regular.ttf?url';
import arabicUrl from './fonts/NotoSansArabic-Regular.ttf?url';
import hebrewUrl from './fonts/NotoSansHebrew-Regular.ttf?url';
import thaiUrl from './fonts/NotoSansThai-Regular.ttf?url';
import devanagariUrl from './fonts/NotoSansDevanagari-Regular.ttf?url';
import { cjkPoints } from './cjk';
import type { NameFontSource } from './name-fonts';

/** Each font once per page: a prefetch and every later export share the same download. */
const loaded = new Map<string, Promise<string>>();

async function download(url: string): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`font ${url}: ${response.status}`);
	return new Uint8Array(await response.arrayBuffer());
}

function toBase64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

function base64(url: string): Promise<string> {
	let font = loaded.get(url);
	if (!font) {
		font = download(url).then(toBase64);
		// a failed download is tried again at the next export
		font.catch(() => loaded.delete(url));
		loaded.set(url, font);
	}
	return font;
}

/**
 * Fetches jspdf and the subset fonts ahead of the first export (the results page calls this
 * when idle); the full fonts and the fallbacks stay unfetched until a name needs them.
 */
export async function prefetchPdf(): Promise<void> {
	await Promise.all([...[regularUrl, boldUrl, italicUrl].map(base64), import('jspdf')]).catch(
		() => undefined
	);
}

const fallbackUrls: Record<Fallback, string> = {
	hebrew: hebrewUrl,
	arabic: arabicUrl,
	thai: thaiUrl,
	devanagari: devanagariUrl
};

/** The CJK files, from this site's /fonts/names/ (cached by the service worker once used). */
const cjkSource: NameFontSource = {
	index: () =>
		download('/fonts/names/cjk.json').then((bytes) => JSON.parse(new TextDecoder().decode(bytes))),
	file: (name) => download(`/fonts/names/${name}`),
	base64: toBase64
};

/**
 * Loads the embedded fonts: the Latin subsets, the full Open Sans files only when a name or a
 * note needs them, and a fallback only when a name or a note is in its script.
 */
export async function browserFonts(texts: readonly string[]): Promise<PdfFonts> {
	const needed = fallbacksNeeded(texts);
	const [r, b, i] = needsFullFonts(texts)
		? [fullRegularUrl, fullBoldUrl, fullItalicUrl]
		: [regularUrl, boldUrl, italicUrl];
	const [cjk, regular, bold, italic, ...extra] = await Promise.all([
		// the CJK loader is its own chunk: most reports never need it (offline.json: on use)
		cjkPoints(texts).length > 0
			? import('./name-fonts').then(({ cjkFonts }) => cjkFonts(texts, cjkSource))
			: undefined,
		base64(r),
		base64(b),
		base64(i),
		...needed.map((f) => base64(fallbackUrls[f]))
	]);
	const fallback = Object.fromEntries(needed.map((f, i) => [f, extra[i] ?? ''])) as NonNullable<
		PdfFonts['fallback']
	>;
	// Devanagari and Thai are shaped first; the shaper is its own chunk (offline.json: on use)
	const shaped = needed.filter((f) => shapedScripts.includes(f));
	const shapers =
		shaped.length > 0
			? await import('./shape')
					.then(({ loadShaper }) =>
						Promise.all(shaped.map((f) => loadShaper(fromBase64(fallback[f] ?? ''))))
					)
					// offline before its first use: the text is drawn unshaped, the PDF still made
					.catch(() => [])
			: [];
	return {
		regular,
		bold,
		italic,
		fallback,
		...(cjk ? { cjk } : {}),
		shapers: Object.fromEntries(
			shaped.flatMap((f, i) => (shapers[i] ? [[f, shapers[i]]] : []))
		) as PdfFonts['shapers']
	};
}

function fromBase64(text: string): Uint8Array {
	return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}

/**
 * Renders a report to PDF bytes in the browser, with what a feature adds (a comparison's
 * progress, a team's section) and its answers files.
 */
export async function renderReportPdfInBrowser(
	report: Report,
	options: { section?: DocumentSection; attachments?: readonly Attachment[] } = {}
): Promise<Uint8Array> {
	return renderReportPdf(report, await browserFonts(userTexts(report)), options);
}

/**
 * Renders a document (the partner report's, say) in the browser; `texts` are what users typed
 * in it (the names), for the fonts they need.
 */
export async function renderDocumentPdfInBrowser(
	document: ReportDocument,
	texts: readonly string[],
	attachments: readonly Attachment[] = []
): Promise<Uint8Array> {
	return renderDocumentPdf(document, texts, await browserFonts(texts), { attachments });
}
