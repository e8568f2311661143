/** The team report: three colleagues' files dropped on the page, combined in the browser. */
import { execFileSync } from 'node:child_process';
import { deflateRawSync } from 'node:zlib';
import { expect, expectAccessible, fixtureText, test, waitForApp } from './fixtures';

test('three files dropped on the team page: band radar, divergences, the team PDF with every role', async ({
	page
}, testInfo) => {
	test.setTimeout(90_000);
	await page.goto('/team/');
	await waitForApp(page);
	const base = JSON.parse(fixtureText('basisschool'));
	const files = [
		{
			...base,
			profile: { ...base.profile, role: 'directie' },
			answers: { ...base.answers, vervolg: 4 }
		},
		{
			...base,
			profile: { ...base.profile, role: 'leraar-maker' },
			answers: { ...base.answers, vervolg: 0 }
		},
		{
			...base,
			profile: { ...base.profile, role: 'ict-coordinator' },
			answers: { ...base.answers, vervolg: 2 }
		}
	].map((f, i) => ({ name: `collega-${i + 1}.json`, text: JSON.stringify(f) }));
	await page.evaluate((list) => {
		const transfer = new DataTransfer();
		for (const f of list)
			transfer.items.add(new File([f.text], f.name, { type: 'application/json' }));
		window.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
		window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
	}, files);

	const members = page.getByRole('region', { name: 'Wie doen er mee?' });
	await expect(members.getByRole('checkbox')).toHaveCount(3);
	await expect(
		page.getByRole('heading', { name: 'Hier zien jullie het verschillend: bespreek dit eerst' })
	).toBeVisible();
	await expect(page.locator('ol.divergent li').first()).toContainText('gekozen niveaus: 0, 2, 4');
	await expect(
		page.getByRole('table', { name: 'Scores van het team per onderwerp' }).getByRole('row')
	).toHaveCount(13);
	const canvas = page.locator('.chart canvas');
	// the radar is drawn when it comes near the screen, as a reader scrolls to it
	await canvas.scrollIntoViewIfNeeded();
	await expect
		.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL().length))
		.toBeGreaterThan(5_000);
	await expectAccessible(page, 'the team report');
	await testInfo.attach('team report', {
		body: await page.screenshot({ fullPage: true }),
		contentType: 'image/png'
	});

	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Download het teamrapport (PDF)' }).click();
	const path = await (await download).path();
	const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path ?? '', '-'], {
		encoding: 'utf8'
	}).replace(/\s+/g, ' ');
	expect(text).toContain('Teamrapport');
	for (const role of ['Directie of bestuur', 'Docent, leraar of maker', 'Ict-coördinator'])
		expect(text).toContain(role);
	expect(text).toContain('Gespreksleidraad');

	// leaving one out: two remain, still a team
	await members.getByRole('checkbox').nth(2).uncheck();
	await expect(page.locator('ol.divergent li').first()).toContainText('gekozen niveaus: 0, 4');
});

test('share links pasted one per line join the team; a bad line is named and kept to correct', async ({
	page,
	baseURL
}) => {
	await page.goto('/team/');
	await waitForApp(page);
	const base = JSON.parse(fixtureText('basisschool'));
	const link = (role: string, vervolg: number) =>
		`${baseURL}/#a=${deflateRawSync(
			Buffer.from(
				JSON.stringify({
					...base,
					profile: { ...base.profile, name: '', role },
					answers: { ...base.answers, vervolg }
				})
			)
		).toString('base64url')}`;
	await page.getByText('Of plak deellinks').click();
	await page
		.getByLabel('Deellinks van collega’s, één per regel')
		.fill(`${link('directie', 4)}\n\n  ${link('leraar-maker', 0)}  \nhttps://example.org/#a=kapot`);
	await page.getByRole('button', { name: 'Voeg de links toe' }).click();
	const members = page.getByRole('region', { name: 'Wie doen er mee?' });
	await expect(members.getByRole('checkbox')).toHaveCount(2);
	// no name in these files: each is named by its line
	await expect(members).toContainText('deellink, regel 1 · Directie of bestuur');
	await expect(members).toContainText('deellink, regel 3 · Docent, leraar of maker');
	await expect(page.getByRole('alert')).toContainText(
		'De link op regel 4 is geen werkende Digicheck-deellink en telt niet mee.'
	);
	await expect(page.getByLabel('Deellinks van collega’s, één per regel')).toHaveValue(
		'https://example.org/#a=kapot'
	);
	await expect(page.locator('ol.divergent li').first()).toContainText('gekozen niveaus: 0, 4');
});

test('"weet ik niet" on the budget, and a format 1 file: the team report shows, no error', async ({
	page
}) => {
	// the shared fixture fails the test on any console error or uncaught exception
	// (state_unsafe_mutation was one)
	await page.goto('/team/');
	await waitForApp(page);
	const base = JSON.parse(fixtureText('veel-weet-ik-niet'));
	const unsure = (role: string) => ({
		...base,
		profile: { ...base.profile, role },
		answers: { ...base.answers, 'budget-digitaal': 'unknown' }
	});
	await page.locator('input[type=file]').setInputFiles(
		[
			['collega-1.json', JSON.stringify(unsure('directie'))],
			['collega-2.json', JSON.stringify(unsure('educatie'))],
			['ouder.json', fixtureText('v1/collectief-start-v1')]
		].map(([name, text]) => ({
			name: name!,
			mimeType: 'application/json',
			buffer: Buffer.from(text!)
		}))
	);
	await expect(
		page.getByRole('region', { name: 'Wie doen er mee?' }).getByRole('checkbox')
	).toHaveCount(3);
	await expect(
		page.getByRole('table', { name: 'Scores van het team per onderwerp' }).getByRole('row')
	).toHaveCount(13);
	await expect(page.getByRole('alert')).toHaveCount(0);
});
