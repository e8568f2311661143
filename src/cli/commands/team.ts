/**
 * `digicheck team <a> <b> […] [--json | -o <file.pdf>]`: several colleagues of one
 * organisation. The team report is built once, in the files' language (the first file's): the
 * warnings, the JSON, the PDF and the text all read it.
 */
import { printable } from '../../lib/answers/schema';
import { format } from '../../lib/i18n/translate';
import type { Locale } from '../../lib/i18n/locales';
import type { TeamReport } from '../../lib/team/model';
import { emit, reportPdf } from '../emit';
import { loadInputs } from '../inputs';
import type { Io } from '../io';

export async function teamCommand(rest: string[], io: Io): Promise<number> {
	const loaded = await loadInputs(rest, io, {
		min: 2,
		max: 30,
		need: 'give 2 to 30 answers files of one organisation.'
	});
	if (typeof loaded === 'number') return loaded;
	const { files } = loaded;
	const [{ buildTeamReport }, { teamTexts }] = await Promise.all([
		import('../../lib/team/model'),
		import('../../lib/team/texts')
	]);
	const locale = files[0]?.file.locale ?? 'nl';
	const team = buildTeamReport(
		files.map((f) => f.file),
		locale
	);
	const source = (i: number | undefined) => printable(files[i ?? -1]?.source ?? '', 200);
	for (const [i, m] of team.members.entries())
		if (m.duplicateOf !== undefined)
			io.err(
				`digicheck: warning: ${source(i)} has the same answers as ${source(m.duplicateOf)}; counted once.\n`
			);
	for (const i of team.otherAudience)
		io.err(`digicheck: warning: ${source(i)} is for another kind of organisation; left out.\n`);
	return emit(io, loaded, {
		pdf: async () => {
			const { teamSection } = await import('../../lib/team/document');
			return reportPdf(team.report, 'team', files, teamSection(team));
		},
		json: () => {
			const { members, otherAudience, areas, divergent, report } = team;
			const advice = report.advice.map((a) => ({ id: a.id, title: a.title }));
			return { members, otherAudience, areas, divergent, advice };
		},
		text: () => teamText(team, locale, teamTexts)
	});
}

/** Who took part, each topic's median and range, and where colleagues differ. */
function teamText(
	team: TeamReport,
	locale: Locale,
	texts: typeof import('../../lib/team/texts').teamTexts
): string {
	const T = (text: { nl: string; en: string }) => text[locale];
	const counted = team.members.filter((m) => m.duplicateOf === undefined);
	let text = `${T(texts.title)} (${counted.length}): ${counted.map((m) => m.role ?? T(texts.noRole)).join(', ')}\n\n`;
	for (const area of team.areas) {
		const of =
			area.scored < team.counted
				? `, ${format(T(texts.scoredOf), { scored: area.scored, total: team.counted })}`
				: '';
		const unknown = area.unknown ? `, ${area.unknown}× ${T(texts.unknown)}` : '';
		text += `${String(area.number).padStart(2)}. ${area.title.padEnd(58)} ${String(area.median ?? '–').padStart(5)}  (${area.lowest ?? '–'}–${area.highest ?? '–'}${of})${unknown}\n`;
	}
	if (team.divergent.length > 0) {
		text += `\n${T(texts.divergentTitle)}:\n`;
		for (const d of team.divergent)
			text += `  ${d.area}. ${d.statement} (${format(T(texts.levels), { levels: d.levels.join(', ') })})\n`;
	}
	return text;
}
