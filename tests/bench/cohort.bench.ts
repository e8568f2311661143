/**
 * `npm run bench:cohort`: how fast a cohort is read, validated and scored.
 * - CLI: 20,000 generated answers files in a folder through `digicheck cohort --ndjson`
 *   (in-process, output discarded). Target: under 10 s.
 * - Browser: 2,000 files dropped on /cohort/ of the built site (run `npm run build` first), in
 *   Chromium, 5% of them hostile (broken JSON, wrong fields, endless names, a flood of PDF
 *   markers, a PDF whose answers were altered); from the drop until "gelezen in" is shown.
 *   Targets: under 2 s, and no long task over 100 ms on the main thread meanwhile
 *   (PerformanceObserver "longtask").
 * Prints the figures and whether each target is met; a benchmark, not a test.
 */
import fc from 'fast-check';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { main } from '../../src/cli/main';
import { answersFileArbitrary } from '../../src/lib/testing/arbitraries';
import { startPreview } from '../tools/preview-server';
import { chromiumArgs, findChromium } from '../tools/system-deps.js';

const cliCount = 20_000;
const browserCount = 2_000;

// 500 varied files, repeated under other names: generating 20,000 would take longer than reading them
const samples = fc
	.sample(answersFileArbitrary, { numRuns: 500, seed: 7 })
	.map((file) => JSON.stringify(file));
const textOf = (i: number) => samples[i % samples.length]!;

const met = (ok: boolean) => (ok ? 'met' : 'NOT met');

/** One file in twenty is hostile, of these kinds in turn. */
const hostile = [
	'{"format": "digicheck-answers", "version": 2, "profile": {',
	JSON.stringify({ format: 'digicheck-answers', version: 2, answers: 'all of them' }),
	JSON.stringify({ ...JSON.parse(samples[0]!), profile: { name: 'x'.repeat(200_000) } }),
	'%PDF-1.7\n' + '/Type /EmbeddedFile\n'.repeat(20_000),
	'%PDF-1.7\n1 0 obj\n<< /Type /EmbeddedFile /Filter /FlateDecode /Length 12 >>\nstream\nx\u009c\u00ab\u00ae\u0005\u0000\u0001\u0002\u0003\u0004\u0005\u0006\nendstream\nendobj\n',
	''
];
const browserText = (i: number) =>
	i % 20 === 19 ? hostile[Math.floor(i / 20) % hostile.length]! : textOf(i);

async function cli(): Promise<void> {
	const dir = mkdtempSync(join(tmpdir(), 'digicheck-cohort-bench-'));
	try {
		for (let i = 0; i < cliCount; i++) writeFileSync(join(dir, `${i}.json`), textOf(i));
		let lines = 0;
		const start = performance.now();
		const code = await main(['cohort', dir, '--ndjson'], {
			out: () => void (lines += 1),
			err: () => undefined
		});
		const seconds = (performance.now() - start) / 1000;
		console.log(
			`cli: ${cliCount.toLocaleString('en')} files in ${seconds.toFixed(2)} s (${Math.round(lines / seconds).toLocaleString('en')} files/s, exit ${code}, ${lines.toLocaleString('en')} rows)`
		);
		console.log(`target: under 10 s: ${met(seconds < 10 && lines === cliCount)}`);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

async function browser(): Promise<void> {
	if (!existsSync('build/cohort.html') && !existsSync('build/cohort/index.html')) {
		console.log('browser: skipped, no build (run `npm run build` first)');
		return;
	}
	const executablePath = findChromium();
	if (!executablePath) {
		console.log('browser: skipped, no Chromium (run `npm run test:deps`)');
		return;
	}
	const server = await startPreview(4391);
	const launched = await chromium.launch({ executablePath, args: chromiumArgs });
	try {
		const page = await launched.newPage({ locale: 'nl-NL' });
		// scripts for the page are strings: tsx would rename functions inside page.evaluate
		await page.addInitScript(`
			window.longTasks = [];
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) window.longTasks.push(entry.duration);
			}).observe({ type: 'longtask', buffered: true });
		`);
		await page.goto(`${server.origin}/cohort/`);
		await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
		const texts = Array.from({ length: browserCount }, (_, i) => browserText(i));
		// the files are made in the page first; the clock starts at the drop
		const result = (await page.evaluate(`(async (list) => {
			const transfer = new DataTransfer();
			list.forEach((text, i) =>
				transfer.items.add(new File([text], i + (text.startsWith('%PDF') ? '.pdf' : '.json')))
			);
			await new Promise((done) => setTimeout(done, 500));
			window.longTasks = [];
			const start = performance.now();
			window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
			await new Promise((done) => {
				const check = () =>
					document.querySelector('#read-progress')?.textContent?.includes('Gelezen in')
						? done()
						: requestAnimationFrame(check);
				check();
			});
			return { ms: performance.now() - start, longest: Math.max(0, ...window.longTasks) };
		})(${JSON.stringify(texts)})`)) as { ms: number; longest: number };
		console.log(
			`browser: ${browserCount.toLocaleString('en')} files (${browserCount / 20} hostile) read, validated and scored in ${(result.ms / 1000).toFixed(2)} s; longest main-thread task ${Math.round(result.longest)} ms`
		);
		console.log(`target: under 2 s: ${met(result.ms < 2000)}`);
		console.log(`target: no long task over 100 ms: ${met(result.longest <= 100)}`);
	} finally {
		await launched.close();
		server.stop();
	}
}

await cli();
await browser();
