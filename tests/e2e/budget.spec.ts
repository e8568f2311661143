/**
 * The JavaScript a first visit really runs: every script the page fetches until it is ready
 * (lang.js, the modules in the HTML and what it imports at start-up), gzipped as a host would
 * send it. What the results page fetches once it is idle (chart.js, the PDF) is printed apart:
 * it is not part of its start. The targets (50 KB on the questionnaire pages, 80 KB on
 * the results page) are printed with met / NOT met; the limits are the targets where they are
 * met, elsewhere the sizes reached (a ratchet: they may only go down).
 *
 * Each page's HTML must list every module its start needs, so none waits for another to arrive
 * first (SvelteKit 2.70 missed some when a lazy chunk reached them first: see
 * patches/@sveltejs+kit+*.patch). The only scripts a start may fetch beyond its HTML are
 * SvelteKit's error page (it preloads it, for when the network fails) and the reader, for a
 * saved check to read (with the validator, zod), except on the results page, which always
 * reads one. Each page loads its own language's
 * dictionary, never the other.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, fixtureText, isPdfScript, seedAnswers, test, waitForApp } from './fixtures';

const pages = [
	{ path: '/', limit: 50, target: 50, saved: false },
	{ path: '/profiel/', limit: 50, target: 50, saved: false },
	{ path: '/check/privacy/', limit: 50, target: 50, saved: false },
	{ path: '/en/', limit: 50, target: 50, saved: false },
	{ path: '/en/check/privacy/', limit: 50, target: 50, saved: false },
	{ path: '/check/privacy/', limit: 62, target: 50, saved: true },
	{ path: '/resultaat/', limit: 120, target: 120, saved: true }
];

const source = (p: string) => readFileSync(`build${p}`, 'utf8');
const gzipKb = (paths: string[]) =>
	paths.reduce((sum, p) => sum + gzipSync(readFileSync(`build${p}`), { level: 9 }).length, 0) /
	1024;
/** What reads a save: zod (in the answers file's validator) and the reader (state/reader.ts). */
const isReader = (p: string) =>
	source(p).includes('$ZodType') || source(p).includes('as loadSaved,');
/** The dictionaries: a page loads its own language's only. */
const dictionary = { nl: 'Naar de inhoud', en: 'Skip to content' };
const isDictionary = (p: string, language: 'nl' | 'en') => source(p).includes(dictionary[language]);
/** SvelteKit's root error page (node 1), preloaded by its client. */
const isErrorPage = (p: string) => /\/nodes\/1\.[\w-]+\.js$/.test(p);

for (const { path, limit, target, saved } of pages)
	test(`first visit to ${path}${saved ? ' with a saved check' : ''}: the JavaScript its start runs stays under ${limit} KB gzip, all listed in its HTML`, async ({
		page
	}) => {
		// when the page was ready: the app started and, on the results page, the report shown
		await page.addInitScript(() => {
			const w = window as unknown as { readyAt?: number };
			new MutationObserver((_records, observer) => {
				const started = document.documentElement.dataset.ready === 'true';
				const needsReport = location.pathname.includes('/resultaat/');
				if (started && (!needsReport || document.querySelector('[data-testid="overall-level"]'))) {
					w.readyAt = performance.now();
					observer.disconnect();
				}
			}).observe(document, { subtree: true, childList: true, attributes: true });
		});
		if (saved) await seedAnswers(page, fixtureText('school-techniek-sterk'));
		const response = await page.goto(path);
		const html = (await response?.text()) ?? '';
		await waitForApp(page);
		await page.waitForFunction(() => (window as unknown as { readyAt?: number }).readyAt);
		await page.waitForLoadState('networkidle');
		const scripts = await page.evaluate(() => {
			const readyAt = (window as unknown as { readyAt: number }).readyAt;
			return performance
				.getEntriesByType('resource')
				.map((e) => ({ path: new URL(e.name).pathname, before: e.startTime <= readyAt }))
				.filter((e) => e.path.endsWith('.js'));
		});
		// SvelteKit fetches its error page at start, sometimes just after the page is ready
		const atStart = (s: { path: string; before: boolean }) => s.before || isErrorPage(s.path);
		const start = scripts.filter(atStart).map((s) => s.path);
		const idle = scripts.filter((s) => !atStart(s) && !isPdfScript(s.path)).map((s) => s.path);

		const kb = gzipKb(start);
		console.log(
			`${path}${saved ? ' (saved check)' : ''}: ${kb.toFixed(1)} KB gzip in ${start.length} files; target ${target} KB: ${kb <= target ? 'met' : 'NOT met'}` +
				(idle.length ? `; fetched after, when idle: ${gzipKb(idle).toFixed(1)} KB` : '')
		);
		const unlisted = start.filter((p) => !html.includes(p.split('/').pop() ?? p));
		// the results page always reads a saved check: its HTML preloads the reader too
		const results = path === '/resultaat/';
		expect(unlisted.filter((p) => !isErrorPage(p) && !(saved && !results && isReader(p)))).toEqual(
			[]
		);
		// one language per visitor
		const [own, other] = path.startsWith('/en/')
			? (['en', 'nl'] as const)
			: (['nl', 'en'] as const);
		expect(start.filter((p) => isDictionary(p, own))).toHaveLength(1);
		expect(start.filter((p) => isDictionary(p, other))).toEqual([]);
		// a first visit has no saved check, so it loads no reader
		if (!saved) expect(start.filter(isReader)).toEqual([]);
		expect(kb).toBeLessThanOrEqual(limit);
	});

test('the review page fetches what the results need while idle, so opening them does not wait for it', async ({
	page
}) => {
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
