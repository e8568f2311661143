/** Before and after: the current check compared with an earlier one opened from its file. */
import { execFileSync } from 'node:child_process';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, fixtureText, seedAnswers, test, waitForApp } from './fixtures';

async function openEarlier(page: Page, text: string) {
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Open de eerdere meting (bestand)' }).click();
	await (
		await chooser
	).setFiles({
		name: 'voormeting.json',
		mimeType: 'application/json',
		buffer: Buffer.from(text)
	});
}

test('compare with an earlier check: verdict, overlay, 12 deltas, the PDF with “Voor- en nameting”', async ({
	page
}, testInfo) => {
	test.setTimeout(90_000);
	const before = fixtureText('basisschool');
	// the after: five answers higher, a season later
	const after = JSON.parse(before);
	for (const id of [
		'vervolg',
		'budget-digitaal',
		'tijd-voor-onderzoek',
		'apps-gecontroleerd',
		'toestemming-beeld'
	])
		after.answers[id] = 4;
	after.savedAt = '2027-06-01T10:00:00.000Z';
	await seedAnswers(page, JSON.stringify(after));
	await page.goto('/resultaat/');
	await waitForApp(page);
	await page.getByRole('link', { name: 'Vergelijk met een eerdere meting' }).click();
	await expect(page).toHaveURL(/\/vergelijk\/$/);
	await waitForApp(page);

	// a bad file changes nothing and says why
	await openEarlier(page, '{"format":"digicheck-answers","version":2}');
	await expect(page.getByRole('alert')).toContainText('Dit bestand kon niet worden geopend');

	await openEarlier(page, before);
	await expect(page.getByTestId('comparison-verdict')).toHaveText(
		/^\d+ onderwerpen vooruit, 0 achteruit/
	);
	const table = page.getByRole('table', { name: 'Scores voor en na, per onderwerp' });
	await expect(table.getByRole('row')).toHaveCount(13);
	await expect(page.getByRole('heading', { name: 'Advies dat nu is opgelost' })).toBeVisible();
	const canvas = page.locator('.chart canvas');
	// the radar is drawn when it comes near the screen, as a reader scrolls to it
	await canvas.scrollIntoViewIfNeeded();
	await expect
		.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL().length))
		.toBeGreaterThan(5_000);
	await expectAccessible(page, 'the comparison');
	// on a small phone the table and the chart stay within the screen
	await page.setViewportSize({ width: 320, height: 740 });
	const [scrollWidth, clientWidth] = await page.evaluate(() => [
		document.documentElement.scrollWidth,
		document.documentElement.clientWidth
	]);
	expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
	await page.setViewportSize({ width: 1280, height: 900 });
	await testInfo.attach('comparison', {
		body: await page.screenshot({ fullPage: true }),
		contentType: 'image/png'
	});

	const download = page.waitForEvent('download');
	await page
		.getByRole('button', { name: 'Download het rapport met de vergelijking (PDF)' })
		.click();
	const path = await (await download).path();
	const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path ?? '', '-'], { encoding: 'utf8' });
	expect(text).toContain('Voor- en nameting');
	expect(text).toMatch(/\d+ onderwerpen vooruit, 0 achteruit/);
	// nothing was replaced: the current check is still the after
	expect(
		await page.evaluate(
			() => JSON.parse(localStorage.getItem('digicheck.answers') ?? '{}').answers.vervolg
		)
	).toBe(4);
});
