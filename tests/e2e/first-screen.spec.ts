/**
 * The results on a 360×780 phone (#29): the level (or "onvoldoende beeld"), the verdict in
 * words and the first action all stand on the first screen, and "Download rapport (PDF)" within
 * the second; for a full check, a quick scan and a check with too little to go on, in both
 * languages.
 */
import type { Locator } from '@playwright/test';
import { quickQuestionIds } from '../../src/lib/content/index';
import { expect, fixtureText, seedAnswers, test, waitForApp } from './fixtures';

const screen = { width: 360, height: 780 };
test.use({ viewport: screen });

function quickOf(name: string): string {
	const file = JSON.parse(fixtureText(name));
	const asked = new Set(quickQuestionIds(file.profile.audience));
	return JSON.stringify({
		...file,
		mode: 'quick',
		answers: Object.fromEntries(
			Object.entries(file.answers as Record<string, unknown>).filter(([id]) => asked.has(id))
		)
	});
}

const cases = [
	{ label: 'a full check', text: () => fixtureText('basisschool'), insufficient: false },
	{ label: 'a quick scan', text: () => quickOf('collectief-start'), insufficient: false },
	{ label: 'onvoldoende beeld', text: () => fixtureText('veel-weet-ik-niet'), insufficient: true }
];

async function bottom(locator: Locator): Promise<number> {
	const box = await locator.boundingBox();
	expect(box).not.toBeNull();
	return box!.y + box!.height;
}

for (const locale of ['nl', 'en'] as const)
	for (const { label, text, insufficient } of cases)
		test(`the first screen holds the level, the verdict and the first action: ${label} (${locale})`, async ({
			page
		}) => {
			await seedAnswers(page, JSON.stringify({ ...JSON.parse(text()), locale }));
			await page.addInitScript((l) => localStorage.setItem('digicheck.locale', l), locale);
			await page.goto(locale === 'nl' ? '/resultaat/' : '/en/resultaat/');
			await waitForApp(page);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			const level = insufficient
				? page.getByTestId('overall-insufficient')
				: page.getByTestId('overall-level');
			await expect(level).toBeVisible();
			if (insufficient)
				await expect(page.getByTestId('overall-level')).toHaveText(
					locale === 'nl' ? 'Onvoldoende beeld' : 'Not enough information'
				);
			expect(await bottom(page.getByTestId('overall-level')), 'level').toBeLessThanOrEqual(
				screen.height
			);
			// every word of the level on one line: "Ontwikkelend", never "Ontwikkelen / d"
			const broken = await page.getByTestId('overall-level').evaluate((element) => {
				const text = element.firstChild as Text;
				const range = document.createRange();
				return [...(text.textContent ?? '').matchAll(/\S+/g)]
					.filter((word) => {
						range.setStart(text, word.index);
						range.setEnd(text, word.index + word[0].length);
						return range.getClientRects().length > 1;
					})
					.map((word) => word[0]);
			});
			expect(broken, 'words broken over two lines').toEqual([]);
			expect(await bottom(page.getByTestId('track')), 'verdict').toBeLessThanOrEqual(screen.height);
			// the verdict in words starts on the first screen; on a phone it shows its first lines,
			// and "Meer over dit advies" unfolds the rest
			const reason = page.getByTestId('track-reason');
			const box = await reason.boundingBox();
			expect(box!.y + 3 * 20, 'the verdict in words').toBeLessThanOrEqual(screen.height);
			await page
				.getByText(locale === 'nl' ? 'Meer over dit advies' : 'More about this advice')
				.click();
			expect(
				await reason.evaluate((p) => p.scrollHeight <= p.clientHeight + 1),
				'the whole reason, once opened'
			).toBe(true);
			await page
				.getByText(locale === 'nl' ? 'Meer over dit advies' : 'More about this advice')
				.click();
			const first = page.locator('ol.priorities li').first();
			if (insufficient && (await first.count()) === 0) return;
			expect(await bottom(first), 'the first action').toBeLessThanOrEqual(screen.height);
			const pdf = page.getByRole('button', {
				name: locale === 'nl' ? 'Download rapport (PDF)' : 'Download report (PDF)'
			});
			expect(await bottom(pdf), 'the PDF button').toBeLessThanOrEqual(2 * screen.height);
			// whole numbers only
			await expect(page.getByTestId('overall-score')).toHaveText(/^(\d{1,3}|–)$/);
		});
