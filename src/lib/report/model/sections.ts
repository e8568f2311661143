/**
 * The sections of a report's document, in the order it is printed: cover, summary (level,
 * track, the top three, the radar, then the scores page), the topics, the action plan, the
 * answers appendix and the sources. `reportDocument` (document.ts) puts them together.
 */
import { content } from '../../content/index';
import { references } from '../../content/references';
import { forAudience } from '../../content/ids';
import { phrases } from '../../engine/phrases';
import { formatScoreOrDash } from '../../engine/format';
import type { Report } from '../../engine/report';
import { adviceForArea } from '../../engine/report-view';
import { radarModel } from '../../chart/radar-model';
import type { Locale } from '../../i18n/locales';
import { format as fill } from '../../i18n/translate';
import type {
	AdviceBlock,
	Block,
	Condensed,
	DocumentSection,
	Label,
	ReportDocument
} from './blocks';
import { pdfLabels } from './labels';

type AdviceItem = Report['advice'][number];

/** What every section needs: the report, its language, how short it is set. */
export interface SectionContext {
	report: Report;
	locale: Locale;
	L: Label;
	score: (value: number | null) => string;
	/** A quick scan: its scores are an indication, its document shorter. */
	quick: boolean;
	/** " (voorlopig)" after a quick scan's level, else nothing. */
	provisional: string;
	condensed: Condensed;
	adviceById: Map<string, AdviceItem>;
	/** The organisation's name, or "Jullie organisatie" (never a dash where a name belongs). */
	organisation: string;
}

export function sectionContext(report: Report, condensed: Condensed): SectionContext {
	const locale = report.locale;
	const L: Label = (key) => pdfLabels[key][locale];
	const quick = report.mode === 'quick';
	return {
		report,
		locale,
		L,
		score: (value) => formatScoreOrDash(value, locale),
		quick,
		provisional: quick ? ` (${L('provisional')})` : '',
		condensed,
		adviceById: new Map(report.advice.map((a) => [a.id, a])),
		organisation: report.profile.name.trim() || L('noName')
	};
}

/** A profile field's option as the questionnaire shows it. */
export function optionLabel(field: string, id: string | undefined, locale: Locale) {
	return content.profile.find((f) => f.id === field)?.options.find((o) => o.id === id)?.label[
		locale
	];
}

/** The topics' short titles, for the radar's axes. */
export function radarLabels(locale: Locale): Record<string, string> {
	return Object.fromEntries(content.areas.map((a) => [a.id, a.shortTitle[locale]]));
}

/** One action as the summary and the plan list it: who does it and how much work it is. */
function planItem(a: AdviceItem, locale: Locale): string {
	return `${a.title} (${phrases.ownerLabel[locale].toLowerCase()}: ${a.owner}; ${phrases.effort[a.effort][locale].toLowerCase()})`;
}

/** Formats a date as "24 november 2026" / "24 November 2026". */
export function formatDate(date: Date, locale: Locale): string {
	return new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'Europe/Amsterdam'
	}).format(date);
}

/** The cover: who, what kind, the level and the track, and what a section adds. */
export function coverSection(
	c: SectionContext,
	date: Date,
	section: DocumentSection | undefined
): ReportDocument['cover'] {
	const { report, locale, L } = c;
	const role = optionLabel('role', report.profile.role, locale);
	return {
		kicker: section?.kicker
			? `Digicheck · ${section.kicker}`
			: c.quick
				? `Digicheck · ${L('quickScan')}`
				: 'Digicheck',
		subtitle: L('coverSubtitle'),
		title: L('coverTitle'),
		organisation: c.organisation,
		rows: [
			[L('date'), formatDate(date, locale)],
			[
				L('kind'),
				[
					optionLabel('audience', report.audience, locale),
					optionLabel('type', report.profile.type, locale)
				]
					.filter(Boolean)
					.join(' · ')
			],
			// who filled it in, when that was given (never a dash where a role belongs)
			...(role ? [[L('respondent'), role] as [string, string]] : []),
			[
				L('level'),
				report.overall.level
					? `${report.overall.level.label}${c.provisional} (${L('overallScore').toLowerCase()} ${c.score(report.overall.score)})`
					: fill(L('coverInsufficient'), {
							scored: report.overall.scoredAreas,
							min: report.overall.minScoredAreas
						})
			],
			[
				report.track.kind === 'school' ? L('schoolVerdict') : L('track'),
				report.track.status === 'provisional'
					? `${report.track.label} (${L('provisional')})`
					: report.track.label
			],
			[L('answered'), `${report.answeredCount} / ${report.questionCount}`],
			// a follow-up's progress, and a team's size, stand on the cover too
			...(section?.coverRows ?? [])
		],
		note: L('coverNote')
	};
}

