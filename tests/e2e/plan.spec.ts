/**
 * The project plan (#30): from the results page to a plan drafted from the answers, edited,
 * kept over a reload, and taken along as a calendar file and a PDF that carries the answers.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { expect, expectAccessible, fixtureText, seedAnswers, test, waitForApp } from './fixtures';

for (const { width, height } of [
	{ width: 360, height: 780 },
	{ width: 1280, height: 900 }
])
	test(`from the results to a filled plan at ${width} px: kept over a reload, .ics and PDF read back`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		// the collective never asks participants what they need, and has no budget
		await seedAnswers(page, fixtureText('collectief-start'));
		await page.goto('/resultaat/');
		await waitForApp(page);
		await page.getByRole('link', { name: /Van advies naar plan/ }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Projectplan' })).toBeVisible();

		// five steps, the first suggested from the answers, with its why
		const steps = page.locator('fieldset');
		await expect(steps).toHaveCount(5);
		await expect(steps.first().locator('legend')).toHaveText('1. Je inleven in de eindgebruiker');
		const activity = page.getByLabel('Wat jullie doen').first();
		await expect(activity).toHaveValue(/^Interview vijf leerlingen en twee leraren/);
		await expect(steps.first()).toContainText('Waarom dit voorstel');
		await expect(page.getByTestId('plan-hours')).toHaveText('50');
		// looking is not making: no plan in the answers file until the first change
		const saved = () =>
			page.evaluate(() => JSON.parse(localStorage.getItem('digicheck.answers') ?? '{}'));
		expect((await saved()).plan).toBeUndefined();

		// the respondent's own words, and costs above a budget of none: begin klein
		await page
			.getByLabel('Het idee in één zin')
			.fill('Een stop-motionles met leerlingen uit groep 7');
		const costs = page.getByLabel('Kosten in euro').nth(3);
		await costs.fill('450');
		await costs.blur();
		await expect(page.getByTestId('plan-costs')).toHaveText('€ 450');
		await expect(page.getByTestId('plan-warnings')).toContainText('Jullie hebben nog geen budget');
		// an activity rewritten by the respondent has no "why" from Digicheck any more
		await activity.fill('Een les meekijken bij groep 7');
		await expect(steps.first()).not.toContainText('Waarom dit voorstel');
		await expectAccessible(page, `the plan at ${width} px`);
		// nothing runs past the screen's side
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			width
		);

		await page.reload();
		await waitForApp(page);
		await expect(page.getByLabel('Het idee in één zin')).toHaveValue(
			'Een stop-motionles met leerlingen uit groep 7'
		);
		await expect(page.getByLabel('Wat jullie doen').first()).toHaveValue(
			'Een les meekijken bij groep 7'
		);
		await expect(page.getByTestId('plan-costs')).toHaveText('€ 450');

		// the calendar file: six events, the steps and the second measurement
		const icsDownload = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Zet in je agenda (.ics)' }).click();
		const ics = await icsDownload;
		expect(ics.suggestedFilename()).toMatch(/\.ics$/);
		const calendar = new ICAL.Component(ICAL.parse(readFileSync((await ics.path()) ?? '', 'utf8')));
		const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(events.map((e) => e.summary)).toEqual([
			'1. Je inleven in de eindgebruiker',
			'2. Het probleem definiëren',
			'3. Ideeën over oplossingen verzinnen',
			'4. Een prototype maken',
			'5. Het ontwerp testen',
			'Tweede meting: vraag het een seizoen later nog een keer'
		]);

		// the PDF: the plan, and the answers file (with the plan) inside it
		const pdfDownload = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download projectplan (PDF)' }).click();
		const pdf = (await (await pdfDownload).path()) ?? '';
		const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], {
			encoding: 'utf8'
		}).replace(/\s+/g, ' ');
		expect(text).toContain('Een stop-motionles met leerlingen uit groep 7');
		expect(text).toContain('De vijf stappen');
		expect(text).toContain('Jullie hebben nog geen budget');
		const attached = execFileSync('qpdf', ['--list-attachments', pdf], { encoding: 'utf8' });
		expect(attached).toContain('digicheck-antwoorden.json');
		const inside = execFileSync('qpdf', ['--show-attachment=digicheck-antwoorden.json', pdf], {
			encoding: 'utf8'
		});
		expect(JSON.parse(inside).plan.idea).toBe('Een stop-motionles met leerlingen uit groep 7');

		// the report's PDF now has the plan after the action plan, within 12 + 2 pages
		if (width < 1280) return;
		await page.goto('/resultaat/');
		await waitForApp(page);
		const reportDownload = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download rapport (PDF)' }).click();
		const report = (await (await reportDownload).path()) ?? '';
		const reportText = execFileSync('pdftotext', ['-enc', 'UTF-8', report, '-'], {
			encoding: 'utf8'
		}).replace(/\s+/g, ' ');
		expect(reportText).toMatch(/Actieplan.*Projectplan.*De vijf stappen.*Bijlage A/);
		expect(reportText).toContain('Een stop-motionles met leerlingen uit groep 7');
		const pages = execFileSync('pdfinfo', [report], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/);
		expect(Number(pages?.[1])).toBeLessThanOrEqual(14);
	});

test('without answers the plan page says where to start, in English too', async ({ page }) => {
	await page.goto('/en/projectplan/');
	await waitForApp(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Project plan' })).toBeVisible();
	await expect(page.getByText('A project plan starts from your answers.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'To the check' })).toBeVisible();
	await expectAccessible(page, 'the empty plan page');
});

test('the plan with the keyboard only: every field in reading order, and the calendar file with Enter', async ({
	page
}) => {
	await seedAnswers(page, fixtureText('maker-alleen'));
	await page.goto('/projectplan/');
	await waitForApp(page);
	await expect(page.getByRole('heading', { level: 1, name: 'Projectplan' })).toBeVisible();
	/** Presses Tab until the focused element matches, at most 60 times; fails otherwise. */
	const tabTo = async (accessibleName: RegExp) => {
		for (let i = 0; i < 60; i++) {
			await page.keyboard.press('Tab');
			const name = await page.evaluate(() => {
				const el = document.activeElement as HTMLElement | null;
				if (!el) return '';
				const id = el.getAttribute('id');
				const label = id ? document.querySelector(`label[for="${id}"]`)?.textContent : '';
				return `${label ?? ''} ${el.textContent ?? ''}`.trim();
			});
			if (accessibleName.test(name)) return;
		}
		throw new Error(`Tab never reached ${accessibleName}`);
	};
	await tabTo(/Het idee in één zin/);
	await page.keyboard.type('Een animatieles voor groep 8');
	// the first step's own hours: typed over, and the total follows
	await tabTo(/^Eigen uren|^Uren/);
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type('10');
	await page.keyboard.press('Tab');
	const hours = Number(await page.getByTestId('plan-hours').textContent());
	expect(hours).toBeGreaterThan(10);
	// focus is always visible
	const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
	expect(outline).not.toBe('none');
	await tabTo(/Zet in je agenda \(\.ics\)/);
	const ics = page.waitForEvent('download');
	await page.keyboard.press('Enter');
	expect((await ics).suggestedFilename()).toMatch(/\.ics$/);
	const saved = await page.evaluate(() =>
		JSON.parse(localStorage.getItem('digicheck.answers') ?? '{}')
	);
	expect(saved.plan.idea).toBe('Een animatieles voor groep 8');
	expect(saved.plan.phases[0].hours).toBe(10);
});
