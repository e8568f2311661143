/**
 * The JavaScript a first visit really runs: every script the page fetches until it is ready
 * (the modules in the HTML and what it imports at start-up: reading the saved check, on the
 * results page the engine and the report), gzipped as a host would send it. The hard limits are
 * the sizes reached (a ratchet: they may only go down); the targets (50 KB on the
 * questionnaire pages, 80 KB on the results page) are printed with met / NOT met.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, fixtureText, isPdfScript, seedAnswers, test, waitForApp } from './fixtures';

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
		// the PDF's code, prefetched once the results page is idle, is not part of its start
		const counted = [...scripts].filter((p) => !isPdfScript(p));
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

test('the review page fetches what the results need while idle, so opening them does not wait for it', async ({
	page
}) => {
	const source = (p: string) => readFileSync(`build${p}`, 'utf8');
	// chart.js, the rules of the engine, and the report view, recognised by what they contain
	const big = {
		chart: (p: string) => source(p).includes('Canvas is already in use'),
		rules: (p: string) => source(p).includes('grote-ambitie-weinig-tijd'),
		report: (p: string) => source(p).includes('overall-level')
	};
	const scripts: string[] = [];
	page.on('request', (request) => {
		const { pathname } = new URL(request.url());
		if (pathname.endsWith('.js')) scripts.push(pathname);
	});
	await seedAnswers(page, fixtureText('school-techniek-sterk'));
	await page.goto('/nakijken/');
	await waitForApp(page);
	// fetched on the review page, once it is idle
	for (const [part, is] of Object.entries(big))
		await expect.poll(() => scripts.some(is), { message: part }).toBe(true);
	const before = scripts.length;
	await page.getByRole('link', { name: 'Bekijk je resultaat' }).click();
	await expect(page.getByTestId('overall-level')).toBeVisible();
	// chart.js has drawn the radar (when it comes near the screen): it sets the canvas' size
	await page.locator('.chart canvas').scrollIntoViewIfNeeded();
	await expect(page.locator('.chart canvas')).toHaveAttribute('style', /width/);
	const later = scripts.slice(before);
	for (const is of Object.values(big)) expect(later.filter(is)).toEqual([]);
});
