/**
 * The cohort as a spreadsheet: one line per respondent, one column per area score and per
 * question, for Dutch Excel (UTF-8 with BOM, `;`, decimal comma). Works on rows only, so the
 * page can export without the engine.
 */
import { content } from '../content/index';
import type { LocalizedText } from '../content/ids';
import { trackText } from '../content/tracks';
import type { CohortRow } from './model';
import type { Locale } from '../i18n/locales';
import { planPhaseIds } from '../answers/format';

/** The label of a row's track verdict, in both languages. */
export function trackLabel(row: Pick<CohortRow, 'track'>): LocalizedText {
	return trackText(row.track.id).label;
}

/**
 * A spreadsheet cell: quoted when it holds `;`, a quote or a line break, and neutralised (a
 * leading apostrophe) when it starts like a formula (`=`, `+`, `-`, `@`, tab or return), so a
 * name can never run as a formula in Excel or LibreOffice.
 */
export function csvCell(value: string | number | null | undefined): string {
	// numbers with a decimal comma, as Dutch Excel reads them next to the `;` separator
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return String(value).replace('.', ',');
	let text = value;
	if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
	return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The plan's steps, in order (the answers file's). */
const planPhases = planPhaseIds;

/**
 * The columns of the CSV export: one row per respondent; whether it has a project plan, with
 * its hours and costs and each step's days, hours and costs; one column per area and per question.
 */
export function csvHeader(locale: Locale): string[] {
	const questions = content.areas.flatMap((a) => a.questions.map((q) => q.id));
	const head =
		locale === 'nl'
			? [
					'bestand',
					'organisatie',
					'soort',
					'type',
					'grootte',
					'datum',
					'vorm',
					'totaal',
					'niveau',
					'traject',
					'traject_status',
					'zwakste_onderwerpen',
					'beantwoord',
					'plan',
					'plan_uren',
					'plan_kosten',
					...planPhases.flatMap((id) => [
						`plan_${id}_van`,
						`plan_${id}_tot`,
						`plan_${id}_uren`,
						`plan_${id}_kosten`
					])
				]
			: [
					'file',
					'organisation',
					'audience',
					'type',
					'size',
					'date',
					'mode',
					'overall',
					'level',
					'track',
					'track_status',
					'weakest_areas',
					'answered',
					'plan',
					'plan_hours',
					'plan_costs',
					...planPhases.flatMap((id) => [
						`plan_${id}_from`,
						`plan_${id}_until`,
						`plan_${id}_hours`,
						`plan_${id}_costs`
					])
				];
	return [...head, ...content.areas.map((a) => `${a.number}_${a.id}`), ...questions];
}

/** One respondent as a CSV line (without the line break). */
export function csvLine(row: CohortRow, locale: Locale): string {
	const questions = content.areas.flatMap((a) => a.questions.map((q) => q.id));
	const band = content.bands.find((b) => b.id === row.level);
	const cells: (string | number | null)[] = [
		row.file,
		row.name,
		row.audience,
		row.type,
		row.size,
		row.savedAt.slice(0, 10),
		row.mode,
		row.overall,
		band ? band.label[locale] : null,
		trackLabel(row)[locale],
		row.track.status,
		row.weakest.join(', '),
		Math.round(row.answered * 1000) / 1000,
		row.plan ? (locale === 'nl' ? 'ja' : 'yes') : locale === 'nl' ? 'nee' : 'no',
		row.plan?.hours ?? null,
		row.plan?.costs ?? null,
		...planPhases.flatMap((id) => {
			const phase = row.plan?.phases.find((p) => p.id === id);
			return phase ? [phase.start, phase.end, phase.hours, phase.costs] : [null, null, null, null];
		}),
		...row.areas,
		...questions.map((id) => {
			const value = row.answers[id];
			return value === undefined ? null : value;
		})
	];
	return cells.map(csvCell).join(';');
}

/** The whole CSV: UTF-8 with a byte order mark (so Excel reads it as UTF-8), `;`-separated. */
export function cohortCsv(rows: readonly CohortRow[], locale: Locale): string {
	return `\uFEFF${[csvHeader(locale).join(';'), ...rows.map((r) => csvLine(r, locale))].join('\r\n')}\r\n`;
}
