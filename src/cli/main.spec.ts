import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { adviseOutputSchema } from '../lib/engine/report-schema';
import { main } from './main';

async function run(...args: string[]) {
	let out = '';
	let err = '';
	const code = await main(args, { out: (t) => (out += t), err: (t) => (err += t) });
	return { code, out, err };
}

const fixture = (name: string) =>
	fileURLToPath(new URL(`../../tests/fixtures/${name}.json`, import.meta.url));

describe('digicheck content', () => {
	it('prints the whole questionnaire as JSON with version, areas, questions and five levels', async () => {
		const { code, out } = await run('content');
		expect(code).toBe(0);
		const json = JSON.parse(out);
		expect(json.version).toMatch(/^\d+\.\d+\.\d+$/);
		expect(json.areas).toHaveLength(12);
		expect(json.areas[0].title).toEqual({
			nl: 'Neem een stap terug voordat je nieuwe ideeën uitvoert',
			en: 'Take a step back before you carry out new ideas'
		});
		const question = json.areas[0].questions[0];
		expect(question.statement.nl).toBeTruthy();
		expect(question.levels).toHaveLength(5);
		expect(json.rules.length).toBeGreaterThanOrEqual(50);
		// the quick scan's questions are marked: one per area for each audience
		for (const audience of ['cultural-organisation', 'school'])
			for (const area of json.areas)
				expect(
					area.questions.filter(
						(q: { quickScan?: true; audiences: string[] }) =>
							q.quickScan && q.audiences.includes(audience)
					),
					`${area.id}, ${audience}`
				).toHaveLength(1);
	});
});

describe('digicheck pdf', () => {
	it('writes the PDF report of an answers file', async () => {
		const out = join(mkdtempSync(join(tmpdir(), 'digicheck-')), 'report.pdf');
		const { code, err } = await run('pdf', fixture('collectief-start'), '-o', out);
		expect(code).toBe(0);
		expect(err).toContain('wrote');
		expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
	});

	it('writes the same report as one web page with html', async () => {
		const out = join(mkdtempSync(join(tmpdir(), 'digicheck-')), 'r.html');
		const { code } = await run('html', fixture('collectief-start'), '-o', out);
		expect(code).toBe(0);
		const html = readFileSync(out, 'utf8');
		expect(html.startsWith('<!doctype html>')).toBe(true);
		expect(html).toContain('Stichting Çağdaş &amp; Zoë’s Atelier');
	});

	it('asks for an output file', async () => {
		const { code, err } = await run('pdf', fixture('collectief-start'));
		expect(code).toBe(2);
		expect(err).toContain('-o');
	});
});

