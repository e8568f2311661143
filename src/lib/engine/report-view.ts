/**
 * Small views of a report for the screen and the PDF. Kept apart from report.ts so that a page
 * can use them without loading the rules (the engine itself is loaded on demand).
 */
import type { AreaId } from '../content/ids';
import type { AdviceItem, Report } from './report';

/** The advice shown under an area: the items whose first area it is, in ranked order. */
export function adviceForArea(report: Pick<Report, 'advice'>, area: AreaId): AdviceItem[] {
	return report.advice.filter((a) => a.areas[0] === area);
}
