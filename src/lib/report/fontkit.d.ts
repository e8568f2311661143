/**
 * Types for the parts of fontkit 3 the PDF uses to shape Devanagari and Thai (fontkit 3 ships
 * none, and @types/fontkit describes version 2's single entry point).
 */
declare module 'fontkit/core' {
	export interface Glyph {
		id: number;
		codePoints: number[];
	}
	export interface GlyphPosition {
		xAdvance: number;
		yAdvance: number;
		xOffset: number;
		yOffset: number;
	}
	export interface GlyphRun {
		glyphs: Glyph[];
		positions: GlyphPosition[];
	}
	export interface Font {
		unitsPerEm: number;
		hasGlyphForCodePoint(codePoint: number): boolean;
		layout(
			text: string,
			features?: string[],
			script?: string,
			language?: string,
			direction?: 'ltr' | 'rtl'
		): GlyphRun;
	}
	export function create(buffer: Uint8Array): Font;
	export function registerFormat(format: unknown): void;
	export function registerShaper(shaper: unknown, scripts?: string[]): void;
}
declare module 'fontkit/formats/TTFFont' {
	export const TTFFont: unknown;
}
declare module 'fontkit/shapers/IndicShaper' {
	export const IndicShaper: unknown;
}
declare module 'fontkit/shapers/ThaiShaper' {
	export const ThaiShaper: unknown;
}
declare module 'fontkit/shapers/MyanmarShaper' {
	export const MyanmarShaper: unknown;
}
declare module 'fontkit/shapers/UniversalShaper' {
	export const UniversalShaper: unknown;
}
declare module 'fontkit/shapers/ArabicShaper' {
	export const ArabicShaper: unknown;
}
