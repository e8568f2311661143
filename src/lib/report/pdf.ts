/**
 * Renders the report's document model to an A4 PDF with jspdf (imported lazily). Real text
 * in an embedded Unicode font, a vector radar chart, page numbers and document metadata.
 * Runs in the browser and in Node; the caller supplies the font files (see browser.ts, node.ts).
 */
import type { GState as GStateClass, jsPDF as JsPdf } from 'jspdf';
import { radarPoint, type RadarModel } from '../chart/radar-model';
import { wholeScore } from '../engine/format';
import type { Report } from '../engine/report';
import { format as fill } from '../i18n/translate';
import {
	pageLimit,
	reportDocument,
	type Block,
	type Condensed,
	type DocumentSection,
	type ReportDocument
} from './model/document';
import { pdfLabels } from './model/labels';
import { attachFiles, type Attachment } from './attach';
import {
	fallbackOf,
	isRtl,
	isRtlLine,
	printableText,
	runsOf,
	userTexts,
	type CjkFileOf,
	type Fallback,
	type RunFont
} from './scripts';
import { inNamesIndex } from './cjk';
import type { ShapedGlyph, Shaper } from './shape';

/**
 * The three font files, base64-encoded TTF, the fallbacks a report's name or notes need, and
 * the CJK files (by name) their Chinese, Japanese or Korean characters need.
 */
export interface PdfFonts {
	regular: string;
	bold: string;
	italic: string;
	fallback?: Partial<Record<Fallback, string>>;
	cjk?: {
		fileOf: CjkFileOf;
		files: Record<string, string>;
		/** Shapers for the files of scripts that are shaped (by file name). */
		shapers?: Record<string, Shaper>;
	};
	/** Shapers for the fallbacks whose letters change form and order (shape.ts). */
	shapers?: Partial<Record<Fallback, Shaper>>;
}

/** The private-use characters that stand for shaped glyphs (see `glyphChar`). */
const privateUse = 0xe000;
const privateUseEnd = 0xf8ff;

/**
 * Whether a right-to-left run is in Syriac or Thaana: poppler (and the readers built on it) takes
 * these as right to left and orders their glyphs itself, but reverses an ActualText span in them,
 * as in Hebrew and Arabic. The right-to-left scripts added to Unicode later (N'Ko, Samaritan,
 * Adlam…) it reads left to right, so there only the span gives the text as typed.
 */
function readersReorder(text: string): boolean {
	return /[\u0700-\u07bf\u0860-\u086f]/u.test(text);
}

/** A text as UTF-16 hex digits, for a PDF string <FEFF…>. */
function utf16Hex(text: string): string {
	let hex = '';
	for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0');
	return hex.toUpperCase();
}

/** What the PDF's text extraction should give for an Arabic presentation form: its letter. */
function letterOf(code: number): number {
	if (code < 0xfb50 || code > 0xfeff) return code;
	const letter = String.fromCharCode(code).normalize('NFKC');
	return letter.length === 1 ? letter.charCodeAt(0) : code;
}

/** jspdf's event hub (not in its types): the handlers of `putFont` write each font's objects. */
interface PdfEvents {
	subscribe(topic: string, handler: (options: PutFont) => void): string;
	getTopics(): Record<string, Record<string, unknown>>;
}
interface PutFont {
	font: { fontName: string };
	putStream(stream: { data: string }): void;
}

/**
 * Lets a glyph copy as several characters, or as one beyond the Basic Multilingual Plane: a
 * conjunct, a lam-alef, an Adlam letter, a rare Han character. jspdf writes each glyph's entry
 * of a font's ToUnicode map as one UTF-16 unit; this handler, placed before jspdf's own, hands
 * it a `putStream` that writes the whole text of the glyphs `textsOf` names instead. A reader
 * that copies by the map (pdf.js, the browsers' viewers) then gets these texts in full.
 */
function writeFullTexts(
	doc: JsPdf,
	textsOf: (fontName: string) => Map<number, string> | undefined
) {
	const events = (doc.internal as unknown as { events: PdfEvents }).events;
	const token = events.subscribe('putFont', (options) => {
		const texts = textsOf(options.font.fontName);
		if (!texts || texts.size === 0) return;
		const put = options.putStream;
		options.putStream = (stream) =>
			put(
				typeof stream.data === 'string' && stream.data.startsWith('/CIDInit')
					? {
							...stream,
							data: stream.data.replace(/<([0-9a-f]{4})><[0-9a-f]{4}>/g, (entry, glyph: string) => {
								const text = texts.get(parseInt(glyph, 16));
								return text ? `<${glyph}><${utf16Hex(text)}>` : entry;
							})
						}
					: stream
			);
	});
	// first in line: jspdf's handler takes `putStream` from the options when it runs
	const handlers = events.getTopics()['putFont'] ?? {};
	const others = Object.entries(handlers).filter(([key]) => key !== token);
	for (const [key] of others) delete handlers[key];
	for (const [key, handler] of others) handlers[key] = handler;
}

const page = { width: 210, height: 297, margin: 20, bottom: 22 };
const contentWidth = page.width - 2 * page.margin;
const colors = {
	text: [27, 31, 39],
	muted: [74, 83, 99],
	primary: [29, 78, 137],
	accent: [179, 71, 27],
	border: [185, 194, 208],
	surface: [244, 246, 250]
} as const;
const family = 'OpenSans';
const ptToMm = 0.3528;

type Rgb = readonly [number, number, number];

/** Where a block landed: the page it starts on and the page it ends on. For tests. */
export interface PlacedBlock {
	kind: Block['kind'];
	text: string;
	startPage: number;
	endPage: number;
}

/** How full a page is when the next one starts; `break` is the end of a section. For tests. */
export interface PageFill {
	page: number;
	/** mm of the page's content height that holds something */
	used: number;
	/** mm the page offers between its margins */
	available: number;
	ends: 'flow' | 'section' | 'document';
}

/** The height a page offers between its margins. */
const pageContentHeight = page.height - page.margin - page.bottom;

/**
 * Splits a web address into lines no wider than `fits` allows, breaking only after a "/".
 * A piece between two slashes that is wider than a line stays whole (it may run into the
 * margin rather than break mid-word); the addresses in the content are far shorter.
 */
export function breakUrl(url: string, fits: (line: string) => boolean): string[] {
	const pieces = url.match(/[^/]*\/+|[^/]+$/g) ?? [url];
	const lines: string[] = [];
	let line = '';
	for (const piece of pieces) {
		if (line && !fits(line + piece)) {
			lines.push(line);
			line = piece;
		} else line += piece;
	}
	if (line) lines.push(line);
	return lines;
}

