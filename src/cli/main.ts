/**
 * The digicheck command: a thin shell over content, engine and report.
 *   digicheck content                  the whole questionnaire as JSON
 *   digicheck advise <answers.json>    the advice report as JSON
 *   digicheck pdf <answers.json> -o report.pdf
 *   digicheck html <answers.json> -o report.html   the same report as one accessible web page
 * Exit codes: 0 fine, 1 unexpected failure, 2 bad input (a clear message names the field).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { contentAsJson } from '../lib/content/export';
import { parseAnswersText, type AnswersFile } from '../lib/engine/answers';
import { buildReport } from '../lib/engine/report';
import { toAdviseOutput } from '../lib/engine/report-schema';

const usage = `Usage:
  digicheck content                          print the whole questionnaire as JSON
  digicheck advise <answers.json>            print the advice report as JSON
  digicheck pdf <answers.json> -o <file.pdf> write the PDF report
  digicheck html <answers.json> -o <file.html>
                                             write the report as one accessible web page
`;

interface Io {
	out: (text: string) => void;
	err: (text: string) => void;
}

const defaultIo: Io = {
	out: (text) => process.stdout.write(text),
	err: (text) => process.stderr.write(text)
};

/** Reads and validates an answers file; returns the file or prints why not. */
async function loadAnswers(path: string | undefined, io: Io): Promise<AnswersFile | null> {
	if (!path) {
		io.err(`digicheck: give the path of an answers file.\n\n${usage}`);
		return null;
	}
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch {
		io.err(`digicheck: cannot read ${path}: the file does not exist or is not readable.\n`);
		return null;
	}
	const parsed = parseAnswersText(text);
	if (!parsed.ok) {
		io.err(`digicheck: ${path} is not a valid answers file:\n`);
		for (const problem of parsed.problems) io.err(`  - ${problem.path}: ${problem.message.en}\n`);
		return null;
	}
	for (const warning of parsed.warnings) io.err(`digicheck: warning: ${warning.message.en}\n`);
	if (!parsed.value.profile.audience) {
		io.err(
			`digicheck: ${path}: the field "profile.audience" is missing (cultural-organisation or school).\n`
		);
		return null;
	}
	return parsed.value;
}

/** Runs the command; returns the exit code. */
export async function main(args: string[], io: Io = defaultIo): Promise<number> {
	const [command, ...rest] = args;
	switch (command) {
		case 'content':
			io.out(`${JSON.stringify(contentAsJson(), null, 2)}\n`);
			return 0;
		case 'advise': {
			const file = await loadAnswers(rest[0], io);
			if (!file) return 2;
			io.out(`${JSON.stringify(toAdviseOutput(buildReport(file)), null, 2)}\n`);
			return 0;
		}
		case 'pdf':
		case 'html': {
			const outIndex = rest.findIndex((a) => a === '-o' || a === '--output');
			const output = outIndex >= 0 ? rest[outIndex + 1] : undefined;
			const input = rest.find((a, i) => i !== outIndex && i !== outIndex + 1);
			if (!output) {
				io.err(`digicheck: give the output file with -o <file.${command}>.\n\n${usage}`);
				return 2;
			}
			const file = await loadAnswers(input, io);
			if (!file) return 2;
			let bytes: Uint8Array;
			if (command === 'pdf') {
				const { renderReportPdfInNode } = await import('../lib/report/node');
				bytes = await renderReportPdfInNode(buildReport(file));
			} else {
				const { reportHtml } = await import('../lib/report/html');
				bytes = new TextEncoder().encode(reportHtml(buildReport(file)));
			}
			await writeFile(output, bytes);
			io.err(`digicheck: wrote ${output} (${bytes.length} bytes)\n`);
			return 0;
		}
		case undefined:
		case '-h':
		case '--help':
		case 'help':
			io.out(usage);
			return command === undefined ? 2 : 0;
		default:
			io.err(`digicheck: unknown command "${command}".\n\n${usage}`);
			return 2;
	}
}
