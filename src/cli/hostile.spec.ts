/**
 * The CLI against hostile and clumsy input: about 2,000 generated files per run (seeded), through
 * `main()` for `advise` and `pdf`. Never a stack trace, never exit 1 on bad input; exit 2 with a
 * message that names the field; and the same verdict as the browser's parser.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswersBytes } from '../lib/engine/answers';
import { answersFileArbitrary } from '../lib/engine/arbitraries';
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
	it('writing into a missing folder, a folder or a full disk: exit 1, one line saying what to do', async () => {
		for (const [output, words] of [
			[join(dir, 'missing', 'r.pdf'), 'does not exist'],
			[dir, 'is a folder'],
			['/dev/full', 'disk is full']
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
