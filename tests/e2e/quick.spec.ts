/** The quick scan: twelve questions to a first picture on a phone, then on to the full check. */
import { expect, expectAccessible, test, waitForApp } from './fixtures';

const quickQuestions = [
	'gebruik-geevalueerd',
	'tijd-voor-onderzoek',
	'kleine-stappen',
	'behoeften-vooraf',
	'apps-gecontroleerd',
	'leraren-voorbereid',
	'vaardigheid',
	'kennis-delen',
	'impactdoelen',
	'blijft-bestaan',
	'evaluatie-gebruiken',
	'eerst-kijken-wat-er-is'
];

test.use({ viewport: { width: 360, height: 780 } });

test('quick scan to results by keyboard on a phone in under 20 interactions, then the full check keeps all 12', async ({
	page
}, testInfo) => {
	let interactions = 0;
	/** One interaction: focus a control and press a key on it, as a keyboard user does. */
	const press = async (selector: string, key: 'Space' | 'Enter') => {
		interactions++;
		const control = page.locator(selector);
		await control.focus();
		await page.keyboard.press(key);
	};

	await page.goto('/');
	await waitForApp(page);
	await expect(page.getByRole('link', { name: 'Snelle scan (± 7 min)' })).toBeVisible();
	await press('a[href="/snelle-scan/"]', 'Enter');
	await expect(page).toHaveURL(/\/snelle-scan\/$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Snelle scan' })).toBeVisible();

	await press('input[name="audience"][value="cultural-organisation"]', 'Space');
	await press('input[name="earlierProjects"][value="een"]', 'Space');
	await press('input[name="programmeBefore"][value="nee"]', 'Space');
	await expect(page.locator('fieldset.question')).toHaveCount(12);
	await expectAccessible(page, 'the quick scan');
	for (const [i, id] of quickQuestions.entries())
		await press(`#q-${id} input[value="${i % 5}"]`, 'Space');
	await press('button[type="submit"]', 'Enter');

	await expect(page).toHaveURL(/\/resultaat\/$/);
	expect(interactions).toBeLessThan(20);
	testInfo.annotations.push({ type: 'interactions', description: String(interactions) });
	const notice = page.getByRole('region', { name: 'Snelle scan' });
	await expect(notice).toContainText(
		'De scores zijn een indicatie, niveau en traject zijn voorlopig'
	);
	await expect(page.getByTestId('overall-level')).toContainText('(voorlopig)');
	await expect(page.locator('.score-table')).toContainText('(indicatie)');
	await expect(page.getByText('12 vragen', { exact: false }).first()).toBeVisible();
	await expectAccessible(page, 'the quick scan results');

	// on to the full check: every answer kept, at the first topic with open questions
	await notice.getByRole('button', { name: 'Maak de volledige check' }).click();
	await expect(page).toHaveURL(/\/check\/evalueer-bestaand\/$/);
	await expect(page.locator('#q-gebruik-geevalueerd input[value="0"]')).toBeChecked();
	const saved = await page.evaluate(() =>
		JSON.parse(localStorage.getItem('digicheck.answers') ?? '{}')
	);
	expect(Object.keys(saved.file?.answers ?? saved.answers ?? {}).sort()).toEqual(
		[...quickQuestions].sort()
	);
	expect(saved.file?.mode ?? saved.mode).toBeUndefined();
});
