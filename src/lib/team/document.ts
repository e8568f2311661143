/**
 * The team report's section of the PDF: who took part, the team's scores with their range,
 * where colleagues differ, and a conversation guide. It stands in place of one
 * organisation's summary, plan and answers (reportDocument, report/model/document.ts).
 */
import { content } from '../content/index';
import { forAudience } from '../content/ids';
import { formatScoreOrDash } from '../engine/format';
import type { Report } from '../engine/report';
import { format as fill } from '../i18n/translate';
import type { Block, DocumentSection, Label } from '../report/model/blocks';
import { pdfLabels } from '../report/model/labels';
import type { TeamReport } from './model';
import { teamTexts } from './texts';

/** The section a team report adds to the document of the report on its merged answers. */
export function teamSection(team: TeamReport): DocumentSection {
	const report = team.report;
	const locale = report.locale;
	const L: Label = (key) => pdfLabels[key][locale];
	const score = (value: number | null) => formatScoreOrDash(value, locale);
	return {
		kicker: L('teamTitle'),
		coverRows: [
			[L('teamMembers'), String(team.members.filter((m) => m.duplicateOf === undefined).length)]
		],
		before: [],
		instead: [...teamBlocks(team, report, L, score), { kind: 'pageBreak', soft: true }],
		afterScores: [],
		extraPages: 0
	};
}

/** The "Teamrapport" section: who took part, the team's scores, divergences, a conversation guide. */
function teamBlocks(
	team: TeamReport,
	report: Report,
	L: Label,
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
