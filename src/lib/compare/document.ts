/**
 * The comparison's section of the PDF ("Voor- en nameting"): the progress page before the
 * second check's summary, and what moved after its scores (reportDocument,
 * report/model/document.ts).
 */
import { radarModel, type RadarModel } from '../chart/radar-model';
import { formatChange, formatScoreOrDash } from '../engine/format';
import { phrases } from '../engine/phrases';
import type { Report } from '../engine/report';
import { format as fill } from '../i18n/translate';
import type { Block, DocumentSection, Label } from '../report/model/blocks';
import { pdfLabels } from '../report/model/labels';
import { formatDate, radarLabels } from '../report/model/sections';
import type { Comparison } from './model';
import { compareTexts } from './texts';

/**
 * The section a comparison adds to the document of the second check's report: one page
 * more, for the progress.
 */
export function comparisonSection(comparison: Comparison, report: Report): DocumentSection {
	const locale = report.locale;
	const L: Label = (key) => pdfLabels[key][locale];
	const score = (value: number | null) => formatScoreOrDash(value, locale);
	const { first, details } = comparisonBlocks(
		comparison,
		radarModel(report, radarLabels(locale)),
		L,
		score
	);
	return {
		coverRows: [[L('compareProgress'), comparison.verdict]],
		before: first,
		afterScores: details,
		extraPages: 1
	};
}

/**
 * The "Voor- en nameting": `first` is the progress page (both checks, the verdict, the radar
 * with both lines, the change per topic); `details` what moved, printed after the scores.
 */
function comparisonBlocks(
	c: Comparison,
	current: RadarModel,
	L: Label,
	score: (value: number | null) => string
): { first: Block[]; details: Block[] } {
	const locale = c.locale;
	const when = (iso: string) => formatDate(new Date(iso), locale);
	const overall = (side: Comparison['before']) =>
		side.level
			? `${score(side.score)}, ${side.level}`
			: phrases.verdictLabel['insufficient-data'][locale];
	const first: Block[] = [
		{ kind: 'heading', level: 1, text: L('compareTitle') },
		{
			kind: 'keyValues',
			rows: [
				[L('compareBefore'), `${when(c.before.savedAt)} (${overall(c.before)})`],
				[L('compareAfter'), `${when(c.after.savedAt)} (${overall(c.after)})`]
			]
		},
		{ kind: 'paragraph', style: 'lead', text: c.verdict },
		...(c.sharedQuestions !== undefined
			? [
					{
						kind: 'paragraph' as const,
						text: fill(compareTexts.quickShared[locale], { count: c.sharedQuestions })
					}
				]
			: []),
		{
			kind: 'table',
			head: [L('areaColumn'), L('compareBeforeShort'), L('compareAfterShort'), L('compareDelta')],
			widths: [0.55, 0.15, 0.15, 0.15],
			rows: c.areas.map((a) => [
				`${a.number}. ${a.title}`,
				score(a.before),
				score(a.after),
				formatChange(a.delta)
			])
		},
		{
			kind: 'radar',
			model: {
				...current,
				labelValues: false,
				axes: current.axes.map((axis) => ({
					...axis,
					target: null,
					before: c.areas.find((a) => a.id === axis.id)?.before ?? null
				}))
			},
			caption: L('compareRadarCaption'),
			fit: true
		}
	];
	const details: Block[] = [];
	if (c.moved.length > 0)
		details.push(
			{ kind: 'heading', level: 2, text: L('compareMoved') },
			{
				kind: 'list',
				items: c.moved.map(
					(q) =>
						`${q.area}. ${q.statement} (${fill(L('compareLevels'), { before: String(q.before), after: String(q.after) })})`
				)
			}
		);
	details.push(
		{ kind: 'heading', level: 2, text: L('compareResolved') },
		c.resolved.length > 0
			? { kind: 'list', items: c.resolved.map((a) => a.title) }
			: { kind: 'paragraph', text: L('none'), style: 'muted' },
		...(c.lapsed.length > 0
			? ([
					{ kind: 'heading', level: 2, text: L('compareLapsed') },
					{ kind: 'list', items: c.lapsed.map((a) => `${a.title}: ${a.reason}`) }
				] as const)
			: []),
		{ kind: 'heading', level: 2, text: L('compareAdded') },
		c.added.length > 0
			? { kind: 'list', items: c.added.map((a) => a.title) }
			: { kind: 'paragraph', text: L('none'), style: 'muted' }
	);
	if (c.notCompared.length > 0)
		details.push({
			kind: 'paragraph',
			style: 'muted',
			text: fill(L('compareNotCompared'), { ids: c.notCompared.join(', ') })
		});
	return { first, details };
}
