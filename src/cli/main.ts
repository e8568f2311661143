/**
 * The digicheck command: a thin shell over content, engine and report; each command in
 * commands/, over one way of reading inputs (inputs.ts) and of writing outputs (emit.ts, io.ts).
 *   digicheck content                  the whole questionnaire as JSON
 *   digicheck advise <answers.json>    the advice report as JSON
 *   digicheck pdf <answers.json> -o report.pdf
 *   digicheck html <answers.json> -o report.html   the same report as one accessible web page
 *   digicheck compare | team | partner <answers.json>…   several files in one report
 *   digicheck extract | cohort                          answers out of PDFs; many applications
 * Exit codes: 0 fine, 1 another failure (writing the output, say), 2 bad input (a clear message
 * names the field). Every failure is one or a few lines that say what to do, never a stack trace.
 */
import { cohortCommand } from './commands/cohort';
import { compareCommand } from './commands/compare';
import { extractCommand } from './commands/extract';
import { partnerCommand } from './commands/partner';
import { planCommand } from './commands/plan';
import { adviseCommand, contentCommand, documentCommand } from './commands/report';
import { teamCommand } from './commands/team';
import { defaultIo, type Io } from './io';
import { usage } from './usage';

export type { Io } from './io';

/** Runs the command; returns the exit code. */
export async function main(args: string[], io: Io = defaultIo): Promise<number> {
	const [command, ...rest] = args;
	switch (command) {
		case 'content':
			return contentCommand(io);
		case 'advise':
			return adviseCommand(rest, io);
		case 'pdf':
		case 'html':
			return documentCommand(command, rest, io);
		case 'compare':
			return compareCommand(rest, io);
		case 'team':
			return teamCommand(rest, io);
		case 'partner':
			return partnerCommand(rest, io);
		case 'extract':
			return extractCommand(rest, io);
		case 'plan':
			return planCommand(rest, io);
		case 'cohort':
			return cohortCommand(rest, io);
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
