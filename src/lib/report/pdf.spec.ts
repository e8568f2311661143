import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswersText, type AnswersFile } from '../engine/answers';
import { buildReport } from '../engine/report';
import { nodeFonts, renderReportPdfInNode } from './node';
import { renderReportPdf, type PlacedBlock } from './pdf';
import fc from 'fast-check';
import { answersFileArbitrary, fixtureNames } from '../engine/arbitraries';

// Reads PDFs back as a reader would: poppler's pdftotext/pdfinfo and qpdf (npm test installs them).
const dir = mkdtempSync(join(tmpdir(), 'digicheck-pdf-'));

function fixture(name: string): AnswersFile {
	const parsed = parseAnswersText(
		readFileSync(new URL(`../../../tests/fixtures/${name}.json`, import.meta.url), 'utf8')
	);
	if (!parsed.ok) throw new Error('fixture');
	return parsed.value;
}

async function render(file: AnswersFile, name: string): Promise<string> {
	const bytes = await renderReportPdfInNode(buildReport(file), new Date('2026-11-24T10:00:00Z'));
	const path = join(dir, `${name}.pdf`);
	writeFileSync(path, bytes);
	return path;
}

const text = (path: string) =>
	execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
const info = (path: string) =>
	Object.fromEntries(
		execFileSync('pdfinfo', [path], { encoding: 'utf8' })
			.split('\n')
			.filter((l) => l.includes(':'))
			.map((l) => [l.slice(0, l.indexOf(':')).trim(), l.slice(l.indexOf(':') + 1).trim()])
	);

describe('the PDF report', () => {
	it('has real, searchable text in a Unicode font: names like Çağdaş and Zoë come out right', async () => {
		const path = await render(fixture('collectief-start'), 'collectief');
		const content = text(path);
		expect(content).toContain('Stichting Çağdaş & Zoë’s Atelier');
		expect(content).toContain('Startend');
		expect(content).toContain('Begin met één klein project, samen met anderen');
		expect(content).toContain('Bijlage A: alle antwoorden');
		expect(content).toContain('Bijlage B: de checklist met 12 aanbevelingen');
		expect(content).toMatch(/Pagina 2 van \d+/);
		// embedded, with a Unicode map (so copy and search work)
		const fonts = execFileSync('pdffonts', [path], { encoding: 'utf8' });
		expect(fonts).toMatch(/OpenSans\s+CID TrueType\s+Identity-H\s+yes\s+\w+\s+yes/);
		expect(fonts).not.toMatch(/Helvetica|Times|Courier/);
	});

	it('carries title, author, language and page count, on A4', async () => {
		const path = await render(fixture('school-techniek-sterk'), 'school');
		const meta = info(path);
		expect(meta.Title).toBe('Digicheck-rapport: Het Haags Lyceum');
		expect(meta.Author).toBe('Het Haags Lyceum');
		expect(meta.Subject).toContain('Zelfevaluatie');
		expect(meta['Page size']).toContain('595.28 x 841.89');
		expect(Number(meta.Pages)).toBeGreaterThanOrEqual(10);
		expect(readFileSync(path, 'latin1')).toContain('/Lang (nl)');
	});

	it('passes qpdf --check and stays well under 500 KB', async () => {
		const path = await render(fixture('theater-koploper'), 'theater');
		const check = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
		expect(check.status, check.stdout + check.stderr).toBe(0);
		expect(readFileSync(path).length).toBeLessThan(500 * 1024);
		expect(text(path)).toContain('Leader');
	});

	it('wraps long names and long texts instead of running off the page', async () => {
		const long = fixture('school-techniek-sterk');
		long.profile.name =
			'Stichting voor Kunst, Cultuur en Digitale Educatie in de Regio Haaglanden en Omstreken — afdeling Çağdaş Zoë Ærøskøbing';
		const path = await render(long, 'long');
		const bbox = execFileSync('pdftotext', ['-bbox', path, '-'], { encoding: 'utf8' });
		const overflow = [
			...bbox.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)
		].filter((m) => Number(m[1]) < 28 || Number(m[2]) > 595.28 - 28);
		expect(overflow.map((m) => m[3])).toEqual([]);
		expect(text(path).replace(/\s+/g, ' ')).toContain('Regio Haaglanden en Omstreken');
	});

	it('says “onvoldoende beeld” on the cover when too little is answered, and no level or track', async () => {
		const path = await render(fixture('veel-weet-ik-niet'), 'unsure');
		const firstPage = execFileSync(
			'pdftotext',
			['-enc', 'UTF-8', '-f', '1', '-l', '1', path, '-'],
			{
				encoding: 'utf8'
			}
		).replace(/\s+/g, ' ');
		expect(firstPage).toContain('Onvoldoende beeld: 4 van de 12 onderwerpen hebben een score');
		expect(firstPage).toContain('Nog geen advies: onvoldoende beeld');
		const all = text(path);
		expect(all).not.toMatch(/Startend|Ontwikkelend|Gevorderd|Koploper/);
		expect(all).toContain('Zoek eerst uit: is er geld voor digitale projecten?');
	});

	it('prints the respondent’s note under its area, and n.v.t. in the appendix', async () => {
		const maker = text(await render(fixture('maker-alleen'), 'maker')).replace(/\s+/g, ' ');
		expect(maker).toContain('Toelichting van de invuller: Ik werk alleen;');
		const special = text(await render(fixture('speciaal-onderwijs'), 'special'));
		expect(special).toContain('Niet van toepassing (n.v.t.)');
	});

	it('keeps every heading with what follows and never splits an advice, for all fixtures and 100 generated files', async () => {
		const fonts = await nodeFonts();
		const files = [
			...fixtureNames.map(fixture),
			...fc.sample(answersFileArbitrary, { numRuns: 100, seed: 7 })
		];
		const faults: string[] = [];
		for (const file of files) {
			let placed: PlacedBlock[] = [];
			await renderReportPdf(buildReport(file), fonts, new Date('2026-11-24T10:00:00Z'), (p) => {
				placed = p;
			});
			placed.forEach((block, i) => {
				if (block.kind === 'advice' && block.startPage !== block.endPage)
					faults.push(
						`${file.profile.name}: advice "${block.text}" split over pages ${block.startPage}-${block.endPage}`
					);
				const next = placed.slice(i + 1).find((b) => b.kind !== 'pageBreak');
				if (
					block.kind === 'heading' &&
					next &&
					next.startPage !== block.endPage &&
					placed[i + 1]?.kind !== 'pageBreak'
				)
					faults.push(
						`${file.profile.name}: heading "${block.text}" alone at the bottom of page ${block.endPage}`
					);
			});
		}
		expect(faults).toEqual([]);
	}, 120_000);
});
