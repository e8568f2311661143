/**
 * The PDF report as a pure document model: every text resolved in one language, in the
 * order it is printed. The renderer only lays it out, so what the report says is tested here.
 * The sections are built in sections.ts; a feature adds its own (`DocumentSection`).
 */
import type { Report } from '../../engine/report';
import type { Block, Condensed, DocumentSection, ReportDocument } from './blocks';
import {
	answersAppendix,
	coverSection,
	documentFrame,
	planSection,
	sectionContext,
	sourcesSection,
	summarySection,
	topicsSection
} from './sections';

export type { AdviceBlock, Block, Condensed, DocumentSection, ReportDocument } from './blocks';
export { answersInsideText, formatDate, shorten } from './sections';

/**
 * The most pages a PDF may have, cover and appendices included: a full report 12, a quick
 * scan 6; a section may add its own (a comparison's progress page).
 */
export function pageLimit(report: Pick<Report, 'mode'>, extraPages = 0): number {
	return (report.mode === 'quick' ? 6 : 12) + extraPages;
}

/** What else a report's document holds, and how it is set. */
export interface DocumentOptions {
	/** What a feature adds: a comparison's progress, a team's section (see `DocumentSection`). */
	section?: DocumentSection;
	/** How many answers files the PDF carries (see attach.ts); the appendix says so. */
	answersInside?: number;
	/**
	 * How much shorter the topics are set, when the PDF would be longer than its limit (see
	 * `pageLimit`): 1 drops a topic's second advice and keeps one reason, 2 keeps two steps,
	 * 3 leaves out the white paper's recommendation (the results page has all of it).
	 */
	condensed?: Condensed;
}

/**
 * Builds the document model of a report: cover, summary, topics, plan, answers and sources.
 * A section comes first (a comparison's progress) or stands in place of the summary, the plan
 * and the answers (a team's section).
 */
export function reportDocument(
	report: Report,
	date: Date = new Date(),
	{ section, answersInside = 0, condensed = 0 }: DocumentOptions = {}
): ReportDocument {
	const c = sectionContext(report, condensed);
	const own = section?.instead === undefined;
	const blocks: Block[] = [
		...(section && section.before.length > 0
			? [...section.before, { kind: 'pageBreak' as const }]
			: []),
		...(section?.instead ?? summarySection(c, section?.afterScores ?? [])),
		...topicsSection(c),
		...(own
			? [...planSection(c), ...(section?.afterPlan ?? []), ...answersAppendix(c, answersInside)]
			: []),
		...sourcesSection(c, own)
	];
	return { ...documentFrame(c), cover: coverSection(c, date, section), blocks };
}
