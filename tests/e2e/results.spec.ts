import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectAccessible, fixtureText, seedAnswers, test, waitForApp } from './fixtures';

/** Text of a PDF as a reader sees it (poppler's pdftotext). */
function pdfText(path: string): string {
	return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/**
 * The page each section of a PDF starts on, rendered as PNG (poppler's pdftoppm), for the test report.
 * A section may start low on a page (a soft break), so its heading is looked for as a whole line.
 */
function sectionPages(path: string, headings: string[]): { heading: string; png: Buffer }[] {
	const pages = Number(
		/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))?.[1]
	);
	const texts = Array.from({ length: pages }, (_, i) =>
		execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', `${i + 1}`, '-l', `${i + 1}`, path, '-'], {
			encoding: 'utf8'
		})
	);
	return headings.map((heading) => {
		const index = texts.findIndex((t) => t.split('\n').some((line) => line.trim() === heading));
		expect(index, `a page with the heading "${heading}"`).toBeGreaterThanOrEqual(0);
		const n = `${index + 1}`;
		const png = execFileSync('pdftoppm', [
			'-r',
			'60',
			'-png',
			'-f',
			n,
			'-l',
			n,
			'-singlefile',
			path
		]);
		return { heading, png };
	});
}

/** Opens a file through the "Open antwoorden uit een bestand" button, as a user would. */
async function openAnswersFile(page: Page, name: string, text: string): Promise<void> {
	const chooser = page.waitForEvent('filechooser');
	await page.getByRole('button', { name: 'Open antwoorden uit een bestand' }).click();
	await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a save from before content 2.1.0, read at start, names the new questions; the list shrinks as they are answered', async ({
	page
}) => {
	const old = JSON.parse(fixtureText('basisschool'));
	for (const id of ['partners', 'afleiding', 'ai-tools']) delete old.answers[id];
	await seedAnswers(page, JSON.stringify({ ...old, contentVersion: '2.0.0' }));
	await page.goto('/nakijken/');
	await waitForApp(page);
	const notice = page.getByRole('status').filter({ hasText: 'nieuwe vragen staan nog open' });
	await expect(notice).toContainText(
		'3 nieuwe vragen staan nog open: kwaliteiten partners (2), afleiding (5), AI als hulpmiddel (12).'
	);
	// the old "kijk je antwoorden na" is replaced, not added to
	await expect(page.getByText('Kijk je antwoorden even na')).toHaveCount(0);
	await page.goto('/check/tijd-en-middelen/');
	await waitForApp(page);
	await page
		.locator('fieldset.question', { hasText: 'partners' })
		.getByRole('radio')
		.nth(2)
		.check();
	await expect(
		page.getByRole('status').filter({ hasText: 'nieuwe vragen staan nog open' })
	).toContainText('2 nieuwe vragen staan nog open: afleiding (5), AI als hulpmiddel (12).');
});

test('a file from before content 2.1.0 opens with its answers and one notice naming the new questions, open', async ({
	page
}) => {
	const old = JSON.parse(fixtureText('basisschool'));
	for (const id of ['partners', 'afleiding', 'ai-tools']) delete old.answers[id];
	await page.goto('/');
	await waitForApp(page);
	await openAnswersFile(page, 'oud.json', JSON.stringify({ ...old, contentVersion: '2.0.0' }));
	await expect(page).toHaveURL(/\/resultaat\/$/);
	const notice = page.getByText('3 nieuwe vragen staan nog open');
	await expect(notice).toContainText(
		'kwaliteiten partners (2), afleiding (5), AI als hulpmiddel (12)'
	);
	// a school is not asked about social media for an audience, and no raw id shows
	await expect(notice).not.toContainText('sociale media');
	await expect(notice).not.toContainText('ai-tools');
	// short: on a 360 px phone the notice with its buttons takes at most a third of the screen
	await page.setViewportSize({ width: 360, height: 780 });
	const box = await page.getByRole('status').filter({ hasText: 'nieuwe vragen' }).boundingBox();
	expect(box!.height).toBeLessThanOrEqual(780 / 3);
	// and it leads to the first open question
	await page.getByRole('link', { name: 'Naar de open vragen' }).click();
	await expect(page).toHaveURL(/\/check\/[a-z-]+\/$/);
	await expect(page.locator('fieldset.question:not(:has(input:checked))').first()).toBeVisible();
});

