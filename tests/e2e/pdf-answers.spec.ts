/** A Digicheck PDF carries its answers: opened anywhere a file is opened, it is used. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { expect, fixtureText, seedAnswers, test, waitForApp } from './fixtures';

test('the report PDF from the results page opens on another device as the same check', async ({
	page,
	browser
}) => {
	test.setTimeout(90_000);
	await seedAnswers(page, fixtureText('museum-groot'));
	await page.goto('/resultaat/');
	await waitForApp(page);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download rapport (PDF)' }).click();
	const path = (await (await download).path()) ?? '';
	// the PDF says it carries the answers, and a reader lists the attachment
	expect(
		execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(
			/\s+/g,
			' '
		)
	).toContain('Dit PDF-bestand bevat ook het antwoordenbestand waarmee het is gemaakt');
	expect(execFileSync('pdfdetach', ['-list', path], { encoding: 'utf8' })).toContain(
		'digicheck-antwoorden.json'
	);
	// the attachment is the answers file exactly as "Bewaar antwoorden als bestand" saves it
	const exported = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Bewaar antwoorden als bestand' }).click();
	const json = readFileSync((await (await exported).path()) ?? '', 'utf8');
	const saved = `${path}.json`;
	execFileSync('pdfdetach', ['-save', '1', '-o', saved, path]);
	expect(readFileSync(saved, 'utf8')).toBe(json);

	// another device: an empty browser opens the PDF from the start page
	const other = await browser.newContext({ locale: 'nl-NL', serviceWorkers: 'block' });
	const fresh = await other.newPage();
	await fresh.goto('/');
	await waitForApp(fresh);
	await fresh.locator('input[type=file]').setInputFiles(path);
	await expect(fresh).toHaveURL(/\/resultaat\/$/);
	await expect(fresh.getByText('Museum aan de Hofvijver').first()).toBeVisible();
	await other.close();
});

test('a PDF without answers changes nothing and says why', async ({ page }) => {
	await seedAnswers(page, fixtureText('basisschool'));
	await page.goto('/');
	await waitForApp(page);
	await page.locator('input[type=file]').setInputFiles({
		name: 'folder.pdf',
		mimeType: 'application/pdf',
		buffer: Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n')
	});
	await expect(page.getByRole('alert')).toContainText(
		'Dit PDF-bestand bevat geen Digicheck-antwoorden.'
	);
	await page.goto('/resultaat/');
	await expect(page.getByText('Basisschool De Regenboog').first()).toBeVisible();
});

/** The longest main-thread task since the page started (PerformanceObserver, "longtask"). */
async function watchLongTasks(page: import('@playwright/test').Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { longest: number };
		w.longest = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.longest = Math.max(w.longest, e.duration);
		}).observe({ type: 'longtask', buffered: true });
	});
	return () => page.evaluate(() => (window as unknown as { longest: number }).longest);
}

test('a 10 MB PDF full of markers is refused with a message, and the page never freezes', async ({
	page
}, testInfo) => {
	await seedAnswers(page, fixtureText('basisschool'));
	const longest = await watchLongTasks(page);
	await page.goto('/');
	await waitForApp(page);
	// from here on: start-up's own tasks (long on a busy machine) do not count
	await page.evaluate(() => ((window as unknown as { longest: number }).longest = 0));
	// from a path, as a user picks it (a buffer would be decoded by Playwright's own script in
	// the page, one long task of its own)
	const path = join(testInfo.outputDir, 'aanval.pdf');
	mkdirSync(testInfo.outputDir, { recursive: true });
	writeFileSync(path, '%PDF-1.7\n' + '/Type /EmbeddedFile\n'.repeat(500_000), 'latin1');
	await page.locator('input[type=file]').setInputFiles(path);
	await expect(page.getByRole('alert')).toContainText('Dit PDF-bestand is beschadigd');
	// read in a worker: the page's own tasks stay short (it froze for 25 s or more before);
	// a margin over the 200 ms aim for a busy CI machine, where the page itself runs in ~10 ms
	expect(await longest()).toBeLessThan(500);
	await page.goto('/resultaat/');
	await expect(page.getByText('Basisschool De Regenboog').first()).toBeVisible();
});

test('a large PDF (over 512 KB, read in a worker) with answers inside opens as the check', async ({
	page
}) => {
	const text = fixtureText('museum-groot');
	const packed = deflateSync(Buffer.from(text));
	const pdf = Buffer.concat([
		Buffer.from(`%PDF-1.7\n%${'x'.repeat(900_000)}\n1 0 obj\n`, 'latin1'),
		Buffer.from(
			`<< /Type /EmbeddedFile /Filter /FlateDecode /Length ${packed.length} /Params << /Size ${Buffer.byteLength(text)} >> >>\nstream\n`
		),
		packed,
		Buffer.from('\nendstream\nendobj\n%%EOF\n')
	]);
	let workers = 0;
	page.on('worker', () => void workers++);
	await page.goto('/');
	await waitForApp(page);
	await page
		.locator('input[type=file]')
		.setInputFiles({ name: 'groot.pdf', mimeType: 'application/pdf', buffer: pdf });
	await expect(page).toHaveURL(/\/resultaat\/$/);
	await expect(page.getByText('Museum aan de Hofvijver').first()).toBeVisible();
	expect(workers).toBe(1);
});
