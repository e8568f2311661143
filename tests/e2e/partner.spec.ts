/** "Samen met je partner": a school's and a cultural organisation's files, side by side. */
import { execFileSync } from 'node:child_process';
import { expect, expectAccessible, fixtureText, test, waitForApp } from './fixtures';

const file = (name: string, text = fixtureText(name)) => ({
	name: `${name.split('/').pop()}.json`,
	mimeType: 'application/json',
	buffer: Buffer.from(text)
});

test('two files: side by side, joint advice, differences, the PDF; a bad file changes nothing', async ({
	page
}, testInfo) => {
	test.setTimeout(90_000);
	await page.goto('/samen/');
	await waitForApp(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Samen met je partner' })).toBeVisible();
	const input = page.locator('input[type=file]');

	// the school's file first: the page asks for the partner's
	await input.setInputFiles([file('partner/vo-school')]);
	const files = page.getByRole('region', { name: 'De twee bestanden' });
	await expect(files).toContainText('Stedelijk College Zuid');
	await expect(files.getByRole('status')).toHaveText(
		'Open nog het bestand van de culturele partner.'
	);

	// a broken file and a file without a kind of organisation: named, nothing replaced
	const noKind = JSON.parse(fixtureText('partner/filmhuis'));
	delete noKind.profile.audience;
	await input.setInputFiles([
		file('kapot', '{"format": "digicheck-answers", "ver'),
		file('zonder-soort', JSON.stringify(noKind))
	]);
	await expect(page.getByRole('alert')).toContainText('kapot.json kon niet worden geopend.');
	await expect(page.getByRole('alert')).toContainText(
		'zonder-soort.json: in dit bestand staat niet of het van een school of een culturele organisatie is.'
	);
	await expect(files).toContainText('Stedelijk College Zuid');

	await input.setInputFiles([file('partner/filmhuis')]);
	await expect(files).toContainText('Filmhuis De Lantaarn');
	await expect(page.getByRole('alert')).toHaveCount(0);
	const table = page.getByRole('table', {
		name: 'Scores per onderwerp, school en culturele partner'
	});
	await expect(table.getByRole('row')).toHaveCount(13);
	await expect(table.getByRole('row', { name: /^4\. / })).toContainText('75');
	const canvas = page.locator('.chart canvas');
	// the radar is drawn when it comes near the screen, as a reader scrolls to it
	await canvas.scrollIntoViewIfNeeded();
	await expect
		.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL().length))
		.toBeGreaterThan(5_000);
	const advice = page.getByRole('region', { name: 'Samen regelen' });
	await expect(advice.getByRole('heading', { level: 3 }).nth(1)).toHaveText(
		'Controleer samen de apps van het project, vóór de eerste les'
	);
	await expect(advice).toContainText(
		'De culturele partner is sterk waar de school dat nog niet is: Voorbereiding.'
	);
	await advice.getByText('Waarom zie ik dit advies?').first().click();
	await expect(advice).toContainText(
		'koos de culturele partner: “We kijken er soms naar, als iemand erom vraagt”.'
	);
	const apart = page.getByRole('region', {
		name: 'Hier zien jullie het verschillend: bespreek dit eerst'
	});
	await expect(apart.locator('ul.apart li').first()).toContainText(
		'school: niveau 4, partner: niveau 1'
	);
	await apart.locator('details.all summary').click();
	await expect(
		apart.getByRole('table', { name: 'Alle vragen naast elkaar' }).getByRole('row')
	).toHaveCount(56);
	await expectAccessible(page, 'the partner view');
	await testInfo.attach('partner view', {
		body: await page.screenshot({ fullPage: true }),
		contentType: 'image/png'
	});

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download ‘Samen met je partner’ (PDF)' }).click();
	const path = await (await download).path();
	const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path ?? '', '-'], {
		encoding: 'utf8'
	}).replace(/\s+/g, ' ');
	expect(text).toContain('Samen met je partner');
	expect(text).toContain('Stedelijk College Zuid × Filmhuis De Lantaarn');
	expect(text).toContain('Controleer samen de apps van het project, vóór de eerste les');

	// the PDF carries both files: opened on its own, it fills both sides again
	const again = await page.context().newPage();
	await again.goto('/samen/');
	await waitForApp(again);
	await again.locator('input[type=file]').setInputFiles(path ?? '');
	const sides = again.getByRole('region', { name: 'De twee bestanden' });
	await expect(sides).toContainText('Stedelijk College Zuid');
	await expect(sides).toContainText('Filmhuis De Lantaarn');
	await expect(
		again.getByRole('table', { name: 'Scores per onderwerp, school en culturele partner' })
	).toBeVisible();
	await again.close();

	// the whole view follows the language switch
	await page.getByRole('link', { name: 'Switch to English' }).click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Together with your partner' })
	).toBeVisible();
	const english = page.getByRole('region', { name: 'Arrange together' });
	await expect(english.getByRole('heading', { level: 3 }).nth(1)).toHaveText(
		'Check the project’s apps together, before the first lesson'
	);
});

test('"weet ik niet" on the budget on both sides: the partners show side by side, no error', async ({
	page
}) => {
	// the shared fixture fails the test on any console error or uncaught exception
	// (state_unsafe_mutation was one)
	await page.goto('/samen/');
	await waitForApp(page);
	const unsure = (name: string) => {
		const data = JSON.parse(fixtureText(name));
		data.answers['budget-digitaal'] = 'unknown';
		return JSON.stringify(data);
	};
	await page
		.locator('input[type=file]')
		.setInputFiles([
			file('school', unsure('partner/vo-school')),
			file('filmhuis', unsure('partner/filmhuis'))
		]);
	await expect(page.getByRole('heading', { name: 'Naast elkaar', exact: true })).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
});
