/**
 * The CLI against hostile and clumsy input: about 2,000 generated files per run (seeded), through
 * `main()` for `advise` and `pdf`. Never a stack trace, never exit 1 on bad input; exit 2 with a
 * message that names the field; and the same verdict as the browser's parser.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import {
	existsSync,
	linkSync,
	mkdtempSync,
	readFileSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswersBytes } from '../lib/answers/schema';
import { answersFileArbitrary } from '../lib/testing/arbitraries';
import { main } from './main';

const dir = mkdtempSync(join(tmpdir(), 'digicheck-hostile-'));
const bin = fileURLToPath(new URL('./bin.js', import.meta.url));
const fixture = fileURLToPath(new URL('../../tests/fixtures/maker-alleen.json', import.meta.url));

async function run(...args: string[]) {
	let out = '';
	let err = '';
	const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
	return { code, out, err };
}

/** Text that tries to break things: escapes, controls, bidi overrides, templates, huge and odd values. */
const nastyString = fc.oneof(
	fc.string(),
	fc.constantFrom(
		'\u001b[31mred\u001b[0m',
		'\u0000\u0007\u202e',
		'{n} {total}',
		'<script>alert(1)</script>',
		'__proto__',
		'constructor',
		'ﷺ عربى',
		'𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🎭',
		'x'.repeat(5000)
	)
);
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
	nastyString,
	fc.integer(),
	fc.double(),
	fc.boolean(),
	fc.constant(null),
	fc.array(fc.integer(), { maxLength: 5 }),
	fc.dictionary(nastyString, fc.integer(), { maxKeys: 3 })
);

/** A valid file with one to three of its fields (or nested fields) replaced, removed or added. */
const mutatedFile = fc
	.tuple(
		answersFileArbitrary,
		fc.array(
			fc.tuple(
				fc.constantFrom(
					'format',
					'version',
					'contentVersion',
					'locale',
					'mode',
					'profile',
					'profile.name',
					'profile.audience',
					'profile.targetGroups',
					'answers',
					'answers.budget-digitaal',
					'notes',
					'notes.privacy',
					'targets',
					'targets.privacy',
					'savedAt',
					'extra'
				),
				fc.option(nastyValue, { nil: undefined })
			),
			{ minLength: 1, maxLength: 3 }
		)
	)
	.map(([file, changes]) => {
		const copy = JSON.parse(JSON.stringify(file)) as Record<string, unknown>;
		for (const [path, value] of changes) {
			const parts = path.split('.');
			let target = copy;
			for (const part of parts.slice(0, -1)) {
				if (typeof target[part] !== 'object' || target[part] === null) target[part] = {};
				target = target[part] as Record<string, unknown>;
			}
			const last = parts.at(-1)!;
			if (value === undefined) delete target[last];
			else target[last] = value;
		}
		return JSON.stringify(copy);
	});

/** Anything at all: broken JSON, other JSON, binary, byte order marks. */
const hostileText = fc.oneof(
	{ weight: 6, arbitrary: mutatedFile },
	{ weight: 1, arbitrary: fc.json() },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
	{ weight: 1, arbitrary: mutatedFile.map((t) => t.slice(0, Math.max(0, t.length - 7))) },
	{ weight: 1, arbitrary: mutatedFile.map((t) => `\ufeff${t}`) }
);

