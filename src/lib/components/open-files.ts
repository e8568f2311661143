/**
 * Reading several answers files at once (the team and partner pages), from files or from
 * share links pasted one per line. Each is read capped and validated; a bad one is named and
 * left out, never thrown. Loaded only when the user opens something.
 */
import { printable, type AnswersFile } from '$lib/answers/schema';
import { readUploadFile } from '$lib/answers/read';
import { readPdf } from './read-pdf';
import { linkPrefix, readLink } from '$lib/share/link';

/** A file or pasted link opened on the team or partner page (the reader's record is answers/read's Opened). */
export interface OpenedFile {
	/** The file name; for a link, the name in its profile (may be empty). */
	name: string;
	/** For a pasted link: its line. */
	line?: number;
	file: AnswersFile;
	/** The answers file as exported (a PDF made from these files carries it). */
	text: string;
}

/** What could not be opened: a file (by name) or a pasted link (by its line). */
export type Failed = { file: string } | { line: number };

export interface OpenResult {
	opened: OpenedFile[];
	failed: Failed[];
	/** More were given than `room` allows; the rest were not read. */
	tooMany: boolean;
}

/**
 * Reads up to `room` answers files; a Digicheck PDF gives every answers file it carries (a
 * team report: each member's).
 */
export async function readAnswersFiles(list: readonly File[], room: number): Promise<OpenResult> {
	const result: OpenResult = { opened: [], failed: [], tooMany: false };
	for (const file of list) {
		if (result.opened.length >= room) {
			result.tooMany = true;
			break;
		}
		const read = await readUploadFile(file, readPdf);
		if (!read.ok) {
			result.failed.push({ file: printable(file.name) });
			continue;
		}
		for (const [i, opened] of read.files.entries()) {
			if (result.opened.length >= room) {
				result.tooMany = true;
				break;
			}
			const name = read.files.length > 1 ? `${file.name} (${i + 1})` : file.name;
			result.opened.push({ name: printable(name), file: opened.file, text: opened.text });
		}
	}
	return result;
}

/** Reads share links pasted one per line (blank lines skipped), up to `room` of them. */
export async function readShareLinks(text: string, room: number): Promise<OpenResult> {
	const lines = text
		.split(/\r?\n/)
		.map((line, i) => ({ line: i + 1, text: line.trim() }))
		.filter((l) => l.text !== '');
	const result: OpenResult = { opened: [], failed: [], tooMany: lines.length > room };
	for (const { line, text: link } of lines.slice(0, Math.max(0, room))) {
		const at = link.indexOf(linkPrefix);
		const read = at < 0 ? null : await readLink(link.slice(at));
		if (read?.ok)
			result.opened.push({
				name: printable(read.value.profile.name),
				line,
				file: read.value,
				text: read.text
			});
		else result.failed.push({ line });
	}
	return result;
}
