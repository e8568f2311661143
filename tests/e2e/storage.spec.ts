/**
 * Nothing lost in ordinary situations: two tabs of the same check, and a full storage.
 * Two pages in one browser context share localStorage, as two tabs do.
 */
import type { Page } from '@playwright/test';
import { expect, fixtureText, seedAnswers, test, waitForApp } from './fixtures';

/** The saved answers, as the other tab would read them. */
async function savedAnswers(page: Page): Promise<Record<string, unknown>> {
	return page.evaluate(
		() => JSON.parse(localStorage.getItem('digicheck.answers') ?? '{"answers":{}}').answers
	);
}

/** Chooses a level of the n-th question on an area page. */
async function answer(page: Page, n: number, level: number) {
	await page.locator('fieldset.question').nth(n).getByText(`Niveau ${level}`).click();
}

test.describe('two tabs of the same check', () => {
	test('answering in both keeps every answer, and each tab sees the other’s', async ({
		page,
		context
	}) => {
		await seedAnswers(page, fixtureText('basisschool'));
		await page.goto('/check/tijd-en-middelen/');
		await waitForApp(page);
		const other = await context.newPage();
		await other.goto('/check/privacy/');
		await waitForApp(other);

		await answer(page, 0, 4);
		await answer(other, 0, 0);
		await answer(page, 1, 4);
		const ids = await page.evaluate(() =>
			[...document.querySelectorAll('fieldset.question')].slice(0, 2).map((f) => f.id.slice(2))
		);
		const privacyId = await other.evaluate(
			() => document.querySelector('fieldset.question')?.id.slice(2) ?? ''
		);
		expect(ids.length).toBe(2);
		// tabs see each other's writes a moment late; in the end every answer is saved
		await expect
			.poll(() => savedAnswers(page))
			.toMatchObject({ [ids[0]!]: 4, [ids[1]!]: 4, [privacyId]: 0 });
		// the first tab shows the second tab's answer without a reload
		await page.goto('/check/privacy/');
		await expect(
			page
				.locator('fieldset.question')
				.first()
				.getByRole('radio', { name: /Niveau 0/ })
		).toBeChecked();
	});

	test('the same question answered in both: the latest answer wins everywhere', async ({
		page,
		context
	}) => {
		await seedAnswers(page, fixtureText('basisschool'));
		await page.goto('/check/privacy/');
		await waitForApp(page);
		const other = await context.newPage();
		await other.goto('/check/privacy/');
		await waitForApp(other);
		await answer(page, 0, 1);
		await answer(other, 0, 3);
		const first = page.locator('fieldset.question').first();
		await expect(first.getByRole('radio', { name: /Niveau 3/ })).toBeChecked();
		await page.reload();
		await waitForApp(page);
		await expect(first.getByRole('radio', { name: /Niveau 3/ })).toBeChecked();
	});

	test('switching language in an idle tab keeps the other tab’s answers', async ({
		page,
		context
	}) => {
		await seedAnswers(page, fixtureText('basisschool'));
		await page.goto('/');
		await waitForApp(page);
		const other = await context.newPage();
		await other.goto('/check/privacy/');
		await waitForApp(other);
		await answer(other, 0, 0);
		await answer(other, 1, 0);
		const before = await savedAnswers(other);
		await page.getByRole('link', { name: 'Switch to English' }).click();
		await expect(page.getByRole('link', { name: 'Schakel over naar Nederlands' })).toBeVisible();
		// once the idle tab's write (in English) has landed, the answers are all still there (tabs
		// see each other's writes a moment late; a tab that was written over writes the merge back)
		await expect
			.poll(() =>
				other.evaluate(() => JSON.parse(localStorage.getItem('digicheck.answers') ?? '{}').locale)
			)
			.toBe('en');
		await expect.poll(() => savedAnswers(other)).toEqual(before);
		await other.reload();
		await waitForApp(other);
		await expect(
			other
				.locator('fieldset.question')
				.nth(1)
				.getByRole('radio', { name: /Level 0|Niveau 0/ })
		).toBeChecked();
	});

	test('“Wis mijn gegevens” in one tab reaches the other, which does not write them back', async ({
		page,
		context
	}) => {
		await seedAnswers(page, fixtureText('basisschool'));
		await page.goto('/check/privacy/');
		await waitForApp(page);
		const other = await context.newPage();
		await other.goto('/nakijken/');
		await waitForApp(other);
		await other.getByRole('button', { name: 'Wis mijn gegevens' }).click();
		await other.getByRole('button', { name: 'Ja, wis alles' }).click();
		await expect(other.locator('p.notice.done')).toHaveText(
			'Je gegevens zijn gewist van dit apparaat.'
		);
		// the first tab follows: nothing answered any more
		await expect(page.locator('p.notice.done')).toHaveText(
			'Je gegevens zijn gewist van dit apparaat.'
		);
		await expect(page.locator('fieldset.question input:checked')).toHaveCount(0);
		// and switching its language writes nothing back
		await page.getByRole('link', { name: 'Switch to English' }).click();
		expect(await page.evaluate(() => localStorage.getItem('digicheck.answers'))).toBeNull();
	});
});

