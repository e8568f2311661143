/**
 * `digicheck extract <report.pdf> [-o <answers.json>] [--force]`: writes out the answers files
 * a Digicheck PDF carries (several: name-1.json, …; --force replaces existing ones).
 */
import { stat } from 'node:fs/promises';
import { printable } from '../../lib/answers/schema';
import { loadOpened, splitArgs } from '../inputs';
import { overwritesInput, writeOutput, type Io } from '../io';
import { usage } from '../usage';

export async function extractCommand(rest: string[], io: Io): Promise<number> {
	const { inputs, output, force } = splitArgs(rest);
	if (inputs.length !== 1) {
		io.err(`digicheck: give one Digicheck PDF.\n\n${usage}`);
		return 2;
	}
	if (await overwritesInput(inputs, output)) {
		io.err('digicheck: the output file is the PDF itself; choose another name after -o.\n');
		return 2;
	}
	const opened = await loadOpened(inputs[0], io);
	if (!opened) return 2;
	if (!output || output === '-') {
		if (opened.length > 1) {
			io.err(
				`digicheck: this PDF holds ${opened.length} answers files; give -o <name.json> to write them as name-1.json, name-2.json, …\n`
			);
			return 2;
		}
		io.out(opened[0]!.text);
		return 0;
	}
	// several files get names made from -o: each is checked against the input, and one
	// that exists already is replaced only with --force
	const paths = opened.map((_, i) =>
		opened.length > 1 ? output.replace(/(\.json)?$/i, `-${i + 1}.json`) : output
	);
	for (const path of paths)
		if (await overwritesInput(inputs, path)) {
			io.err(
				`digicheck: ${printable(path, 200)} is one of the input files; choose another name after -o.\n`
			);
			return 2;
		} else if (opened.length > 1 && !force && (await stat(path).catch(() => null))) {
			io.err(
				`digicheck: ${printable(path, 200)} exists already; give --force to replace it, or another name after -o.\n`
			);
			return 2;
		}
	for (const [i, o] of opened.entries()) {
		const code = await writeOutput(
			paths[i]!,
			new TextEncoder().encode(o.text),
			io,
			inputs,
			opened.length === 1 || force
		);
		if (code !== 0) return code;
	}
	return 0;
}
