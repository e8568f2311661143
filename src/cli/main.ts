/**
 * The digicheck command: a thin shell over content, engine and report.
 *   digicheck content                  the whole questionnaire as JSON
 *   digicheck advise <answers.json>    the advice report as JSON
 *   digicheck pdf <answers.json> -o report.pdf
 *   digicheck html <answers.json> -o report.html   the same report as one accessible web page
 *   digicheck compare | team | partner <answers.json>…   several files in one report
 * Exit codes: 0 fine, 1 another failure (writing the output, say), 2 bad input (a clear message
 * names the field). Every failure is one or a few lines that say what to do, never a stack trace.
 */
import { constants } from 'node:fs';
import { open, readdir, stat, type FileHandle } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { content } from '../lib/content/index';
import { rules } from '../lib/content/rules/index';
import type { CohortRow } from '../lib/cohort/model';
import { contentAsJson } from '../lib/content/export';
import { withNewQuestions } from '../lib/content/added';
import { format } from '../lib/i18n/translate';
import { outline } from '../lib/content/outline-data';
import { printable, type AnswersFile } from '../lib/answers/schema';
import { readUpload, uploadCap, type Opened } from '../lib/answers/read';
import { buildReport } from '../lib/engine/report';
import { toAdviseOutput } from '../lib/engine/report-schema';

const usage = `Every command that reads an answers file also reads a Digicheck PDF report: the
answers files it carries are used.

Usage:
  digicheck content                          print the whole questionnaire as JSON
  digicheck advise <answers.json>            print the advice report as JSON
  digicheck pdf <answers.json> -o <file.pdf> write the PDF report
  digicheck html <answers.json> -o <file.html>
                                             write the report as one accessible web page
  digicheck compare <before.json> <after.json> [--json | -o <file.pdf>]
                                             compare two checks (before and after): a summary,
                                             the comparison as JSON, or the second check's PDF
                                             with a "Voor- en nameting" section
  digicheck team <a.json> <b.json> [...] [--json | -o <file.pdf>]
                                             a team report: median, lowest and highest per
                                             area, divergent questions, advice on the merged answers
  digicheck partner <school.json> <organisation.json> [--json | -o <file.pdf>]
                                             a school and its cultural partner side by side, and
                                             what they must arrange together
  digicheck extract <report.pdf> [-o <answers.json>] [--force]
                                             write out the answers file a Digicheck PDF carries
                                             (several: name-1.json, …; --force replaces them)
  digicheck cohort <folder or files…> [--csv <out.csv> | --json | --ndjson]
                                             many applications: one row per file, the group's
                                             medians and most common advice; --ndjson streams
                                             one line per file for large cohorts

-o - (and --csv -) writes to standard output. An output is never one of the inputs, a
folder, a pipe or a device.
`;

interface Io {
	out: (text: string) => void;
	err: (text: string) => void;
	/** Bytes to standard output (`-o -`); text output when not given. */
	bytes?: (bytes: Uint8Array) => void;
}

const defaultIo: Io = {
	out: (text) => process.stdout.write(text),
	err: (text) => process.stderr.write(text),
	bytes: (bytes) => process.stdout.write(bytes)
};

/** The most bytes read from an input: more than any answers file or Digicheck PDF (so the reader can say "too large"). */
const readCap = uploadCap;

/** Why a path cannot be read or written, in words. */
function reason(error: unknown): string {
	const code = (error as { code?: string } | null)?.code;
	switch (code) {
		case 'ENOENT':
			return 'the file or its folder does not exist';
		case 'EISDIR':
			return 'that is a folder, not a file';
		case 'EACCES':
		case 'EPERM':
		case 'EROFS':
			return 'no permission (the file or folder is read-only)';
		case 'ENOSPC':
			return 'the disk is full';
		case 'ENOTDIR':
			return 'a part of the path is not a folder';
		default:
			return code ? `the system said ${code}` : 'unknown reason';
	}
}

/**
 * Reads at most `readCap` bytes. Opened without blocking, so a pipe with no writer gives an
 * empty input instead of waiting forever, and an endless device (/dev/zero) stops at the cap.
 */
