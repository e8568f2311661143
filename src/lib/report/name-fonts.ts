/**
 * The fonts for names and notes in Chinese, Japanese and Korean: the index of the CJK files
 * (static/fonts/names/cjk.json), then only the files that hold the characters used, each
 * turned from WOFF into TrueType for jspdf. The browser reads them from this site (the service
 * worker keeps them once fetched), the CLI from disk; both through `NameFontSource`.
 */
import { cjkPoints, indexScripts, rangeOf } from './cjk';
import type { Shaper } from './shape';
import type { PdfFonts } from './pdf';
import type { CjkFileOf } from './scripts';
import { woffToSfnt } from './woff';

/** Where the files come from: each call gives the bytes, or throws when there are none. */
export interface NameFontSource {
	index(): Promise<unknown>;
	file(name: string): Promise<Uint8Array>;
	base64(bytes: Uint8Array): string;
}

/**
 * The files of the scripts other than CJK (named after their script), all shaped, with what
 * fontkit needs to be told about each (see ShapeOptions).
 */
const shapedFiles = new Map(
	indexScripts.map(({ name, tag, rtl }) => [name, { ...(tag ? { tag } : {}), rtl: rtl === true }])
);

/**
 * At most this many files per document (about 3 MB): the first files hold the most used
 * characters, so long notes in Chinese still print, and a rare character past the limit becomes
 * "?" with the cover's notice.
 */
export const maxCjkFiles = 80;

/**
 * Reads cjk.json as a lookup (which file holds a code point); null when it is not what
 * `npm run fonts:names` writes. Checked by hand, not with zod: it is the build's own file, and
 * zod here would split the saved-answers reader that every page with a saved check loads at its
 * start into two files.
 */
export function readCjkIndex(json: unknown): CjkFileOf | null {
	if (typeof json !== 'object' || json === null) return null;
	const { files, ranges } = json as { files?: unknown; ranges?: unknown };
	if (!Array.isArray(files) || !Array.isArray(ranges)) return null;
	if (files.length > 1000 || ranges.length > 100_000 || ranges.length % 3 !== 0) return null;
	if (!files.every((f) => typeof f === 'string' && /^[a-z0-9-]{1,40}\.woff$/.test(f))) return null;
	if (!ranges.every((n) => Number.isInteger(n) && n >= 0)) return null;
	const starts: number[] = [];
	const ends: number[] = [];
	const owners: number[] = [];
	let end = 0;
	for (let i = 0; i < ranges.length; i += 3) {
		const from = end + ranges[i]!;
		end = from + ranges[i + 1]!;
		if (ranges[i + 2]! >= files.length) return null;
		starts.push(from);
		ends.push(end);
		owners.push(ranges[i + 2]!);
	}
	return (cp) => {
		const at = rangeOf(starts, ends, cp);
		return at < 0 ? null : files[owners[at]!]!;
	};
}

/**
 * The CJK fonts some texts need, or undefined when they have no CJK character. A file that
 * cannot be read (offline before its first use, damaged) is left out: its characters become "?"
 * with the cover's notice, and the PDF is still made.
 */
export async function cjkFonts(
	texts: readonly string[],
	source: NameFontSource
): Promise<PdfFonts['cjk']> {
	const points = cjkPoints(texts);
	if (points.length === 0) return undefined;
	const fileOf = readCjkIndex(await source.index().catch(() => null));
	if (!fileOf) return undefined;
	// the files in order of how many of the characters each holds, at most maxCjkFiles
	const counts = new Map<string, number>();
	for (const cp of points) {
		const file = fileOf(cp);
		if (file) counts.set(file, (counts.get(file) ?? 0) + 1);
	}
	const names = [...counts]
		.sort((a, b) => b[1] - a[1])
		.slice(0, maxCjkFiles)
		.map(([name]) => name);
	const loaded = await Promise.all(
		names.map(async (name) => {
			const ttf = woffToSfnt(await source.file(name).catch(() => new Uint8Array()));
			return ttf ? { name: name.replace(/\.woff$/, ''), ttf } : null;
		})
	).then((all) => all.filter((entry) => entry !== null));
	const files = Object.fromEntries(loaded.map(({ name, ttf }) => [name, source.base64(ttf)]));
	// the other scripts' files are shaped before they are drawn (fontkit: its own chunk, loaded
	// only then; offline before its first use, such text is drawn unshaped), and so is a CJK
	// file for a rare character beyond the Basic Multilingual Plane: jspdf reads text in UTF-16
	// units, so such a character is drawn by its glyph
	const astral = new Set(points.filter((cp) => cp > 0xffff).map((cp) => fileOf(cp)));
	const toShape = loaded.filter(({ name }) => shapedFiles.has(name) || astral.has(`${name}.woff`));
	const shapers: Record<string, Shaper> = {};
	if (toShape.length > 0) {
		const loadShaper = await import('./shape').then(
			(module) => module.loadShaper,
			() => null
		);
		for (const { name, ttf } of toShape) {
			const shaper = await loadShaper?.(ttf, shapedFiles.get(name));
			if (shaper) shapers[name] = shaper;
		}
	}
	return { fileOf: (cp) => fileOf(cp)?.replace(/\.woff$/, '') ?? null, files, shapers };
}