/** The summary page (level, track, the top three, the radar), then the scores page. */
export function summarySection(
	c: SectionContext,
	/** What a section adds after the scores (a comparison: what moved, what was resolved). */
	changes: Block[]
): Block[] {
	return [
		{ kind: 'heading', level: 1, text: c.L('summary') },
		...levelBlocks(c),
		...trackAndPriorities(c),
		{ kind: 'pageBreak' },
		...scoresBlocks(c),
		// the label stands on the cover and in the summary already
		{ kind: 'heading', level: 2, text: c.L('aboutTrack') },
		{ kind: 'paragraph', text: c.report.track.description },
		...changes
	];
}

/** The overall level and what it means, or why there is none. */
function levelBlocks({ report, locale, L, score, provisional }: SectionContext): Block[] {
	if (report.overall.level)
		return [
			{
				kind: 'paragraph',
				style: 'lead',
				text: `${L('overallScore')}: ${fill(L('outOf100'), { score: score(report.overall.score) })} · ${L('level')}: ${report.overall.level.label}${provisional}`
			},
			{ kind: 'paragraph', text: report.overall.level.description }
		];
	return [
		{
			kind: 'paragraph',
			style: 'lead',
			text: fill(phrases.overallInsufficient[locale], {
				areas: report.overall.missingAreas
					.map((id) => content.areas.find((a) => a.id === id)?.shortTitle[locale] ?? id)
					.join(', ')
			})
		}
	];
}

/** The track (or a school's verdict), the top three and the radar: the rest of page two. */
function trackAndPriorities(c: SectionContext): Block[] {
	const { report, locale, L } = c;
	const priorities = report.topPriorities.flatMap((id) => c.adviceById.get(id) ?? []);
	return [
		{
			kind: 'heading',
			level: 2,
			text: report.track.kind === 'school' ? L('schoolTitle') : L('trackTitle')
		},
		{
			kind: 'paragraph',
			style: 'bold',
			// an undecided track's label already says "no advice yet"
			text:
				report.track.status === 'undecided'
					? report.track.label
					: `${phrases.trackStatus[report.track.status][locale]}: ${report.track.label}`
		},
		// a quick scan's note ("dit advies is voorlopig") after the reason
		{ kind: 'paragraph', text: [report.track.reason, report.track.note].filter(Boolean).join(' ') },
		{ kind: 'heading', level: 2, text: L('priorities') },
		priorities.length > 0
			? // the plan's "now": who does it and how much work it is stand here, not twice
				{ kind: 'list', ordered: true, items: priorities.map((a) => planItem(a, locale)) }
			: { kind: 'paragraph', text: L('none'), style: 'muted' },
		{
			kind: 'radar',
			model: radarModel(report, radarLabels(locale)),
			caption: [
				L('radarCaption'),
				...(report.areas.some((a) => a.target !== undefined) ? [L('radarTargets')] : []),
				...(c.quick ? [L('radarQuick')] : [])
			].join(' '),
			fit: true
		}
	];
}