test.describe('results', () => {
	test('complete a check, see chart and table, and download a PDF with name, level and first priority', async ({
		page
	}, testInfo) => {
		test.setTimeout(120_000);
		await page.goto('/profiel/');
		await waitForApp(page);
		await page.getByLabel(/Naam van je organisatie/).fill('Stichting Çağdaş & Zoë’s Atelier');
		await page.getByRole('radio', { name: 'Een culturele organisatie' }).check();
		await page.getByRole('radio', { name: 'Nee, nog nooit' }).check();
		await page
			.getByLabel('Hoe groot is je organisatie?')
			.selectOption({ label: 'Klein: tot 10 medewerkers, of tot 250 leerlingen' });
		await page.getByRole('button', { name: 'Verder naar de vragen' }).click();
		for (let area = 0; area < 12; area++) {
			const groups = page.locator('fieldset.question');
			await expect(groups.first()).toBeVisible();
			for (let q = 0; q < (await groups.count()); q++) {
				await groups
					.nth(q)
					.getByText(`Niveau ${(area + q) % 2}`)
					.click();
				// every click counts: the expected first priority rests on these exact answers
				await expect(
					groups
						.nth(q)
						.getByRole('radio')
						.nth((area + q) % 2)
				).toBeChecked();
			}
			// the next page is there before its questions are answered (not this one's, still shown)
			const here = page.url();
			await page.getByRole('link', { name: /Volgend onderwerp|Naar nakijken/ }).click();
			await expect(page).not.toHaveURL(here);
		}
		await page.getByRole('link', { name: 'Bekijk je resultaat' }).click();

		await expect(page.getByTestId('overall-level')).toHaveText('Startend');
		await expect(page.getByTestId('track')).toHaveText('Starttraject');
		// the chart is drawn (chart.js loaded on this page only) and has a table twin
		const canvas = page.locator('.chart canvas');
		// the radar is drawn when it comes near the screen, as a reader scrolls to it
		await canvas.scrollIntoViewIfNeeded();
		await expect(canvas).toBeVisible();
		await expect
			.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL().length))
			.toBeGreaterThan(5_000);
		const table = page.getByRole('table', { name: 'Score per onderwerp' });
		await expect(table.getByRole('row')).toHaveCount(13);
		await expect(table.getByRole('row').nth(1)).toContainText('1. Bestaande middelen');

		// the first priority, with its reasons behind "Waarom zie ik dit advies?"
		const firstPriority =
			(await page.locator('.priorities li').first().textContent())?.trim() ?? '';
		expect(firstPriority).toBe('Begin met één klein project, samen met anderen');
		const card = page.locator('article.advice', { hasText: firstPriority });
		await card.getByText('Waarom zie ik dit advies?').click();
		await expect(card.getByText('Nee, nog nooit')).toBeVisible();

		const downloadPromise = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download rapport (PDF)' }).click();
		const download = await downloadPromise;
		expect(download.suggestedFilename()).toMatch(
			/^digicheck-stichting-cagdas-zoe-s-atelier-\d{4}-\d{2}-\d{2}\.pdf$/
		);
		const path = await download.path();
		const text = pdfText(path ?? '');
		expect(text).toContain('Stichting Çağdaş & Zoë’s Atelier');
		expect(text).toContain('Startend');
		expect(text).toContain(firstPriority);
		await expect(page.getByText('Het rapport is gedownload.')).toBeVisible();
		// one page of each section in the test report (the cover is page 1)
		for (const { heading, png } of sectionPages(path ?? '', [
			'Digicheck',
			'Samenvatting',
			'Scores per onderwerp',
			'Advies per onderwerp',
			'Actieplan',
			'Bijlage A: alle antwoorden'
		]))
			await testInfo.attach(`PDF: ${heading}`, { body: png, contentType: 'image/png' });
	});

	test('shows areas with mostly "don’t know" as not enough information, not as zero', async ({
		page
	}) => {
		await seedAnswers(page, fixtureText('collectief-start'));
		await page.goto('/resultaat/');
		await waitForApp(page);
		const row = page.getByRole('row', { name: /Lange termijn/ });
		await expect(row).toContainText('Onvoldoende beeld');
		await expect(row.getByRole('cell').first()).toHaveText('–');
	});

	test('exports the answers as a file and imports them again; a bad file changes nothing', async ({
		page
	}) => {
		await seedAnswers(page, fixtureText('school-techniek-sterk'));
		await page.goto('/resultaat/');
		await waitForApp(page);
		await expect(page.getByTestId('overall-score')).toHaveText('51');
		const downloadPromise = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Bewaar antwoorden als bestand' }).click();
		const exported = await downloadPromise;
		expect(exported.suggestedFilename()).toMatch(/^digicheck-het-haags-lyceum-.*\.json$/);

		await openAnswersFile(page, 'kapot.json', '{"format":"digicheck-answers"}');
		await expect(page.getByRole('alert')).toContainText('Je eigen antwoorden zijn niet veranderd');
		await expect(page.getByTestId('overall-score')).toHaveText('51');

		// a good file: first what replaces what, then a choice
		await openAnswersFile(page, 'theater.json', fixtureText('theater-koploper'));
		const dialog = page.getByRole('dialog', { name: 'Je antwoorden vervangen?' });
		await expect(dialog).toContainText('Op dit apparaat: Het Haags Lyceum, 56 vragen beantwoord');
		await expect(dialog).toContainText(
			'In het bestand: English Stage Company, 57 vragen beantwoord'
		);
		await dialog.getByRole('button', { name: 'Annuleren' }).click();
		await expect(page.getByTestId('overall-score')).toHaveText('51');

		await openAnswersFile(page, 'theater.json', fixtureText('theater-koploper'));
		await dialog.getByRole('button', { name: 'Ja, vervang mijn antwoorden' }).click();
		await expect(page.getByTestId('overall-level')).toHaveText('Koploper');
		const notice = page.getByRole('status').filter({ hasText: 'theater.json' });
		await expect(notice).toContainText('De antwoorden uit theater.json zijn geladen.');
		// the notice stays, and undo brings the previous answers back (also after a reload)
		await notice.getByRole('button', { name: 'Ongedaan maken' }).click();
		await expect(page.getByText('Je vorige antwoorden zijn terug.')).toBeVisible();
		await expect(page.getByTestId('overall-score')).toHaveText('51');
		await page.reload();
		await waitForApp(page);
		await expect(page.getByTestId('overall-score')).toHaveText('51');
	});

	test('has no accessibility violations with the advice opened', async ({ page }) => {
		await seedAnswers(page, fixtureText('collectief-start'));
		await page.goto('/resultaat/');
		await waitForApp(page);
		await expect(page.getByTestId('overall-score')).toBeVisible();
		for (const summary of await page.getByText('Waarom zie ik dit advies?').all())
			await summary.click();
		await expectAccessible(page, 'results with reasons open');
	});
});

