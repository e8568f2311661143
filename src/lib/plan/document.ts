/**
 * The project plan as a document (report/model/blocks.ts): one PDF of at most two pages, or a
 * section of the report's. Texts as the respondent left them; what is still empty says so.
 */
import type { Block, DocumentSection, ReportDocument } from '../report/model/blocks';
import { pdfLabels } from '../report/model/labels';
import { formatDate, shorten } from '../report/model/sections';
import { planTexts } from './content';
import { formatEuros, type PlanTotals, type ProjectPlan } from './model';

/** The plan's texts that are the same for both audiences. */
type PlainText = {
	[K in keyof typeof planTexts]: (typeof planTexts)[K] extends { nl: string } ? K : never;
}[keyof typeof planTexts];

/** The plan's blocks: the idea, the five steps (a table, then each step), hours and money, the evaluation. */
export function planBlocks(plan: ProjectPlan, totals: PlanTotals): Block[] {
	const T = (key: PlainText) => planTexts[key][plan.locale];
	const orOpen = (value: string) => value.trim() || `(${T('toFillIn')})`;
	const when = (start: string, end: string) =>
		`${formatDate(new Date(start), plan.locale)} – ${formatDate(new Date(end), plan.locale)}`;
	const euros = (amount: number) => formatEuros(amount, plan.locale);
	return [
		{
			kind: 'keyValues',
			rows: [
				[T('idea'), orOpen(plan.idea)],
				[T('targetGroups'), orOpen(plan.targetGroups.join(', '))],
				[T('partner'), orOpen(plan.partner)]
			]
		},
		{ kind: 'heading', level: 1, text: T('stepsTitle') },
		{
			kind: 'table',
			head: [T('step'), T('dates'), T('who'), T('hours'), T('costs')],
			widths: [0.3, 0.26, 0.24, 0.08, 0.12],
			rows: [
				...plan.phases.map((p, i) => [
					`${i + 1}. ${p.title}`,
					when(p.start, p.end),
					p.who,
					String(p.hours),
					euros(p.costs)
				]),
				[T('total'), '', '', String(totals.hours), euros(totals.costs)]
			]
		},
		...totals.warnings.map((text): Block => ({ kind: 'paragraph', text, style: 'bold' })),
		...plan.phases.flatMap((p, i): Block[] => [
			{ kind: 'heading', level: 3, text: `${i + 1}. ${p.title}` },
			{
				kind: 'list',
				items: [
					`${T('activity')}: ${p.activity}`,
					`${T('test')}: ${p.test}`,
					...(p.why.length > 0 ? [`${T('why')}: ${p.why.join(' ')}`] : [])
				]
			}
		]),
		{ kind: 'heading', level: 1, text: T('evaluationTitle') },
		{
			kind: 'keyValues',
			rows: [
				[T('outcome'), orOpen(plan.evaluation.outcome)],
				[T('measure'), plan.evaluation.measure],
				[T('measureWhen'), formatDate(new Date(plan.evaluation.when), plan.locale)]
			]
		},
		...plan.evaluation.hints.map((text): Block => ({ kind: 'paragraph', text, style: 'muted' }))
	];
}

/**
 * The plan as a section of the report's PDF and web page: after the action plan, on at most two
 * pages of its own (the report's page limit grows by two).
 */
export function planSection(plan: ProjectPlan, totals: PlanTotals): DocumentSection {
	return {
		coverRows: [],
		before: [],
		afterScores: [],
		afterPlan: [
			{ kind: 'pageBreak' },
			{ kind: 'heading', level: 1, text: planTexts.title[plan.locale] },
			{ kind: 'paragraph', text: planTexts.subtitle[plan.locale], style: 'muted' },
			...planBlocks(plan, totals)
		],
		extraPages: 2
	};
}

/** The plan's own PDF: a cover with the organisation, then the plan. */
export function planDocument(
	plan: ProjectPlan,
	totals: PlanTotals,
	organisation: string,
	date: Date = new Date()
): ReportDocument {
	const locale = plan.locale;
	const name = organisation.trim() || pdfLabels.noName[locale];
	const title = planTexts.title[locale];
	return {
		meta: {
			title: `${title}: ${name}`,
			subject: planTexts.subtitle[locale],
			author: name,
			keywords: 'Digicheck, projectplan, Design Thinking, CultuurSchakel',
			language: locale === 'nl' ? 'nl' : 'en-GB'
		},
		cover: {
			kicker: `Digicheck · ${title}`,
			subtitle: planTexts.subtitle[locale],
			title: plan.idea.trim() || title,
			organisation: name,
			rows: [[pdfLabels.date[locale], formatDate(date, locale)]],
			note: planTexts.note[locale]
		},
		blocks: planBlocks(plan, totals),
		footer: { text: `Digicheck · ${title} · ${shorten(name, 60)}`, page: pdfLabels.page[locale] },
		locale
	};
}