describe('digicheck advise', () => {
	it('prints the report of an answers file in the file’s language', async () => {
		const { code, out } = await run('advise', fixture('school-techniek-sterk'));
		expect(code).toBe(0);
		const report = adviseOutputSchema.parse(JSON.parse(out));
		expect(report.overall.level).toEqual({ id: 'ontwikkelend', label: 'Ontwikkelend' });
		expect(report.advice[0]?.id).toBe('evaluatie-zwak');
		expect(report.track).toMatchObject({
			kind: 'school',
			status: 'decided',
			id: 'school-klaar',
			missing: []
		});
	});

	it('prints the track status, what is missing, notes and targets', async () => {
		const unsure = await run('advise', fixture('veel-weet-ik-niet'));
		expect(unsure.code).toBe(0);
		const report = adviseOutputSchema.parse(JSON.parse(unsure.out));
		expect(report.overall).toMatchObject({ score: null, level: null, minScoredAreas: 9 });
		expect(report.track).toMatchObject({ status: 'undecided', id: null });
		// the track hangs on one question, which is named
		expect(report.track.missing).toEqual(['programmeBefore']);
		const theatre = adviseOutputSchema.parse(
			JSON.parse((await run('advise', fixture('theater-koploper'))).out)
		);
		expect(theatre.notes['output-impact']).toContain('90%');
		expect(theatre.targets).toEqual({ duurzaam: 4 });
		expect(theatre.areas.find((a) => a.id === 'output-impact')?.note).toContain('90%');
	});

	it('reads a version 1 file, with a warning on stderr', async () => {
		const { code, out, err } = await run('advise', fixture('v1/collectief-start-v1'));
		expect(code).toBe(0);
		expect(err).toContain('older Digicheck');
		// a format 1 file was never asked whether it took part before; it never ran a digital
		// project, and every participant brings one: the starters' track, the question named
		expect(adviseOutputSchema.parse(JSON.parse(out)).track).toMatchObject({
			id: 'starttraject',
			decidedBy: ['earlierProjects', 'geen-tijd', 'geen-budget'],
			missing: ['programmeBefore']
		});
	});

	it.each([
		['a file that does not exist', '/nonexistent/answers.json', 'cannot read'],
		['a file that is not JSON', 'not json', 'not JSON'],
		[
			'an answer out of range',
			JSON.stringify({
				format: 'digicheck-answers',
				version: 1,
				contentVersion: '1.0.0',
				locale: 'nl',
				profile: { name: 'x', audience: 'school', targetGroups: [] },
				answers: { vervolg: 7 },
				savedAt: '2026-11-24T09:00:00Z'
			}),
			'answers.vervolg'
		],
		[
			'a missing audience',
			JSON.stringify({
				format: 'digicheck-answers',
				version: 1,
				contentVersion: '1.0.0',
				locale: 'nl',
				profile: { name: 'x', targetGroups: [] },
				answers: {},
				savedAt: '2026-11-24T09:00:00Z'
			}),
			'profile.audience'
		]
	])(
		'rejects %s with exit code 2 and a message naming the problem',
		async (_name, contents, expected) => {
			let path = contents;
			if (!contents.startsWith('/')) {
				path = join(mkdtempSync(join(tmpdir(), 'digicheck-')), 'answers.json');
				writeFileSync(path, contents);
			}
			const { code, err, out } = await run('advise', path);
			expect(code).toBe(2);
			expect(out).toBe('');
			expect(err).toContain(expected);
		}
	);

	it('explains its usage for an unknown command', async () => {
		const { code, err } = await run('frobnicate');
		expect(code).toBe(2);
		expect(err).toContain('Usage');
	});
});

describe('digicheck compare', () => {
	it('prints the verdict and one line per area, or the comparison as JSON', async () => {
		const text = await run('compare', fixture('basisschool'), fixture('school-techniek-sterk'));
		expect(text.code).toBe(0);
		expect(text.out).toMatch(/^\d+ topics forward, \d+ back, \d+ the same/);
		expect(text.out.split('\n').filter((l) => /^\s?\d+\. /.test(l))).toHaveLength(12);
		const json = await run(
			'compare',
			fixture('basisschool'),
			fixture('school-techniek-sterk'),
			'--json'
		);
		const parsed = JSON.parse(json.out);
		expect(parsed.areas).toHaveLength(12);
		expect(parsed.before.name).toBe('Basisschool De Regenboog');
	});

	it('writes the second check’s PDF with a "Voor- en nameting" section', async () => {
		const out = join(mkdtempSync(join(tmpdir(), 'digicheck-')), 'vergelijking.pdf');
		const { code } = await run(
			'compare',
			fixture('basisschool'),
			fixture('school-techniek-sterk'),
			'-o',
			out
		);
		expect(code).toBe(0);
		const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' });
		expect(text).toContain('Voor- en nameting');
		expect(text).toMatch(/\d+ onderwerpen vooruit, \d+ achteruit/);
	});

	it('asks for exactly two files', async () => {
		const { code, err } = await run('compare', fixture('basisschool'));
		expect(code).toBe(2);
		expect(err).toContain('two answers files');
	});
});