/** The scores page: the table, strengths and quick wins. */
function scoresBlocks(c: SectionContext): Block[] {
	const { report, locale, L, score } = c;
	const hasTargets = report.areas.some((a) => a.target !== undefined);
	const blocks: Block[] = [
		{ kind: 'heading', level: 1, text: L('scoresTitle') },
		{
			kind: 'table',
			head: [
				L('areaColumn'),
				c.quick ? `${L('scoreColumn')} (${L('indication')})` : L('scoreColumn'),
				...(hasTargets ? [L('targetColumn')] : []),
				L('meaningColumn')
			],
			widths: hasTargets ? [0.5, 0.12, 0.11, 0.27] : [0.55, 0.13, 0.32],
			rows: report.areas.map((a) => [
				`${a.number}. ${a.title}`,
				a.status === 'scored' ? score(a.score) : '–',
				...(hasTargets ? [a.target === undefined ? '–' : String(a.target * 25)] : []),
				phrases.verdictLabel[a.verdict][locale]
			])
		}
	];
	// a quick scan that must be shorter leaves these two out: the table says which topics are
	// strong, and its quick wins are the topics' advice below
	if (c.quick && c.condensed >= 3) return blocks;
	const strengths = report.strengths.map((id) => {
		const area = report.areas.find((a) => a.id === id);
		return area ? `${area.number}. ${area.title} (${score(area.score)})` : id;
	});
	const min = content.scoring.strengthMin;
	blocks.push(
		{ kind: 'heading', level: 2, text: L('strengths') },
		...(report.strengthsRelative
			? [
					{
						kind: 'paragraph' as const,
						text: fill(phrases.relativeStrengthsIntro[locale], { min })
					}
				]
			: []),
		strengths.length > 0
			? { kind: 'list', items: strengths }
			: { kind: 'paragraph', text: fill(L('noStrengths'), { min }), style: 'muted' },
		{ kind: 'heading', level: 2, text: L('quickWins') },
		report.quickWins.length > 0
			? { kind: 'list', items: report.quickWins.map((id) => c.adviceById.get(id)?.title ?? id) }
			: { kind: 'paragraph', text: L('none'), style: 'muted' }
	);
	return blocks;
}

/** Per topic: its score, the one or two pieces of advice that matter most; the rest by title. */
export function topicsSection(c: SectionContext): Block[] {
	const { report, L } = c;
	return [
		{ kind: 'heading', level: 1, text: L('areasTitle') },
		// a quick scan's advice rests on one answer per topic: said once, here
		{ kind: 'paragraph', text: c.quick ? L('quickAreasIntro') : L('areasIntro'), style: 'muted' },
		...report.areas.map((area) => topicBlock(c, area))
	];
}

function topicBlock(c: SectionContext, area: Report['areas'][number]): Block {
	const { report, locale, L, quick, condensed } = c;
	const status =
		area.status === 'scored'
			? fill(L('outOf100'), { score: c.score(area.score) })
			: phrases.verdictLabel[area.verdict][locale];
	const recommendation = content.areas.find((a) => a.id === area.id)?.recommendation[locale] ?? '';
	const all = adviceForArea(report, area.id);
	// an action to tackle first comes first (the summary sends the reader here for its steps),
	// else the first in the report's order; a second only when it is one to tackle first too
	const first =
		report.topPriorities.map((id) => all.find((a) => a.id === id)).find((a) => a !== undefined) ??
		all[0];
	const others = all.filter((a) => a !== first);
	const second = others.find((a) => report.topPriorities.includes(a.id));
	const shown = (quick || condensed >= 1 ? [first] : [first, second]).filter(
		(a) => a !== undefined
	);
	const rest = all.filter((a) => !shown.includes(a));
	return {
		kind: 'topic',
		heading: `${area.number}. ${area.title} · ${status}`,
		// a quick scan keeps to six pages: its one answer per topic is in the appendix, the white
		// paper's recommendation in the full check
		intro: [
			...(quick ? [] : [{ text: area.meaning, style: 'bold' as const }]),
			...(quick || condensed >= 3
				? []
				: [{ text: `${L('recommendation')}: ${recommendation}`, style: 'italic' as const }]),
			...(area.note ? [{ text: `${L('note')}: ${area.note}`, style: 'normal' as const }] : []),
			...(all.length === 0 && area.status === 'scored'
				? [{ text: L('noAdvice'), style: 'normal' as const }]
				: [])
		],
		// a quick scan's advice says why in one reason: the answer it rests on
		advice: shown.map((item) => {
			const block = adviceBlock(item, c, quick && condensed < 1 ? 1 : condensed);
			// a quick scan set shortest: its first step; its sources are named in its last sentence
			return quick && condensed >= 3
				? { ...block, references: '', steps: block.steps.slice(0, 1) }
				: block;
		}),
		...(rest.length > 0 && !(quick && condensed >= 3)
			? { more: fill(L('moreAdvice'), { titles: rest.map((a) => a.title).join('; ') }) }
			: {})
	};
}