test('prints without buttons, and with the reasons of every advice', async ({ page }) => {
	await seedAnswers(page, fixtureText('school-techniek-sterk'));
	await page.goto('/resultaat/');
	await waitForApp(page);
	await expect(page.getByTestId('overall-score')).toHaveText('51');
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Download rapport (PDF)' })).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeHidden();
	await expect(
		page.getByText('Betrek leerlingen en leraren bij het ontwerp: score 34 van de 100.')
	).toBeVisible();
});

test.describe('results on a phone', () => {
	test.use({ viewport: { width: 360, height: 780 } });

	test('the first screens say it all: level, verdict, top three, the two buttons; then the chart', async ({
		page
	}, testInfo) => {
		await seedAnswers(page, fixtureText('basisschool'));
		await page.goto('/resultaat/');
		await waitForApp(page);
		await expect(page.getByTestId('overall-level')).toHaveText('Ontwikkelend');
		const top = async (locator: ReturnType<typeof page.locator>) =>
			(await locator.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
		const level = await top(page.getByTestId('overall-level'));
		const track = await top(page.getByTestId('track'));
		const priorities = await top(page.getByRole('heading', { name: 'Eerst aanpakken' }));
		const pdf = await top(page.getByRole('button', { name: 'Download rapport (PDF)' }));
		const save = await top(page.getByRole('button', { name: 'Bewaar antwoorden als bestand' }));
		const chart = await top(page.getByRole('heading', { name: 'Scores per onderwerp' }));
		expect(level).toBeLessThan(track);
		expect(track).toBeLessThan(priorities);
		expect(priorities).toBeLessThan(pdf);
		expect(pdf).toBeLessThan(chart);
		// the two buttons within about two screens
		expect(Math.max(pdf, save)).toBeLessThan(2 * 780);
		await testInfo.attach('results 360 top', {
			body: await page.screenshot(),
			contentType: 'image/png'
		});

		// every topic is one line until opened; the whole page stays short
		await expect(page.locator('details.area[open]')).toHaveCount(0);
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		console.log(
			`results page at 360 px, topics closed: ${height} px = ${(height / 780).toFixed(1)} screens`
		);
		expect(height / 780).toBeLessThanOrEqual(8);
		await testInfo.attach('results 360 closed', {
			body: await page.screenshot({ fullPage: true }),
			contentType: 'image/png'
		});

		// opened, everything is there
		await page.evaluate(() =>
			document.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''))
		);
		await expect(
			page.locator('details.area').first().getByRole('heading', { level: 3 })
		).toBeVisible();
		await testInfo.attach('results 360 open', {
			body: await page.screenshot({ fullPage: true }),
			contentType: 'image/png'
		});
		await page.evaluate(() =>
			document.querySelectorAll('details').forEach((d) => d.removeAttribute('open'))
		);

		// a link to an advice opens its topic
		await page
			.getByRole('link', { name: 'Regel toestemming voor foto’s en video’s' })
			.first()
			.click();
		await expect(page.locator('details#area-privacy')).toHaveAttribute('open', '');
		await expect(
			page.getByRole('heading', { name: 'Regel toestemming voor foto’s en video’s' })
		).toBeInViewport();
		await expectAccessible(page, 'results at 360 px');
	});
});

