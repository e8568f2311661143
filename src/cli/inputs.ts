/**
 * A command's arguments and the answers files they name: each read capped, validated, and
 * kept as one record (`Input`) from the reader to the report and the PDF that carries it.
 */
import { withNewQuestions } from '../lib/answers/added';
import { outline } from '../lib/content/outline-data';
import { printable, type AnswersFile } from '../lib/answers/schema';
import { readUpload } from '../lib/answers/read';
import { overwritesInput, readCapped, reason, type Io } from './io';
import { usage } from './usage';

/** One answers file given to a command: as read, and where it came from. */
export interface Input {
	file: AnswersFile;
	/** The answers file's text, exactly as read (a PDF made from it carries it). */
	text: string;
	/** The path it came from; of a PDF that holds several, "path (2)". */
	source: string;
}

/**
 * A command's arguments: the input files, `-o <file>` (or `--output`; `-` is standard output),
 * `--json`, and `--force` (replace existing files whose names `extract` makes up).
 */
export function splitArgs(args: string[]): {
	inputs: string[];
	output: string | undefined;
	outputMissing: boolean;
	json: boolean;
	force: boolean;
} {
	const at = args.findIndex((a) => a === '-o' || a === '--output');
	const output = at >= 0 ? args[at + 1] : undefined;
	const flags = new Set(['--json', '--force']);
	return {
		inputs: args.filter((a, i) => !flags.has(a) && (at < 0 || (i !== at && i !== at + 1))),
		output,
		outputMissing: at >= 0 && !output,
		json: args.includes('--json'),
		force: args.includes('--force')
	};
}

/**
 * Reads and validates an input: an answers file, or a Digicheck PDF with the answers files it
 * carries (all of them, in order). Returns them, or prints why not and returns null.
 */
export async function loadOpened(path: string | undefined, io: Io): Promise<Input[] | null> {
	if (!path) {
		io.err(`digicheck: give the path of an answers file.\n\n${usage}`);
		return null;
	}
	let bytes: Uint8Array;
	try {
		bytes = await readCapped(path);
	} catch (error) {
		io.err(`digicheck: cannot read ${printable(path, 200)}: ${reason(error)}.\n`);
		return null;
	}
	const read = await readUpload(bytes);
	if (!read.ok) {
		io.err(`digicheck: ${printable(path, 200)} is not a valid answers file:\n`);
		for (const problem of read.problems) io.err(`  - ${problem.path}: ${problem.message.en}\n`);
		return null;
	}
	for (const opened of read.files) {
		for (const warning of withNewQuestions(opened.file, opened.warnings, outline.areas))
			io.err(`digicheck: warning: ${warning.message.en}\n`);
		if (!opened.file.profile.audience) {
			io.err(
				`digicheck: ${printable(path, 200)}: the field "profile.audience" is missing (cultural-organisation or school).\n`
			);
			return null;
		}
	}
	return read.files.map(({ file, text }, i) => ({
		file,
		text,
		source: read.files.length > 1 ? `${path} (${i + 1})` : path
	}));
}

/** One input's answers file (of a PDF with several, the last: the report's own check). */
export async function loadAnswers(path: string | undefined, io: Io): Promise<Input | null> {
	const files = await loadOpened(path, io);
	if (!files) return null;
	if (files.length > 1)
		io.err(
			`digicheck: warning: ${printable(path ?? '', 200)} holds ${files.length} answers files; using the last.\n`
		);
	return files.at(-1) ?? null;
}

/** The answers files of a command over several (compare, team, partner), and where it writes. */
export interface Loaded {
	/** Every answers file, in order: a PDF's each count as one. */
	files: Input[];
	/** The paths given, to keep the output off them. */
	inputs: string[];
	output: string | undefined;
	json: boolean;
}

/**
 * The arguments of a command over several answers files: checks `-o`, the count (`need` says
 * what to give when it is wrong) and that no input is the output, then reads each file.
 * Returns them, or the exit code after printing why not.
 */
export async function loadInputs(
	rest: string[],
	io: Io,
	count: { min: number; max: number; need: string }
): Promise<Loaded | number> {
	const { inputs, output, outputMissing, json } = splitArgs(rest);
	if (outputMissing) {
		io.err(`digicheck: give the output file after -o.\n\n${usage}`);
		return 2;
	}
	if (inputs.length === 0 || inputs.length > count.max) {
		io.err(`digicheck: ${count.need}\n\n${usage}`);
		return 2;
	}
	if (await overwritesInput(inputs, output)) {
		io.err(
			`digicheck: the output file is one of the answers files; choose another name after -o.\n`
		);
		return 2;
	}
	// a PDF holds one or more answers files: each counts as an input of its own
	const files: Input[] = [];
	for (const input of inputs) {
		const opened = await loadOpened(input, io);
		if (!opened) return 2;
		files.push(...opened);
	}
	if (files.length < count.min || files.length > count.max) {
		io.err(`digicheck: ${count.need}\n\n${usage}`);
		return 2;
	}
	return { files, inputs, output, json };
}
