/**
 * No layout shift (CLS 0) on every page, on a phone and a desktop, with and without a saved
 * check: what fills in after start-up (saved answers, counts, notices) has its room from the
 * first paint. Layout shifts are measured by the browser (PerformanceObserver). In both
 * languages: an English browser is taken to the English page (prerendered in English, under
 * /en/) before the first paint.
 */
import { expect, fixtureText, test, waitForApp } from './fixtures';

// Seen on this 2-core machine under load, at the commit before issue #28's work too (1c4de8d:
// /resultaat/ 0.0246, /snelle-scan/ 0.0036 in one run, other pages in others): an occasional
// small shift whose page varies from run to run. A shift that is there every time still fails
// all three tries.
test.describe.configure({ retries: 2 });

const routes = [
	'/',
	'/profiel/',
	'/check/begin-klein/',
	'/check/voorbereiding/',
	'/nakijken/',
	'/resultaat/',
	'/snelle-scan/',
	'/hoe-we-scoren/',
	'/vragen/',
	'/vergelijk/',
	'/team/',
	'/samen/',
	'/cohort/'
];

for (const [width, height] of [
	[412, 915],
	[1280, 900]
] as const)
	for (const locale of ['nl-NL', 'en-US'])
		for (const saved of [false, true])
			test(`no layout shift at ${width}px, ${locale}, ${saved ? 'with' : 'without'} a saved check`, async ({
				browser
			}) => {
				test.setTimeout(90_000);
				const context = await browser.newContext({
					viewport: { width, height },
					locale,
					serviceWorkers: 'block'
				});
				if (saved)
					await context.addInitScript((text) => {
						if (!localStorage.getItem('digicheck.answers'))
							localStorage.setItem('digicheck.answers', text);
					}, fixtureText('school-techniek-sterk'));
				await context.addInitScript(`
					window.shifts = [];
					new PerformanceObserver((list) => {
						for (const entry of list.getEntries())
							if (!entry.hadRecentInput) window.shifts.push(entry.value);
					}).observe({ type: 'layout-shift', buffered: true });
				`);
				const results: string[] = [];
				for (const route of routes) {
					const page = await context.newPage();
					await page.goto(route);
					await waitForApp(page);
					// an English browser reads the English page, prerendered as such
					const english = locale === 'en-US';
					expect(new URL(page.url()).pathname.startsWith('/en/')).toBe(english);
					await expect(page.locator('html')).toHaveAttribute('lang', english ? 'en' : 'nl');
					// what loads after start-up (the report, lazy parts) has had its moment
					await page.waitForTimeout(600);
					const cls = (await page.evaluate('window.shifts.reduce((a, b) => a + b, 0)')) as number;
					results.push(`${route} ${cls.toFixed(4)}`);
					await page.close();
				}
				await context.close();
				// Lighthouse shows CLS with three decimals: under 0.0005 it is 0
				expect(results.filter((r) => Number(r.split(' ')[1]) >= 0.0005)).toEqual([]);
			});
