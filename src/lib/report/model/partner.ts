/**
 * The "Samen met je partner" PDF as a document model: the two organisations side by side
 * (radar with both lines, scores table), what each side brings, the joint advice with the
 * answers that made it appear, and the shared questions level by level.
 */
import { content } from '../../content/index';
import { references } from '../../content/references';
import { formatScoreOrDash } from '../../engine/format';
import type { PartnerReport, PartnerQuestion } from '../../partner/model';
import { phrases } from '../../engine/phrases';
import type { Report } from '../../engine/report';
import { partnerTexts } from '../../partner/texts';
import { format as fill } from '../../i18n/translate';
import type { RadarModel } from '../../chart/radar-model';
import {
	answersInsideText,
	formatDate,
	shorten,
	type Block,
	type ReportDocument
} from './document';
import { pdfLabels } from './labels';

/** The two names as the document shows them: "School × Partner". */
export function partnerNames(p: PartnerReport): string {
	return `${p.school.profile.name.trim() || '–'} × ${p.partner.profile.name.trim() || '–'}`;
}

export function partnerDocument(
	p: PartnerReport,
	date: Date = new Date(),
	answersInside = 0
): ReportDocument {
	const locale = p.locale;
	const T = (key: keyof typeof partnerTexts) => partnerTexts[key][locale];
	const L = (key: keyof typeof pdfLabels) => pdfLabels[key][locale];
	const score = (value: number | null) => formatScoreOrDash(value, locale);
	const names = partnerNames(p);
	const shortTitle = (id: string) =>
		content.areas.find((a) => a.id === id)?.shortTitle[locale] ?? id;
	const level = (r: Report) =>
		r.overall.level
			? `${r.overall.level.label} (${L('overallScore').toLowerCase()} ${score(r.overall.score)})`
			: fill(L('coverInsufficient'), {
					scored: r.overall.scoredAreas,
					min: r.overall.minScoredAreas
				});
	const answer = (value: PartnerQuestion['school']) =>
		value === null
			? '–'
			: value === 'unknown'
				? T('unknown')
				: value === 'na'
					? T('notApplicable')
					: String(value);

	const blocks: Block[] = [];
	const push = (...b: Block[]) => blocks.push(...b);

	// Side by side: the table, and the radar with both lines in the room left on the page
	push({ kind: 'heading', level: 1, text: T('sideBySide') });
	if (p.otherVersion.length > 0)
		push({
			kind: 'paragraph',
			text: fill(T('otherVersion'), {
				sides: p.otherVersion.map((side) => T(side)).join(', ')
			})
		});
	const model: RadarModel = {
		axes: p.areas.map((a) => ({
			id: a.id,
			label: `${a.number}. ${shortTitle(a.id)}`,
			value: a.school,
			target: null,
			before: a.partner
		})),
		max: 100,
		ticks: [25, 50, 75, 100],
		labelValues: false
	};
	push({
		kind: 'table',
		head: [T('topic'), T('school'), T('partner'), T('difference')],
		widths: [0.46, 0.16, 0.22, 0.16],
		rows: p.areas.map((a) => [
			`${a.number}. ${a.title}`,
			score(a.school),
			score(a.partner),
			a.school === null || a.partner === null ? '–' : score(Math.abs(a.school - a.partner))
		])
	});
	push({ kind: 'radar', model, caption: T('pdfRadarCaption'), fit: true });
	// What each side brings, and the joint advice
	push(
		{ kind: 'pageBreak', soft: true },
		{ kind: 'heading', level: 1, text: T('adviceTitle') },
		{ kind: 'paragraph', text: T('adviceIntro') }
	);
	push({ kind: 'heading', level: 2, text: T('brings') });
	const areaList = (ids: readonly string[]) => ids.map(shortTitle).join(', ');
	if (p.brings.school.length === 0 && p.brings.partner.length === 0)
		push({ kind: 'paragraph', text: T('bringsNone') });
	if (p.brings.school.length > 0)
		push({
			kind: 'paragraph',
			text: fill(T('bringsSchool'), { areas: areaList(p.brings.school) })
		});
	if (p.brings.partner.length > 0)
		push({
			kind: 'paragraph',
			text: fill(T('bringsPartner'), { areas: areaList(p.brings.partner) })
		});
	if (p.advice.length === 0) push({ kind: 'paragraph', text: T('noAdvice'), style: 'muted' });
	for (const item of p.advice)
		push({
			kind: 'advice',
			title: item.title,
			meta: `${T(item.kind)} · ${phrases.priority[item.priority][locale]}`,
			text: item.text,
			stepsLabel: T('steps'),
			steps: item.steps,
			whyLabel: T('why'),
			why: item.why.map((w) => w.text),
			references:
				item.references.length > 0
					? `${L('readMore')}: ${item.references.map((r) => r.title).join('; ')}`
					: ''
		});

	// Question by question
	push({ kind: 'pageBreak', soft: true }, { kind: 'heading', level: 1, text: T('apartTitle') });
	push(
		p.apart.length > 0
			? {
					kind: 'list',
					ordered: true,
					items: p.apart.map(
						(q) =>
							`${q.area}. ${q.statement.school} (${fill(T('apartLevels'), { school: answer(q.school), partner: answer(q.partner) })})`
					)
				}
			: { kind: 'paragraph', text: T('noApart'), style: 'muted' }
	);
	push(
		{ kind: 'heading', level: 2, text: T('allQuestions') },
		{ kind: 'paragraph', text: T('allQuestionsIntro') },
		{
			kind: 'table',
			head: [T('question'), T('school'), T('partner')],
			widths: [0.64, 0.14, 0.22],
			rows: p.questions.map((q) => [
				`${q.area}. ${q.statement.school}`,
				answer(q.school),
				answer(q.partner)
			])
		}
	);

	const inside = answersInsideText(answersInside, locale);
	if (inside) push({ kind: 'paragraph', text: inside });

	// The sources the advice cites
	const cited = new Set(p.advice.flatMap((a) => a.references.map((r) => r.id)));
	if (cited.size > 0)
		push(
			{ kind: 'heading', level: 2, text: T('sources') },
			{
				kind: 'links',
				items: references
					.filter((r) => cited.has(r.id))
					.map((r) => ({
						text: `${r.title[locale]}. ${r.summary[locale]}`,
						...(r.url ? { url: r.url } : {})
					}))
			}
		);

	return {
		meta: {
			title: `${L('documentTitle')}: ${T('title')}: ${names}`,
			subject: T('pdfSubtitle'),
			author: names,
			keywords: 'Digicheck, digitalisering, cultuureducatie, CultuurSchakel, partner',
			language: locale === 'nl' ? 'nl' : 'en-GB'
		},
		cover: {
			kicker: 'Digicheck',
			subtitle: T('pdfSubtitle'),
			title: T('title'),
			organisation: names,
			rows: [
				[L('date'), formatDate(date, locale)],
				[T('school'), `${p.school.profile.name.trim() || '–'}: ${level(p.school)}`],
				[T('partner'), `${p.partner.profile.name.trim() || '–'}: ${level(p.partner)}`],
				[
					T('answered'),
					`${T('school')} ${p.school.answeredCount} / ${p.school.questionCount} · ${T('partner')} ${p.partner.answeredCount} / ${p.partner.questionCount}`
				]
			],
			note: T('pdfNote')
		},
		blocks,
		footer: { text: `Digicheck · ${T('title')} · ${shorten(names, 60)}`, page: L('page') },
		locale
	};
}
