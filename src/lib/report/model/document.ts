/**
 * The PDF report as a pure document model: every text resolved in one language, in the
 * order it is printed. The renderer only lays it out, so what the report says is tested here.
 */
import { content } from '../../content/index';
import { references } from '../../content/references';
import { forAudience } from '../../content/ids';
import { phrases } from '../../engine/phrases';
import { formatChange, formatScoreOrDash } from '../../engine/format';
import type { Locale, Report } from '../../engine/report';
import { adviceForArea } from '../../engine/report-view';
import { radarModel, type RadarModel } from '../../chart/radar-model';
import { format as fill } from '../../i18n/translate';
import { pdfLabels } from './labels';
import type { Comparison } from '../../compare/model';
import type { TeamReport } from '../../team/model';
import { teamTexts } from '../../team/texts';
import { compareTexts } from '../../compare/texts';

export type Block =
	| { kind: 'heading'; level: 1 | 2 | 3; text: string }
	| { kind: 'paragraph'; text: string; style?: 'normal' | 'muted' | 'italic' | 'bold' | 'lead' }
	| { kind: 'list'; items: string[]; ordered?: boolean }
	/** A list whose items may end in a web address, printed as a clickable link. */
	| { kind: 'links'; items: { text: string; url?: string }[] }
	| { kind: 'keyValues'; rows: [string, string][] }
	/** `size`: the type size (9.5 unless given); the answers appendix is set smaller. */
	| { kind: 'table'; head: string[]; rows: string[][]; widths: number[]; size?: number }
	/** `fit`: as large as the rest of the page allows (between 80 and 118 mm), so the summary keeps to one page. */
	| { kind: 'radar'; model: RadarModel; caption: string; fit?: boolean }
	| AdviceBlock
	/**
	 * One topic: its heading and intro, then its advice. The heading, the intro and the first
	 * advice always stand on one page together.
	 */
	| {
			kind: 'topic';
			heading: string;
			intro: { text: string; style: 'bold' | 'italic' | 'normal' }[];
			advice: AdviceBlock[];
			/** The topic's other advice, by title: worked out on the results page, not here. */
			more?: string;
	  }
	/** `soft`: a new page only when this one is three quarters full; else the next section follows below. */
	| { kind: 'pageBreak'; soft?: boolean };

export type AdviceBlock = {
	kind: 'advice';
	title: string;
	meta: string;
	text: string;
	stepsLabel: string;
	steps: string[];
	whyLabel: string;
	why: string[];
	references: string;
};

export interface ReportDocument {
	meta: { title: string; subject: string; author: string; keywords: string; language: string };
	cover: {
		kicker: string;
		subtitle: string;
		title: string;
		organisation: string;
		rows: [string, string][];
		note: string;
	};
	blocks: Block[];
	/**
	 * Footer: `text` as it is (it holds the organisation's name, which may contain anything,
	 * "{n}" included), then `page`, a template whose `{n}` and `{total}` the renderer fills.
	 */
	footer: { text: string; page: string };
	locale: Locale;
}

/** How much shorter a PDF's topics are set; see `reportDocument`. */
export type Condensed = 0 | 1 | 2 | 3;

/**
 * The most pages a PDF may have, cover and appendices included: a full report 12, a quick
 * scan 6, a comparison one more for its progress page.
 */
