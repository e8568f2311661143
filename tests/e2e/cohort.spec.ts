/** The coordinator's cohort: 50 generated files dropped on the page, read in a Web Worker. */
import { unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, expectAccessible, fixtureText, test, waitForApp } from './fixtures';

const bases = [
	'basisschool',
	'museum-groot',
	'collectief-start',
	'theater-koploper',
	'maker-alleen',
	'school-techniek-sterk',
	'speciaal-onderwijs',
	'veel-weet-ik-niet'
].map((name) => JSON.parse(fixtureText(name)));

/** Fifty answers files: the fixtures with answers varied by a seeded generator. */
function cohortFiles(): { name: string; text: string }[] {
	let seed = 20261129;
	const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
	return Array.from({ length: 50 }, (_, i) => {
		const base = bases[i % bases.length];
		const answers = Object.fromEntries(
			Object.entries(base.answers).map(([id, v]) => [
				id,
				random() < 0.3 ? Math.floor(random() * 5) : v
			])
		);
		const name =
			i === 0
				? '=HYPERLINK("x"); Atelier "Zuid"'
				: i === 1 || i === 49
					? bases[1].profile.name
					: `${base.profile.name} ${i}`;
		// the last file is a second measurement of file 2 (same organisation, a later date)
		const savedAt = i === 49 ? '2027-06-01T10:00:00.000Z' : base.savedAt;
		return {
			name: `aanvraag-${String(i + 1).padStart(2, '0')}.json`,
			text: JSON.stringify({ ...base, profile: { ...base.profile, name }, answers, savedAt })
		};
	});
}

test('50 files dropped: group view, table sorted and filtered, CSV read back, ZIP of 50 PDFs', async ({
	page
}, testInfo) => {
	test.setTimeout(180_000);
	await page.goto('/cohort/');
	await waitForApp(page);
	await expect(page.getByText('De bestanden worden in deze browser gelezen')).toBeVisible();
	const files = [...cohortFiles(), { name: 'kapot.json', text: '{"format": "digicheck' }];
	await page.evaluate((list) => {
		const transfer = new DataTransfer();
		for (const f of list)
			transfer.items.add(new File([f.text], f.name, { type: 'application/json' }));
		window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
		window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
	}, files);

	await expect(page.locator('#read-progress')).toContainText('51 van 51 gelezen. Gelezen in');
	await expect(page.getByText('1 bestand kon niet worden gebruikt en telt niet mee')).toBeVisible();
	await expect(page.getByText('50 aanvragen', { exact: true })).toBeVisible();
	const areas = page.getByRole('table', { name: /Scores van de groep per onderwerp/ });
	await expect(areas.getByRole('row')).toHaveCount(13);
	// each area's counts add up to the cohort
	for (const row of await areas.getByRole('row').all()) {
		const cells = await row.getByRole('cell').allTextContents();
		if (cells.length < 7) continue;
		expect(cells.slice(2, 6).reduce((n, c) => n + Number(c), 0)).toBe(50);
	}
	await expect(
		page.getByRole('heading', { name: 'Het advies dat het vaakst terugkomt' })
	).toBeVisible();
	await expect(page.locator('ol.common li').first()).toContainText(/bij \d+ van 50/);
	await expect(page.getByRole('heading', { name: 'Voor- en nameting' })).toBeVisible();
	await expect(
		page.getByText(
			/^1 organisatie heeft twee metingen op verschillende dagen\. Haar totaalscore ging van/
		)
	).toBeVisible();

	// the table: 50 per page, sorted by overall score, highest first
	const table = page.getByRole('table', { name: /Aanvragen; klik op een kolomkop/ });
	await expect(table.getByRole('row')).toHaveCount(51);
	await table.getByRole('button', { name: 'Totaal' }).click();
	await expect(table.getByRole('columnheader', { name: /Totaal/ })).toHaveAttribute(
		'aria-sort',
		'descending'
	);
	const totals = (await table.locator('tbody tr td:nth-of-type(4)').allTextContents())
		.filter((t) => t !== '–')
		.map((t) => Number(t.replace(',', '.')));
	expect(totals.length).toBeGreaterThan(40);
	expect(totals).toEqual([...totals].sort((a, b) => b - a));
	await expectAccessible(page, 'the cohort overview');
	await testInfo.attach('cohort overview', {
		body: await page.screenshot({ fullPage: true }),
		contentType: 'image/png'
	});

	// the ZIP can be stopped: then there is none
	await page.getByRole('button', { name: 'Download 50 rapporten als ZIP (PDF)' }).click();
	await expect(page.locator('#zip-status')).toBeVisible();
	await page.getByRole('button', { name: 'Stop' }).click();
	await expect(page.getByText('Gestopt. Er is geen ZIP gemaakt.')).toBeVisible();

	// the ZIP of every report: 50 PDFs, each a real PDF
	const zipDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download 50 rapporten als ZIP (PDF)' }).click();
	const zipPath = await (await zipDownload).path();
	const entries = unzipSync(new Uint8Array(readFileSync(zipPath ?? '')));
	const pdfs = Object.keys(entries).filter((n) => n.endsWith('.pdf'));
	expect(pdfs).toHaveLength(50);
	for (const name of pdfs)
		expect(new TextDecoder().decode(entries[name]!.subarray(0, 5))).toBe('%PDF-');
	expect(
		execFileSync('pdftotext', ['-', '-'], { input: entries[pdfs[1]!], encoding: 'utf8' })
	).toContain('Digicheck');

	// filtered to schools: the CSV holds those rows, read back
	await page.getByLabel('Soort').selectOption('school');
	const schools = files
		.slice(0, 50)
		.filter((f) => JSON.parse(f.text).profile.audience === 'school');
	await expect(page.getByText(`${schools.length} van 50 aanvragen`)).toBeVisible();
	const csvDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: `Download als CSV (${schools.length} rijen)` }).click();
	const csv = readFileSync((await (await csvDownload).path()) ?? '', 'utf8');
	expect(csv.charCodeAt(0)).toBe(0xfeff);
	const lines = csv.slice(1).trim().split('\r\n');
	expect(lines).toHaveLength(schools.length + 1);
	expect(lines[0]!.split(';').slice(0, 3)).toEqual(['bestand', 'organisatie', 'soort']);
	for (const line of lines.slice(1))
		expect(line).toMatch(/;school;(primair|voortgezet|speciaal)-onderwijs;/);
});

