/**
 * The PDF report as a pure document model: every text resolved in one language, in the
 * order it is printed. The renderer only lays it out, so what the report says is tested here.
 */
import { content } from '../../content/index';
import { references } from '../../content/references';
import { forAudience } from '../../content/ids';
import { phrases } from '../../engine/phrases';
import { formatScoreOrDash } from '../../engine/format';
import type { Locale, Report } from '../../engine/report';
import { adviceForArea } from '../../engine/report-view';
import { radarModel, type RadarModel } from '../../chart/radar-model';
import { format as fill } from '../../i18n/translate';
import { pdfLabels } from './labels';
import type { Comparison } from '../../engine/compare';
import type { TeamReport } from '../../engine/team';
import { teamTexts } from '../../i18n/team';
import { compareTexts } from '../../i18n/compare';

export type Block =
	| { kind: 'heading'; level: 1 | 2 | 3; text: string }
	| { kind: 'paragraph'; text: string; style?: 'normal' | 'muted' | 'italic' | 'bold' | 'lead' }
	| { kind: 'list'; items: string[]; ordered?: boolean }
	/** A list whose items may end in a web address, printed as a clickable link. */
	| { kind: 'links'; items: { text: string; url?: string }[] }
	| { kind: 'keyValues'; rows: [string, string][] }
	| { kind: 'table'; head: string[]; rows: string[][]; widths: number[] }
	/** `fit`: as large as the rest of the page allows (between 80 and 118 mm), so the summary keeps to one page. */
	| { kind: 'radar'; model: RadarModel; caption: string; fit?: boolean }
	| {
			kind: 'advice';
			title: string;
			meta: string;
			text: string;
			stepsLabel: string;
			steps: string[];
			whyLabel: string;
			why: string[];
			references: string;
	  }
	| { kind: 'pageBreak' };

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
	answersInside = 0
): ReportDocument {
	const locale = report.locale;
	const L = (key: keyof typeof pdfLabels) => pdfLabels[key][locale];
	const optionLabel = (field: string, id: string | undefined) =>
		content.profile.find((f) => f.id === field)?.options.find((o) => o.id === id)?.label[locale];
	const score = (value: number | null) => formatScoreOrDash(value, locale);
	const organisation = report.profile.name.trim() || '–';
	// a quick scan says so on the cover and every page, and its scores are an indication
	const quick = report.mode === 'quick';
	const provisional = quick ? ` (${L('provisional')})` : '';
	const adviceById = new Map(report.advice.map((a) => [a.id, a]));
	const planItem = (a: Report['advice'][number]) =>
		`${a.title} (${phrases.ownerLabel[locale].toLowerCase()}: ${a.owner}; ${phrases.effort[a.effort][locale].toLowerCase()})`;

	const cover: ReportDocument['cover'] = {
		kicker: quick ? `Digicheck · ${L('quickScan')}` : 'Digicheck',
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
			[L('respondent'), optionLabel('role', report.profile.role) ?? '–'],
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
			[L('answered'), `${report.answeredCount} / ${report.questionCount}`]
		],
		note: L('coverNote')
	};

	const blocks: Block[] = [];
	const push = (...b: Block[]) => blocks.push(...b);

	// Summary: one page with the level, the track, the top three and the radar
	push({ kind: 'heading', level: 1, text: L('summary') });
	if (report.overall.level) {
		push({
			kind: 'paragraph',
			style: 'lead',
			text: `${L('overallScore')}: ${fill(L('outOf100'), { score: score(report.overall.score) })} · ${L('level')}: ${report.overall.level.label}${provisional}`
		});
		push({ kind: 'paragraph', text: report.overall.level.description });
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
	push({
		kind: 'heading',
		level: 2,
		text: report.track.kind === 'school' ? L('schoolTitle') : L('trackTitle')
	});
	push(
		{
			kind: 'paragraph',
			style: 'bold',
			// an undecided track's label already says "no advice yet"
			text:
				report.track.status === 'undecided'
					? report.track.label
					: `${phrases.trackStatus[report.track.status][locale]}: ${report.track.label}`
		},
		{ kind: 'paragraph', text: report.track.reason }
	);
	push({ kind: 'heading', level: 2, text: L('priorities') });
	const priorities = report.topPriorities.flatMap((id) => adviceById.get(id) ?? []);
	push(
		priorities.length > 0
			? {
					kind: 'list',
					ordered: true,
					// the plan's "now": who does it and how much work it is stand here, not twice
					items: priorities.map((a) => planItem(a))
				}
			: { kind: 'paragraph', text: L('none'), style: 'muted' }
	);
	push({
		kind: 'radar',
		model: radarModel(
			report,
			Object.fromEntries(content.areas.map((a) => [a.id, a.shortTitle[locale]]))
		),
		caption: [
			L('radarCaption'),
			...(report.areas.some((a) => a.target !== undefined) ? [L('radarTargets')] : []),
			...(quick ? [L('radarQuick')] : [])
		].join(' '),
		fit: true
	});

	if (comparison) push(...comparisonBlocks(comparison, L, score));
	if (team) push(...teamBlocks(team, report, L, score));

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
				}
	);
	push({ kind: 'heading', level: 2, text: L('quickWins') });
	push(
		report.quickWins.length > 0
			? { kind: 'list', items: report.quickWins.map((id) => adviceById.get(id)?.title ?? id) }
			: { kind: 'paragraph', text: L('none'), style: 'muted' }
	);
	push(
		{
			kind: 'heading',
			level: 2,
			// the label stands on the cover and in the summary already
			text: L('aboutTrack')
		},
		{ kind: 'paragraph', text: report.track.description }
	);

	// Per area
	push({ kind: 'pageBreak' }, { kind: 'heading', level: 1, text: L('areasTitle') });
	// a quick scan's advice rests on one answer per topic: said once, here
	if (quick) push({ kind: 'paragraph', text: L('quickAreasIntro'), style: 'muted' });
	for (const area of report.areas) {
		const heading = `${area.number}. ${area.title}`;
		const status =
			area.status === 'scored'
				? fill(L('outOf100'), { score: score(area.score) })
				: phrases.verdictLabel[area.verdict][locale];
		push({ kind: 'heading', level: 2, text: `${heading} · ${status}` });
		push({ kind: 'paragraph', text: area.meaning, style: 'bold' });
		const recommendation =
			content.areas.find((a) => a.id === area.id)?.recommendation[locale] ?? '';
		push({ kind: 'paragraph', text: `${L('recommendation')}: ${recommendation}`, style: 'italic' });
		if (area.note) push({ kind: 'paragraph', text: `${L('note')}: ${area.note}` });
		const items = adviceForArea(report, area.id);
		if (items.length === 0 && area.status === 'scored')
			push({ kind: 'paragraph', text: L('noAdvice'), style: 'muted' });
		for (const item of items) {
			push({
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
				steps: item.steps,
				whyLabel: L('why'),
				why: item.why,
				references:
					item.references.length > 0
						? `${L('readMore')}: ${item.references.map((r) => r.title).join('; ')}`
						: ''
			});
		}
	}

	// Action plan
	push(
		{ kind: 'pageBreak' },
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

	// Appendix A: all answers
	push({ kind: 'pageBreak' }, { kind: 'heading', level: 1, text: L('appendixAnswers') });
	const inside = answersInsideText(answersInside, locale);
	if (inside) push({ kind: 'paragraph', text: inside });
	push({ kind: 'heading', level: 2, text: L('profileTitle') });
	push({
		kind: 'keyValues',
		rows: content.profile.map((field) => {
			const value = report.profile[field.id];
			const text = Array.isArray(value)
				? value.map((v) => optionLabel(field.id, v) ?? v).join(', ')
				: field.kind === 'text'
					? String(value ?? '')
					: optionLabel(field.id, value as string | undefined);
			return [field.label[locale], text || '–'] as [string, string];
		})
	});
	for (const area of content.areas) {
		push({ kind: 'heading', level: 2, text: `${area.number}. ${area.title[locale]}` });
		const rows: string[][] = [];
		area.questions
			// a quick scan lists what it asked (and anything else answered), not 40 empty rows
			.filter(
				(q) =>
					q.audiences.includes(report.audience) &&
					(!quick || q.quickScan || report.answers[q.id] !== undefined)
			)
			.forEach((q, i) => {
				const answer = report.answers[q.id];
				const answerText =
					answer === undefined
						? phrases.noAnswer[locale]
						: answer === 'unknown'
							? phrases.unknownAnswer[locale]
							: answer === 'na'
								? phrases.notApplicableAnswer[locale]
								: `${fill(L('levelN'), { n: answer })}: ${forAudience(q.levels[answer], report.audience)[locale]}`;
				rows.push([
					`${area.number}.${i + 1} ${forAudience(q.statement, report.audience)[locale]}`,
					answerText
				]);
			});
		push({ kind: 'table', head: [], rows, widths: [0.55, 0.45] });
	}

	// Appendix B: sources (the checklist itself is printed with each area above)
	push(
		{ kind: 'heading', level: 1, text: L('appendixSources') },
		{ kind: 'paragraph', text: L('sourcesIntro') }
	);
	const linkOf = (r: (typeof references)[number]) => ({
		text: `${r.title[locale]}. ${r.summary[locale]}`,
		...('url' in r && r.url ? { url: r.url } : {})
	});
	push({ kind: 'links', items: references.filter((r) => r.kind !== 'outside').map(linkOf) });
	// a source the whitepaper does not name is never listed as one of its sources
	const outside = references.filter((r) => r.kind === 'outside');
	if (outside.length > 0)
		push(
			{ kind: 'paragraph', text: L('outsideSources') },
			{ kind: 'links', items: outside.map(linkOf) }
		);

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
	const blocks: Block[] = [
		{ kind: 'pageBreak' },
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
				`${score(a.lowest)} – ${score(a.highest)}`,
				String(a.unknown)
			])
		},
		{ kind: 'heading', level: 2, text: L('teamDivergent') }
	];
	blocks.push(
		team.divergent.length > 0
			? {
					kind: 'list',
					ordered: true,
					items: team.divergent.map(
						(d) =>
							`${d.area}. ${d.statement} (${fill(L('teamLevels'), { levels: d.levels.join(', ') })})`
					)
				}
			: { kind: 'paragraph', text: L('none'), style: 'muted' }
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
			const divergent = team.divergent.filter((d) => d.area === number).map((d) => d.statement);
			const others = area.questions
				.filter((q) => q.audiences.includes(report.audience))
				.map((q) => forAudience(q.statement, report.audience)[locale])
				.filter((q) => !divergent.includes(q));
			blocks.push(
				{ kind: 'heading', level: 3, text: `${area.number}. ${area.title[locale]}` },
				{
					kind: 'list',
					items: [...divergent, ...others]
						.slice(0, 3)
						.map((statement) => fill(L('teamAsk'), { statement }))
				}
			);
		}
	}
	return blocks;
}