test.describe('results on a laptop', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test('the same order, with every topic and the whole plan open', async ({ page }, testInfo) => {
		await seedAnswers(page, fixtureText('basisschool'));
		await page.goto('/resultaat/');
		await waitForApp(page);
		const top = async (locator: ReturnType<typeof page.locator>) =>
			(await locator.boundingBox())?.y ?? Number.POSITIVE_INFINITY;
		const track = await top(page.getByTestId('track'));
		const pdf = await top(page.getByRole('button', { name: 'Download rapport (PDF)' }));
		const chart = await top(page.getByRole('heading', { name: 'Scores per onderwerp' }));
		expect(track).toBeLessThan(pdf);
		expect(pdf).toBeLessThan(chart);
		await expect(page.locator('details.area:not([open])')).toHaveCount(0);
		await expect(page.locator('details.horizon:not([open])')).toHaveCount(0);
		await testInfo.attach('results 1280 top', {
			body: await page.screenshot(),
			contentType: 'image/png'
		});
		await expectAccessible(page, 'results at 1280 px');
	});
});

test.describe('opening an answers file on a new device', () => {
	test('from the start page, with a bad file first (nothing changes) and then a good one', async ({
		page
	}) => {
		await page.goto('/');
		await waitForApp(page);
		await openAnswersFile(page, 'kapot.json', '{"format":"digicheck-answers","version":2}');
		await expect(page.getByRole('alert')).toContainText('Je eigen antwoorden zijn niet veranderd');
		// the reason follows the language
		await page.getByRole('link', { name: 'Switch to English' }).click();
		await expect(page.getByRole('alert')).toContainText('Your own answers have not changed');
		await page.getByRole('link', { name: 'Schakel over naar Nederlands' }).click();
		await expect(page.getByRole('link', { name: 'Volledige check (± 35 min)' })).toBeVisible();

		await openAnswersFile(page, 'museum.json', fixtureText('museum-groot'));
		await expect(page).toHaveURL(/\/resultaat\/$/);
		await expect(page.getByTestId('overall-level')).toHaveText('Gevorderd');
	});

	test('by dropping the file on an empty results page', async ({ page }) => {
		await page.goto('/resultaat/');
		await waitForApp(page);
		await expect(page.getByText('Je hebt nog geen vragen beantwoord')).toBeVisible();
		await page.evaluate((text) => {
			const transfer = new DataTransfer();
			transfer.items.add(new File([text], 'maker.json', { type: 'application/json' }));
			window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
			window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
		}, fixtureText('maker-alleen'));
		await expect(page.getByTestId('overall-level')).toHaveText('Ontwikkelend');
		await expect(page.getByText('Atelier Zoë Verbeek')).toBeVisible();
	});
});

