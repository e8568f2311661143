/** Offline: after the first visit, a check, its results and its PDF work without a connection. */
import { execFileSync } from 'node:child_process';
import { expect, test, waitForApp } from './fixtures';

test.use({ serviceWorkers: 'allow' });

test('visit once, go offline, do a check, see the results and download the PDF', async ({
	page,
	context
}) => {
	test.setTimeout(90_000);
	await page.goto('/');
	await waitForApp(page);
	// the service worker has cached the app and every page, and controls this page
	await page.waitForFunction(async () => {
		const registration = await navigator.serviceWorker.ready;
		return registration.active?.state === 'activated' && navigator.serviceWorker.controller;
	});
	await context.setOffline(true);

	// a page never visited before, loaded from scratch while offline
	await page.goto('/snelle-scan/');
	await waitForApp(page);
	await page.locator('input[name="audience"][value="school"]').check();
	await page.locator('input[name="earlierProjects"][value="geen"]').check();
	const questions = page.locator('fieldset.question');
	await expect(questions).toHaveCount(12);
	for (const question of await questions.all()) await question.locator('input[value="2"]').check();
	await page.getByRole('button', { name: 'Bekijk je eerste beeld' }).click();
	await expect(page).toHaveURL(/\/resultaat\/$/);
	await expect(page.getByTestId('overall-level')).toBeVisible();

	// the PDF: jspdf and the fonts come from the cache too
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download rapport (PDF)' }).click();
	const path = (await (await download).path()) ?? '';
	expect(execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })).toContain(
		'Snelle scan'
	);

	// and an area page of the full check, reloaded while offline
	await page.goto('/check/privacy/');
	await waitForApp(page);
	await expect(page.locator('fieldset.question').first()).toBeVisible();
	await context.setOffline(false);
});

test('a new version waits, is offered outside the check only, and “Vernieuwen” takes it', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.goto('/check/privacy/');
	await waitForApp(page);
	await page.waitForFunction(async () => {
		const registration = await navigator.serviceWorker.ready;
		return registration.active?.state === 'activated' && navigator.serviceWorker.controller;
	});
	// the next version: the worker script at another address installs beside the active one
	await page.evaluate(async () => {
		await navigator.serviceWorker.register('/service-worker.js?next');
	});
	await page.waitForFunction(async () => {
		const registration = await navigator.serviceWorker.getRegistration();
		return registration?.waiting?.state === 'installed';
	});
	// in the middle of a check: nothing
	await expect(page.getByText('Er is een nieuwe versie van Digicheck')).toHaveCount(0);
	// on the start page: offered
	await page.getByRole('link', { name: 'Startpagina' }).first().click();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByText('Er is een nieuwe versie van Digicheck')).toBeVisible();
	const reloaded = page.waitForEvent('load');
	await page.getByRole('button', { name: 'Vernieuwen' }).click();
	await reloaded;
	await waitForApp(page);
	await expect(page.getByText('Er is een nieuwe versie van Digicheck')).toHaveCount(0);
	expect(
		await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting)
	).toBeFalsy();
});