export function pageLimit(report: Pick<Report, 'mode'>, comparison = false): number {
	return (report.mode === 'quick' ? 6 : 12) + (comparison ? 1 : 0);
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

/**
 * Builds the document model of a report; with a comparison (the report is the second check),
 * a "Voor- en nameting" section follows the summary.
 */
export function reportDocument(
	report: Report,
	date: Date = new Date(),
	comparison?: Comparison,
	team?: TeamReport,
	/** How many answers files the PDF carries (see attach.ts); the appendix says so. */
	answersInside = 0,
	/**
	 * How much shorter the topics are set, when the PDF would be longer than its limit (see
	 * `pageLimit`): 1 drops a topic's second advice and keeps one reason, 2 keeps two steps,
	 * 3 leaves out the white paper's recommendation (the results page has all of it).
	 */
	condensed: Condensed = 0
): ReportDocument {
	const locale = report.locale;
	const L = (key: keyof typeof pdfLabels) => pdfLabels[key][locale];
	const optionLabel = (field: string, id: string | undefined) =>
		content.profile.find((f) => f.id === field)?.options.find((o) => o.id === id)?.label[locale];
	const score = (value: number | null) => formatScoreOrDash(value, locale);
	// without a name: "Jullie organisatie", never a dash where a name belongs
	const organisation = report.profile.name.trim() || L('noName');
	// a quick scan says so on the cover and every page, and its scores are an indication
	const quick = report.mode === 'quick';
	const provisional = quick ? ` (${L('provisional')})` : '';
	const adviceById = new Map(report.advice.map((a) => [a.id, a]));
	const planItem = (a: Report['advice'][number]) =>
		`${a.title} (${phrases.ownerLabel[locale].toLowerCase()}: ${a.owner}; ${phrases.effort[a.effort][locale].toLowerCase()})`;

	const cover: ReportDocument['cover'] = {
		kicker: team
			? `Digicheck · ${L('teamTitle')}`
			: quick
				? `Digicheck · ${L('quickScan')}`
				: 'Digicheck',
		subtitle: L('coverSubtitle'),
		title: L('coverTitle'),
		organisation,
		rows: [
			[L('date'), formatDate(date, locale)],
			[
				L('kind'),
				[optionLabel('audience', report.audience), optionLabel('type', report.profile.type)]
					.filter(Boolean)
					.join(' · ')
			],
			// who filled it in, when that was given (never a dash where a role belongs)
			...(optionLabel('role', report.profile.role)
				? [[L('respondent'), optionLabel('role', report.profile.role)] as [string, string]]
				: []),
			[
				L('level'),
				report.overall.level
					? `${report.overall.level.label}${provisional} (${L('overallScore').toLowerCase()} ${score(report.overall.score)})`
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
			...(comparison ? [[L('compareProgress'), comparison.verdict] as [string, string]] : []),
			...(team
				? [
						[
							L('teamMembers'),
							String(team.members.filter((m) => m.duplicateOf === undefined).length)
						] as [string, string]
					]
				: [])
		],
		note: L('coverNote')
	};

	const blocks: Block[] = [];
	const push = (...b: Block[]) => blocks.push(...b);
	const radarLabels = Object.fromEntries(content.areas.map((a) => [a.id, a.shortTitle[locale]]));

	// A comparison opens with the progress; a team report with the team (no summary of one
	// organisation around it): what a follow-up or a team needs first
	const compared = comparison
		? comparisonBlocks(comparison, radarModel(report, radarLabels), L, score)
		: undefined;
	if (compared) push(...compared.first, { kind: 'pageBreak' });
	if (team) push(...teamBlocks(team, report, L, score), { kind: 'pageBreak', soft: true });
	else
		push(
			...summaryBlocks(
				report,
				L,
				score,
				planItem,
				radarLabels,
				compared?.details ?? [],
				quick && condensed >= 3
			)
		);

	// Per topic: its score, the one or two pieces of advice that matter most; the rest by title
	push({ kind: 'heading', level: 1, text: L('areasTitle') });
	// a quick scan's advice rests on one answer per topic: said once, here
	if (quick) push({ kind: 'paragraph', text: L('quickAreasIntro'), style: 'muted' });
	else push({ kind: 'paragraph', text: L('areasIntro'), style: 'muted' });
	for (const area of report.areas) {
		const status =
			area.status === 'scored'
				? fill(L('outOf100'), { score: score(area.score) })
				: phrases.verdictLabel[area.verdict][locale];
		const recommendation =
			content.areas.find((a) => a.id === area.id)?.recommendation[locale] ?? '';
		const all = adviceForArea(report, area.id);
		// the first in the report's order, and a second only when it is one to tackle first
		const [first, ...others] = all;
		const second = others.find((a) => report.topPriorities.includes(a.id));
		const shown = (quick || condensed >= 1 ? [first] : [first, second]).filter(
			(a) => a !== undefined
		);
		const rest = all.filter((a) => !shown.includes(a));
		push({
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
				const block = adviceBlock(item, report, L, quick && condensed < 1 ? 1 : condensed);
				// a quick scan set shortest: its first step; its sources are named in its last sentence
				return quick && condensed >= 3
					? { ...block, references: '', steps: block.steps.slice(0, 1) }
					: block;
			}),
			...(rest.length > 0 && !(quick && condensed >= 3)
				? { more: fill(L('moreAdvice'), { titles: rest.map((a) => a.title).join('; ') }) }
				: {})
		});
	}

	// a quick scan's plan is its topics' advice, the first three in the summary: when it
	// must be shorter, the plan goes
	if (!team && !(quick && condensed >= 2)) {
		// Action plan
		push(
			{ kind: 'pageBreak', soft: true },
			{ kind: 'heading', level: 1, text: L('actionPlan') },
			{ kind: 'paragraph', text: L('actionPlanIntro') }
		);
		for (const horizon of ['now', 'season', 'year'] as const) {
			push({ kind: 'heading', level: 2, text: phrases.horizon[horizon][locale] });
			const items = report.actionPlan[horizon].flatMap((id) => adviceById.get(id) ?? []);
			// "now" is the summary's top three (report.ts): named there, not a third time here
			const same =
				horizon === 'now' &&
				items.length > 0 &&
				items.every((a, i) => report.topPriorities[i] === a.id);
			push(
				same
					? { kind: 'paragraph', text: L('planNowAbove') }
					: items.length > 0
						? { kind: 'list', ordered: true, items: items.map((a) => planItem(a)) }
						: { kind: 'paragraph', text: L('none'), style: 'muted' }
			);
		}
	}
	if (!team) {
		// Appendix A: all answers, a compact table per topic
		push(
			{ kind: 'pageBreak', soft: true },
			{ kind: 'heading', level: 1, text: L('appendixAnswers') }
		);
		const inside = answersInsideText(answersInside, locale);
		if (inside) push({ kind: 'paragraph', text: inside, style: 'muted' });
		// the profile, unless a quick scan must be shorter (its cover says who and what kind)
		if (!(quick && condensed >= 3))
			push({
				kind: 'table',
				head: [L('profileTitle'), ''],
				widths: [0.35, 0.65],
				size: 8.5,
				// what was filled in (a field left open says nothing)
				rows: content.profile.flatMap((field) => {
					const value = report.profile[field.id];
					const text = Array.isArray(value)
						? value.map((v) => optionLabel(field.id, v) ?? v).join(', ')
						: field.kind === 'text'
							? String(value ?? '')
							: optionLabel(field.id, value as string | undefined);
					return text ? [[field.label[locale], text]] : [];
				})
			});
		// per topic a table; a quick scan's twelve answers in one
		const tables = content.areas.map((area) => ({
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
		const table = (head: string, rows: string[][]): Block => ({
			kind: 'table',
			head: [head, L('answerColumn')],
			rows,
			widths: [0.63, 0.37],
			size: 8
		});
		if (quick)
			push(
				table(
					L('questionColumn'),
					tables.flatMap((t) => t.rows)
				)
			);
		else for (const t of tables) if (t.rows.length > 0) push(table(t.head, t.rows));
	}

	// Appendix B: sources, by title and address (what each holds is in the web page); a quick
	// scan names where they come from in one sentence
	if (quick) push({ kind: 'paragraph', text: L('quickSources'), style: 'muted' });
	else {
		push(
			{ kind: 'heading', level: 1, text: team ? L('sourcesTitle') : L('appendixSources') },
			{ kind: 'paragraph', text: L('sourcesIntro'), style: 'muted' }
		);
		const linkOf = (r: (typeof references)[number]) => ({
			text: r.title[locale],
			...('url' in r && r.url ? { url: r.url } : {})
		});
		push({ kind: 'links', items: references.filter((r) => r.kind !== 'outside').map(linkOf) });
		// a source the whitepaper does not name is never listed as one of its sources
		const outside = references.filter((r) => r.kind === 'outside');
		if (outside.length > 0)
			push(
				{ kind: 'paragraph', text: L('outsideSources'), style: 'muted' },
				{ kind: 'links', items: outside.map(linkOf) }
			);
	}

	return {
		meta: {
			title: `${L('documentTitle')}: ${organisation}`,
			subject: L('subject'),
			author: organisation,
			keywords: 'Digicheck, digitalisering, cultuureducatie, CultuurSchakel',
			// codes jspdf knows (it ignores others): 'nl' and 'en-GB'
			language: locale === 'nl' ? 'nl' : 'en-GB'
		},
		cover,
		blocks,
		footer: {
			text: `Digicheck · ${quick ? `${L('quickScan')} · ` : ''}${shorten(organisation, 60)}`,
			page: L('page')
		},
		locale
	};
}

/** The summary page (level, track, the top three, the radar), then the scores page. */
function summaryBlocks(
	report: Report,
	L: (key: keyof typeof pdfLabels) => string,
	score: (value: number | null) => string,
	planItem: (a: Report['advice'][number]) => string,
	radarLabels: Record<string, string>,
	/** What a comparison adds after the scores: what moved, what was resolved. */
	changes: Block[],
	/** Leave out the strengths and quick wins (a quick scan that must be shorter). */
	brief: boolean
): Block[] {
	const locale = report.locale;
	const quick = report.mode === 'quick';
	const provisional = quick ? ` (${L('provisional')})` : '';
	const adviceById = new Map(report.advice.map((a) => [a.id, a]));
	const blocks: Block[] = [{ kind: 'heading', level: 1, text: L('summary') }];
	const push = (...b: Block[]) => blocks.push(...b);
	if (report.overall.level) {
		push(
			{
				kind: 'paragraph',
				style: 'lead',
				text: `${L('overallScore')}: ${fill(L('outOf100'), { score: score(report.overall.score) })} · ${L('level')}: ${report.overall.level.label}${provisional}`
			},
			{ kind: 'paragraph', text: report.overall.level.description }
		);
	} else {
		push({
			kind: 'paragraph',
			style: 'lead',
			text: fill(phrases.overallInsufficient[locale], {
				areas: report.overall.missingAreas
					.map((id) => content.areas.find((a) => a.id === id)?.shortTitle[locale] ?? id)
					.join(', ')
			})
		});
	}
	push(
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
		{ kind: 'paragraph', text: report.track.reason },
		{ kind: 'heading', level: 2, text: L('priorities') }
	);
	const priorities = report.topPriorities.flatMap((id) => adviceById.get(id) ?? []);
	push(
		priorities.length > 0
			? // the plan's "now": who does it and how much work it is stand here, not twice
				{ kind: 'list', ordered: true, items: priorities.map((a) => planItem(a)) }
			: { kind: 'paragraph', text: L('none'), style: 'muted' },
		{
			kind: 'radar',
			model: radarModel(report, radarLabels),
			caption: [
				L('radarCaption'),
				...(report.areas.some((a) => a.target !== undefined) ? [L('radarTargets')] : []),
				...(quick ? [L('radarQuick')] : [])
			].join(' '),
			fit: true
		}
	);

	// Scores, strengths, quick wins and what the track means
	push({ kind: 'pageBreak' }, { kind: 'heading', level: 1, text: L('scoresTitle') });
	const hasTargets = report.areas.some((a) => a.target !== undefined);
	push({
		kind: 'table',
		head: [
			L('areaColumn'),
			quick ? `${L('scoreColumn')} (${L('indication')})` : L('scoreColumn'),
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
	});
	// a quick scan that must be shorter leaves these two out: the table says which topics are
	// strong, and its quick wins are the topics' advice below
	if (!brief) {
		push({ kind: 'heading', level: 2, text: L('strengths') });
		const strengths = report.strengths.map((id) => {
			const area = report.areas.find((a) => a.id === id);
			return area ? `${area.number}. ${area.title} (${score(area.score)})` : id;
		});
		if (report.strengthsRelative)
			push({
				kind: 'paragraph',
				text: fill(phrases.relativeStrengthsIntro[locale], { min: content.scoring.strengthMin })
			});
		push(
			strengths.length > 0
				? { kind: 'list', items: strengths }
				: {
						kind: 'paragraph',
						text: fill(L('noStrengths'), { min: content.scoring.strengthMin }),
						style: 'muted'
					},
			{ kind: 'heading', level: 2, text: L('quickWins') },
			report.quickWins.length > 0
				? { kind: 'list', items: report.quickWins.map((id) => adviceById.get(id)?.title ?? id) }
				: { kind: 'paragraph', text: L('none'), style: 'muted' }
		);
	}
	push(
		// the label stands on the cover and in the summary already
		{ kind: 'heading', level: 2, text: L('aboutTrack') },
		{ kind: 'paragraph', text: report.track.description },
		...changes
	);
	return blocks;
}

/** One piece of advice as the PDF prints it. */
function adviceBlock(
	item: Report['advice'][number],
	report: Report,
	L: (key: keyof typeof pdfLabels) => string,
	condensed: Condensed
): AdviceBlock {
	const locale = report.locale;
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

/** The sentence that says the PDF carries its answers files, and what that means; none without. */
export function answersInsideText(count: number, locale: Locale): string | null {
	if (count === 0) return null;
	return count === 1
		? pdfLabels.answersInside[locale]
		: fill(pdfLabels.answersInsideMany[locale], { count });
}

/** The "Teamrapport" section: who took part, the team's scores, divergences, a conversation guide. */
function teamBlocks(
	team: TeamReport,
	report: Report,
	L: (key: keyof typeof pdfLabels) => string,
	score: (value: number | null) => string
): Block[] {
	const locale = report.locale;
	const counted = team.members.filter((m) => m.duplicateOf === undefined);
	const roles = counted.map((m) => m.role ?? L('teamNoRole'));
	const divergent = team.divergent.map(
		(d) => `${d.area}. ${d.statement} (${fill(L('teamLevels'), { levels: d.levels.join(', ') })})`
	);
	const blocks: Block[] = [
		{ kind: 'heading', level: 1, text: L('teamTitle') },
		{
			kind: 'paragraph',
			style: 'lead',
			text: fill(L('teamWho'), { count: counted.length, roles: roles.join(', ') })
		},
		{ kind: 'paragraph', text: L('teamMerged') },
		...(team.otherVersion > 0
			? [
					{
						kind: 'paragraph' as const,
						text: fill(teamTexts.otherVersion[locale], { count: team.otherVersion })
					}
				]
			: []),
		// where colleagues differ most, five on the first page with the radar; the rest after the table
		{ kind: 'heading', level: 2, text: L('teamDivergent') },
		team.divergent.length > 0
			? { kind: 'list', ordered: true, items: divergent.slice(0, 5) }
			: { kind: 'paragraph', text: L('none'), style: 'muted' },
		{
			kind: 'radar',
			model: {
				axes: team.areas.map((a) => ({
					id: a.id,
					label: `${a.number}. ${content.areas.find((x) => x.id === a.id)?.shortTitle[locale] ?? a.title}`,
					value: a.median,
					target: null,
					low: a.lowest,
					high: a.highest
				})),
				max: 100,
				ticks: [25, 50, 75, 100]
			},
			caption: L('teamRadarCaption'),
			fit: true
		},
		{
			kind: 'table',
			head: [L('areaColumn'), L('teamMedian'), L('teamRange'), L('teamUnknown')],
			widths: [0.52, 0.14, 0.2, 0.14],
			rows: team.areas.map((a) => [
				`${a.number}. ${a.title}`,
				score(a.median),
				`${score(a.lowest)} – ${score(a.highest)}` +
					(a.scored < team.counted
						? ` (${fill(L('teamScoredOf'), { scored: a.scored, total: team.counted })})`
						: ''),
				String(a.unknown)
			])
		},
		...(team.areas.some((a) => a.scored < team.counted)
			? [{ kind: 'paragraph' as const, text: L('teamRangeNote'), style: 'muted' as const }]
			: [])
	];
	if (divergent.length > 5)
		blocks.push(
			{ kind: 'heading', level: 2, text: L('teamDivergentMore') },
			{ kind: 'list', items: divergent.slice(5) }
		);
	// a conversation guide: three questions for each area where the team differs
	const areas = [...new Set(team.divergent.map((d) => d.area))];
	if (areas.length > 0) {
		blocks.push(
			{ kind: 'heading', level: 2, text: L('teamGuide') },
			{ kind: 'paragraph', text: L('teamGuideIntro') }
		);
		for (const number of areas) {
			const area = content.areas.find((a) => a.number === number);
			if (!area) continue;
			const differ = team.divergent.filter((d) => d.area === number).map((d) => d.statement);
			const others = area.questions
				.filter((q) => q.audiences.includes(report.audience))
				.map((q) => forAudience(q.statement, report.audience)[locale])
				.filter((q) => !differ.includes(q));
			blocks.push(
				{ kind: 'heading', level: 3, text: `${area.number}. ${area.title[locale]}` },
				{
					kind: 'list',
					items: [...differ, ...others]
						.slice(0, 3)
						.map((statement) => fill(L('teamAsk'), { statement }))
				}
			);
		}
	}
	return blocks;
}

/**
 * The "Voor- en nameting": `first` is the progress page (both checks, the verdict, the radar
 * with both lines, the change per topic); `details` what moved, printed after the scores.
 */
function comparisonBlocks(
	c: Comparison,
	current: RadarModel,
	L: (key: keyof typeof pdfLabels) => string,
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

/** Shortens a text to at most `max` characters, ending in an ellipsis (for one-line footers). */
export function shorten(text: string, max: number): string {
	return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