test('the report as a web page: downloaded, self-contained, and axe finds nothing in it', async ({
	page
}) => {
	await seedAnswers(page, fixtureText('maker-alleen'));
	await page.goto('/resultaat/');
	await waitForApp(page);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download als webpagina' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^digicheck-atelier-zoe-verbeek-.*\.html$/);
	const path = await file.path();
	const html = readFileSync(path, 'utf8');
	expect(html).not.toMatch(/<script/i);
	// opened on its own, as a saved file is (not under the app's Content-Security-Policy)
	const viewer = await page.context().newPage();
	await viewer.setContent(html);
	await expect(viewer.getByRole('heading', { level: 1 })).toHaveText('Atelier Zoë Verbeek');
	await expect(viewer.getByRole('img').first()).toBeVisible();
	await expect(viewer.getByText('Toelichting van de invuller: Ik werk alleen;')).toBeVisible();
	await expectAccessible(viewer, 'the report as a web page');
});

test('targets: set on the review page, then a dashed line, a “Doel” column and advice that starts there', async ({
	page
}) => {
	await seedAnswers(page, fixtureText('basisschool'));
	await page.goto('/nakijken/');
	await waitForApp(page);
	await expect(
		page.getByRole('heading', { name: 'Waar wil je over 12 maanden staan?' })
	).toBeVisible();
	// beside each choice the score now, the same as the results show
	const target = page.getByLabel('Doel voor 10. Lange termijn');
	await expect(target).toHaveAccessibleDescription(/^Nu: \d+$/);
	const nowText = (await target.getAttribute('aria-describedby'))!;
	const now = (await page.locator(`#${nowText}`).textContent())!.replace('Nu: ', '');
	await target.selectOption({ label: '100 (niveau 4)' });
	await expectAccessible(page, 'review with targets');
	await page.getByRole('link', { name: 'Bekijk je resultaat' }).click();
	await waitForApp(page);
	const table = page.getByRole('table', { name: 'Score per onderwerp' });
	await expect(table.getByRole('columnheader', { name: 'Doel' })).toBeVisible();
	await expect(table.getByRole('row', { name: /10\. Lange termijn/ })).toContainText('100');
	await expect(
		table
			.getByRole('row', { name: /10\. Lange termijn/ })
			.getByRole('cell')
			.first()
	).toHaveText(now);
	await expect(page.getByText('Doel (stippellijn)')).toBeVisible();
	// the advice for that topic now comes with the target in its reasons
	await expect(
		page.getByText(/Het doel voor Lange termijn is 100; nu is het/).first()
	).toBeAttached();
	// and it is saved in the answers file
	const saved = await page.evaluate(
		() => JSON.parse(localStorage.getItem('digicheck.answers') ?? '{}').targets
	);
	expect(saved).toEqual({ 'lange-termijn': 4 });
});