test('the formula in a name is neutralised in the CSV', async ({ page }) => {
	await page.goto('/cohort/');
	await waitForApp(page);
	await page
		.locator('input[type=file]')
		.first()
		.setInputFiles(
			cohortFiles()
				.slice(0, 2)
				.map((f) => ({ name: f.name, mimeType: 'application/json', buffer: Buffer.from(f.text) }))
		);
	await expect(page.locator('#read-progress')).toContainText('2 van 2 gelezen');
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download als CSV (2 rijen)' }).click();
	const csv = readFileSync((await (await download).path()) ?? '', 'utf8');
	expect(csv).toContain(';"\'=HYPERLINK(""x""); Atelier ""Zuid""";');
});

test('20 Digicheck PDFs dropped on the cohort page: each report’s answers are read', async ({
	page
}) => {
	test.setTimeout(120_000);
	const [{ renderReportPdfInNode }, { answersAttachments }, { buildReport }, { parseAnswersText }] =
		await Promise.all([
			import('../../src/lib/report/node'),
			import('../../src/lib/report/attach'),
			import('../../src/lib/engine/report'),
			import('../../src/lib/answers/schema')
		]);
	const pdfs: { name: string; bytes: number[] }[] = [];
	for (const f of cohortFiles().slice(0, 20)) {
		const parsed = parseAnswersText(f.text);
		if (!parsed.ok) throw new Error(f.name);
		const bytes = await renderReportPdfInNode(buildReport(parsed.value), {
			attachments: answersAttachments('single', [f.text])
		});
		pdfs.push({ name: f.name.replace('.json', '.pdf'), bytes: [...bytes] });
	}
	await page.goto('/cohort/');
	await waitForApp(page);
	await page.evaluate((list) => {
		const transfer = new DataTransfer();
		for (const f of list)
			transfer.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'application/pdf' }));
		window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
	}, pdfs);
	await expect(page.locator('#read-progress')).toContainText('20 van 20 gelezen. Gelezen in');
	await expect(page.getByText('20 aanvragen', { exact: true })).toBeVisible();
	const table = page.getByRole('table', { name: /Aanvragen; klik op een kolomkop/ });
	await expect(table.getByRole('row')).toHaveCount(21);
	await expect(table).toContainText('Atelier "Zuid"');
});