test.describe('a full storage', () => {
	test('saved answers are still shown, the notice says “full”, and the check goes on', async ({
		page
	}) => {
		await seedAnswers(page, fixtureText('basisschool'));
		await page.goto('/');
		await waitForApp(page);
		// fill the quota with another key of this site
		await page.evaluate(() => {
			const chunk = 'x'.repeat(256 * 1024);
			for (let i = 0; i < 400; i++) {
				try {
					localStorage.setItem(`filler-${i}`, chunk);
				} catch {
					for (let j = 0; j < 256; j++) {
						try {
							localStorage.setItem(`filler-small-${i}-${j}`, 'x'.repeat(1024));
						} catch {
							return;
						}
					}
					return;
				}
			}
		});
		await page.goto('/check/privacy/');
		await waitForApp(page);
		await expect(page.getByText('Er is geen ruimte meer')).toBeVisible();
		await expect(page.getByText('privévenster')).toHaveCount(0);
		// the saved answers are there
		await expect(page.locator('fieldset.question input:checked').first()).toBeVisible();
		const checked = await page.locator('fieldset.question input:checked').count();
		expect(checked).toBeGreaterThan(0);
		// answering still works, in memory
		await answer(page, 0, 4);
		await expect(
			page
				.locator('fieldset.question')
				.first()
				.getByRole('radio', { name: /Niveau 4/ })
		).toBeChecked();
		await page.evaluate(() => {
			for (const key of Object.keys(localStorage))
				if (key.startsWith('filler-')) localStorage.removeItem(key);
		});
	});
});

test('a save made with an older questionnaire says so when it is loaded', async ({ page }) => {
	const old = JSON.parse(fixtureText('basisschool'));
	await seedAnswers(page, JSON.stringify({ ...old, contentVersion: '1.0.0' }));
	await page.goto('/');
	await waitForApp(page);
	const notice = page
		.getByRole('status')
		.filter({ hasText: 'Kijk je bewaarde antwoorden even na' });
	await expect(notice).toContainText('vragenlijst 1.0.0');
	await notice.getByRole('button', { name: 'Sluiten' }).click();
	await expect(notice).toHaveCount(0);
	// the check is complete: the start page offers its results, not "Verder waar je was (56/56)"
	await expect(
		page.getByText('Je check op dit apparaat is af: alle 56 vragen zijn beantwoord.')
	).toBeVisible();
	await page.getByRole('link', { name: 'Bekijk je resultaat' }).click();
	await expect(page).toHaveURL(/\/resultaat\/$/);
});

test('500 quick answers in two tabs at once: every last answer is kept, in both tabs and after a reload', async ({
	page,
	context
}) => {
	test.setTimeout(90_000);
	await page.goto('/check/tijd-en-middelen/');
	await waitForApp(page);
	const other = await context.newPage();
	await other.goto('/check/privacy/');
	await waitForApp(other);
	/** 250 answers as fast as the page takes them, each question in turn; returns the last per question. */
	const answerQuickly = (tab: Page, seed: number) =>
		tab.evaluate(async (seed) => {
			const questions = [...document.querySelectorAll('fieldset.question')];
			const last: Record<string, number> = {};
			for (let i = 0; i < 250; i++) {
				const question = questions[i % questions.length]!;
				const level = (i * 7 + seed) % 5;
				const radio = question.querySelector<HTMLInputElement>(
					`input[type=radio][value="${level}"]`
				);
				radio?.click();
				last[question.id.slice(2)] = level;
				// a user's clicks are a few milliseconds apart at the quickest
				if (i % 5 === 0) await new Promise((done) => setTimeout(done, 0));
			}
			return last;
		}, seed);
	const [a, b] = await Promise.all([answerQuickly(page, 1), answerQuickly(other, 3)]);
	expect(Object.keys(a).length).toBeGreaterThan(1);
	expect(Object.keys(b).length).toBeGreaterThan(1);
	await expect.poll(() => savedAnswers(page)).toMatchObject({ ...a, ...b });
	await expect.poll(() => savedAnswers(other)).toMatchObject({ ...a, ...b });
	await page.reload();
	await waitForApp(page);
	for (const [id, level] of Object.entries(a))
		await expect(page.locator(`#q-${id} input[value="${level}"]`)).toBeChecked();
});
