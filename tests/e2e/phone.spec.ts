/**
 * Phone first: on a 360×780 and a 412×915 phone, every area page shows its first question and
 * first answer option without scrolling, under a header of at most 56 px; previous/next stay at
 * hand; tap targets are at least 44×44 px; larger text never scrolls sideways.
 */
import type { Page } from '@playwright/test';
import { areaIds } from '../../src/lib/content/ids';
import { expect, expectAccessible, fixtureText, seedAnswers, test, waitForApp } from './fixtures';

const phones = [
	{ width: 360, height: 780 },
	{ width: 412, height: 915 }
] as const;

/** An answers file with only a profile: the area pages then show every question unanswered. */
function profileOnly(audience: 'school' | 'cultural-organisation', locale: 'nl' | 'en'): string {
	const file = JSON.parse(fixtureText('school-techniek-sterk'));
	return JSON.stringify({
		...file,
		locale,
		profile: { name: 'Telefoonschool', audience, targetGroups: [] },
		answers: {}
	});
}

async function headerHeight(page: Page): Promise<number> {
	return page.locator('header.site-header').evaluate((el) => el.getBoundingClientRect().height);
}

for (const viewport of phones) {
	test.describe(`a ${viewport.width}×${viewport.height} phone`, () => {
		test.use({ viewport });

		for (const audience of ['cultural-organisation', 'school'] as const) {
			for (const locale of ['nl', 'en'] as const) {
				test(`every area page shows the first question and its first option at once (${audience}, ${locale})`, async ({
					page
				}, testInfo) => {
					test.setTimeout(120_000);
					await seedAnswers(page, profileOnly(audience, locale));
					await page.addInitScript((l) => localStorage.setItem('digicheck.locale', l), locale);
					for (const area of areaIds) {
						await page.goto(`/check/${area}/`);
						await waitForApp(page);
						await expect(page.locator('html')).toHaveAttribute('lang', locale);
						expect(await headerHeight(page), 'header height').toBeLessThanOrEqual(56);
						const first = page.locator('fieldset.question').first();
						const legend = await first.locator('legend').boundingBox();
						const radio = await first.getByRole('radio').first().boundingBox();
						expect(legend, area).not.toBeNull();
						expect(radio, area).not.toBeNull();
						// the sticky previous/next bar must not cover them either
						const bar = await page.locator('.pager').boundingBox();
						const visibleBottom = Math.min(viewport.height, bar?.y ?? viewport.height);
						expect(legend!.y, `${area}: statement top`).toBeGreaterThanOrEqual(0);
						expect(legend!.y + legend!.height, `${area}: statement bottom`).toBeLessThanOrEqual(
							visibleBottom
						);
						expect(radio!.y + radio!.height, `${area}: first option`).toBeLessThanOrEqual(
							visibleBottom
						);
					}
					await testInfo.attach(
						`area page ${viewport.width}×${viewport.height} ${audience} ${locale}`,
						{
							body: await page.screenshot(),
							contentType: 'image/png'
						}
					);
				});
			}
		}

		test('the header is one row with a menu that opens the links, and nothing is cramped', async ({
			page
		}) => {
			await seedAnswers(page, fixtureText('school-techniek-sterk'));
			await page.goto('/check/privacy/');
			await waitForApp(page);
			expect(await headerHeight(page)).toBeLessThanOrEqual(56);
			const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
			await expect(nav).toBeHidden();
			const menu = page.getByRole('button', { name: 'Menu' });
			await expect(menu).toHaveAttribute('aria-expanded', 'false');
			await menu.click();
			await expect(menu).toHaveAttribute('aria-expanded', 'true');
			await expect(nav.getByRole('link', { name: 'Hoe we scoren' })).toBeVisible();
			await nav.getByRole('link', { name: 'Hoe we scoren' }).click();
			await expect(page).toHaveURL(/\/hoe-we-scoren\/$/);
			await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();

			// tap targets: every control on an area page is at least 44×44 px
			await page.goto('/check/privacy/');
			await waitForApp(page);
			const small = await page.evaluate(() =>
				[
					...document.querySelectorAll<HTMLElement>(
						'header button, header a, summary, .pager a, label.option, .check-nav a, button'
					)
				]
					.filter((el) => el.offsetParent !== null)
					.map((el) => ({ el: el.textContent?.trim().slice(0, 40), r: el.getBoundingClientRect() }))
					.filter(({ r }) => r.width < 44 || r.height < 44)
					.map(({ el, r }) => `${el} ${Math.round(r.width)}×${Math.round(r.height)}`)
			);
			expect(small).toEqual([]);
			await expectAccessible(page, `area page at ${viewport.width} px`);
		});

		test('the next topic is in view after the last answer, and focus is never hidden behind the bar', async ({
			page
		}) => {
			await seedAnswers(page, fixtureText('school-techniek-sterk'));
			await page.goto('/check/privacy/');
			await waitForApp(page);
			const groups = page.locator('fieldset.question');
			const last = groups.nth((await groups.count()) - 1);
			await last.getByText('Niveau 3').click();
			await expect(page.getByRole('link', { name: /Volgend onderwerp/ })).toBeInViewport();
			// Tab through the page: the focused element is never under the sticky bar
			for (let i = 0; i < 30; i++) {
				await page.keyboard.press('Tab');
				const covered = await page.evaluate(() => {
					const el = document.activeElement as HTMLElement | null;
					const bar = document.querySelector('.pager');
					if (!el || !bar || el === document.body || bar.contains(el)) return null;
					const r = el.getBoundingClientRect();
					const b = bar.getBoundingClientRect();
					return r.top < b.bottom && r.bottom > b.top ? el.outerHTML.slice(0, 80) : null;
				});
				expect(covered, 'a focused element under the bar').toBeNull();
			}
		});
	});
}

