/**
 * What makes a PDF's layout wrong, as a list of faults (empty: none): more pages than its
 * limit, a body before the appendix longer than eight pages, a heading alone at the foot of
 * a page, a page less than a third full before the last, a last page with nothing of its
 * own (only the tail of a list), and what the renderer found (text past a margin, a topic's
 * heading apart from its first advice). The layout test and `npm run bench:pdf` use it.
 */
import type { PageFill, PlacedBlock } from './pdf';

export interface LayoutLimits {
	/** The most pages, cover and appendices included. */
	pages: number;
	/** The first page the appendix may start on (cover + body); none: no appendix check. */
	appendixBy?: number;
	/** The appendix's heading text. */
	appendixHeading?: string;
}

export function layoutFaults(
	placed: readonly PlacedBlock[],
	fills: readonly PageFill[],
	found: readonly string[],
	limits: LayoutLimits
): string[] {
	const faults = [...found];
	const pages = fills.length;
	if (pages > limits.pages) faults.push(`${pages} pages, more than ${limits.pages}`);
	if (limits.appendixHeading && limits.appendixBy) {
		const appendix = placed.find((b) => b.kind === 'heading' && b.text === limits.appendixHeading);
		if (appendix && appendix.startPage > limits.appendixBy)
			faults.push(
				`the appendix starts on page ${appendix.startPage}: the body runs past page ${limits.appendixBy - 1}`
			);
	}
	placed.forEach((block, i) => {
		if (block.kind !== 'heading') return;
		const next = placed.slice(i + 1).find((b) => b.kind !== 'pageBreak');
		if (next && next.startPage > block.endPage && placed[i + 1]?.kind !== 'pageBreak')
			faults.push(`heading "${block.text}" alone at the foot of page ${block.endPage}`);
	});
	for (const fill of fills)
		if (fill.ends !== 'document' && fill.used < fill.available / 3)
			faults.push(
				`page ${fill.page} is only ${Math.round((100 * fill.used) / fill.available)}% full`
			);
	if (pages > 1 && !placed.some((b) => b.startPage === pages && b.kind !== 'pageBreak'))
		faults.push(`the last page (${pages}) holds only the end of something begun before`);
	return faults;
}