/** The "Voor- en nameting" section: both checks, the verdict, per-area deltas, what moved. */
function comparisonBlocks(
	c: Comparison,
	L: (key: keyof typeof pdfLabels) => string,
	score: (value: number | null) => string
): Block[] {
	const locale = c.locale;
	const when = (iso: string) => formatDate(new Date(iso), locale);
	const overall = (side: Comparison['before']) =>
		side.level
			? `${score(side.score)}, ${side.level}`
			: phrases.verdictLabel['insufficient-data'][locale];
	const signed = (delta: number | null) =>
		delta === null ? '–' : `${delta > 0 ? '+' : delta < 0 ? '−' : '±'}${score(Math.abs(delta))}`;
	const blocks: Block[] = [
		{ kind: 'pageBreak' },
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
				signed(a.delta)
			])
		}
	];
	if (c.moved.length > 0)
		blocks.push(
			{ kind: 'heading', level: 2, text: L('compareMoved') },
			{
				kind: 'list',
				items: c.moved.map(
					(q) =>
						`${q.area}. ${q.statement} (${fill(L('compareLevels'), { before: String(q.before), after: String(q.after) })})`
				)
			}
		);
	blocks.push(
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
		blocks.push({
			kind: 'paragraph',
			style: 'muted',
			text: fill(L('compareNotCompared'), { ids: c.notCompared.join(', ') })
		});
	return blocks;
}

/** Shortens a text to at most `max` characters, ending in an ellipsis (for one-line footers). */
export function shorten(text: string, max: number): string {
	return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
