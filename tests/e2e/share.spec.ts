/** "Deel als link": the answers in the URL fragment, opened elsewhere only after a question. */
import { noise } from '../../src/lib/testing/noise';
import { expect, expectAccessible, fixtureText, seedAnswers, test, waitForApp } from './fixtures';

test('a share link opens the same results on another device; a tampered one changes nothing', async ({
	page,
	browser,
	baseURL
}) => {
	await seedAnswers(page, fixtureText('basisschool'));
	await page.goto('/resultaat/');
	await waitForApp(page);
	const score = await page.getByTestId('overall-score').textContent();
	await page.getByRole('button', { name: 'Deel als link' }).click();
	await expect(page.getByText('Iedereen met deze link kan je antwoorden lezen')).toBeVisible();
	const link = await page.getByLabel('Link met je antwoorden').inputValue();
	expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#a=[A-Za-z0-9_-]+$/);
	expect(link.length).toBeLessThanOrEqual(8192);
	await expectAccessible(page, 'results with a share link');

	// a fresh browser, as a colleague's: nothing stored yet
	const other = await browser.newContext({ locale: 'nl-NL', baseURL });
	const colleague = await other.newPage();
	await colleague.goto(link);
	await waitForApp(colleague);
	const dialog = colleague.getByRole('dialog', { name: 'Antwoorden uit een link openen?' });
	await expect(dialog).toContainText('In de link: Basisschool De Regenboog, 56 vragen beantwoord');
	await dialog.getByRole('button', { name: 'Open deze antwoorden' }).click();
	await expect(colleague).toHaveURL(/\/resultaat\/$/);
	await expect(colleague.getByTestId('overall-score')).toHaveText(score ?? '');

	// a tampered link on a device with its own answers: refused, nothing replaced
	const mine = await other.newPage();
	const tampered = link.replace(/#a=(.{20})/, '#a=$1~~');
	await mine.goto(tampered);
	await waitForApp(mine);
	await expect(mine.getByRole('alert')).toContainText('Deze link kon niet worden geopend');
	await expect(mine.getByRole('dialog')).toHaveCount(0);
	await mine.goto('/resultaat/');
	await waitForApp(mine);
	await expect(mine.getByTestId('overall-score')).toHaveText(score ?? '');
	await other.close();
});

test('a project plan too long for a link stays out of it, and the page says so; the answers travel', async ({
	page,
	browser,
	baseURL
}) => {
	const file = JSON.parse(fixtureText('museum-groot'));
	const days = ['2027-01-04', '2027-01-22', '2027-01-25', '2027-02-05', '2027-02-08'];
	const ids = ['inleven', 'definieren', 'ideeen', 'prototype', 'testen'];
	const plan = {
		idea: noise(600, 1),
		partner: noise(600, 2),
		phases: ids.map((id, i) => ({
			id,
			start: days[i],
			end: days[i],
			who: noise(600, 10 + i),
			activity: noise(600, 20 + i),
			test: noise(600, 30 + i),
			hours: 4,
			costs: 0
		})),
		outcome: noise(600, 6),
		measure: noise(600, 7),
		when: '2027-06-07'
	};
	await seedAnswers(page, JSON.stringify({ ...file, version: 3, plan }));
	await page.goto('/resultaat/');
	await waitForApp(page);
	await page.getByRole('button', { name: 'Deel als link' }).click();
	await expect(page.getByText('Je projectplan zit niet in deze link')).toBeVisible();
	const link = await page.getByLabel('Link met je antwoorden').inputValue();
	expect(link.length).toBeLessThanOrEqual(8192);
	await expectAccessible(page, 'a share link without the plan');

	const other = await browser.newContext({ locale: 'nl-NL', baseURL });
	const colleague = await other.newPage();
	await colleague.goto(link);
	await waitForApp(colleague);
	await colleague
		.getByRole('dialog', { name: 'Antwoorden uit een link openen?' })
		.getByRole('button', { name: 'Open deze antwoorden' })
		.click();
	await expect(colleague).toHaveURL(/\/resultaat\/$/);
	const opened = await colleague.evaluate(() =>
		JSON.parse(localStorage.getItem('digicheck.answers') ?? '{}')
	);
	expect(opened.plan).toBeUndefined();
	expect(opened.answers).toEqual(file.answers);
	await other.close();
});