describe('the CLI with hostile files', () => {
	it('never crashes: exit 0 for a valid file, else 2 with a message naming the field, as the browser decides', async () => {
		const samples = fc.sample(hostileText, { numRuns: 2000, seed: 20261129 });
		let invalid = 0;
		for (const [i, text] of samples.entries()) {
			const path = join(dir, `f${i}.json`);
			const bytes = new TextEncoder().encode(text);
			writeFileSync(path, bytes);
			const browser = parseAnswersBytes(bytes);
			const command = i % 10 === 0 ? 'pdf' : 'advise';
			const result = await run(command, path, ...(command === 'pdf' ? ['-o', `${path}.pdf`] : []));
			expect(result.err, text.slice(0, 200)).not.toMatch(/\n\s+at |Error:/);
			// eslint-disable-next-line no-control-regex -- no control character may be echoed
			expect(result.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
			if (browser.ok && browser.value.profile.audience) {
				expect(result.code, result.err).toBe(0);
			} else {
				invalid++;
				expect(result.code, text.slice(0, 200)).toBe(2);
				if (!browser.ok)
					for (const problem of browser.problems)
						expect(result.err).toContain(`- ${problem.path}: ${problem.message.en}`);
				else expect(result.err).toContain('profile.audience');
			}
		}
		expect(invalid).toBeGreaterThan(1000);
	}, 300_000);
});

describe('the CLI’s own errors are messages, not traces', () => {
	it('writing into a missing folder, a folder or a device: exit 1, one line saying what to do', async () => {
		for (const [output, words] of [
			[join(dir, 'missing', 'r.pdf'), 'does not exist'],
			[dir, 'is a folder'],
			['/dev/full', 'is a pipe or a device']
		] as const) {
			const { code, err } = await run('html', fixture, '-o', output);
			expect(code, output).toBe(1);
			expect(err).toContain(words);
			expect(err).toContain('Choose another file after -o');
		}
	});

	it('refuses to write over the answers file itself', async () => {
		const input = join(dir, 'own.json');
		writeFileSync(input, execFileSync('cat', [fixture]));
		const { code, err } = await run('pdf', input, '-o', input);
		expect(code).toBe(2);
		expect(err).toContain('the answers file itself');
	});

	it('reading a folder, /dev/zero or a pipe with no writer ends with a message', async () => {
		expect((await run('advise', dir)).err).toContain('that is a folder');
		const zero = await run('advise', '/dev/zero');
		expect(zero.code).toBe(2);
		expect(zero.err).toContain('too large');
		const fifo = join(dir, 'pipe');
		execFileSync('mkfifo', [fifo]);
		const pipe = await run('advise', fifo);
		expect(pipe.code).toBe(2);
		expect(pipe.err).toContain('empty');
	});

	it('a stdout closed early (piped into head) gives no trace', () => {
		const head = spawnSync('sh', ['-c', `node ${bin} advise ${fixture} | head -c 10`], {
			encoding: 'utf8'
		});
		expect(head.stdout).toHaveLength(10);
		expect(head.stderr).toBe('');
	}, 30_000);
});

describe('outputs and inputs (issue #28)', () => {
	const teamPdf = async (path: string) => {
		const texts = ['basisschool', 'speciaal-onderwijs'].map((n) =>
			readFileSync(
				fileURLToPath(new URL(`../../tests/fixtures/${n}.json`, import.meta.url)),
				'utf8'
			)
		);
		const a = join(dir, 'team-a.json');
		const b = join(dir, 'team-b.json');
		writeFileSync(a, texts[0]!);
		writeFileSync(b, texts[1]!);
		expect((await run('team', a, b, '-o', path)).code).toBe(0);
		return texts;
	};

	it('extract never writes over its input: r-2.json that is the team PDF itself', async () => {
		const sub = mkdtempSync(join(dir, 'extract-'));
		const pdf = join(sub, 'r-2.json');
		await teamPdf(pdf);
		const before = readFileSync(pdf);
		const { code, err } = await run('extract', pdf, '-o', join(sub, 'r'));
		expect(code).toBe(2);
		expect(err).toContain('one of the input files');
		expect(readFileSync(pdf)).toEqual(before);
		// through a hard link or a symbolic link too
		linkSync(pdf, join(sub, 'hard-1.json'));
		symlinkSync(pdf, join(sub, 'soft-2.json'));
		for (const name of ['hard', 'soft']) {
			const { code: linked } = await run('extract', pdf, '-o', join(sub, name), '--force');
			expect(linked, name).toBe(2);
			expect(readFileSync(pdf), name).toEqual(before);
		}
	});

	it('extract replaces files whose names it made up only with --force', async () => {
		const sub = mkdtempSync(join(dir, 'force-'));
		const pdf = join(sub, 'team.pdf');
		const texts = await teamPdf(pdf);
		writeFileSync(join(sub, 'out-2.json'), 'mine');
		const refused = await run('extract', pdf, '-o', join(sub, 'out'));
		expect(refused.code).toBe(2);
		expect(refused.err).toContain('--force');
		expect(readFileSync(join(sub, 'out-2.json'), 'utf8')).toBe('mine');
		expect(existsSync(join(sub, 'out-1.json'))).toBe(false);
		expect((await run('extract', pdf, '-o', join(sub, 'out'), '--force')).code).toBe(0);
		expect(readFileSync(join(sub, 'out-2.json'), 'utf8')).toBe(texts[1]);
		// a name given exactly with -o may be replaced, as before
		writeFileSync(join(sub, 'one.html'), 'old');
		expect((await run('html', fixture, '-o', join(sub, 'one.html'))).code).toBe(0);
		expect(readFileSync(join(sub, 'one.html'), 'utf8')).toContain('<!doctype html>');
	});

	it('a FIFO with no reader is refused at once (pdf, html, cohort --csv); -o - is standard output', async () => {
		const fifo = join(dir, 'out-fifo');
		execFileSync('mkfifo', [fifo]);
		const started = performance.now();
		for (const args of [
			['pdf', fixture, '-o', fifo],
			['html', fixture, '-o', fifo],
			['cohort', fixture, '--csv', fifo]
		]) {
			const { code, err } = await run(...args);
			expect(code, args[0]).toBe(1);
			expect(err).toContain('is a pipe or a device');
		}
		expect(performance.now() - started).toBeLessThan(20_000);
		let bytes: Uint8Array = new Uint8Array();
		const code = await main(['pdf', fixture, '-o', '-'], {
			out: () => {},
			err: () => {},
			bytes: (b) => (bytes = b)
		});
		expect(code).toBe(0);
		expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
		const csv = await run('cohort', fixture, '--csv', '-');
		expect(csv.code).toBe(0);
		expect(csv.out.split('\r\n').filter(Boolean)).toHaveLength(2);
	});

	it('a flood of markers in a 2 MB "PDF" is refused with a message, not a hang', async () => {
		const flood = join(dir, 'flood.pdf');
		writeFileSync(flood, '%PDF-1.7\n' + '/Type /EmbeddedFile\n'.repeat(100_000), 'latin1');
		const started = performance.now();
		const { code, err } = await run('advise', flood);
		expect(code).toBe(2);
		expect(err).toContain('damaged');
		// was about 70 s; `npm run bench:pdf` prints the figure
		expect(performance.now() - started).toBeLessThan(10_000);
	});
});