/** One piece of advice as the PDF prints it. */
function adviceBlock(item: AdviceItem, c: SectionContext, condensed: Condensed): AdviceBlock {
	const { locale, L } = c;
	const reasons = condensed >= 1 ? 1 : 2;
	return {
		kind: 'advice',
		title: item.title,
		meta: [
			phrases.priority[item.priority][locale],
			phrases.effort[item.effort][locale],
			phrases.horizon[item.horizon][locale],
			`${phrases.ownerLabel[locale]}: ${item.owner}`
		].join(' · '),
		text: item.text,
		stepsLabel: L('steps'),
		steps: condensed >= 2 ? item.steps.slice(0, 2) : item.steps,
		whyLabel: L('why'),
		// the two reasons that count most; the results page and the answers appendix hold the rest
		why:
			item.why.length > reasons
				? [
						...item.why.slice(0, reasons),
						item.why.length - reasons === 1
							? L('whyMoreOne')
							: fill(L('whyMore'), { count: item.why.length - reasons })
					]
				: item.why,
		references:
			item.references.length > 0
				? `${L('readMore')}: ${item.references.map((r) => r.title).join('; ')}`
				: ''
	};
}

/**
 * The action plan by horizon. A quick scan's plan is its topics' advice, the first three in
 * the summary: when it must be shorter, the plan goes.
 */
export function planSection(c: SectionContext): Block[] {
	const { report, locale, L } = c;
	if (c.quick && c.condensed >= 2) return [];
	const blocks: Block[] = [
		{ kind: 'pageBreak', soft: true },
		{ kind: 'heading', level: 1, text: L('actionPlan') },
		{ kind: 'paragraph', text: L('actionPlanIntro') }
	];
	for (const horizon of ['now', 'season', 'year'] as const) {
		const items = report.actionPlan[horizon].flatMap((id) => c.adviceById.get(id) ?? []);
		// "now" is the summary's top three (report.ts): named there, not a third time here
		const same =
			horizon === 'now' &&
			items.length > 0 &&
			items.every((a, i) => report.topPriorities[i] === a.id);
		blocks.push(
			{ kind: 'heading', level: 2, text: phrases.horizon[horizon][locale] },
			same
				? { kind: 'paragraph', text: L('planNowAbove') }
				: items.length > 0
					? { kind: 'list', ordered: true, items: items.map((a) => planItem(a, locale)) }
					: { kind: 'paragraph', text: L('none'), style: 'muted' }
		);
	}
	return blocks;
}

/** The sentence that says the PDF carries its answers files, and what that means; none without. */
export function answersInsideText(count: number, locale: Locale): string | null {
	if (count === 0) return null;
	return count === 1
		? pdfLabels.answersInside[locale]
		: fill(pdfLabels.answersInsideMany[locale], { count });
}

/** Appendix A: the profile, then all answers, a compact table per topic (a quick scan's in one). */
export function answersAppendix(c: SectionContext, answersInside: number): Block[] {
	const { locale, L } = c;
	const inside = answersInsideText(answersInside, locale);
	const tables = answerTables(c);
	const table = (head: string, rows: string[][]): Block => ({
		kind: 'table',
		head: [head, L('answerColumn')],
		rows,
		widths: [0.63, 0.37],
		size: 8
	});
	return [
		{ kind: 'pageBreak', soft: true },
		{ kind: 'heading', level: 1, text: L('appendixAnswers') },
		...(inside ? [{ kind: 'paragraph' as const, text: inside, style: 'muted' as const }] : []),
		// the profile, unless a quick scan must be shorter (its cover says who and what kind)
		...(c.quick && c.condensed >= 3 ? [] : [profileTable(c)]),
		...(c.quick
			? [
					table(
						L('questionColumn'),
						tables.flatMap((t) => t.rows)
					)
				]
			: tables.filter((t) => t.rows.length > 0).map((t) => table(t.head, t.rows)))
	];
}

