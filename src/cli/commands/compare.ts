/**
 * `digicheck compare <before> <after> [--json | -o <file.pdf>]`: two checks of one
 * organisation. The PDF is the second check's report, in its language, with a "Voor- en
 * nameting" section; the JSON and the text summary are in English.
 */
import type { Comparison } from '../../lib/compare/model';
import { buildReport } from '../../lib/engine/report';
import { emit, reportPdf } from '../emit';
import { loadInputs, type Input } from '../inputs';
import type { Io } from '../io';

export async function compareCommand(rest: string[], io: Io): Promise<number> {
	const loaded = await loadInputs(rest, io, {
		min: 2,
		max: 2,
		need: 'give two answers files: the first check, then the second.'
	});
	if (typeof loaded === 'number') return loaded;
	const [before, after] = loaded.files as [Input, Input];
	const { compareFiles } = await import('../../lib/compare/model');
	const inEnglish = () => compareFiles(before.file, after.file, 'en');
	return emit(io, loaded, {
		pdf: async () => {
			// the second check's report, built once: printed, and compared with the first
			const report = buildReport(after.file);
			const { comparisonSection } = await import('../../lib/compare/document');
			const comparison = compareFiles(before.file, after.file, report.locale, report);
			return reportPdf(report, 'compare', loaded.files, comparisonSection(comparison, report));
		},
		json: inEnglish,
		text: () => comparisonText(inEnglish())
	});
}

/** The verdict, then each topic's score before and after, and what could not be compared. */
function comparisonText(comparison: Comparison): string {
	const sign = (d: number | null) => (d === null ? '  –' : d > 0 ? `+${d}` : `${d}`);
	const lines = comparison.areas.map(
		(area) =>
			`${String(area.number).padStart(2)}. ${area.title.padEnd(58)} ${String(area.before ?? '–').padStart(5)} → ${String(area.after ?? '–').padStart(5)}  ${sign(area.delta)}\n`
	);
	return (
		`${comparison.verdict}\n\n${lines.join('')}` +
		(comparison.notCompared.length > 0
			? `\nNot comparable: ${comparison.notCompared.join(', ')}\n`
			: '')
	);
}
