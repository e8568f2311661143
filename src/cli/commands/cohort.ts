/**
 * `digicheck cohort <folder or files…> [--csv <out.csv> | --json | --ndjson]`: many
 * applications, one row per file, with the group's medians and most common advice.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { content } from '../../lib/content/index';
import { rules } from '../../lib/content/rules/index';
import type { CohortRow } from '../../lib/cohort/model';
import { printable } from '../../lib/answers/schema';
import { readUpload } from '../../lib/answers/read';
import { openOutput, overwritesInput, readCapped, reason, type Io } from '../io';
import { usage } from '../usage';

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
export async function cohortCommand(rest: string[], io: Io): Promise<number> {
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
	const { cohortRow, summarizeCohort } = await import('../../lib/cohort/model');
	const { csvHeader, csvLine } = await import('../../lib/cohort/csv');
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
