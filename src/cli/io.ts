/**
 * The CLI's input and output: reading a path capped and without blocking, and writing an
 * output that is never one of the inputs, a folder, a pipe or a device. Every failure is one
 * line that says what to do.
 */
import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';
import { printable } from '../lib/answers/schema';
import { uploadCap } from '../lib/answers/read';

/** Where a command writes: text to standard output and standard error, bytes for `-o -`. */
export interface Io {
	out: (text: string) => void;
	err: (text: string) => void;
	/** Bytes to standard output (`-o -`); text output when not given. */
	bytes?: (bytes: Uint8Array) => void;
}

export const defaultIo: Io = {
	out: (text) => process.stdout.write(text),
	err: (text) => process.stderr.write(text),
	bytes: (bytes) => process.stdout.write(bytes)
};

/** The most bytes read from an input: more than any answers file or Digicheck PDF (so the reader can say "too large"). */
const readCap = uploadCap;

/** Why a path cannot be read or written, in words. */
export function reason(error: unknown): string {
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
export async function readCapped(path: string): Promise<Uint8Array> {
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

/** Whether the output file is one of the inputs (which writing would destroy). */
export async function overwritesInput(
	inputs: string[],
	output: string | undefined
): Promise<boolean> {
	if (!output) return false;
	for (const input of inputs) if (await samePath(input, output)) return true;
	return false;
}

/** Why an output cannot be written: the exit code and one line that says what to do. */
export interface Refusal {
	code: number;
	message: string;
}

/**
 * Opens an output file for writing. Never one of the inputs (by any path or link: the same
 * device and inode), never a folder, pipe or device (opened without blocking, so a FIFO with no
 * reader is refused at once instead of waited on), and an existing file only when `replace`
 * (its name given exactly with -o, or --force). Truncated only once all that holds.
 */
export async function openOutput(
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
export async function writeOutput(
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

/** An existing file's identity (its device and inode, through links), or null. */
async function identity(path: string): Promise<string | null> {
	const info = await stat(path).catch(() => null);
	return info ? `${info.dev}:${info.ino}` : null;
}

/** Whether two paths name the same file (also through symbolic or hard links). */
export async function samePath(a: string, b: string): Promise<boolean> {
	if (resolve(a) === resolve(b)) return true;
	const [x, y] = await Promise.all([identity(a), identity(b)]);
	return x !== null && x === y;
}
