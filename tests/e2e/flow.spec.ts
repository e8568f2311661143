import type { Locator, Page } from '@playwright/test';
import { areaIds } from '../../src/lib/content/ids';
import { expect, expectAccessible, fixtureText, seedAnswers, test, waitForApp } from './fixtures';

/** Presses Tab until the target has focus: how a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`could not reach ${target} with Tab`);
}

/** Fills in the profile with the keyboard only. */
async function fillProfileByKeyboard(page: Page, name: string) {
	await tabTo(page, page.getByLabel(/Naam van je organisatie/));
	await page.keyboard.type(name);
	// audience: first radio gets focus, arrow to "Een school"
	await tabTo(page, page.getByRole('radio', { name: 'Een culturele organisatie' }));
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: 'Een school' })).toBeChecked();
	await tabTo(page, page.getByRole('radio', { name: 'Nee, nog nooit' }));
	await page.keyboard.press('ArrowDown');
	await expect(page.getByRole('radio', { name: 'Ja, één project' })).toBeChecked();
	await tabTo(page, page.getByRole('button', { name: 'Verder naar de vragen' }));
	await page.keyboard.press('Enter');
}

test.describe('the questionnaire flow', () => {
	test('can be completed with the keyboard alone, from start page to results', async ({ page }) => {
		test.setTimeout(180_000);
		await page.goto('/');
		await waitForApp(page);
		await tabTo(page, page.getByRole('link', { name: /^Volledige check \(± \d+ min\)$/ }));
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/profiel\/$/);

		// the form refuses to go on without a name, and says why
		await tabTo(page, page.getByRole('button', { name: 'Verder naar de vragen' }));
		await page.keyboard.press('Enter');
		await expect(page.getByRole('alert')).toContainText(
			'Vul de naam van je organisatie of school in.'
		);
		await expect(page.getByRole('alert')).toBeFocused();

		await fillProfileByKeyboard(page, 'Stichting Çağdaş & Zoë’s Atelier');
		let answered = 0;
		for (const [index, area] of areaIds.entries()) {
			await expect(page).toHaveURL(new RegExp(`/check/${area}/$`));
			const groups = page.locator('fieldset.question');
			const count = await groups.count();
			for (let q = 0; q < count; q++) {
				const level = (index + q) % 5;
				const first = groups.nth(q).getByRole('radio').first();
				await tabTo(page, first);
				if (level === 0) await page.keyboard.press('Space');
				for (let k = 0; k < level; k++) await page.keyboard.press('ArrowDown');
				await expect(groups.nth(q).getByRole('radio').nth(level)).toBeChecked();
				answered++;
			}
			await expect(page.locator('#overall-progress')).toHaveAttribute('value', String(answered));
			const next = page.getByRole('link', {
				name: index < areaIds.length - 1 ? /Volgend onderwerp/ : /Naar nakijken/
			});
			await tabTo(page, next);
			await page.keyboard.press('Enter');
		}
		await expect(page).toHaveURL(/\/nakijken\/$/);
		await expect(page.getByText('Je hebt alle vragen beantwoord.')).toBeVisible();
		await tabTo(page, page.getByRole('link', { name: 'Bekijk je resultaat' }));
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/resultaat\/$/);
		await expect(page.getByTestId('overall-score')).not.toHaveText('–');
		await expect(
			page.getByText('Van de 56 vragen: 56 met een niveau, 0 “weet ik niet”')
		).toBeVisible();
	});

	test('announces progress to screen readers after every answer', async ({ page }) => {
		await page.goto('/check/begin-klein/');
		await waitForApp(page);
		const status = page.locator('.progress-status [role="status"]');
		await page.locator('fieldset.question').first().getByText('Niveau 2').click();
		await expect(status).toContainText(
			'1 van 57 vragen beantwoord. Je antwoord is opgeslagen op dit apparaat.'
		);
	});

	test('resumes at the same step with every answer after a reload', async ({ page }) => {
		await page.goto('/profiel/');
		await waitForApp(page);
		await page.getByLabel(/Naam van je organisatie/).fill('Theater De Regenboog');
		await page.getByRole('radio', { name: 'Een culturele organisatie' }).check();
		await page.goto('/check/begin-klein/');
		await waitForApp(page);
		const groups = page.locator('fieldset.question');
		await groups.nth(0).getByText('Niveau 3').click();
		await groups.nth(1).getByText('Weet ik niet').click();
		await page.reload();
		await waitForApp(page);
		await expect(page).toHaveURL(/\/check\/begin-klein\/$/);
		await expect(groups.nth(0).getByRole('radio').nth(3)).toBeChecked();
		await expect(groups.nth(1).getByRole('radio', { name: 'Weet ik niet' })).toBeChecked();
		// the start page offers to continue where you were, or start again with confirmation
		await page.goto('/');
		await waitForApp(page);
		await expect(page.getByText('2 van de 57 vragen beantwoord')).toBeVisible();
		await page.getByRole('link', { name: 'Verder waar je was' }).click();
		await expect(page).toHaveURL(/\/check\/evalueer-bestaand\/$/);
		await page.goto('/');
		await waitForApp(page);
		await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
		const dialog = page.getByRole('dialog', { name: 'Opnieuw beginnen' });
		await expect(dialog).toBeVisible();
		await dialog.getByRole('button', { name: 'Nee, houd mijn antwoorden' }).click();
		await expect(page.getByText('2 van de 57 vragen beantwoord')).toBeVisible();
		await page.getByRole('button', { name: 'Opnieuw beginnen' }).click();
		await dialog.getByRole('button', { name: 'Ja, wis en begin opnieuw' }).click();
		await expect(page).toHaveURL(/\/profiel\/$/);
		await expect(page.getByLabel(/Naam van je organisatie/)).toHaveValue('');
	});

	test('keeps “n.v.t.” apart from “weet ik niet”, and a note per area, through a reload and into the results', async ({
		page
	}) => {
		await page.goto('/profiel/');
		await waitForApp(page);
		await page.getByLabel(/Naam van je organisatie/).fill('Zoë’s Atelier');
		await page.getByRole('radio', { name: 'Een culturele organisatie' }).check();
		await page.goto('/check/output-impact/');
		await waitForApp(page);
		const groups = page.locator('fieldset.question');
		await groups.nth(0).getByText('Niveau 2').click();
		await groups.nth(1).getByRole('radio', { name: 'Weet ik niet' }).check();
		await groups.nth(3).getByRole('radio', { name: 'Niet van toepassing' }).check();
		const note = page.getByLabel('Toelichting of bewijs, voor wie het rapport leest');
		await note.fill('We tellen deelnemers per les; een onderzoek loopt.');
		await page.reload();
		await waitForApp(page);
		await expect(groups.nth(1).getByRole('radio', { name: 'Weet ik niet' })).toBeChecked();
		await expect(groups.nth(3).getByRole('radio', { name: 'Niet van toepassing' })).toBeChecked();
		await expect(note).toHaveValue('We tellen deelnemers per les; een onderzoek loopt.');
		await expect(page.getByText('3 van 5 vragen beantwoord in dit onderwerp')).toBeVisible();
		await expectAccessible(page, 'area with n.v.t. and a note');
		await page.goto('/resultaat/');
		await waitForApp(page);
		// one answered area is far too little: no score, no level, no track, and it says why
		await expect(page.getByTestId('overall-score')).toHaveText('–');
		await expect(page.getByTestId('overall-insufficient')).toContainText(
			'Onderwerpen met een score: 1 van de 12. Voor een totaalbeeld zijn er minstens 9 nodig.'
		);
		// the track hangs on whether they took part before, which is not answered: it is named
		await expect(page.getByTestId('track')).toHaveText(
			'Nog geen advies: er ontbreekt een antwoord'
		);
		await expect(page.getByTestId('track-reason')).toContainText(
			'Deden jullie al eens mee aan een digitaliseringstraject'
		);
		await expect(page.getByText('Jullie toelichting: We tellen deelnemers per les')).toBeVisible();
	});

	test('small words right: an error goes once fixed, "1 vraag", a download in the wipe dialog', async ({
		page
	}) => {
		await page.goto('/profiel/');
		await waitForApp(page);
		await page.getByRole('button', { name: 'Verder naar de vragen' }).click();
		await expect(page.getByRole('alert')).toContainText(
			'Vul de naam van je organisatie of school in.'
		);
		await page.getByLabel(/Naam van je organisatie/).fill('Zoë’s Atelier');
		await expect(page.getByText('Vul de naam van je organisatie of school in.')).toHaveCount(0);
		await expect(page.getByRole('alert')).toContainText('Kies of je een school');

		const file = JSON.parse(fixtureText('school-techniek-sterk'));
		delete file.answers['vervolg'];
		await page.evaluate(
			(text) => localStorage.setItem('digicheck.answers', text),
			JSON.stringify(file)
		);
		await page.goto('/nakijken/');
		await waitForApp(page);
		await expect(page.getByRole('heading', { name: 'Nog 1 vraag open' })).toBeVisible();

		await page.getByRole('button', { name: 'Wis mijn gegevens' }).click();
		const dialog = page.getByRole('dialog', { name: 'Alle gegevens wissen?' });
		const download = page.waitForEvent('download');
		await dialog.getByRole('button', { name: 'Download eerst mijn antwoorden' }).click();
		expect((await download).suggestedFilename()).toMatch(/^digicheck-het-haags-lyceum-.*\.json$/);
		await expect(dialog).toBeVisible();
	});

	test('switching language mid-check keeps every answer', async ({ page }) => {
		await seedAnswers(page, fixtureText('school-techniek-sterk'));
		await page.goto('/check/privacy/');
		await waitForApp(page);
		await expect(page.locator('#overall-progress')).toHaveAttribute('value', '56');
		await page.getByRole('link', { name: 'Switch to English' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Pupils’ privacy and the use of technology'
		);
		await expect(page.locator('#overall-progress')).toHaveAttribute('value', '56');
		// school wording in English
		await expect(
			page.getByText('We clearly tell pupils and parents which pupil data we share')
		).toBeVisible();
		await expect(page.locator('fieldset.question').first().getByRole('radio').nth(3)).toBeChecked();
	});

	test('keeps a corrupt save aside, tells the user, and offers it for download', async ({
		page
	}) => {
		const corrupt = '{"format":"digicheck-answers","version":1,"answers":{"vervolg":9}';
		await page.addInitScript((data) => {
			if (!sessionStorage.getItem('seeded')) {
				localStorage.setItem('digicheck.answers', data);
				sessionStorage.setItem('seeded', '1');
			}
		}, corrupt);
		await page.goto('/');
		await waitForApp(page);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText('We konden je opgeslagen check niet openen');
		const download = page.waitForEvent('download');
		await alert.getByRole('button', { name: 'Download de oude gegevens' }).click();
		const file = await download;
		const { readFile } = await import('node:fs/promises');
		expect(await readFile((await file.path()) ?? '', 'utf8')).toBe(corrupt);
		// still offered after a reload: nothing was thrown away
		await page.reload();
		await waitForApp(page);
		await expect(page.getByRole('alert')).toContainText(
			'We konden je opgeslagen check niet openen'
		);
		await page.getByRole('button', { name: 'Verwijder de oude gegevens' }).click();
		await expect(page.getByRole('alert')).toHaveCount(0);
	});

	test('still works without storage (private mode), with a visible notice', async ({ page }) => {
		await page.addInitScript(() => {
			const fail = () => {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			};
			Storage.prototype.setItem = fail;
			Storage.prototype.getItem = fail;
			Storage.prototype.removeItem = fail;
		});
		await page.goto('/profiel/');
		await waitForApp(page);
		await expect(page.getByText('Je antwoorden worden niet bewaard')).toBeVisible();
		await page.getByLabel(/Naam van je organisatie/).fill('Basisschool De Linde');
		await page.getByRole('radio', { name: 'Een school' }).check();
		await page.getByRole('button', { name: 'Verder naar de vragen' }).click();
		for (const area of areaIds) {
			await expect(page).toHaveURL(new RegExp(`/check/${area}/$`));
			const groups = page.locator('fieldset.question');
			for (let q = 0; q < (await groups.count()); q++)
				await groups.nth(q).getByText('Niveau 2').click();
			await page.getByRole('link', { name: /Volgend onderwerp|Naar nakijken/ }).click();
		}
		await page.getByRole('link', { name: 'Bekijk je resultaat' }).click();
		await expect(page.getByTestId('overall-score')).toHaveText('50');
		await expect(page.getByTestId('overall-level')).toHaveText('Ontwikkelend');
	});

	test('deletes every saved answer with "Wis mijn gegevens" after confirmation', async ({
		page
	}) => {
		await seedAnswers(page, fixtureText('school-techniek-sterk'));
		await page.goto('/resultaat/');
		await waitForApp(page);
		await page.getByRole('button', { name: 'Wis mijn gegevens' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Ja, wis alles' }).click();
		await expect(
			page.getByRole('status').filter({ hasText: 'Je gegevens zijn gewist van dit apparaat.' })
		).toBeAttached();
		await expect(page.getByText('Je hebt nog geen vragen beantwoord.')).toBeVisible();
		const keys = await page.evaluate(() =>
			Object.keys(localStorage).filter((k) => k.startsWith('digicheck.'))
		);
		expect(keys).toEqual([]);
	});
});

test.describe('accessibility of every step', () => {
	for (const locale of ['nl', 'en'] as const) {
		test(`axe finds nothing on any page (${locale})`, async ({ page }) => {
			test.setTimeout(180_000);
			await seedAnswers(page, fixtureText('school-techniek-sterk'));
			await page.addInitScript((l) => localStorage.setItem('digicheck.locale', l), locale);
			const paths = [
				'/',
				'/profiel/',
				...areaIds.map((a) => `/check/${a}/`),
				'/nakijken/',
				'/resultaat/',
				'/vragen/',
				'/hoe-we-scoren/',
				'/vergelijk/',
				'/team/'
			];
			for (const path of paths) {
				await page.goto(path);
				await waitForApp(page);
				await expect(page.locator('html')).toHaveAttribute('lang', locale);
				if (path === '/resultaat/') await expect(page.getByTestId('overall-score')).toBeVisible();
				await expectAccessible(page, `${path} (${locale})`);
			}
		});
	}
});

test.describe('small screens', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('an area page at 360 px has no horizontal scrolling (and no page does at 320 px)', async ({
		page
	}, testInfo) => {
		await seedAnswers(page, fixtureText('school-techniek-sterk'));
		for (const width of [320, 360]) {
			await page.setViewportSize({ width, height: 740 });
			for (const path of [
				'/',
				'/profiel/',
				'/check/privacy/',
				'/nakijken/',
				'/resultaat/',
				'/vragen/',
				'/hoe-we-scoren/',
				'/vergelijk/',
				'/team/'
			]) {
				await page.goto(path);
				await waitForApp(page);
				if (path === '/resultaat/') await expect(page.getByTestId('overall-score')).toBeVisible();
				const [scrollWidth, clientWidth] = await page.evaluate(() => [
					document.documentElement.scrollWidth,
					document.documentElement.clientWidth
				]);
				expect(scrollWidth, `${path} at ${width} px`).toBeLessThanOrEqual(clientWidth);
			}
		}
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto('/check/privacy/');
		await waitForApp(page);
		const shot = await page.screenshot({ fullPage: true });
		await testInfo.attach('area-page-360px', { body: shot, contentType: 'image/png' });
		expect(shot.length).toBeGreaterThan(10_000);
	});
});

test('the profile form is in the page as served (no “Even laden…”); a saved profile fills it in after start-up', async ({
	page
}) => {
	const html = await (await page.request.get('/profiel/')).text();
	expect(html).toContain('id="field-name"');
	expect(html).toContain('name="audience"');
	expect(html).not.toContain('Even laden');
	await seedAnswers(page, fixtureText('basisschool'));
	await page.goto('/profiel/');
	await waitForApp(page);
	await expect(page.locator('form')).not.toHaveAttribute('inert');
	await expect(page.getByLabel(/Naam van je organisatie/)).toHaveValue('Basisschool De Regenboog');
	await expect(page.getByRole('radio', { name: 'Een school' })).toBeChecked();
});