describe('digicheck team', () => {
	it('prints the team, each area’s median with its range, and the divergent questions', async () => {
		const { code, out } = await run(
			'team',
			fixture('basisschool'),
			fixture('school-techniek-sterk'),
			fixture('speciaal-onderwijs')
		);
		expect(code).toBe(0);
		// Dutch files, Dutch words (the files' language)
		expect(out).toMatch(/^Teamrapport \(3\): /);
		expect(
			out.split('\n').filter((l) => /^\s?\d+\. .+\(\S+–\S+(, \d van 3)?\)/.test(l))
		).toHaveLength(12);
		expect(out).toContain('Hier zien jullie het verschillend: bespreek dit eerst:');
		expect(out).toMatch(/\(gekozen niveaus: \d(, \d)+\)/);
		expect(out).not.toContain('Seen differently');
	});

	it('gives JSON, warns about a file opened twice and one of another audience', async () => {
		const { code, out, err } = await run(
			'team',
			fixture('basisschool'),
			fixture('basisschool'),
			fixture('museum-groot'),
			'--json'
		);
		expect(code).toBe(0);
		const json = JSON.parse(out);
		expect(json.members[1].duplicateOf).toBe(0);
		expect(json.otherAudience).toEqual([2]);
		expect(json.areas).toHaveLength(12);
		expect(json.advice.length).toBeGreaterThan(0);
		expect(err).toContain('counted once');
		expect(err).toContain('another kind of organisation');
	});

	it('asks for at least two files', async () => {
		expect((await run('team', fixture('basisschool'))).code).toBe(2);
	});

	it('writes the team PDF with its "Teamrapport" section', async () => {
		const out = join(mkdtempSync(join(tmpdir(), 'digicheck-')), 'team.pdf');
		const { code } = await run(
			'team',
			fixture('basisschool'),
			fixture('school-techniek-sterk'),
			'-o',
			out
		);
		expect(code).toBe(0);
		const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' });
		expect(text).toContain('Teamrapport');
		expect(text).toContain('2 mensen vulden de check in');
	});
});

describe('digicheck partner', () => {
	it('prints both sides per area, the joint advice and the questions seen differently, in either order', async () => {
		for (const files of [
			[fixture('partner/vo-school'), fixture('partner/filmhuis')],
			[fixture('partner/filmhuis'), fixture('partner/vo-school')]
		]) {
			const { code, out } = await run('partner', ...files);
			expect(code).toBe(0);
			expect(out).toMatch(
				/^School: Stedelijk College Zuid · Cultural partner: Filmhuis De Lantaarn/
			);
			expect(out.split('\n').filter((l) => /^\s?\d+\. .+\s(\S+)\s+(\S+)$/.test(l))).toHaveLength(
				12
			);
			expect(out).toContain(
				'Joint advice:\n  - Check the project’s apps together, before the first lesson'
			);
			expect(out).toContain('Seen differently (discuss these first):');
		}
	});

	it('gives JSON with the areas, the shared questions and the advice with each side’s why', async () => {
		const { code, out } = await run(
			'partner',
			fixture('partner/po-school-start'),
			fixture('partner/muziekschool'),
			'--json'
		);
		expect(code).toBe(0);
		const json = JSON.parse(out);
		expect(json.school).toBe('Basisschool De Regenboog');
		expect(json.areas).toHaveLength(12);
		expect(json.questions.length).toBeGreaterThan(40);
		expect(json.advice[0].id).toBe('samen-privacy-uitzoeken');
		expect(json.advice[0].why[0].side).toBe('school');
	});

	it('refuses two files of the same kind, or one file, with exit code 2', async () => {
		const same = await run('partner', fixture('basisschool'), fixture('speciaal-onderwijs'));
		expect(same.code).toBe(2);
		expect(same.err).toContain(
			'one file must be a school’s and the other a cultural organisation’s'
		);
		expect((await run('partner', fixture('basisschool'))).code).toBe(2);
	});

	it('writes the partner PDF, and never over one of its inputs', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'digicheck-'));
		const out = join(dir, 'samen.pdf');
		const { code } = await run(
			'partner',
			fixture('partner/muziekschool'),
			fixture('partner/po-school-start'),
			'-o',
			out
		);
		expect(code).toBe(0);
		const text = execFileSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' });
		expect(text).toContain('Samen met je partner');
		expect(text).toContain('Basisschool De Regenboog × Muziekschool Haaglanden');
		const input = join(dir, 'school.json');
		writeFileSync(input, readFileSync(fixture('partner/po-school-start')));
		const again = await run('partner', input, fixture('partner/muziekschool'), '-o', input);
		expect(again.code).toBe(2);
		expect(readFileSync(input, 'utf8')).toBe(
			readFileSync(fixture('partner/po-school-start'), 'utf8')
		);
	});
});

