/**
 * Shaping for the scripts whose letters change form, join and move (Devanagari, Thai, and the
 * other scripts of the names index, cjk.ts): which glyphs of the font to draw for a text, in
 * which order and where. jspdf draws one glyph per character in typing order, so without this
 * "हिन्दी" comes out as separate letters with the "ि" after its consonant instead of before it;
 * and it cannot draw a letter beyond the Basic Multilingual Plane at all, which the shaper gives
 * as a glyph. fontkit (the engine behind PDFKit) shapes with the font's own OpenType rules; only
 * its core, the TrueType reader and five shapers are loaded, in their own chunk (browser.ts and
 * name-fonts.ts import this module only for a name or a note in one of these scripts).
 */
import { create, registerFormat, registerShaper } from 'fontkit/core';
import { ArabicShaper } from 'fontkit/shapers/ArabicShaper';
import { TTFFont } from 'fontkit/formats/TTFFont';
import { IndicShaper } from 'fontkit/shapers/IndicShaper';
import { MyanmarShaper } from 'fontkit/shapers/MyanmarShaper';
import { ThaiShaper } from 'fontkit/shapers/ThaiShaper';
import { UniversalShaper } from 'fontkit/shapers/UniversalShaper';

/** One glyph to draw: the font's glyph id, the text it stands for, and where (in em). */
export interface ShapedGlyph {
	id: number;
	/** The characters this glyph shows (several for a conjunct; empty for a mark's second part). */
	text: string;
	advance: number;
	dx: number;
	dy: number;
}

/** Shapes a run of text in one script; an empty list when it cannot (then it is drawn unshaped). */
export type Shaper = (text: string) => ShapedGlyph[];

/** Longer runs than this are drawn unshaped (a name or a line of a note is far shorter). */
const maxRun = 2000;

let registered = false;

/** fontkit with only what the PDF needs: TrueType files and the shapers of the names' scripts. */
function fontkit() {
	if (!registered) {
		registerFormat(TTFFont);
		// Indic: Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada,
		// Malayalam, Sinhala and Khmer; Thai and Lao; Myanmar
		registerShaper(IndicShaper);
		registerShaper(ThaiShaper);
		registerShaper(MyanmarShaper);
		// the Universal Shaping Engine: Tibetan, Balinese, Javanese, Tifinagh…
		registerShaper(UniversalShaper);
		// joining scripts: Syriac, N'Ko, Adlam, Hanifi Rohingya, Mandaic, Manichaean, Old Uyghur,
		// Psalter Pahlavi, Sogdian and Yezidi (right to left), Mongolian and Phags-pa (left to
		// right when set on a line); Arabic itself is drawn by pdf.ts
		registerShaper(ArabicShaper, [
			'syrc',
			'nko ',
			'adlm',
			'rohg',
			'mand',
			'mani',
			'ougr',
			'phlp',
			'sogd',
			'yezi',
			'mong',
			'phag'
		]);
		registered = true;
	}
	return create;
}

/**
 * How to shape a font's text when fontkit cannot tell from the letters: the OpenType script tag
 * (for scripts newer than its tables: Adlam, Hanifi Rohingya…) and whether it runs right to left.
 */
export interface ShapeOptions {
	tag?: string;
	rtl?: boolean;
}

/**
 * A shaper for one TrueType font, or null when the font cannot be read: the text is then drawn
 * unshaped. Never throws.
 */
export async function loadShaper(
	ttf: Uint8Array,
	options: ShapeOptions = {}
): Promise<Shaper | null> {
	try {
		const font = fontkit()(ttf);
		const em = font.unitsPerEm || 1000;
		const direction = options.rtl ? 'rtl' : undefined;
		return (text) => {
			if (text.length > maxRun) return [];
			try {
				const run = font.layout(text, undefined, options.tag, undefined, direction);
				return run.glyphs.map((glyph, i) => {
					const at = run.positions[i];
					return {
						id: glyph.id,
						text: String.fromCodePoint(...glyph.codePoints),
						advance: (at?.xAdvance ?? 0) / em,
						dx: (at?.xOffset ?? 0) / em,
						dy: (at?.yOffset ?? 0) / em
					};
				});
			} catch {
				return [];
			}
		};
	} catch {
		return null;
	}
}
