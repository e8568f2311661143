/** A Digicheck PDF carries its answers: opened anywhere a file is opened, it is used. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