describe('digicheck cohort', () => {
	const folder = () => {
		const dir = mkdtempSync(join(tmpdir(), 'digicheck-cohort-'));
		for (const name of ['basisschool', 'museum-groot', 'collectief-start'])
			writeFileSync(join(dir, `${name}.json`), readFileSync(fixture(name)));
		mkdirSync(join(dir, 'nog-een-map'));
		writeFileSync(
			join(dir, 'nog-een-map', 'theater.json'),
			readFileSync(fixture('theater-koploper'))
		);
		writeFileSync(join(dir, 'kapot.json'), '{"format": "digicheck-answers"');
		writeFileSync(join(dir, 'notities.txt'), 'geen antwoorden');
		return dir;
	};

	it('streams one JSON line per usable file (subfolders too) and names the file it skipped', async () => {
		const { code, out, err } = await run('cohort', folder(), '--ndjson');
		expect(code).toBe(0);
		const lines = out
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(lines.map((l) => l.name).sort()).toEqual(
			[
				'Basisschool De Regenboog',
				'Museum aan de Hofvijver',
				'Stichting Çağdaş & Zoë’s Atelier',
				'English Stage Company'
			].sort()
		);
		expect(lines[0]).toHaveProperty('areas');
		expect(err).toMatch(/skipped .*kapot\.json/);
		expect(err).not.toContain('notities.txt');
	});

	it('prints the group summary, or JSON with rows and summary', async () => {
		const dir = folder();
		const text = await run('cohort', dir);
		expect(text.out).toMatch(/^Cohort of 4 \(1 skipped\)/);
		expect(text.out).toContain('Most common advice:');
		const json = JSON.parse((await run('cohort', dir, '--json')).out);
		expect(json.count).toBe(4);
		expect(json.skipped).toBe(1);
		expect(json.summary.areas).toHaveLength(12);
		expect(json.rows).toHaveLength(4);
	});

	it('writes the CSV: BOM, header and one line per respondent', async () => {
		const dir = folder();
		const out = join(dir, 'cohort.csv');
		const { code } = await run('cohort', dir, '--csv', out);
		expect(code).toBe(0);
		const csv = readFileSync(out, 'utf8');
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		const lines = csv.slice(1).trim().split('\r\n');
		expect(lines).toHaveLength(5);
		expect(lines[0]!.startsWith('bestand;organisatie;soort;')).toBe(true);
	});

	it('exits 2 when no file can be used, or nothing is given', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'digicheck-cohort-'));
		writeFileSync(join(dir, 'kapot.json'), 'nee');
		expect((await run('cohort', dir)).code).toBe(2);
		expect((await run('cohort')).code).toBe(2);
		expect((await run('cohort', dir, '--csv')).code).toBe(2);
	});
});