test('the PDF fonts: the Latin subsets load while the page is idle, the full fonts, CJK files and the shaper only for a name that needs them', async ({
	page
}) => {
	const fonts: string[] = [];
	const scripts: string[] = [];
	page.on('request', (request) => {
		const path = new URL(request.url()).pathname;
		const name = /\/([^/]+)\.[\w-]+\.ttf$/.exec(path)?.[1];
		if (name) fonts.push(name);
		if (path.endsWith('.js')) scripts.push(path);
	});
	// the shaper's chunk (fontkit), as the build named it
	const manifest = JSON.parse(
		readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
	) as Record<string, { file: string }>;
	const shaper = `/${manifest['src/lib/report/shape.ts']?.file}`;
	const file = JSON.parse(fixtureText('school-techniek-sterk'));
	await seedAnswers(page, JSON.stringify(file));
	await page.goto('/resultaat/');
	await waitForApp(page);
	// fetched before anyone asks for a PDF
	await expect
		.poll(() => [...fonts].sort())
		.toEqual(['OpenSans-Bold-subset', 'OpenSans-Italic-subset', 'OpenSans-Regular-subset']);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download rapport (PDF)' }).click();
	expect(pdfText((await (await download).path()) ?? '')).toContain(file.profile.name);
	expect(fonts.filter((f) => !f.endsWith('-subset'))).toEqual([]);

	/** Saves the answers under another name, opens the results again, downloads the PDF: its path. */
	const pdfFor = async (name: string) => {
		await page.evaluate(
			(text) => localStorage.setItem('digicheck.answers', text),
			JSON.stringify({ ...file, profile: { ...file.profile, name } })
		);
		await page.reload();
		await waitForApp(page);
		const download = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download rapport (PDF)' }).click();
		return (await (await download).path()) ?? '';
	};

	// a Greek name: the full Open Sans files, fetched at the export
	await page.evaluate(() => localStorage.clear());
	const text = pdfText(await pdfFor('Θέατρο Αθηνών'));
	expect(text).toContain('Θέατρο Αθηνών');
	expect(text).not.toContain('Let op');
	expect(fonts).toEqual(expect.arrayContaining(['OpenSans-Regular', 'OpenSans-Bold']));

	// a name in Chinese and Korean: the index, then only the few files its characters are in
	const names: string[] = [];
	page.on('request', (request) => {
		const path = new URL(request.url()).pathname;
		if (path.startsWith('/fonts/names/')) names.push(path.slice('/fonts/names/'.length));
	});
	const cjkText = pdfText(await pdfFor('上海文化馆 · 문화 센터'));
	expect(cjkText).toContain('上海文化馆 · 문화 센터');
	expect(cjkText).not.toContain('Let op');
	expect(names).toContain('cjk.json');
	expect(names.filter((name) => name.endsWith('.woff')).length).toBeGreaterThan(0);
	expect(names.filter((name) => name.endsWith('.woff')).length).toBeLessThanOrEqual(8);

	expect(scripts).not.toContain(shaper);
	// a name in Devanagari (a fallback font) and Bengali (a file of the names index): shaped (its
	// own chunk, loaded only now), so a virama is never a glyph of its own
	const hindiPath = await pdfFor('हिन्दी संस्कृति · বাংলা সংস্কৃতি');
	expect(pdfText(hindiPath)).toContain('हिन्दी संस्कृति · বাংলা সংস্কৃতি');
	const qdf = `${hindiPath}-qdf.pdf`;
	execFileSync('qpdf', ['--qdf', '--object-streams=disable', hindiPath, qdf]);
	const mapped = [...readFileSync(qdf, 'latin1').matchAll(/<([0-9a-f]{4})><([0-9a-f]{4})>/g)];
	expect(mapped.map((m) => m[2])).toContain('0939');
	expect(mapped.map((m) => m[2])).not.toContain('094d');
	expect(mapped.map((m) => m[2])).not.toContain('09cd');
	expect(names).toContain('bengali.woff');
	expect(scripts).toContain(shaper);

	// a name in Adlam (beyond the Basic Multilingual Plane, right to left) and Hausa (letters
	// Open Sans lacks, from Noto Sans): their files, and the name copied as typed
	const adlamText = pdfText(await pdfFor('𞤀𞤣𞤤𞤢𞤥 · Ƙungiyar Kɔfi'));
	expect(adlamText).toContain('𞤀𞤣𞤤𞤢𞤥 · Ƙungiyar Kɔfi');
	expect(adlamText).not.toContain('Let op');
	expect(names).toEqual(expect.arrayContaining(['adlam.woff', 'sans-latin-ext.woff']));
});

