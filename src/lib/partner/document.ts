/**
 * The "Samen met je partner" PDF as a document model: the two organisations side by side
 * (radar with both lines, scores table), what each side brings, the joint advice with the
 * answers that made it appear, and the shared questions level by level.
 */
import { content } from '../content/index';
import { references } from '../content/references';
import { formatScoreOrDash } from '../engine/format';
import { phrases } from '../engine/phrases';
import type { Report } from '../engine/report';
import type { Locale } from '../i18n/locales';
import { format as fill } from '../i18n/translate';
import type { RadarModel } from '../chart/radar-model';
import type { Block, Label, ReportDocument } from '../report/model/blocks';
import { pdfLabels } from '../report/model/labels';
import { answersInsideText, formatDate, shorten } from '../report/model/sections';
import type { PartnerQuestion, PartnerReport } from './model';
import { partnerTexts } from './texts';

/** What every part of the partner document needs. */
interface PartnerContext {
	p: PartnerReport;
	locale: Locale;
	T: (key: keyof typeof partnerTexts) => string;
	L: Label;
	score: (value: number | null) => string;
	shortTitle: (id: string) => string;
	/** An answer as the tables show it: a level, "weet ik niet", "n.v.t." or a dash. */
	answer: (value: PartnerQuestion['school']) => string;
}

/** The two names as the document shows them: "School × Partner". */
export function partnerNames(p: PartnerReport): string {
	return `${p.school.profile.name.trim() || '–'} × ${p.partner.profile.name.trim() || '–'}`;
}

function partnerContext(p: PartnerReport): PartnerContext {
	const locale = p.locale;
	const T = (key: keyof typeof partnerTexts) => partnerTexts[key][locale];
	return {
		p,
		locale,
		T,
		L: (key) => pdfLabels[key][locale],
		score: (value) => formatScoreOrDash(value, locale),
		shortTitle: (id) => content.areas.find((a) => a.id === id)?.shortTitle[locale] ?? id,
		answer: (value) =>
			value === null
				? '–'
				: value === 'unknown'
					? T('unknown')
					: value === 'na'
						? T('notApplicable')
						: String(value)
	};
}

export function partnerDocument(
	p: PartnerReport,
	date: Date = new Date(),
	answersInside = 0
): ReportDocument {
	const c = partnerContext(p);
	const { locale, T, L } = c;
	const names = partnerNames(p);
	const inside = answersInsideText(answersInside, locale);
	return {
		meta: {
			title: `${L('documentTitle')}: ${T('title')}: ${names}`,
			subject: T('pdfSubtitle'),
			author: names,
			keywords: 'Digicheck, digitalisering, cultuureducatie, CultuurSchakel, partner',
			language: locale === 'nl' ? 'nl' : 'en-GB'
		},
		cover: partnerCover(c, names, date),
		blocks: [
			...sideBySide(c),
			...jointAdvice(c),
			...questionByQuestion(c),
			...(inside ? [{ kind: 'paragraph' as const, text: inside }] : []),
			...citedSources(c)
		],
		footer: { text: `Digicheck · ${T('title')} · ${shorten(names, 60)}`, page: L('page') },
		locale
	};
}

/** The cover: both names, each side's level and how much each answered. */
function partnerCover(
	{ p, locale, T, L, score }: PartnerContext,
	names: string,
	date: Date
): ReportDocument['cover'] {
	const level = (r: Report) =>
		r.overall.level
			? `${r.overall.level.label} (${L('overallScore').toLowerCase()} ${score(r.overall.score)})`
			: fill(L('coverInsufficient'), {
					scored: r.overall.scoredAreas,
					min: r.overall.minScoredAreas
				});
	return {
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
	};
}

/** Side by side: the table, and the radar with both lines in the room left on the page. */
function sideBySide({ p, T, score, shortTitle }: PartnerContext): Block[] {
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
	return [
		{ kind: 'heading', level: 1, text: T('sideBySide') },
		...(p.otherVersion.length > 0
			? [
					{
						kind: 'paragraph' as const,
						text: fill(T('otherVersion'), {
							sides: p.otherVersion.map((side) => T(side)).join(', ')
						})
					}
				]
			: []),
		{
			kind: 'table',
			head: [T('topic'), T('school'), T('partner'), T('difference')],
			widths: [0.46, 0.16, 0.22, 0.16],
			rows: p.areas.map((a) => [
				`${a.number}. ${a.title}`,
				score(a.school),
				score(a.partner),
				a.school === null || a.partner === null ? '–' : score(Math.abs(a.school - a.partner))
			])
		},
		{ kind: 'radar', model, caption: T('pdfRadarCaption'), fit: true }
	];
}

/** What each side brings, and the joint advice with the answers that made it appear. */
function jointAdvice({ p, locale, T, L, shortTitle }: PartnerContext): Block[] {
	const areaList = (ids: readonly string[]) => ids.map(shortTitle).join(', ');
	const blocks: Block[] = [
		{ kind: 'pageBreak', soft: true },
		{ kind: 'heading', level: 1, text: T('adviceTitle') },
		{ kind: 'paragraph', text: T('adviceIntro') },
		{ kind: 'heading', level: 2, text: T('brings') }
	];
	if (p.brings.school.length === 0 && p.brings.partner.length === 0)
		blocks.push({ kind: 'paragraph', text: T('bringsNone') });
	if (p.brings.school.length > 0)
		blocks.push({
			kind: 'paragraph',
			text: fill(T('bringsSchool'), { areas: areaList(p.brings.school) })
		});
	if (p.brings.partner.length > 0)
		blocks.push({
			kind: 'paragraph',
			text: fill(T('bringsPartner'), { areas: areaList(p.brings.partner) })
		});
	if (p.advice.length === 0)
		blocks.push({ kind: 'paragraph', text: T('noAdvice'), style: 'muted' });
	for (const item of p.advice)
		blocks.push({
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
	return blocks;
}

/** Where the two answered far apart, then every shared question level by level. */
function questionByQuestion({ p, T, answer }: PartnerContext): Block[] {
	return [
		{ kind: 'pageBreak', soft: true },
		{ kind: 'heading', level: 1, text: T('apartTitle') },
		p.apart.length > 0
			? {
					kind: 'list',
					ordered: true,
					items: p.apart.map(
						(q) =>
							`${q.area}. ${q.statement.school} (${fill(T('apartLevels'), { school: answer(q.school), partner: answer(q.partner) })})`
					)
				}
			: { kind: 'paragraph', text: T('noApart'), style: 'muted' },
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
	];
}

/** The sources the advice cites. */
function citedSources({ p, locale, T }: PartnerContext): Block[] {
	const cited = new Set(p.advice.flatMap((a) => a.references.map((r) => r.id)));
	if (cited.size === 0) return [];
	return [
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
	];
}
