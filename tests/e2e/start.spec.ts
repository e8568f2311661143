import { expect, expectAccessible, test, waitForApp } from './fixtures';

test.describe('start page', () => {
	test('is in Dutch, switches to English and back, and remembers the choice', async ({ page }) => {
		await page.goto('/');
		await waitForApp(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Hoe digitaal klaar is jouw organisatie?'
		);
		// one first choice for a newcomer, the quick scan; the full check beside it, each with its
		// measured time
		await expect(page.locator('.hero .lead')).toHaveText('Nieuw hier? Begin met de snelle scan.');
		const ways = page.locator('.hero a.button');
		await expect(ways).toHaveCount(2);
		await expect(ways.first()).toHaveText('Snelle scan (± 7 min)');
		await expect(ways.first()).not.toHaveClass(/secondary/);
		await expect(ways.nth(1)).toHaveText('Volledige check (± 35 min)');
		// the question counts are the check's own (a cultural organisation: 57), plainly said
		await expect(page.getByTestId('how-long')).toHaveText(
			/^De snelle scan: 12 vragen, ongeveer 7 minuten\. De volledige check: 57 vragen, ongeveer 35 minuten\./
		);
		await expect(page.getByTestId('how-long')).not.toContainText('20 minuten');
		// the rest in two groups
		await expect(page.getByRole('heading', { name: 'Ik heb al een bestand' })).toBeVisible();
		const more = page.getByRole('region', { name: 'Meer dan één check' });
		for (const name of [
			'Vergelijk twee checks',
			'Teamrapport',
			'Samen met je partner',
			'Cohortoverzicht'
		])
			await expect(more.getByRole('link', { name })).toBeVisible();
		await expect(page.getByRole('contentinfo')).toContainText(
			'Je antwoorden blijven op dit apparaat'
		);

		await page.getByRole('link', { name: 'Switch to English' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'How digitally ready is your organisation?'
		);
		await expect(page.getByRole('contentinfo')).toContainText('Your answers stay on this device');

		await page.reload();
		await waitForApp(page);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'How digitally ready is your organisation?'
		);

		await page.getByRole('link', { name: 'Schakel over naar Nederlands' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Hoe digitaal klaar is jouw organisatie?'
		);
	});

	test.describe('with an English browser', () => {
		test.use({ locale: 'en-GB' });

		test('a first visit opens in English, and a chosen language wins after that', async ({
			page
		}) => {
			await page.goto('/');
			await waitForApp(page);
			await expect(page.locator('html')).toHaveAttribute('lang', 'en');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				'How digitally ready is your organisation?'
			);
			await page.getByRole('link', { name: 'Schakel over naar Nederlands' }).click();
			await page.reload();
			await waitForApp(page);
			await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
		});
	});

	test('has no accessibility violations in either language', async ({ page }) => {
		await page.goto('/');
		await waitForApp(page);
		await expectAccessible(page, 'start (nl)');
		await page.getByRole('link', { name: 'Switch to English' }).click();
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expectAccessible(page, 'start (en)');
	});

	test('offers a skip link to the main content as the first stop of the keyboard', async ({
		page
	}) => {
		await page.goto('/');
		await waitForApp(page);
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Naar de inhoud' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(page.locator('main')).toBeFocused();
	});

	test('sends a content security policy without inline scripts or other origins', async ({
		page
	}) => {
		await page.goto('/');
		const csp = await page
			.locator('meta[http-equiv="content-security-policy"]')
			.getAttribute('content');
		expect(csp).toContain("default-src 'self'");
		expect(csp).toMatch(/script-src 'self' 'sha256-[^']+'/);
		expect(csp).not.toContain('unsafe-eval');
		expect(csp).not.toMatch(/https?:/);
		// a policy in a meta tag covers only what comes after it: every script, preload and style
		const order = await page.evaluate(() =>
			[...document.head.querySelectorAll('meta, script, link[rel="modulepreload"], style')].map(
				(e) => (e.matches('meta[http-equiv="content-security-policy"]') ? 'policy' : e.localName)
			)
		);
		const policyAt = order.indexOf('policy');
		expect(policyAt).toBeGreaterThan(-1);
		expect(order.slice(0, policyAt)).not.toContain('link');
		expect(order.slice(0, policyAt)).not.toContain('script');
		expect(order.slice(0, policyAt)).not.toContain('style');
		// the styles are written into the page, each allowed by its hash: they apply
		expect(order).toContain('style');
		expect(csp).toMatch(/style-src [^;]*'sha256-[^']+' 'sha256-[^']+'/);
		await expect(page.locator('.site-header')).toHaveCSS('border-bottom-style', 'solid');
	});
});

test('an unknown address shows a helpful page in the user’s language', async ({ page, guard }) => {
	// What a static host serves for an address that does not exist, with status 404; the
	// browser logs that status, which is the one console error expected here.
	guard.allowConsoleErrors.push(/status of 404/);
	const response = await page.goto('/404.html');
	// the page as served, before any script: it has its title (the Nu Html Checker asks for one)
	expect(await response?.text()).toMatch(/<title>Deze pagina bestaat niet · Digicheck<\/title>/);
	await waitForApp(page);
	await expect(page).toHaveTitle('Deze pagina bestaat niet · Digicheck');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Deze pagina bestaat niet');
	await page.getByRole('link', { name: 'Switch to English' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
	await page.getByRole('link', { name: 'Go to the start page', exact: true }).click();
	await expect(page).toHaveURL(/\/$/);
});