test('the radar is drawn when it comes near the screen, and at once when the page is printed', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 780 });
	await seedAnswers(page, fixtureText('school-techniek-sterk'));
	await page.goto('/resultaat/');
	await waitForApp(page);
	const canvas = page.locator('.chart canvas');
	await expect(canvas).toBeAttached();
	// below the summary on a phone: not drawn yet (chart.js gives a drawn canvas its size)
	await page.waitForTimeout(500);
	await expect(canvas).not.toHaveAttribute('style', /width/);
	await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
	await expect(canvas).toHaveAttribute('style', /width/);
});

test('the downloaded web page carries its own security policy: it opens with no violation, and blocks a script', async ({
	page,
	browser
}) => {
	await seedAnswers(page, fixtureText('museum-groot'));
	await page.goto('/resultaat/');
	await waitForApp(page);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download als webpagina' }).click();
	const path = (await (await download).path()) ?? '';
	const html = readFileSync(path, 'utf8');
	expect(html).toContain('http-equiv="Content-Security-Policy"');

	// opened from disk, as a user opens it, with JavaScript on
	const context = await browser.newContext({ javaScriptEnabled: true });
	const opened = await context.newPage();
	const violations: string[] = [];
	await opened.exposeFunction('reportViolation', (text: string) => void violations.push(text));
	await opened.addInitScript(() =>
		document.addEventListener('securitypolicyviolation', (e) =>
			(window as unknown as { reportViolation(t: string): void }).reportViolation(
				`${e.violatedDirective} ${e.blockedURI}`
			)
		)
	);
	const copy = `${path}.html`;
	writeFileSync(copy, html);
	await opened.goto(`file://${copy}`);
	await expect(opened.getByRole('heading', { level: 1 })).toHaveText('Museum aan de Hofvijver');
	// the stylesheet applies (allowed by its hash)
	await expect(opened.locator('h2').first()).toHaveCSS('color', 'rgb(29, 78, 137)');
	expect(violations).toEqual([]);

	// a script slipped into the file is blocked by the policy
	const tampered = `${path}-tampered.html`;
	writeFileSync(
		tampered,
		html.replace('</main>', '<script>document.title = "ran"</script></main>')
	);
	await opened.goto(`file://${tampered}`);
	await expect.poll(() => violations.length).toBeGreaterThan(0);
	expect(await opened.title()).not.toBe('ran');
	expect(violations.join()).toContain('script-src');
	await context.close();
});
