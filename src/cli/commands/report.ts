/** `digicheck content`, `advise`, `pdf` and `html`: the questionnaire, and one check's report. */
import { contentAsJson } from '../../lib/content/export';
import { buildReport } from '../../lib/engine/report';
import { toAdviseOutput } from '../../lib/engine/report-schema';
import { reportPdf } from '../emit';
import { loadAnswers, splitArgs } from '../inputs';
import { overwritesInput, writeOutput, type Io } from '../io';
import { usage } from '../usage';

/** The whole questionnaire as JSON. */
export function contentCommand(io: Io): number {
	io.out(`${JSON.stringify(contentAsJson(), null, 2)}\n`);
	return 0;
}

/** The advice report of one answers file as JSON. */
export async function adviseCommand(rest: string[], io: Io): Promise<number> {
	const opened = await loadAnswers(rest[0], io);
	if (!opened) return 2;
	io.out(`${JSON.stringify(toAdviseOutput(buildReport(opened.file)), null, 2)}\n`);
	return 0;
}

/** The report of one answers file as a PDF (carrying the file) or as one web page. */
export async function documentCommand(
	kind: 'pdf' | 'html',
	rest: string[],
	io: Io
): Promise<number> {
	const { inputs, output } = splitArgs(rest);
	if (!output) {
		io.err(`digicheck: give the output file with -o <file.${kind}>.\n\n${usage}`);
		return 2;
	}
	if (await overwritesInput(inputs, output)) {
		io.err(
			`digicheck: the output file is the answers file itself; choose another name after -o.\n`
		);
		return 2;
	}
	const opened = await loadAnswers(inputs[0], io);
	if (!opened) return 2;
	const report = buildReport(opened.file);
	const bytes =
		kind === 'pdf'
			? await reportPdf(report, 'single', [opened])
			: new TextEncoder().encode((await import('../../lib/report/html')).reportHtml(report));
	return writeOutput(output, bytes, io, inputs);
}