async function readCapped(path: string): Promise<Uint8Array> {
	const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
	try {
		// a regular file needs no more room than its size (one byte more tells it grew)
		const info = await handle.stat();
		const cap = info.isFile() ? Math.min(readCap, info.size + 1) : readCap;
		const buffer = new Uint8Array(cap);
		let length = 0;
		let waited = 0;
		while (length < cap) {
			let bytesRead: number;
			try {
				({ bytesRead } = await handle.read(buffer, length, cap - length, null));
			} catch (error) {
				// a pipe whose writer is slow: wait a little, at most ten seconds in all
				if ((error as { code?: string }).code !== 'EAGAIN' || waited >= 10_000) throw error;
				await new Promise((done) => setTimeout(done, 50));
				waited += 50;
				continue;
			}
			if (bytesRead === 0) break;
			length += bytesRead;
		}
		return buffer.subarray(0, length);
	} finally {
		await handle.close();
	}
}

/**
 * Reads and validates an input: an answers file, or a Digicheck PDF with the answers files it
 * carries (all of them, in order). Returns them, or prints why not and returns null.
 */
async function loadOpened(path: string | undefined, io: Io): Promise<Opened[] | null> {
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
	return read.files;
}

/** One input's answers file (of a PDF with several, the last: the report's own check). */
async function loadAnswers(path: string | undefined, io: Io): Promise<Opened | null> {
	const files = await loadOpened(path, io);
	if (!files) return null;
	if (files.length > 1)
		io.err(
			`digicheck: warning: ${printable(path ?? '', 200)} holds ${files.length} answers files; using the last.\n`
		);
	return files.at(-1) ?? null;
}

/**
 * A command's arguments: the input files, `-o <file>` (or `--output`; `-` is standard output),
 * `--json`, and `--force` (replace existing files whose names `extract` makes up).
 */
