/**
 * `npm run fonts`: cuts the subset Open Sans files the PDF loads by default from the full fonts
 * (Debian's fonts-open-sans, kept next to them as the fallback for names in other scripts). The
 * subset holds `subsetRanges` plus every character our texts use, as TrueType (jspdf reads TTF,
 * not WOFF2), through HarfBuzz's subsetter (`subset-font`). Run it after adding a character to
 * the content that the subset lacks; `src/lib/report/fonts.spec.ts` says when.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import subsetFont from 'subset-font';
import { subsetRanges } from '../../src/lib/report/scripts';
import { contentCodePoints } from './content-characters';

const folder = new URL('../../src/lib/report/fonts/', import.meta.url);
const points = new Set(contentCodePoints());
for (const [from, to] of subsetRanges) for (let cp = from; cp <= to; cp++) points.add(cp);
const text = String.fromCodePoint(...[...points].sort((a, b) => a - b));

for (const style of ['Regular', 'Bold', 'Italic']) {
	const full = readFileSync(new URL(`OpenSans-${style}.ttf`, folder));
	const subset = await subsetFont(full, text, { targetFormat: 'truetype' });
	writeFileSync(new URL(`OpenSans-${style}-subset.ttf`, folder), subset);
	console.log(
		`OpenSans-${style}-subset.ttf: ${(subset.length / 1024).toFixed(1)} KB (full ${(full.length / 1024).toFixed(1)} KB)`
	);
}
