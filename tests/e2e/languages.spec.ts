/**
 * One language per visitor: the browser gets the content's texts (questions, advice, tracks)
 * in the page's language only (src/build/text-packs.ts), and fills in the other when the reader
 * switches. A page switched to must read exactly as the same page opened in that language.
 */
import type { Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { expect, fixtureText, seedAnswers, test, waitForApp } from './fixtures';

/** Words of the content in one language only (an area's title, the first advice's title). */
const only = {
	nl: 'Begin klein',
	en: 'Start small'
} as const;

/** All text of the page's main part, the closed parts too, with spaces made even. */
async function mainText(page: Page): Promise<string> {
	const text = await page.locator('main').evaluate((main) => main.textContent ?? '');
	return text.replace(/\s+/g, ' ').trim();
}

/** The scripts a page fetched, with their code. */
function scriptsOf(page: Page): Promise<string>[] {
	const scripts: Promise<string>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.push(response.text());
	});
	return scripts;
}

/** The pages that show the content, each with the check that gives them the most to say. */
const pages = [
	// areas mostly "don't know": the advice to answer an area again names the area
	{
		name: 'results',
		nl: '/resultaat/',
		en: '/en/resultaat/',
		ready: 'overall-level',
		// keeping and sharing the check: the part it loads last
		last: { nl: ['Deel als link'], en: ['Share as a link'] },
		check: 'veel-weet-ik-niet'
	},
	{
		name: 'review',
		nl: '/nakijken/',
		en: '/en/nakijken/',
		ready: undefined,
		// the targets and the wipe button, each loaded after the list (and the list after the save)
		last: {
			nl: ['Waar wil je over 12 maanden staan?', 'Wis mijn gegevens'],
			en: ['Where do you want to be in 12 months?', 'Delete my data']
		},
		check: 'museum-groot'
	},
	// every question with its levels and help, for both audiences: the most text of all
	{
		name: 'question list',
		nl: '/vragen/',
		en: '/en/vragen/',
		ready: undefined,
		last: undefined,
		check: undefined
	}
] as const;

for (const { name, nl, en, ready, last, check } of pages) {
	for (const [from, to] of [
		['nl', 'en'],
		['en', 'nl']
	] as const) {
		test(`the ${name} page opened in ${from} fetches only ${from} texts, and switched to ${to} reads as when opened in ${to}`, async ({
			page: first,
			browser
		}) => {
			const path = { nl, en };
			/** The page's text once all of it is there. */
			const settledText = async (page: Page, language: 'nl' | 'en') => {
				for (const words of last?.[language] ?? [])
					await expect(page.locator('main')).toContainText(words);
				return mainText(page);
			};
			const opened = async (address: string, page: Page) => {
				if (check) await seedAnswers(page, fixtureText(check));
				await page.goto(address);
				await waitForApp(page);
				if (ready) await expect(page.getByTestId(ready)).toBeVisible();
			};

			const page = first;
			const scripts = scriptsOf(page);
			await opened(path[from], page);
			const code = await Promise.all(scripts);
			expect(code.some((c) => c.includes(only[from]))).toBe(true);
			expect(code.some((c) => c.includes(only[to]))).toBe(false);

			await page
				.getByRole('link', {
					name: from === 'nl' ? 'Switch to English' : 'Schakel over naar Nederlands'
				})
				.click();
			await expect(page).toHaveURL(new RegExp(`${path[to]}$`));
			await expect(page.locator('html')).toHaveAttribute('lang', to);
			await expect(page.locator('main')).toContainText(only[to]);
			const switched = await settledText(page, to);

			if (name === 'results') {
				// the PDF is made from the same texts: in the language switched to
				const [download] = await Promise.all([
					page.waitForEvent('download'),
					page
						.getByRole('button', {
							name: to === 'en' ? 'Download report (PDF)' : 'Download rapport (PDF)'
						})
						.click()
				]);
				const pdf = execFileSync('pdftotext', ['-enc', 'UTF-8', await download.path(), '-'], {
					encoding: 'utf8'
				});
				expect(pdf).toContain(only[to]);
				expect(pdf).not.toContain(only[from]);
			}

			const direct = await browser.newPage();
			await opened(path[to], direct);
			expect(switched).toBe(await settledText(direct, to));
			expect(switched).not.toContain(only[from]);
			await direct.close();
		});
	}
}
