/**
 * The JavaScript a first visit really runs: every script the page fetches until it is ready
 * (the modules in the HTML and what it imports at start-up: reading the saved check, on the
 * results page the engine and the report), gzipped as a host would send it. The hard limits are
 * the sizes reached (a ratchet: they may only go down); the targets (50 KB on the
 * questionnaire pages, 80 KB on the results page) are printed with met / NOT met.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, fixtureText, seedAnswers, test, waitForApp } from './fixtures';

const pages = [
	{ path: '/', limit: 72, target: 50, saved: false },
	{ path: '/profiel/', limit: 72, target: 50, saved: false },
	{ path: '/check/privacy/', limit: 72, target: 50, saved: true },
	{ path: '/resultaat/', limit: 230, target: 80, saved: true }
];
const figures: string[] = [];

for (const { path, limit, target, saved } of pages)
	test(`first visit to ${path}: the JavaScript it runs stays under ${limit} KB gzip`, async ({
		page
	}) => {
		const scripts = new Set<string>();
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (url.pathname.endsWith('.js')) scripts.add(url.pathname);
		});
		if (saved) await seedAnswers(page, fixtureText('school-techniek-sterk'));
		await page.goto(path);
		await waitForApp(page);
		if (path === '/resultaat/') await expect(page.getByTestId('overall-level')).toBeVisible();
		await page.waitForLoadState('networkidle');
		// the PDF's code (jspdf, the report's PDF module with its font addresses, the answers
		// attached to it), prefetched once the results page is idle, is not part of its start
		const isPdf = (p: string) =>
			/jsPDF|AFRelationship|OpenSans-Regular-subset/.test(readFileSync(`build${p}`, 'utf8'));
		const counted = [...scripts].filter((p) => !isPdf(p));
		const bytes = counted.reduce(
			(sum, p) => sum + gzipSync(readFileSync(`build${p}`), { level: 9 }).length,
			0
		);
		const kb = bytes / 1024;
		figures.push(
			`${path}: ${kb.toFixed(1)} KB gzip in ${counted.length} files; target ${target} KB: ${kb <= target ? 'met' : 'NOT met'}`
		);
		console.log(figures.at(-1));
		expect(kb).toBeLessThanOrEqual(limit);
	});