function splitArgs(args: string[]): {
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

/** Whether the output file is one of the inputs (which writing would destroy). */
async function overwritesInput(inputs: string[], output: string | undefined): Promise<boolean> {
	if (!output) return false;
	for (const input of inputs) if (await samePath(input, output)) return true;
	return false;
}

/** Why an output cannot be written: the exit code and one line that says what to do. */
interface Refusal {
	code: number;
	message: string;
}

/**
 * Opens an output file for writing. Never one of the inputs (by any path or link: the same
 * device and inode), never a folder, pipe or device (opened without blocking, so a FIFO with no
 * reader is refused at once instead of waited on), and an existing file only when `replace`
 * (its name given exactly with -o, or --force). Truncated only once all that holds.
 */
async function openOutput(
	output: string,
	inputs: readonly string[],
	replace: boolean
): Promise<FileHandle | Refusal> {
	const shown = printable(output, 200);
	for (const input of inputs)
		if (await samePath(input, output))
			return { code: 2, message: `${shown} is one of the input files; choose another name.` };
	const existing = await stat(output).catch(() => null);
	const notAFile = (folder: boolean): Refusal => ({
		code: 1,
		message: folder
			? `cannot write ${shown}: it is a folder, not a file. Choose another file after -o.`
			: `cannot write ${shown}: it is a pipe or a device, not a file. Choose another file after -o, or -o - for standard output.`
	});
	if (existing && !existing.isFile()) return notAFile(existing.isDirectory());
	if (existing && !replace)
		return { code: 2, message: `${shown} exists already; give --force to replace it.` };
	let handle: FileHandle;
	try {
		handle = await open(
			output,
			constants.O_WRONLY | constants.O_CREAT | constants.O_NONBLOCK,
			0o666
		);
	} catch (error) {
		return {
			code: 1,
			message: `cannot write ${shown}: ${reason(error)}. Choose another file after -o.`
		};
	}
	// what was opened is checked again: the name may have changed between the look and the open
	const info = await handle.stat();
	const ids = await Promise.all(inputs.map(identity));
	if (!info.isFile() || ids.includes(`${info.dev}:${info.ino}`)) {
		await handle.close();
		return info.isFile()
			? { code: 2, message: `${shown} is one of the input files; choose another name.` }
			: notAFile(info.isDirectory());
	}
	await handle.truncate(0);
	return handle;
}

/**
 * Writes a command's output: a file (see openOutput), or standard output for `-`. 0 when
 * written; else the refusal's code with its one-line message.
 */
async function writeOutput(
	output: string,
	bytes: Uint8Array,
	io: Io,
	inputs: readonly string[],
	replace = true
): Promise<number> {
	if (output === '-') {
		if (io.bytes) io.bytes(bytes);
		else io.out(new TextDecoder().decode(bytes));
		return 0;
	}
	const handle = await openOutput(output, inputs, replace);
	if (!('fd' in handle)) {
		io.err(`digicheck: ${handle.message}\n`);
		return handle.code;
	}
	try {
		await handle.writeFile(bytes);
	} catch (error) {
		io.err(
			`digicheck: cannot write ${printable(output, 200)}: ${reason(error)}. Choose another file after -o.\n`
		);
		return 1;
	} finally {
		await handle.close();
	}
	io.err(`digicheck: wrote ${output} (${bytes.length} bytes)\n`);
	return 0;
}

/**
 * The arguments of a command over several answers files (compare, team, partner): checks
 * `-o`, the count (`need` says what to give when it is wrong) and that no input is the output,
 * then reads each file. Returns the files, or the exit code after printing why not.
 */
async function loadInputs(
	rest: string[],
	io: Io,
	count: { min: number; max: number; need: string }
): Promise<
	| {
			files: AnswersFile[];
			texts: string[];
			sources: string[];
			/** The paths given, to keep the output off them. */
			inputs: string[];
			output: string | undefined;
			json: boolean;
	  }
	| number
> {
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
	const files: AnswersFile[] = [];
	const texts: string[] = [];
	const sources: string[] = [];
	for (const input of inputs) {
		const opened = await loadOpened(input, io);
		if (!opened) return 2;
		for (const [i, o] of opened.entries()) {
			files.push(o.file);
			texts.push(o.text);
			sources.push(opened.length > 1 ? `${input} (${i + 1})` : input);
		}
	}
	if (files.length < count.min || files.length > count.max) {
		io.err(`digicheck: ${count.need}\n\n${usage}`);
		return 2;
	}
	return { files, texts, sources, inputs, output, json };
}

/** An existing file's identity (its device and inode, through links), or null. */
async function identity(path: string): Promise<string | null> {
	const info = await stat(path).catch(() => null);
	return info ? `${info.dev}:${info.ino}` : null;
}

/** Whether two paths name the same file (also through symbolic or hard links). */
async function samePath(a: string, b: string): Promise<boolean> {
	if (resolve(a) === resolve(b)) return true;
	const [x, y] = await Promise.all([identity(a), identity(b)]);
	return x !== null && x === y;
}

/** The files of the inputs: a folder gives its `.json` and `.pdf` files (with subfolders), sorted. */
async function cohortPaths(inputs: string[]): Promise<string[]> {
	const paths: string[] = [];
	for (const input of inputs) {
		let info;
		try {
			info = await stat(input);
		} catch {
			paths.push(input); // named as unreadable when read
			continue;
		}
		if (!info.isDirectory()) {
			paths.push(input);
			continue;
		}
		const names = (await readdir(input, { recursive: true, withFileTypes: true }))
			.filter((e) => e.isFile() && /\.(json|pdf)$/i.test(e.name))
			.map((e) => join(e.parentPath, e.name))
			.sort();
		paths.push(...names);
	}
	return paths;
}

/**
 * `digicheck cohort`: one row per answers file. `--ndjson` streams a line per file as it is
 * read (nothing kept), `--csv <file>` writes the CSV line by line, `--json` prints rows and
 * summary; without either, a short summary. A file that cannot be used is named on stderr and
 * left out; the exit code is 2 only when none could be used.
 */
async function cohortCommand(rest: string[], io: Io): Promise<number> {
	const at = rest.indexOf('--csv');
	const csvPath = at >= 0 ? rest[at + 1] : undefined;
	if (at >= 0 && !csvPath) {
		io.err(`digicheck: give the CSV file after --csv.\n\n${usage}`);
		return 2;
	}
	const ndjson = rest.includes('--ndjson');
	const json = rest.includes('--json');
	const inputs = rest.filter(
		(a, i) => a !== '--ndjson' && a !== '--json' && (at < 0 || (i !== at && i !== at + 1))
	);
	if (inputs.length === 0) {
		io.err(`digicheck: give a folder or answers files.\n\n${usage}`);
		return 2;
	}
	const paths = await cohortPaths(inputs);
	if (csvPath && (await overwritesInput(paths, csvPath))) {
		io.err('digicheck: the CSV file is one of the answers files; choose another name.\n');
		return 2;
	}
	const { cohortRow, summarizeCohort } = await import('../lib/cohort/model');
	const { csvHeader, csvLine } = await import('../lib/cohort/csv');
	// the CSV: a file (checked as every output is), or standard output for `--csv -`
	let csv: { write(text: string): Promise<unknown>; close(): Promise<void> } | undefined;
	if (csvPath === '-') csv = { write: async (text) => io.out(text), close: async () => {} };
	else if (csvPath) {
		const handle = await openOutput(csvPath, paths, true);
		if (!('fd' in handle)) {
			io.err(`digicheck: ${handle.message}\n`);
			return handle.code;
		}
		csv = handle;
	}
	if (csv)
		try {
			await csv.write(`\uFEFF${csvHeader('nl').join(';')}\r\n`);
		} catch (error) {
			io.err(`digicheck: cannot write ${printable(csvPath ?? '', 200)}: ${reason(error)}.\n`);
			await csv.close();
			return 1;
		}
	const keep = !ndjson && !csv;
	const rows: CohortRow[] = [];
	let used = 0;
	let failed = 0;
	let rowIndex = 0;
	// files are read a batch at a time (the reads overlap), then handled in order
	const batch = 64;
	let reads: Promise<Uint8Array | Error>[] = [];
	const readAhead = (from: number) =>
		paths
			.slice(from, from + batch)
			.map((path) =>
				readCapped(path).catch((error: unknown) =>
					error instanceof Error ? error : new Error(String(error))
				)
			);
	for (const [index, path] of paths.entries()) {
		if (index % batch === 0) reads = readAhead(index);
		let problem: string | null = null;
		try {
			const bytes = await reads[index % batch]!;
			if (bytes instanceof Error) throw bytes;
			const read = await readUpload(bytes);
			if (!read.ok) problem = read.problems[0]?.message.en ?? 'not a valid answers file';
			else
				for (const [i, opened] of read.files.entries()) {
					if (!opened.file.profile.audience) {
						problem = 'the field "profile.audience" is missing';
						continue;
					}
					const name = read.files.length > 1 ? `${path} (${i + 1})` : path;
					const row = cohortRow(opened.file, rowIndex++, name);
					used += 1;
					if (ndjson) io.out(`${JSON.stringify(row)}\n`);
					if (csv) await csv.write(`${csvLine(row, 'nl')}\r\n`);
					if (keep) rows.push(row);
				}
		} catch (error) {
			problem = `cannot read it: ${reason(error)}`;
		}
		if (problem !== null) {
			failed += 1;
			io.err(`digicheck: skipped ${printable(path, 200)}: ${problem}\n`);
		}
	}
	if (csv) {
		await csv.close();
		if (csvPath !== '-') io.err(`digicheck: wrote ${csvPath} (${used} rows)\n`);
	}
	if (used === 0) {
		io.err('digicheck: no answers file could be used.\n');
		return 2;
	}
	if (json) {
		io.out(
			`${JSON.stringify({ count: used, skipped: failed, summary: summarizeCohort(rows), rows }, null, 2)}\n`
		);
	} else if (keep) {
		const summary = summarizeCohort(rows);
		io.out(`Cohort of ${used}${failed ? ` (${failed} skipped)` : ''}\n\n`);
		io.out(`${''.padEnd(62)} median   Q1–Q3\n`);
		for (const [i, area] of summary.areas.entries())
			io.out(
				`${String(area.number).padStart(2)}. ${(content.areas[i]?.title.en ?? area.id).padEnd(58)} ${String(area.median ?? '–').padStart(6)}   ${area.q1 ?? '–'}–${area.q3 ?? '–'}\n`
			);
		const titles = new Map(rules.map((r) => [r.id, r.advice.title.en]));
		io.out('\nMost common advice:\n');
		for (const a of summary.commonAdvice.slice(0, 5))
			io.out(`  ${String(a.count).padStart(5)} × ${titles.get(a.id) ?? a.id}\n`);
	}
	return 0;
}

/** Runs the command; returns the exit code. */
export async function main(args: string[], io: Io = defaultIo): Promise<number> {
	const [command, ...rest] = args;
	switch (command) {
		case 'content':
			io.out(`${JSON.stringify(contentAsJson(), null, 2)}\n`);
			return 0;
		case 'advise': {
			const opened = await loadAnswers(rest[0], io);
			if (!opened) return 2;
			io.out(`${JSON.stringify(toAdviseOutput(buildReport(opened.file)), null, 2)}\n`);
			return 0;
		}
		case 'pdf':
		case 'html': {
			const { inputs, output } = splitArgs(rest);
			const input = inputs[0];
			if (!output) {
				io.err(`digicheck: give the output file with -o <file.${command}>.\n\n${usage}`);
				return 2;
			}
			if (await overwritesInput(inputs, output)) {
				io.err(
					`digicheck: the output file is the answers file itself; choose another name after -o.\n`
				);
				return 2;
			}
			const opened = await loadAnswers(input, io);
			if (!opened) return 2;
			let bytes: Uint8Array;
			if (command === 'pdf') {
				const [{ renderReportPdfInNode }, { answersAttachments }] = await Promise.all([
					import('../lib/report/node'),
					import('../lib/report/attach')
				]);
				bytes = await renderReportPdfInNode(buildReport(opened.file), {
					attachments: answersAttachments('single', [opened.text])
				});
			} else {
				const { reportHtml } = await import('../lib/report/html');
				bytes = new TextEncoder().encode(reportHtml(buildReport(opened.file)));
			}
			return writeOutput(output, bytes, io, inputs);
		}
		case 'compare': {
			const loaded = await loadInputs(rest, io, {
				min: 2,
				max: 2,
				need: 'give two answers files: the first check, then the second.'
			});
			if (typeof loaded === 'number') return loaded;
			const { output, json, texts } = loaded;
			const [before, after] = loaded.files as [AnswersFile, AnswersFile];
			const { compareFiles } = await import('../lib/compare/model');
			const comparison = compareFiles(before, after, 'en');
			if (output) {
				const [{ renderReportPdfInNode }, { answersAttachments }] = await Promise.all([
					import('../lib/report/node'),
					import('../lib/report/attach')
				]);
				const bytes = await renderReportPdfInNode(buildReport(after), {
					comparison: compareFiles(before, after),
					attachments: answersAttachments('compare', texts)
				});
				return writeOutput(output, bytes, io, loaded.inputs);
			}
			if (json) {
				io.out(`${JSON.stringify(comparison, null, 2)}\n`);
				return 0;
			}
			const sign = (d: number | null) => (d === null ? '  –' : d > 0 ? `+${d}` : `${d}`);
			io.out(`${comparison.verdict}\n\n`);
			for (const area of comparison.areas)
				io.out(
					`${String(area.number).padStart(2)}. ${area.title.padEnd(58)} ${String(area.before ?? '–').padStart(5)} → ${String(area.after ?? '–').padStart(5)}  ${sign(area.delta)}\n`
				);
			if (comparison.notCompared.length > 0)
				io.out(`\nNot comparable: ${comparison.notCompared.join(', ')}\n`);
			return 0;
		}
		case 'team': {
			const loaded = await loadInputs(rest, io, {
				min: 2,
				max: 30,
				need: 'give 2 to 30 answers files of one organisation.'
			});
			if (typeof loaded === 'number') return loaded;
			const { files, texts, sources, output, json } = loaded;
			const [{ buildTeamReport }, { teamTexts }] = await Promise.all([
				import('../lib/team/model'),
				import('../lib/team/texts')
			]);
			// built once, in the files' language (the first file's), as advise does: the warnings,
			// the JSON, the PDF and the text all read this one
			const locale = files[0]?.locale ?? 'nl';
			const team = buildTeamReport(files, locale);
			for (const [i, m] of team.members.entries())
				if (m.duplicateOf !== undefined)
					io.err(
						`digicheck: warning: ${printable(sources[i] ?? '', 200)} has the same answers as ${printable(sources[m.duplicateOf] ?? '', 200)}; counted once.\n`
					);
			for (const i of team.otherAudience)
				io.err(
					`digicheck: warning: ${printable(sources[i] ?? '', 200)} is for another kind of organisation; left out.\n`
				);
			if (json) {
				const { members, otherAudience, areas, divergent, report } = team;
				io.out(
					`${JSON.stringify({ members, otherAudience, areas, divergent, advice: report.advice.map((a) => ({ id: a.id, title: a.title })) }, null, 2)}\n`
				);
				return 0;
			}
			if (output) {
				const [{ renderReportPdfInNode }, { answersAttachments }] = await Promise.all([
					import('../lib/report/node'),
					import('../lib/report/attach')
				]);
				const bytes = await renderReportPdfInNode(team.report, {
					team,
					attachments: answersAttachments('team', texts)
				});
				return writeOutput(output, bytes, io, loaded.inputs);
			}
			const T = (text: { nl: string; en: string }) => text[locale];
			const counted = team.members.filter((m) => m.duplicateOf === undefined);
			io.out(
				`${T(teamTexts.title)} (${counted.length}): ${counted.map((m) => m.role ?? T(teamTexts.noRole)).join(', ')}\n\n`
			);
			for (const area of team.areas) {
				const of =
					area.scored < team.counted
						? `, ${format(T(teamTexts.scoredOf), { scored: area.scored, total: team.counted })}`
						: '';
				const unknown = area.unknown ? `, ${area.unknown}× ${T(teamTexts.unknown)}` : '';
				io.out(
					`${String(area.number).padStart(2)}. ${area.title.padEnd(58)} ${String(area.median ?? '–').padStart(5)}  (${area.lowest ?? '–'}–${area.highest ?? '–'}${of})${unknown}\n`
				);
			}
			if (team.divergent.length > 0) {
				io.out(`\n${T(teamTexts.divergentTitle)}:\n`);
				for (const d of team.divergent)
					io.out(
						`  ${d.area}. ${d.statement} (${format(T(teamTexts.levels), { levels: d.levels.join(', ') })})\n`
					);
			}
			return 0;
		}
		case 'partner': {
			const loaded = await loadInputs(rest, io, {
				min: 2,
				max: 2,
				need: 'give two answers files: the school’s and the cultural organisation’s.'
			});
			if (typeof loaded === 'number') return loaded;
			const { files, texts, output, json } = loaded;
			const { buildPartnerReport, pairFiles } = await import('../lib/partner/model');
			const pair = pairFiles(files);
			if (!pair) {
				io.err(
					`digicheck: one file must be a school’s and the other a cultural organisation’s (profile.audience); these are ${files.map((f) => f.profile.audience).join(' and ')}.\n`
				);
				return 2;
			}
			if (output) {
				const local = buildPartnerReport(pair.school, pair.partner, pair.school.locale);
				const [{ renderPartnerPdfInNode }, { answersAttachments }] = await Promise.all([
					import('../lib/report/node'),
					import('../lib/report/attach')
				]);
				const textOf = (file: AnswersFile) => texts[files.indexOf(file)] ?? '';
				const bytes = await renderPartnerPdfInNode(local, {
					attachments: answersAttachments('partner', [textOf(pair.school), textOf(pair.partner)])
				});
				return writeOutput(output, bytes, io, loaded.inputs);
			}
			const partner = buildPartnerReport(pair.school, pair.partner, 'en');
			if (json) {
				const { areas, questions, apart, brings, advice } = partner;
				io.out(
					`${JSON.stringify({ school: pair.school.profile.name, partner: pair.partner.profile.name, areas, questions, apart, brings, advice }, null, 2)}\n`
				);
				return 0;
			}
			io.out(
				`School: ${printable(pair.school.profile.name || '–', 80)} · Cultural partner: ${printable(pair.partner.profile.name || '–', 80)}\n\n`
			);
			io.out(`${''.padEnd(62)} school partner\n`);
			for (const area of partner.areas)
				io.out(
					`${String(area.number).padStart(2)}. ${area.title.padEnd(58)} ${String(area.school ?? '–').padStart(6)} ${String(area.partner ?? '–').padStart(7)}\n`
				);
			if (partner.advice.length > 0) {
				io.out('\nJoint advice:\n');
				for (const a of partner.advice) io.out(`  - ${a.title}\n`);
			}
			if (partner.apart.length > 0) {
				io.out('\nSeen differently (discuss these first):\n');
				for (const q of partner.apart)
					io.out(`  ${q.area}. ${q.statement.school} (school ${q.school}, partner ${q.partner})\n`);
			}
			return 0;
		}
		case 'extract': {
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
