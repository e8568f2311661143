/** Checks kept on this device: keep, change five answers, keep again, compare, rename, delete. */
import { execFileSync } from 'node:child_process';
import { expect, expectAccessible, fixtureText, seedAnswers, test, waitForApp } from './fixtures';

test('keep a check, change five answers, keep again, compare, and manage the history', async ({
	page
}) => {
	test.setTimeout(120_000);
	await seedAnswers(page, fixtureText('basisschool'));
	await page.goto('/resultaat/');
	await waitForApp(page);
	await page.getByLabel('Naam', { exact: true }).fill('Voormeting september 2026');
	await page.getByRole('button', { name: 'Bewaar in je geschiedenis' }).click();
	await expect(page.getByText('Bewaard als “Voormeting september 2026”.')).toBeVisible();

	// five answers go up
	await page.goto('/check/privacy/');
	await waitForApp(page);
	const questions = page.locator('fieldset.question');
	for (let i = 0; i < 5; i++) await questions.nth(i).getByText('Niveau 4').click();
	await page.goto('/resultaat/');
	await waitForApp(page);
	await page.getByLabel('Naam', { exact: true }).fill('Nameting juni 2027');
	await page.getByRole('button', { name: 'Bewaar in je geschiedenis' }).click();
	await expect(page.getByText('Bewaard als “Nameting juni 2027”.')).toBeVisible();

	// the start page lists both
	await page.goto('/');
	await waitForApp(page);
	const list = page.getByRole('region', { name: 'Je bewaarde checks' });
	await expect(list.getByRole('heading', { level: 3 })).toHaveText([
		'Nameting juni 2027',
		'Voormeting september 2026'
	]);
	await expectAccessible(page, 'start page with a history');
	await page.setViewportSize({ width: 320, height: 740 });
	expect(
		await page.evaluate(
			() => document.documentElement.scrollWidth <= document.documentElement.clientWidth
		)
	).toBe(true);
	await page.setViewportSize({ width: 1280, height: 900 });

	// compare the earlier one with now
	const earlier = list.getByRole('listitem').filter({ hasText: 'Voormeting september 2026' });
	await earlier.getByRole('link', { name: 'Vergelijk met nu' }).click();
	await waitForApp(page);
	await expect(page.getByTestId('comparison-verdict')).toHaveText(
		/^(1 onderwerp|([2-9]|1[0-2]) onderwerpen) vooruit, 0 achteruit/
	);
	await expect(
		page.getByRole('table', { name: 'Scores voor en na, per onderwerp' }).getByRole('row')
	).toHaveCount(13);
	// two from the history, the other way round: everything that went up now goes down
	await page.getByRole('button', { name: 'Voormeting september 2026', exact: true }).click();
	await expect(
		page.getByRole('button', { name: 'Voormeting september 2026', exact: true })
	).toHaveAttribute('aria-pressed', 'true');
	await page.getByRole('button', { name: 'Vergelijk met “Nameting juni 2027”' }).click();
	await expect(page.getByTestId('comparison-verdict')).toHaveText(
		/^0 onderwerpen vooruit, [1-9]\d* achteruit/
	);
	await expectAccessible(page, 'comparing two kept checks');
	await page.getByRole('button', { name: 'Je huidige check' }).click();
	await page.getByRole('button', { name: 'Vergelijk met “Voormeting september 2026”' }).click();
	await expect(page.getByTestId('comparison-verdict')).toHaveText(/ vooruit, 0 achteruit/);

	const download = page.waitForEvent('download');
	await page
		.getByRole('button', { name: 'Download het rapport met de vergelijking (PDF)' })
		.click();
	const path = await (await download).path();
	expect(execFileSync('pdftotext', [path ?? '', '-'], { encoding: 'utf8' })).toContain(
		'Voor- en nameting'
	);

	// rename, then delete after a question
	await page.goto('/');
	await waitForApp(page);
	await earlier.getByRole('button', { name: 'Naam wijzigen' }).click();
	await list.getByLabel('Naam').fill('Voormeting 2026');
	await list.getByRole('button', { name: 'Opslaan' }).click();
	await expect(list.getByRole('heading', { name: 'Voormeting 2026' })).toBeVisible();
	const renamed = list.getByRole('listitem').filter({ hasText: 'Voormeting 2026' });
	await renamed.getByRole('button', { name: 'Verwijderen' }).click();
	const dialog = page.getByRole('dialog', { name: 'Deze check verwijderen?' });
	await dialog.getByRole('button', { name: 'Verwijderen' }).click();
	await expect(list.getByRole('heading', { level: 3 })).toHaveText(['Nameting juni 2027']);
});
