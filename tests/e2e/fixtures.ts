/**
 * Shared end-to-end setup: every test fails on a console error, an uncaught exception or a
 * request to another origin (Digicheck must never contact anyone but its own host).
 */
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const test = base.extend<{ guard: { allowConsoleErrors: RegExp[] } }>({
	guard: [
		async ({ page, baseURL }, use) => {
			const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
			const problems: string[] = [];
			const guard = { allowConsoleErrors: [] as RegExp[] };
			page.on('console', (message) => {
				if (message.type() !== 'error') return;
				if (guard.allowConsoleErrors.some((re) => re.test(message.text()))) return;
				problems.push(`console error: ${message.text()}`);
			});
			page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
			page.on('request', (request) => {
				const url = request.url();
				if (/^(data|blob):/.test(url)) return;
				if (new URL(url).origin !== origin) problems.push(`request to another origin: ${url}`);
			});
			await use(guard);
			expect(problems, problems.join('\n')).toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Runs axe with the WCAG 2.2 AA rules and expects no violations. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
	const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
	const summary = results.violations.map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`
	);
	expect(summary, `axe on ${label}`).toEqual([]);
}

/** A realistic answers file from tests/fixtures. */
export function fixtureText(name: string): string {
	return readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8');
}

/** Puts an answers file in localStorage before the app starts (only if none is there). */
export async function seedAnswers(page: Page, text: string): Promise<void> {
	await page.addInitScript((data) => {
		if (!localStorage.getItem('digicheck.answers')) localStorage.setItem('digicheck.answers', data);
	}, text);
}

/** Waits until the app has hydrated and read its saved state. */
export async function waitForApp(page: Page): Promise<void> {
	await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
}

/**
 * Whether a built script is part of the PDF (jspdf, the report's PDF module with its font
 * addresses, the answers attached to it): the results page prefetches it once idle.
 */
export function isPdfScript(pathname: string): boolean {
	return /jsPDF|AFRelationship|OpenSans-Regular-subset/.test(
		readFileSync(`build${pathname}`, 'utf8')
	);
}