/** What was filled in of the profile (a field left open says nothing). */
function profileTable({ report, locale, L }: SectionContext): Block {
	return {
		kind: 'table',
		head: [L('profileTitle'), ''],
		widths: [0.35, 0.65],
		size: 8.5,
		rows: content.profile.flatMap((field) => {
			const value = report.profile[field.id];
			const text = Array.isArray(value)
				? value.map((v) => optionLabel(field.id, v, locale) ?? v).join(', ')
				: field.kind === 'text'
					? String(value ?? '')
					: optionLabel(field.id, value as string | undefined, locale);
			return text ? [[field.label[locale], text]] : [];
		})
	};
}

/** Per topic its questions and answers, numbered as the questionnaire numbers them. */
function answerTables({ report, locale, quick }: SectionContext) {
	return content.areas.map((area) => ({
		head: `${area.number}. ${area.title[locale]}`,
		rows: area.questions
			.filter((q) => q.audiences.includes(report.audience))
			// numbered as the questionnaire numbers them for this audience
			.map((q, i) => ({ q, number: `${area.number}.${i + 1}` }))
			// a quick scan lists what it asked (and anything else answered), not 40 empty rows
			.filter(({ q }) => !quick || q.quickScan || report.answers[q.id] !== undefined)
			.map(({ q, number }) => {
				const answer = report.answers[q.id];
				return [
					`${number} ${forAudience(q.statement, report.audience)[locale]}`,
					answer === undefined
						? phrases.noAnswer[locale]
						: answer === 'unknown'
							? phrases.unknownAnswer[locale]
							: answer === 'na'
								? phrases.notApplicableAnswer[locale]
								: `${answer}: ${forAudience(q.levels[answer], report.audience)[locale]}`
				];
			})
	}));
}

/**
 * The sources, by title and address (what each holds is in the web page): Appendix B after
 * the answers, or "Bronnen" in a document without them. A quick scan names where they come
 * from in one sentence.
 */
export function sourcesSection(
	{ locale, L, quick }: Pick<SectionContext, 'locale' | 'L' | 'quick'>,
	afterAnswers: boolean
): Block[] {
	if (quick) return [{ kind: 'paragraph', text: L('quickSources'), style: 'muted' }];
	const linkOf = (r: (typeof references)[number]) => ({
		text: r.title[locale],
		...('url' in r && r.url ? { url: r.url } : {})
	});
	// a source the whitepaper does not name is never listed as one of its sources
	const outside = references.filter((r) => r.kind === 'outside');
	return [
		{ kind: 'heading', level: 1, text: afterAnswers ? L('appendixSources') : L('sourcesTitle') },
		{ kind: 'paragraph', text: L('sourcesIntro'), style: 'muted' },
		{ kind: 'links', items: references.filter((r) => r.kind !== 'outside').map(linkOf) },
		...(outside.length > 0
			? [
					{ kind: 'paragraph' as const, text: L('outsideSources'), style: 'muted' as const },
					{ kind: 'links' as const, items: outside.map(linkOf) }
				]
			: [])
	];
}

/** Shortens a text to at most `max` characters, ending in an ellipsis (for one-line footers). */
export function shorten(text: string, max: number): string {
	return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** The document's properties and its footer. */
export function documentFrame(
	c: SectionContext
): Pick<ReportDocument, 'meta' | 'footer' | 'locale'> {
	const { locale, L, organisation } = c;
	return {
		meta: {
			title: `${L('documentTitle')}: ${organisation}`,
			subject: L('subject'),
			author: organisation,
			keywords: 'Digicheck, digitalisering, cultuureducatie, CultuurSchakel',
			// codes jspdf knows (it ignores others): 'nl' and 'en-GB'
			language: locale === 'nl' ? 'nl' : 'en-GB'
		},
		footer: {
			text: `Digicheck · ${c.quick ? `${L('quickScan')} · ` : ''}${shorten(organisation, 60)}`,
			page: L('page')
		},
		locale
	};
}