/** Lays blocks out top to bottom, starting new pages when needed. */
class Layout {
	y = page.margin;
	constructor(
		private doc: JsPdf,
		private GState: typeof GStateClass
	) {}

	color(rgb: Rgb, kind: 'text' | 'draw' | 'fill' = 'text') {
		if (kind === 'text') this.doc.setTextColor(rgb[0], rgb[1], rgb[2]);
		else if (kind === 'draw') this.doc.setDrawColor(rgb[0], rgb[1], rgb[2]);
		else this.doc.setFillColor(rgb[0], rgb[1], rgb[2]);
	}

	private style: 'normal' | 'bold' | 'italic' = 'normal';

	font(style: 'normal' | 'bold' | 'italic', size: number) {
		this.style = style;
		this.doc.setFont(family, style);
		this.doc.setFontSize(size);
	}

	/** Fallback fonts registered for this report. */
	fallbacks = new Set<Fallback>();
	/** Which registered CJK file holds a code point. */
	cjkFileOf: CjkFileOf = () => null;
	/** Whether some character had to be replaced by "?". */
	replaced = false;
	private mainFont: { characterToGlyph(code: number): number } | null = null;

	/** Whether the main font or a registered fallback can show a code point. */
	covered = (cp: number): boolean => {
		const script = fallbackOf(cp);
		if (script) return this.fallbacks.has(script);
		// a file of the names index; beyond the Basic Multilingual Plane, only a shaper draws
		// its glyphs (see glyphChar)
		const file = inNamesIndex(cp) ? this.cjkFileOf(cp) : null;
		if (file !== null) return cp <= 0xffff || file in this.fileShapers;
		if (cp > 0xffff) return false;
		this.mainFont ??= (
			this.doc.getFont() as unknown as {
				metadata: { characterToGlyph(code: number): number };
			}
		).metadata;
		return this.mainFont.characterToGlyph(cp) !== 0;
	};

	/** Text as it can be printed (see scripts.ts); notes whether anything was replaced. */
	prepare(text: string): string {
		const result = printableText(text, this.covered);
		if (result.replaced) this.replaced = true;
		return result.text;
	}

	/**
	 * Wraps text to a width. Text in the main font only is wrapped by jspdf; a line with other
	 * scripts is measured as drawLine draws it (each run in its font, shaped runs by their
	 * glyphs), so a note in Tamil or Chinese stays inside the margin.
	 */
	split(text: string, width: number): string[] {
		const other = (c: string) => {
			const cp = c.codePointAt(0) ?? 0;
			return fallbackOf(cp) !== null || inNamesIndex(cp);
		};
		if (![...text].some(other)) return this.doc.splitTextToSize(text, width);
		return text.split('\n').flatMap((line) => this.wrapMeasured(line, width));
	}

	/** The width of a line as drawLine draws it. */
	private lineWidth(line: string): number {
		return this.measure(line).widths.reduce((sum, w) => sum + w, 0);
	}