describe('Digicheck PDFs as input', () => {
	const dir = mkdtempSync(join(tmpdir(), 'digicheck-pdf-in-'));
	const pdfOf = async (name: string) => {
		const out = join(dir, `${name.replace('/', '-')}.pdf`);
		if ((await run('pdf', fixture(name), '-o', out)).code !== 0) throw new Error(name);
		return out;
	};

	it('extract writes the embedded answers file back out, byte for byte', async () => {
		const pdf = await pdfOf('museum-groot');
		const out = join(dir, 'terug.json');
		expect((await run('extract', pdf, '-o', out)).code).toBe(0);
		expect(readFileSync(out, 'utf8')).toBe(readFileSync(fixture('museum-groot'), 'utf8'));
		const stdout = await run('extract', pdf);
		expect(stdout.out).toBe(readFileSync(fixture('museum-groot'), 'utf8'));
		// a PDF without answers: a clear message and exit code 2
		const plain = join(dir, 'plain.pdf');
		writeFileSync(plain, '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n');
		const none = await run('extract', plain);
		expect(none.code).toBe(2);
		expect(none.err).toContain('This PDF file holds no Digicheck answers.');
	});

	it('advise and pdf read a PDF as its answers file', async () => {
		const pdf = await pdfOf('theater-koploper');
		const fromPdf = await run('advise', pdf);
		const fromJson = await run('advise', fixture('theater-koploper'));
		expect(fromPdf.code).toBe(0);
		expect(fromPdf.out).toBe(fromJson.out);
		const again = join(dir, 'again.pdf');
		expect((await run('pdf', pdf, '-o', again)).code).toBe(0);
		expect((await run('extract', again)).out).toBe(
			readFileSync(fixture('theater-koploper'), 'utf8')
		);
	});

	it('compare, team and partner read PDFs, also a PDF that holds several files', async () => {
		const before = await pdfOf('collectief-start');
		const compared = await run('compare', before, fixture('theater-koploper'), '--json');
		expect(compared.code).toBe(0);
		const comparePdf = join(dir, 'vergelijk.pdf');
		expect(
			(
				await run(
					'compare',
					fixture('collectief-start'),
					fixture('theater-koploper'),
					'-o',
					comparePdf
				)
			).code
		).toBe(0);
		// the comparison's PDF carries both checks: on its own it compares again
		const fromOne = await run('compare', comparePdf, '--json');
		expect(fromOne.code).toBe(0);
		expect(JSON.parse(fromOne.out)).toEqual(JSON.parse(compared.out));

		const teamPdf = join(dir, 'team.pdf');
		expect(
			(
				await run(
					'team',
					await pdfOf('basisschool'),
					fixture('speciaal-onderwijs'),
					fixture('school-techniek-sterk'),
					'-o',
					teamPdf
				)
			).code
		).toBe(0);
		const team = await run('team', teamPdf, '--json');
		expect(team.code).toBe(0);
		expect(JSON.parse(team.out).members).toHaveLength(3);

		const samen = join(dir, 'samen.pdf');
		expect(
			(
				await run(
					'partner',
					await pdfOf('partner/vo-school'),
					fixture('partner/filmhuis'),
					'-o',
					samen
				)
			).code
		).toBe(0);
		const partner = await run('partner', samen, '--json');
		expect(partner.code).toBe(0);
		expect(JSON.parse(partner.out).school).toBe('Stedelijk College Zuid');
		const extracted = join(dir, 'samen.json');
		expect((await run('extract', samen, '-o', extracted)).code).toBe(0);
		expect(readFileSync(join(dir, 'samen-1.json'), 'utf8')).toBe(
			readFileSync(fixture('partner/vo-school'), 'utf8')
		);
		expect(readFileSync(join(dir, 'samen-2.json'), 'utf8')).toBe(
			readFileSync(fixture('partner/filmhuis'), 'utf8')
		);
	});

	it('cohort reads the PDFs in a folder, each file a PDF carries a row', async () => {
		const folder = mkdtempSync(join(tmpdir(), 'digicheck-pdf-cohort-'));
		for (const name of ['basisschool', 'museum-groot'])
			expect((await run('pdf', fixture(name), '-o', join(folder, `${name}.pdf`))).code).toBe(0);
		writeFileSync(join(folder, 'collectief.json'), readFileSync(fixture('collectief-start')));
		const { code, out } = await run('cohort', folder, '--ndjson');
		expect(code).toBe(0);
		expect(out.trim().split('\n')).toHaveLength(3);
	});
});

describe('digicheck advise of a quick scan', () => {
	it('marks the report as a quick scan, with a provisional verdict and twelve questions', async () => {
		const { quickQuestionIds } = await import('../lib/content/index');
		const full = JSON.parse(readFileSync(fixture('collectief-start'), 'utf8'));
		const asked = new Set(quickQuestionIds('cultural-organisation'));
		const quick = {
			...full,
			mode: 'quick',
			answers: Object.fromEntries(Object.entries(full.answers).filter(([id]) => asked.has(id)))
		};
		const path = join(mkdtempSync(join(tmpdir(), 'digicheck-quick-')), 'snel.json');
		writeFileSync(path, JSON.stringify(quick));
		const { code, out } = await run('advise', path);
		expect(code).toBe(0);
		const json = JSON.parse(out);
		expect(json.mode).toBe('quick');
		expect(json.questionCount).toBe(12);
		expect(json.answeredCount).toBe(12);
		expect(json.track.status).not.toBe('decided');
	});
});