test('the first paint waits until the whole first question is read, on every area page', async ({
	page
}) => {
	test.setTimeout(60_000);
	// A script held back at the end of the first question stops the parser there. The page must
	// not paint before it: Chromium paints as soon as the element that <link rel="expect"> names
	// has begun, so that link names the element after the first question.
	const hold = 600;
	await page.route('**/hold-parser.js', async (route) => {
		await new Promise((done) => setTimeout(done, hold));
		await route.fulfill({ body: '', contentType: 'text/javascript' });
	});
	await page.route(/\/check\/[a-z-]+\/$/, async (route) => {
		const html = await (await route.fetch()).text();
		const end = html.indexOf('</fieldset>');
		expect(end, 'the first question in the page').toBeGreaterThan(0);
		await route.fulfill({
			contentType: 'text/html; charset=utf-8',
			body: `${html.slice(0, end)}<script src="/hold-parser.js"></script>${html.slice(end)}`
		});
	});
	for (const area of areaIds) {
		await page.goto(`/check/${area}/`);
		const firstPaint = await page.evaluate(
			() =>
				new Promise<number>((done) =>
					new PerformanceObserver((list) => done(list.getEntries()[0]?.startTime ?? -1)).observe({
						type: 'paint',
						buffered: true
					})
				)
		);
		expect(firstPaint, `${area}: first paint (ms)`).toBeGreaterThanOrEqual(hold);
	}
});

test.describe('larger text', () => {
	// the test adds a stylesheet as a user's text-size setting would; the site's CSP rightly
	// refuses styles from a page script, so it is bypassed here only
	test.use({ viewport: { width: 1280, height: 900 }, bypassCSP: true });

	test('at 200 % text size the answer cards stay readable, without sideways scrolling', async ({
		page
	}) => {
		await seedAnswers(page, fixtureText('school-techniek-sterk'));
		for (const width of [1280, 640]) {
			await page.setViewportSize({ width, height: 900 });
			await page.goto('/check/privacy/');
			await waitForApp(page);
			await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
			const [scrollWidth, clientWidth] = await page.evaluate(() => [
				document.documentElement.scrollWidth,
				document.documentElement.clientWidth
			]);
			expect(scrollWidth, `${width} px`).toBeLessThanOrEqual(clientWidth);
			// no level card narrower than about 10 em of its own text
			const narrow = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('label.option')]
					.map((el) => el.getBoundingClientRect().width / parseFloat(getComputedStyle(el).fontSize))
					.filter((em) => em < 10)
			);
			expect(narrow).toEqual([]);
		}
	});
});

test('answer cards never squeeze: the longest question at 1366 and 360 px', async ({
	page
}, testInfo) => {
	await seedAnswers(page, fixtureText('school-techniek-sterk'));
	for (const viewport of [
		{ width: 1366, height: 768 },
		{ width: 360, height: 780 }
	]) {
		await page.setViewportSize(viewport);
		await page.goto('/check/privacy/');
		await waitForApp(page);
		// 5.2 has the longest words ("verwerkersovereenkomst")
		const question = page.locator('fieldset.question').nth(1);
		await question.scrollIntoViewIfNeeded();
		const narrow = await question.evaluate((fieldset) =>
			[...fieldset.querySelectorAll<HTMLElement>('label.option')]
				.map((el) => {
					const em = parseFloat(getComputedStyle(el).fontSize);
					const room = (el.parentElement?.clientWidth ?? 0) / em;
					return { width: el.getBoundingClientRect().width / em, room };
				})
				.filter(({ width, room }) => width < Math.min(11.5, room - 0.5))
		);
		expect(narrow, `${viewport.width} px`).toEqual([]);
		await testInfo.attach(`question 5.2 at ${viewport.width} px`, {
			body: await question.screenshot(),
			contentType: 'image/png'
		});
	}
});