	/**
	 * Wraps one line by measured widths: at spaces and between two Chinese or Japanese
	 * characters; inside a word only when the word alone is wider than the line (never before a
	 * mark, which belongs to the letter before it).
	 */
	private wrapMeasured(line: string, width: number): string[] {
		// a token: a word with the spaces after it, or one Chinese or Japanese character (with the
		// punctuation after it, which never starts a line)
		const cjk = (c: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(c);
		const tokens: string[] = [];
		for (const char of line) {
			const last = tokens.at(-1);
			const lastChar = [...(last ?? '')].at(-1) ?? '';
			const starts =
				last === undefined ||
				(/\S/u.test(char) &&
					(/\s/u.test(lastChar) || (!/\p{P}/u.test(char) && (cjk(char) || cjk(lastChar)))));
			if (starts) tokens.push(char);
			else tokens[tokens.length - 1] = last + char;
		}
		const out: string[] = [];
		let current = '';
		for (const token of tokens) {
			if (current !== '' && this.lineWidth((current + token).trimEnd()) > width) {
				out.push(current.trimEnd());
				current = '';
			}
			current += token;
			// a word wider than the line on its own: cut it where the width runs out
			while (this.lineWidth(current.trimEnd()) > width) {
				const chars = [...current];
				let fit = 1;
				while (fit < chars.length && this.lineWidth(chars.slice(0, fit + 1).join('')) <= width)
					fit++;
				while (fit > 1 && /\p{M}/u.test(chars[fit] ?? '')) fit--;
				out.push(chars.slice(0, fit).join(''));
				current = chars.slice(fit).join('');
			}
		}
		out.push(current.trimEnd());
		return out;
	}

	private use(font: RunFont | null) {
		if (font === null) this.doc.setFont(family, this.style);
		else if (font.startsWith('cjk:')) this.doc.setFont(`cjk-${font.slice(4)}`, 'normal');
		else this.doc.setFont(`fallback-${font}`, 'normal');
	}

	/**
	 * Draws one line, switching fonts per run. Right-to-left runs are drawn glyph by glyph from
	 * the right, in reading order: the page shows them right to left, and a reader that copies
	 * or searches the text gets the name as typed (Arabic shaped into its joined forms first).
	 */
	drawLine(line: string, x: number, y: number, align?: 'center') {
		const runs = runsOf(line, this.cjkFileOf);
		if (runs.every((r) => r.font === null)) {
			this.doc.text(line, x, y, align ? { align } : undefined);
			return;
		}
		const { ordered, shaped, glyphs, widths, em } = this.measure(line, runs);
		let cx = align === 'center' ? x - widths.reduce((a, b) => a + b, 0) / 2 : x;
		const lineWidth = this.doc.getLineWidth();
		const drawColor = this.doc.getDrawColor();
		ordered.forEach((run, i) => {
			this.use(run.font);
			this.boldRun(run.font !== null && this.style === 'bold', em);
			const text = shaped[i] ?? '';
			const runGlyphs = glyphs[i];
			const rtl = [...run.text].some((c) => isRtl(c.codePointAt(0) ?? 0));
			if (runGlyphs) this.drawShaped(run.text, runGlyphs, cx, y, em, rtl);
			else if (rtl) this.drawRtl(text, cx + (widths[i] ?? 0), y);
			else this.doc.text(text, cx, y, this.runOptions);
			cx += widths[i] ?? 0;
		});
		this.runOptions = undefined;
		this.doc.setLineWidth(lineWidth);
		this.doc.setDrawColor(drawColor);
		this.doc.setFont(family, this.style);
	}

	/**
	 * A line's runs in the order they are drawn (right to left lines reversed), as drawn
	 * (Arabic in its joined forms, shaped runs as glyphs), and the width of each.
	 */
	private measure(line: string, runs = runsOf(line, this.cjkFileOf)) {
		const ordered = isRtlLine(line) ? [...runs].reverse() : runs;
		const shaped = ordered.map((run) =>
			run.font === 'arabic' ? (this.doc.processArabic(run.text) as string) : run.text
		);
		const glyphs = ordered.map((run) => this.glyphsOf(run.font, run.text));
		const em = this.doc.getFontSize() / this.doc.internal.scaleFactor;
		const widths = ordered.map((run, i) => {
			const runGlyphs = glyphs[i];
			if (runGlyphs) return runGlyphs.reduce((sum, g) => sum + g.advance, 0) * em;
			this.use(run.font);
			return this.doc.getTextWidth(shaped[i] ?? '');
		});
		this.doc.setFont(family, this.style);
		return { ordered, shaped, glyphs, widths, em };
	}

	/** How the glyphs of the current run are drawn: filled, or filled and outlined (boldRun). */
	private runOptions: { renderingMode: 'fillThenStroke' } | undefined;

	/**
	 * Bold text in a font with no bold face (the fonts for other scripts have one weight): each
	 * glyph is filled and outlined in the text's colour, as a browser makes bold from a regular
	 * face, so a name in the cover's bold does not turn thin where its script changes.
	 */
	private boldRun(bold: boolean, em: number) {
		this.runOptions = bold ? { renderingMode: 'fillThenStroke' } : undefined;
		if (!bold) return;
		this.doc.setLineWidth(em * 0.035);
		this.doc.setDrawColor(this.doc.getTextColor());
	}

	/** Shapers for this document's fallback fonts (shape.ts). */
	private shapers: Partial<Record<Fallback, Shaper>> = {};
	private fileShapers: Record<string, Shaper> = {};
	private shapedRuns = new Map<string, ShapedGlyph[] | null>();

	/** A run's shaped glyphs, when its script is shaped and the shaper could do it (remembered). */
	private glyphsOf(font: RunFont | null, text: string): ShapedGlyph[] | null {
		if (font === null) return null;
		const shaper = font.startsWith('cjk:')
			? this.fileShapers[font.slice(4)]
			: this.shapers[font as Fallback];
		if (!shaper) return null;
		const key = `${font}:${text}`;
		let glyphs = this.shapedRuns.get(key);
		if (glyphs === undefined) {
			const made = shaper(text);
			glyphs = made.length > 0 ? made : null;
			this.shapedRuns.set(key, glyphs);
		}
		return glyphs;
	}

	/** Per font: the private-use character that stands for each glyph drawn by id. */
	private glyphCodes = new Map<string, Map<number, number>>();

	/**
	 * The character that makes jspdf draw a glyph by its id in the current font: jspdf turns
	 * characters into glyphs through the font's character map, and has no call to draw a glyph
	 * the map does not reach (a conjunct, a half form, a reordered vowel sign). Each such glyph
	 * gets a free character of the private use area, added to the map of this document's copy of
	 * the font (the embedded font file is not changed).
	 */
	private glyphChar(id: number): string {
		const font = this.doc.getFont() as unknown as {
			fontName: string;
			metadata: { cmap: { unicode: { codeMap: Record<number, number> } } };
		};
		const codeMap = font.metadata.cmap.unicode.codeMap;
		let codes = this.glyphCodes.get(font.fontName);
		if (!codes) this.glyphCodes.set(font.fontName, (codes = new Map()));
		let code = codes.get(id);
		if (code === undefined) {
			code = privateUse + codes.size;
			while (codeMap[code] !== undefined && code < privateUseEnd) code++;
			codes.set(id, code);
			codeMap[code] = id;
		}
		return String.fromCharCode(code);
	}

	/**
	 * Draws shaped glyphs from `x` (in the order they stand on the page), each where the shaper
	 * put it, inside a span whose ActualText is the text as typed: a reader that copies or
	 * searches gets the name, not the glyphs. Syriac and Thaana go without one (readersReorder):
	 * there the reader puts the glyphs in reading order. Each glyph also copies as the characters
	 * it shows (mapGlyph), for readers that ignore ActualText.
	 */
	private drawShaped(
		text: string,
		glyphs: readonly ShapedGlyph[],
		x: number,
		y: number,
		em: number,
		rtl: boolean
	) {
		const toUnicode = (
			this.doc.getFont() as unknown as { metadata: { toUnicode: Record<number, number> } }
		).metadata.toUnicode;
		const draw = () => {
			let pen = x;
			for (const glyph of glyphs) {
				this.doc.text(
					this.glyphChar(glyph.id),
					pen + glyph.dx * em,
					y - glyph.dy * em,
					this.runOptions
				);
				// a glyph for several letters, right to left, in the order they stand (see
				// fixArabicText: readers put a right-to-left line's text in reading order)
				const letters = rtl ? [...glyph.text].reverse().join('') : glyph.text;
				if (letters !== '') this.mapGlyph(glyph.id, letters, toUnicode);
				pen += glyph.advance * em;
			}
		};
		if (rtl && readersReorder(text)) draw();
		else this.actualText(text, draw);
	}

	/** Per font: the glyphs that copy as more than one UTF-16 unit, and their text. */
	glyphTexts = new Map<string, Map<number, string>>();

	/**
	 * What a glyph of the current font copies as: its one character in the font's ToUnicode map,
	 * or, for a longer text, a stand-in there and the text in `glyphTexts` (writeFullTexts).
	 */
	private mapGlyph(id: number, text: string, toUnicode: Record<number, number>) {
		if (text.length === 1) {
			toUnicode[id] = text.charCodeAt(0);
			return;
		}
		const fontName = (this.doc.getFont() as unknown as { fontName: string }).fontName;
		let texts = this.glyphTexts.get(fontName);
		if (!texts) this.glyphTexts.set(fontName, (texts = new Map()));
		texts.set(id, text);
		toUnicode[id] = 0xfffd;
	}

	/**
	 * Draws inside a marked-content span whose ActualText is `text` as typed: what a reader copies
	 * and searches, whatever glyphs the drawing used. Left-to-right text only: poppler reorders an
	 * ActualText in Hebrew or Arabic once more and copies it reversed (drawRtl's glyphs, in
	 * reading order, already copy as typed).
	 */
	private actualText(text: string, draw: () => void) {
		const write = (this.doc.internal as unknown as { write(line: string): void }).write;
		write(`/Span <</ActualText <FEFF${utf16Hex(text)}>>> BDC`);
		draw();
		write('EMC');
	}

	/** Right-to-left text ending at `right`: each glyph left of the one before it. */
	private drawRtl(text: string, right: number, y: number) {
		let pen = right;
		let baseRight = right;
		for (const char of text) {
			const width = this.doc.getTextWidth(char);
			// a zero-width mark sits on the letter before it, drawn where that letter ends
			if (width === 0 && /\p{M}/u.test(char)) {
				this.doc.text(char, baseRight, y, this.runOptions);
				continue;
			}
			baseRight = pen;
			pen -= width;
			this.doc.text(char, pen, y, this.runOptions);
		}
	}

	/** Uses the fallback and CJK fonts registered for this document. */
	useFonts(fonts: PdfFonts) {
		for (const script of Object.keys(fonts.fallback ?? {})) this.fallbacks.add(script as Fallback);
		this.shapers = fonts.shapers ?? {};
		if (!fonts.cjk) return;
		const { fileOf, files } = fonts.cjk;
		this.fileShapers = fonts.cjk.shapers ?? {};
		this.cjkFileOf = (cp) => {
			const file = fileOf(cp);
			return file !== null && file in files ? file : null;
		};
	}

	/** Arabic's joined forms copy as their letters (jspdf maps them to the forms themselves). */
	fixArabicText() {
		if (!this.fallbacks.has('arabic')) return;
		this.doc.setFont('fallback-arabic', 'normal');
		const map = (
			this.doc.getFont() as unknown as { metadata: { toUnicode: Record<string, number> } }
		).metadata.toUnicode;
		for (const [glyph, code] of Object.entries(map)) {
			map[glyph] = letterOf(code);
			// a ligature (lam-alef, U+FEFB and its forms) copies as its two letters. Given in the order they stand
			// on the page: poppler and pdf.js both read a glyph's text in a right-to-left line as
			// drawn, and turn it into reading order with the rest of the line
			const letters = String.fromCharCode(code).normalize('NFKC');
			if (code >= 0xfb50 && code <= 0xfeff && letters.length > 1)
				this.mapGlyph(Number(glyph), [...letters].reverse().join(''), map);
		}
		this.doc.setFont(family, this.style);
	}

	lineHeight(size: number) {
		return size * ptToMm * 1.45;
	}

	/** How full each finished page was. */
	fills: PageFill[] = [];

	newPage(ends: PageFill['ends'] = 'flow') {
		this.fills.push({
			page: this.doc.getNumberOfPages(),
			used: this.y - page.margin,
			available: pageContentHeight,
			ends
		});
		this.doc.addPage();
		this.y = page.margin;
	}

	/** Layout faults found while drawing (tests; see `onLayout`). */
	faults: string[] = [];
	/** The page the last advice started on. */
	adviceStartPage = 0;

	/** The page a block first drew on (set by the first `ensure` of each block). */
	firstDrawPage: number | null = null;

	ensure(height: number) {
		if (this.y + height > page.height - page.bottom) this.newPage();
		this.firstDrawPage ??= this.doc.getNumberOfPages();
	}

	/** Writes wrapped text at x with the given width; returns the height used. */
	text(
		text: string,
		options: {
			x?: number;
			width?: number;
			size?: number;
			style?: 'normal' | 'bold' | 'italic';
			color?: Rgb;
			after?: number;
			keepLines?: number;
		} = {}
	) {
		const {
			x = page.margin,
			width = contentWidth,
			size = 10.5,
			style = 'normal',
			color = colors.text,
			after = 2.2
		} = options;
		this.font(style, size);
		this.color(color);
		const lines = this.split(this.prepare(text), width);
		const lh = this.lineHeight(size);
		this.ensure(Math.min(lines.length, options.keepLines ?? 2) * lh);
		for (const line of lines) {
			this.ensure(lh);
			this.drawLine(line, x, this.y + size * ptToMm);
			this.y += lh;
		}
		this.y += after;
	}

	/** The height `text` would take with these options, without drawing it. */
	textHeight(
		text: string,
		options: { width?: number; size?: number; style?: 'normal' | 'bold' | 'italic'; after?: number }
	): number {
		const { width = contentWidth, size = 10.5, style = 'normal', after = 2.2 } = options;
		this.font(style, size);
		const lines = this.split(this.prepare(text), width);
		return lines.length * this.lineHeight(size) + after;
	}

	/**
	 * The parts of an advice as the PDF sets them, compactly: title, a line of who and when,
	 * the text, the numbered steps, then why and where to read more in small type.
	 */
	private adviceParts(block: Extract<Block, { kind: 'advice' }>) {
		const x = page.margin + 4;
		const width = contentWidth - 4;
		const why = block.why.length > 0 ? `${block.whyLabel} ${block.why.join(' ')}` : '';
		return { x, width, why };
	}

	/** The height an advice block takes (the same steps as `advice`, measured). */
	adviceHeight(block: Extract<Block, { kind: 'advice' }>): number {
		const { width, why } = this.adviceParts(block);
		let height =
			this.textHeight(block.title, { width, size: 10.5, style: 'bold', after: 0.4 }) +
			this.textHeight(block.meta, { width, size: 8, after: 1 }) +
			this.textHeight(block.text, { width, size: 9.5, after: 1 });
		for (const step of block.steps)
			height += this.textHeight(step, { width: width - 6, size: 9.5, after: 0.6 });
		height += 1;
		if (why) height += this.textHeight(why, { width, size: 8, after: 0.4 });
		if (block.references)
			height += this.textHeight(block.references, { width, size: 8, style: 'italic', after: 0.4 });
		return height + 3;
	}

	/** The least of a block that must stand below a heading: a heading never ends a page alone. */
	keepHeight(block: Block | undefined): number {
		if (!block) return 0;
		switch (block.kind) {
			case 'paragraph':
				return Math.min(
					this.textHeight(block.text, { size: block.style === 'lead' ? 12.5 : 10.5 }),
					3 * this.lineHeight(10.5)
				);
			case 'topic':
				return this.topicHeadHeight(block);
			case 'advice':
				return this.adviceHeadHeight(block);
			case 'links':
				return Math.min(this.linksHeight(block.items), pageContentHeight / 2);
			default:
				return 24;
		}
	}

	heading(text: string, level: 1 | 2 | 3, keep = level === 1 ? 30 : 24) {
		const size = level === 1 ? 18 : level === 2 ? 13.5 : 11.5;
		// keep a heading with what follows it (at least its start)
		this.ensure(this.lineHeight(size) + 7 + Math.min(keep, pageContentHeight / 2));
		if (level === 1 && this.y > page.margin) this.y += 4;
		if (level === 2) this.y += 3;
		this.text(text, {
			size,
			style: 'bold',
			color: level === 3 ? colors.text : colors.primary,
			after: level === 1 ? 4 : 2,
			keepLines: 3
		});
		if (level === 1) {
			this.color(colors.accent, 'draw');
			this.doc.setLineWidth(0.8);
			this.doc.line(page.margin, this.y - 2.5, page.margin + 24, this.y - 2.5);
			this.y += 2;
		}
	}

	list(
		items: string[],
		ordered = false,
		x = page.margin,
		width = contentWidth,
		size = 10.5,
		after = 1.2
	) {
		items.forEach((item, i) => {
			const marker = ordered ? `${i + 1}.` : '•';
			// the marker stands with its item's first lines: what text() below keeps together
			const lines =
				this.textHeight(item, { width: width - 6, size, after: 0 }) / this.lineHeight(size);
			this.font('normal', size);
			this.ensure(Math.min(Math.round(lines), 2) * this.lineHeight(size));
			this.color(colors.muted);
			this.doc.text(marker, x, this.y + size * ptToMm);
			this.text(item, { x: x + 6, width: width - 6, size, after });
		});
		this.y += 1.5;
	}

	/** The lines of a links item: its text, then its address broken after a "/". */
	private linkLines(item: { text: string; url?: string }, width: number, size: number) {
		this.font('normal', size);
		const lines: string[] = this.doc.splitTextToSize(item.text, width);
		const urlLines = item.url
			? breakUrl(item.url, (line) => this.doc.getTextWidth(line) <= width)
			: [];
		return { lines, urlLines };
	}

	/** The height a links list takes. */
	linksHeight(items: { text: string; url?: string }[]): number {
		const lh = this.lineHeight(10);
		return (
			items.reduce((sum, item) => {
				const { lines, urlLines } = this.linkLines(item, contentWidth - 6, 10);
				return sum + (lines.length + urlLines.length) * lh + 1.2;
			}, 0) + 1.5
		);
	}

	/** A bulleted list whose items may end in a clickable web address, broken only at "/". */
	links(items: { text: string; url?: string }[]) {
		const x = page.margin + 6;
		const width = contentWidth - 6;
		const size = 10;
		const lh = this.lineHeight(size);
		// the list stands whole on one page when it can: a last page never holds one reference
		const whole = this.linksHeight(items);
		if (whole <= pageContentHeight / 2) this.ensure(whole);
		for (const item of items) {
			const { lines, urlLines } = this.linkLines(item, width, size);
			// a reference stands whole on one page: an address split over two cannot be followed
			this.ensure(Math.min(lines.length + urlLines.length, 8) * lh);
			this.color(colors.muted);
			this.doc.text('•', page.margin, this.y + size * ptToMm);
			this.text(item.text, { x, width, size, after: urlLines.length > 0 ? 0 : 1.2 });
			this.font('normal', size);
			this.color(colors.primary);
			for (const line of urlLines) {
				this.ensure(lh);
				this.doc.textWithLink(line, x, this.y + size * ptToMm, { url: item.url });
				this.y += lh;
			}
			if (urlLines.length > 0) this.y += 1.2;
		}
		this.y += 1.5;
	}

	table(head: string[], rows: string[][], widths: number[], size = 9.5) {
		// small type (the answers appendix) is set tighter: 57 rows in about three pages
		const compact = size < 9;
		const lh = this.lineHeight(size) * (compact ? 0.9 : 1);
		const pad = compact ? 1.4 : 2.4;
		const cols = widths.map((w) => w * contentWidth);
		const drawRow = (cells: string[], bold: boolean) => {
			this.font(bold ? 'bold' : 'normal', size);
			const wrapped = cells.map(
				(c, i) => this.doc.splitTextToSize(c, (cols[i] ?? 20) - 3) as string[]
			);
			const height = Math.max(...wrapped.map((w) => w.length)) * lh + pad;
			// a table's head stands with its first row
			this.ensure(bold ? height + lh * 2 + pad : height);
			if (bold) {
				this.color(colors.surface, 'fill');
				this.doc.rect(page.margin, this.y, contentWidth, height, 'F');
			}
			let x = page.margin;
			wrapped.forEach((lines, i) => {
				this.color(bold ? colors.primary : colors.text);
				lines.forEach((line, j) =>
					this.doc.text(line, x + 1.5, this.y + pad / 2 + size * ptToMm + j * lh)
				);
				x += cols[i] ?? 0;
			});
			this.y += height;
			this.color(colors.border, 'draw');
			this.doc.setLineWidth(0.2);
			this.doc.line(page.margin, this.y, page.margin + contentWidth, this.y);
		};
		if (head.length > 0) drawRow(head, true);
		for (const row of rows) drawRow(row, false);
		this.y += 4;
	}

	keyValues(rows: [string, string][], x = page.margin, width = contentWidth) {
		const labelWidth = width * 0.38;
		for (const [key, value] of rows) {
			this.font('bold', 10);
			const keyLines: string[] = this.doc.splitTextToSize(key, labelWidth - 3);
			this.font('normal', 10);
			const valueLines = this.split(this.prepare(value), width - labelWidth);
			const lh = this.lineHeight(10);
			const height = Math.max(keyLines.length, valueLines.length) * lh + 1.6;
			// a row stays on one page unless it is longer than a page: then it breaks line by line
			this.ensure(height <= pageContentHeight ? height : 3 * lh);
			const lines = Math.max(keyLines.length, valueLines.length);
			for (let i = 0; i < lines; i++) {
				if (i > 0) this.ensure(lh);
				const y = this.y + 10 * ptToMm;
				this.font('bold', 10);
				this.color(colors.muted);
				if (keyLines[i]) this.doc.text(keyLines[i]!, x, y);
				this.font('normal', 10);
				this.color(colors.text);
				if (valueLines[i]) this.drawLine(valueLines[i]!, x + labelWidth, y);
				this.y += lh;
			}
			this.y += 1.6;
		}
		this.y += 3;
	}

	radar(model: RadarModel, caption: string, fit = false) {
		const captionHeight = this.textHeight(caption, { size: 8.5, style: 'italic', after: 4 });
		const room = page.height - page.bottom - this.y - captionHeight - 6;
		const size = fit ? Math.max(80, Math.min(118, room)) : 118;
		this.ensure(size + 6 + captionHeight);
		const cx = page.width / 2;
		const cy = this.y + size / 2 + 4;
		const r = size / 2 - 18;
		const n = model.axes.length;
		const doc = this.doc;
		const point = (i: number, v: number) => radarPoint(i, n, v, model.max, cx, cy, r);
		// grid rings and axes
		this.color(colors.border, 'draw');
		doc.setLineWidth(0.2);
		for (const tick of model.ticks) {
			const ring = model.axes.map((_, i) => point(i, tick));
			ring.forEach((p, i) => {
				const q = ring[(i + 1) % n]!;
				doc.line(p.x, p.y, q.x, q.y);
			});
			if (tick < model.max) {
				this.font('normal', 6.5);
				this.color(colors.muted);
				doc.text(String(tick), cx + 1, point(0, tick).y - 0.6);
			}
		}
		model.axes.forEach((_, i) => {
			const p = point(i, model.max);
			doc.line(cx, cy, p.x, p.y);
		});
		// a team's band, lowest to highest: the ring between the two polygons, filled lightly
		const band = (key: 'low' | 'high') =>
			model.axes.map((a, i) => {
				const v = a[key];
				return v === null || v === undefined ? null : point(i, v);
			});
		const [low, high] = [band('low'), band('high')];
		if (high.every((p) => p) && low.every((p) => p)) {
			const trace = (pts: { x: number; y: number }[]) => {
				pts.forEach((p, i) => (i === 0 ? doc.moveTo(p.x, p.y) : doc.lineTo(p.x, p.y)));
				doc.close();
			};
			this.color(colors.primary, 'fill');
			doc.saveGraphicsState();
			doc.setGState(new this.GState({ opacity: 0.14 }));
			trace(high as { x: number; y: number }[]);
			trace(low as { x: number; y: number }[]);
			doc.fillEvenOdd();
			doc.restoreGraphicsState();
		}
		// a second line (the first check, or the cultural partner): grey, no fill
		const second = model.axes.map((a, i) =>
			a.before === null || a.before === undefined ? null : point(i, a.before)
		);
		if (second.some((p) => p)) {
			this.color(colors.muted, 'draw');
			this.color(colors.muted, 'fill');
			doc.setLineWidth(0.6);
			second.forEach((p, i) => {
				const q = second[(i + 1) % n];
				if (p && q) doc.line(p.x, p.y, q.x, q.y);
			});
			for (const p of second) if (p) doc.rect(p.x - 0.8, p.y - 0.8, 1.6, 1.6, 'F');
		}
		// the scores: filled polygon when complete, else the scored stretches only
		const values = model.axes.map((a) => a.value);
		const complete = values.every((v) => v !== null);
		const pts = values.map((v, i) => (v === null ? null : point(i, v)));
		this.color(colors.primary, 'draw');
		this.color(colors.primary, 'fill');
		doc.setLineWidth(0.7);
		if (model.indicative) doc.setLineDashPattern([0.5, 1], 0);
		if (complete && !model.indicative) {
			const first = pts[0]!;
			const segments = pts.slice(1).map((p, i) => [p!.x - pts[i]!.x, p!.y - pts[i]!.y]);
			doc.saveGraphicsState();
			doc.setGState(new this.GState({ opacity: 0.2 }));
			doc.lines(segments, first.x, first.y, [1, 1], 'F', true);
			doc.restoreGraphicsState();
			doc.lines(segments, first.x, first.y, [1, 1], 'S', true);
		} else {
			pts.forEach((p, i) => {
				const q = pts[(i + 1) % n];
				if (p && q) doc.line(p.x, p.y, q.x, q.y);
			});
		}
		doc.setLineDashPattern([], 0);
		for (const p of pts) if (p) doc.circle(p.x, p.y, 0.9, 'F');
		// the respondent's targets: a dashed line, no fill
		const targets = model.axes.map((a, i) => (a.target === null ? null : point(i, a.target)));
		if (targets.some((t) => t)) {
			this.color(colors.accent, 'draw');
			doc.setLineWidth(0.5);
			doc.setLineDashPattern([1.6, 1.2], 0);
			targets.forEach((p, i) => {
				const q = targets[(i + 1) % n];
				if (p && q) doc.line(p.x, p.y, q.x, q.y);
			});
			doc.setLineDashPattern([], 0);
		}
		// labels
		this.font('normal', 7.5);
		model.axes.forEach((axis, i) => {
			const p = point(i, model.max + 9);
			const align = Math.abs(p.x - cx) < 3 ? 'center' : p.x > cx ? 'left' : 'right';
			this.color(axis.value === null ? colors.muted : colors.text);
			const label =
				model.labelValues === false
					? axis.label
					: axis.value === null
						? `${axis.label} (–)`
						: `${axis.label} (${wholeScore(axis.value)})`;
			const lines: string[] = doc.splitTextToSize(label, 34);
			lines.forEach((line, j) => doc.text(line, p.x, p.y + 1 + j * 3, { align }));
		});
		this.y = cy + size / 2 + 2;
		this.text(caption, { size: 8.5, color: colors.muted, style: 'italic', after: 4 });
	}

	private introStyle(p: Extract<Block, { kind: 'topic' }>['intro'][number]) {
		return {
			size: 9,
			style: p.style,
			color: p.style === 'italic' ? colors.muted : colors.text,
			after: 1.6
		} as const;
	}

	/** A topic's heading and intro, with the head of its first advice: what stands together. */
	topicHeadHeight(block: Extract<Block, { kind: 'topic' }>): number {
		// 3 above the heading, 1 below the intro (as `topic` draws them)
		const head =
			4 +
			this.textHeight(block.heading, { size: 12.5, style: 'bold', after: 2 }) +
			block.intro.reduce((sum, p) => sum + this.textHeight(p.text, this.introStyle(p)), 0);
		const first = block.advice[0]
			? Math.min(this.adviceHeight(block.advice[0]), this.adviceHeadHeight(block.advice[0]))
			: 0;
		return head + first <= pageContentHeight ? head + first : head;
	}

	/** A topic: heading, intro and first advice on one page; then the rest of its advice. */
	topic(block: Extract<Block, { kind: 'topic' }>) {
		this.ensure(this.topicHeadHeight(block));
		const headingPage = this.doc.getNumberOfPages();
		this.y += 3;
		this.text(block.heading, { size: 12.5, style: 'bold', color: colors.primary, after: 2 });
		for (const p of block.intro) this.text(p.text, this.introStyle(p));
		this.y += 1;
		block.advice.forEach((advice, i) => {
			this.advice(advice);
			if (i === 0 && this.adviceStartPage !== headingPage)
				this.faults.push(
					`page ${headingPage}: topic "${block.heading}" stands apart from its first advice`
				);
		});
		if (block.more)
			this.text(block.more, { size: 9, color: colors.muted, style: 'italic', after: 3 });
	}

	/** A new page, unless this one is less than three quarters full: then what follows stands below. */
	softBreak() {
		if (this.y - page.margin >= (pageContentHeight * 3) / 4) this.newPage('section');
		else if (this.y > page.margin) this.y += 4;
	}

	/** The height of an advice's head: title, who and when, and two lines of its text. */
	adviceHeadHeight(block: Extract<Block, { kind: 'advice' }>): number {
		const { width } = this.adviceParts(block);
		return (
			this.textHeight(block.title, { width, size: 10.5, style: 'bold', after: 0.4 }) +
			this.textHeight(block.meta, { width, size: 8, after: 1 }) +
			2 * this.lineHeight(9.5)
		);
	}

	advice(block: Extract<Block, { kind: 'advice' }>) {
		// its head (title, who, text) and a step stay together; the steps and the reasons may
		// continue overleaf, so no page is left a third empty for one long advice
		const height = this.adviceHeight(block);
		this.ensure(Math.min(height, this.adviceHeadHeight(block)));
		const { x, width, why } = this.adviceParts(block);
		const top = this.y;
		const startPage = this.doc.getNumberOfPages();
		this.adviceStartPage = startPage;
		this.text(block.title, { x, width, size: 10.5, style: 'bold', after: 0.4 });
		this.text(block.meta, { x, width, size: 8, color: colors.muted, after: 1 });
		this.text(block.text, { x, width, size: 9.5, after: 1 });
		this.list(block.steps, true, x, width, 9.5, 0.6);
		this.y -= 0.5;
		if (why) this.text(why, { x, width, size: 8, color: colors.muted, after: 0.4 });
		if (block.references)
			this.text(block.references, {
				x,
				width,
				size: 8,
				style: 'italic',
				color: colors.muted,
				after: 0.4
			});
		// an accent bar beside the advice, on every page it stands on
		const endPage = this.doc.getNumberOfPages();
		this.color(colors.accent, 'fill');
		for (let n = startPage; n <= endPage; n++) {
			const from = n === startPage ? top : page.margin;
			const to = n === endPage ? this.y : page.height - page.bottom;
			this.doc.setPage(n);
			if (to > from) this.doc.rect(page.margin, from, 1.2, to - from, 'F');
		}
		this.y += 3;
	}
}

/**
 * Records every line of text that runs past a side margin: wraps `text` and `textWithLink`
 * to measure each line as it is drawn, in the font it is drawn in (tests; see `onLayout`).
 */
function watchMargins(doc: JsPdf, overflows: string[]) {
	const check = (value: string | string[], x: number, align?: string) => {
		for (const line of Array.isArray(value) ? value : [value]) {
			const width = doc.getTextWidth(line);
			const left = align === 'center' ? x - width / 2 : align === 'right' ? x - width : x;
			if (left < page.margin - 0.5 || left + width > page.width - page.margin + 0.5)
				overflows.push(
					`page ${doc.getCurrentPageInfo().pageNumber}: "${line}" from ${left.toFixed(1)} to ${(left + width).toFixed(1)} mm`
				);
		}
	};
	const text = doc.text.bind(doc);
	doc.text = ((value: string | string[], x: number, y: number, options?: { align?: string }) => {
		check(value, x, options?.align);
		return text(value, x, y, options as Parameters<JsPdf['text']>[3]);
	}) as JsPdf['text'];
	const link = doc.textWithLink.bind(doc);
	doc.textWithLink = ((value: string, x: number, y: number, options: object) => {
		check(value, x);
		return link(value, x, y, options);
	}) as JsPdf['textWithLink'];
}

function cover(doc: JsPdf, layout: Layout, content: ReportDocument['cover']) {
	layout.color(colors.primary, 'fill');
	doc.rect(0, 0, page.width, 62, 'F');
	layout.font('bold', 14);
	doc.setTextColor(255, 255, 255);
	doc.text(content.kicker, page.margin, 24);
	// the subtitle wraps within the margins (the partner report's runs longer than a line)
	layout.font('normal', 10);
	const subtitle: string[] = doc.splitTextToSize(content.subtitle, contentWidth);
	subtitle.slice(0, 3).forEach((line, i) => doc.text(line, page.margin, 31 + i * 5));
	layout.y = 80;
	layout.text(content.title, {
		size: 20,
		style: 'bold',
		color: colors.primary,
		after: 8,
		keepLines: 4
	});
	// a long name gets smaller type rather than pushing the cover onto a second page
	const nameSize =
		[24, 20, 16, 13].find(
			(size) =>
				layout.textHeight(content.organisation, { size, style: 'bold', after: 0 }) <=
				4 * layout.lineHeight(size)
		) ?? 11;
	layout.text(content.organisation, { size: nameSize, style: 'bold', after: 10, keepLines: 4 });
	layout.keyValues(content.rows);
	layout.y = Math.max(layout.y + 8, 240);
	layout.color(colors.border, 'draw');
	doc.setLineWidth(0.3);
	doc.line(page.margin, layout.y - 4, page.width - page.margin, layout.y - 4);
	layout.text(content.note, { size: 9, color: colors.muted });
}

/** What else a PDF may hold: the date printed, a layout callback (tests), and its answers files. */
export interface PdfOptions {
	date?: Date;
	/**
	 * `faults`: every line of text that runs past a side margin (when measured), and every
	 * topic whose heading stands apart from its first advice, with their pages (tests).
	 */
	onLayout?: (placed: PlacedBlock[], fills: PageFill[], faults: string[]) => void;
	/** Whether to measure every line against the margins; by default when `onLayout` is given. */
	measureMargins?: boolean;
	/** The answers files it was made from, embedded in the PDF (see attach.ts). */
	attachments?: readonly Attachment[];
}

/**
 * Builds the PDF of a report (with what a feature adds: a comparison's progress, a team's
 * section); returns its bytes.
 */
export async function renderReportPdf(
	report: Report,
	fonts: PdfFonts,
	options: PdfOptions & { section?: DocumentSection } = {}
): Promise<Uint8Array> {
	// set as it is, then shorter step by step while it runs over its page limit
	const limit = pageLimit(report, options.section?.extraPages);
	for (let condensed: Condensed = 0; ; condensed++) {
		let pages = 0;
		const last = condensed === 3;
		const bytes = await renderDocumentPdf(
			reportDocument(report, options.date, {
				section: options.section,
				answersInside: options.attachments?.length ?? 0,
				condensed: condensed as Condensed
			}),
			userTexts(report),
			fonts,
			{
				...options,
				measureMargins: options.onLayout !== undefined,
				onLayout: (placed, fills, faults) => {
					pages = fills.length;
					if (pages <= limit || last) options.onLayout?.(placed, fills, faults);
				}
			}
		);
		if (pages <= limit || last) return bytes;
	}
}

/** Registers the fonts with jspdf: Open Sans, and the fallback and CJK files a name needs. */
function registerFonts(doc: JsPdf, fonts: PdfFonts) {
	doc.addFileToVFS('OpenSans-Regular.ttf', fonts.regular);
	doc.addFont('OpenSans-Regular.ttf', family, 'normal');
	doc.addFileToVFS('OpenSans-Bold.ttf', fonts.bold);
	doc.addFont('OpenSans-Bold.ttf', family, 'bold');
	doc.addFileToVFS('OpenSans-Italic.ttf', fonts.italic);
	doc.addFont('OpenSans-Italic.ttf', family, 'italic');
	for (const [script, data] of Object.entries(fonts.fallback ?? {})) {
		doc.addFileToVFS(`NotoSans-${script}.ttf`, data);
		doc.addFont(`NotoSans-${script}.ttf`, `fallback-${script}`, 'normal');
	}
	for (const [file, data] of Object.entries(fonts.cjk?.files ?? {})) {
		doc.addFileToVFS(`${file}.ttf`, data);
		doc.addFont(`${file}.ttf`, `cjk-${file}`, 'normal');
	}
}

/**
 * Builds the PDF of a document model; `texts` are what users typed (names, notes), checked
 * for characters the fonts cannot show.
 */
export async function renderDocumentPdf(
	document: ReportDocument,
	texts: readonly string[],
	fonts: PdfFonts,
	{
		date = new Date(),
		onLayout,
		attachments = [],
		measureMargins = onLayout !== undefined
	}: PdfOptions = {}
): Promise<Uint8Array> {
	const { jsPDF, GState } = await import('jspdf');
	const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
	registerFonts(doc, fonts);
	doc.setFont(family, 'normal');
	doc.setProperties({ ...document.meta, creator: 'Digicheck' });
	doc.setLanguage(document.meta.language as Parameters<JsPdf['setLanguage']>[0]);
	doc.setCreationDate(date);
	attachFiles(doc, attachments, date);

	const layout = new Layout(doc, GState);
	writeFullTexts(doc, (fontName) => layout.glyphTexts.get(fontName));
	if (measureMargins) watchMargins(doc, layout.faults);
	layout.useFonts(fonts);
	// say on the cover when a name or note holds characters this PDF cannot show
	layout.prepare(texts.join('\n'));
	if (layout.replaced)
		document.cover.rows.push([
			pdfLabels.unprintableTitle[document.locale],
			pdfLabels.unprintable[document.locale]
		]);
	cover(doc, layout, document.cover);
	layout.newPage('section');
	const placed: PlacedBlock[] = [];
	for (const [index, block] of document.blocks.entries()) {
		layout.firstDrawPage = null;
		switch (block.kind) {
			case 'heading': {
				// a heading keeps the start of what follows; a short paragraph under it counts whole
				const [next, after] = [document.blocks[index + 1], document.blocks[index + 2]];
				const keep =
					next?.kind === 'paragraph' && after && after.kind !== 'heading'
						? layout.keepHeight(next) + layout.keepHeight(after)
						: layout.keepHeight(next);
				layout.heading(block.text, block.level, keep);
				break;
			}
			case 'paragraph':
				layout.text(block.text, {
					style: block.style === 'bold' ? 'bold' : block.style === 'italic' ? 'italic' : 'normal',
					color: block.style === 'muted' || block.style === 'italic' ? colors.muted : colors.text,
					size: block.style === 'lead' ? 12.5 : 10.5
				});
				break;
			case 'list':
				layout.list(block.items, block.ordered);
				break;
			case 'keyValues':
				layout.keyValues(block.rows);
				break;
			case 'table':
				layout.table(block.head, block.rows, block.widths, block.size);
				break;
			case 'radar':
				layout.radar(block.model, block.caption, block.fit);
				break;
			case 'links':
				layout.links(block.items);
				break;
			case 'advice':
				layout.advice(block);
				break;
			case 'topic':
				layout.topic(block);
				break;
			case 'pageBreak':
				if (block.soft) layout.softBreak();
				else layout.newPage('section');
				break;
		}
		const endPage = doc.getNumberOfPages();
		const startPage = layout.firstDrawPage ?? endPage;
		placed.push({
			kind: block.kind,
			text:
				block.kind === 'heading' || block.kind === 'paragraph'
					? block.text
					: block.kind === 'advice'
						? block.title
						: block.kind === 'topic'
							? block.heading
							: block.kind,
			startPage,
			endPage
		});
	}
	layout.fills.push({
		page: doc.getNumberOfPages(),
		used: layout.y - page.margin,
		available: pageContentHeight,
		ends: 'document'
	});
	// the footers are drawn below: measured too, reported after them
	const report = () => onLayout?.(placed, layout.fills, layout.faults);

	const total = doc.getNumberOfPages();
	for (let n = 2; n <= total; n++) {
		doc.setPage(n);
		layout.font('normal', 8.5);
		layout.color(colors.muted);
		// the name is never a template: only the page label is filled, in one pass
		const footer = `${document.footer.text} · ${fill(document.footer.page, { n, total })}`;
		layout.drawLine(layout.prepare(footer), page.width / 2, page.height - 10, 'center');
	}
	report();
	layout.fixArabicText();
	return new Uint8Array(doc.output('arraybuffer'));
}
