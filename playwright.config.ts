import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/tools/system-deps.js';

const port = Number(process.env.E2E_PORT ?? 4317);
const executablePath = findChromium();
if (!executablePath) {
	throw new Error(
		'No Chromium found for the end-to-end tests. Run "npm run test:deps" (installs it with apt as root) or "sudo apt-get install chromium".'
	);
}

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	forbidOnly: !!process.env.CI,
	// the HTML report keeps the screenshots the tests attach (results page, PDF pages)
	reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
	timeout: 60_000,
	expect: { timeout: 10_000 },
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		// a Dutch browser, like most respondents'; tests of English browsers set their own
		locale: 'nl-NL',
		browserName: 'chromium',
		launchOptions: { executablePath, args: chromiumArgs },
		trace: 'off',
		serviceWorkers: 'block'
	},
	webServer: {
		// Serves the already built site (npm test builds it first).
		command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
