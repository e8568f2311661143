import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content } from '../content/index';
import { type AnswersFile } from '../answers/schema';
import { answersFileArbitrary, fixtureNames } from '../testing/arbitraries';
import { cohortRow, organisationKey, quartiles, summarizeCohort } from './model';
import { cohortCsv, csvCell, csvHeader } from './csv';
import { draftPlan, toStored } from '../plan/model';
import { buildReport } from '../engine/report';
import { loadFixture as fixture } from '../testing/fixtures';

describe('cohort rows', () => {
	it('hold what the table shows, from the report, for every fixture', () => {
		fixtureNames.forEach((name, i) => {
			const file = fixture(name);
			const row = cohortRow(file, i, `${name}.json`);
			const report = buildReport(file, 'nl');
			expect(row.overall).toBe(report.overall.score);
			expect(row.level).toBe(report.overall.level?.id ?? null);
			expect(row.track).toEqual({ id: report.track.id, status: report.track.status });
			expect(row.advice).toEqual(report.advice.map((a) => a.id));
			expect(row.areas).toHaveLength(12);
			expect(row.weakest.length).toBeLessThanOrEqual(3);
			// the weakest are scored and no scored area is lower than the last of them
			const scoreOf = (id: string) => row.areas[content.areas.findIndex((a) => a.id === id)]!;
			const scored = row.areas.filter((x): x is number => x !== null);
			expect(row.weakest).toHaveLength(Math.min(3, scored.length));
			expect(row.weakest.map(scoreOf)).toEqual(
				[...scored].sort((x, y) => x - y).slice(0, row.weakest.length)
			);
			expect(row.answered).toBeCloseTo(report.answeredCount / report.questionCount, 6);
			// the table shows answers with a level: "weet ik niet" does not count as one
			const unknown = report.areas.reduce((sum, a) => sum + a.unknown + a.notApplicable, 0);
			expect(row.known).toBeCloseTo((report.answeredCount - unknown) / report.questionCount, 6);
		});
	});
});

describe('cohort statistics', () => {
	it('computes quartiles by linear interpolation', () => {
		expect(quartiles([])).toBeNull();
		expect(quartiles([40])).toEqual({ q1: 40, median: 40, q3: 40 });
		expect(quartiles([10, 20, 30, 40])).toEqual({ q1: 17.5, median: 25, q3: 32.5 });
		expect(quartiles([50, 0, 100, 25, 75])).toEqual({ q1: 25, median: 50, q3: 75 });
	});

	it('counts each area’s verdicts and the most common advice across the group', () => {
		const files = fixtureNames.map(fixture);
		const rows = files.map((f, i) => cohortRow(f, i, `${i}.json`));
		const summary = summarizeCohort(rows);
		expect(summary.count).toBe(files.length);
		for (const [i, area] of summary.areas.entries()) {
			const total = Object.values(area.counts).reduce((a, b) => a + b, 0);
			expect(total).toBe(files.length);
			const scored = rows.flatMap((r) => (r.areas[i] === null ? [] : [r.areas[i]!]));
			expect(area.median).toBe(quartiles(scored)?.median ?? null);
			expect(area.counts.insufficient).toBe(rows.length - scored.length);
		}
		const counts = new Map<string, number>();
		for (const r of rows) for (const id of r.advice) counts.set(id, (counts.get(id) ?? 0) + 1);
		expect(summary.commonAdvice[0]!.count).toBe(Math.max(...counts.values()));
		expect(summary.commonAdvice.map((a) => a.count)).toEqual(
			[...summary.commonAdvice.map((a) => a.count)].sort((a, b) => b - a)
		);
	});

	it('shows the movement of organisations with two dated checks, first against last', () => {
		const before = fixture('collectief-start');
		const after: AnswersFile = {
			...before,
			profile: { ...before.profile, name: `  ${before.profile.name.toUpperCase()} ` },
			savedAt: '2027-06-01T10:00:00.000Z',
			answers: Object.fromEntries(Object.keys(before.answers).map((id) => [id, 4 as const]))
		};
		const other = fixture('museum-groot');
		const rows = [after, other, before].map((f, i) => cohortRow(f, i, `${i}.json`));
		expect(organisationKey(rows[0]!)).toBe(organisationKey(rows[2]!));
		const movement = summarizeCohort(rows).movement!;
		expect(movement.organisations).toEqual([
			{ name: before.profile.name, before: rows[2]!.overall, after: 100 }
		]);
		expect(movement.after).toBe(100);
		expect(summarizeCohort([rows[1]!]).movement).toBeNull();
	});

	it('a cohort of one has that respondent’s scores as its medians (any file)', () => {
		fc.assert(
			fc.property(answersFileArbitrary, (file) => {
				const row = cohortRow(file, 0, 'a.json');
				const summary = summarizeCohort([row]);
				expect(summary.areas.map((a) => a.median)).toEqual(row.areas);
			}),
			{ numRuns: 100, seed: 20261129 }
		);
	});
});

describe('the CSV export', () => {
	it('quotes ; " and line breaks, and neutralises formulas', () => {
		expect(csvCell('Atelier; De "Kunst"')).toBe('"Atelier; De ""Kunst"""');
		expect(csvCell('twee\nregels')).toBe('"twee\nregels"');
		expect(csvCell('=HYPERLINK("http://x")')).toBe('"\'=HYPERLINK(""http://x"")"');
		for (const start of ['=', '+', '-', '@', '\t', '\r'])
			expect(csvCell(`${start}1+1`).replace(/^"/, '').startsWith(`'${start}`)).toBe(true);
		expect(csvCell(62.5)).toBe('62,5');
		expect(csvCell(null)).toBe('');
		expect(csvCell('Gewone naam')).toBe('Gewone naam');
	});

	it('has a BOM, one row per respondent, a column per area and per question, and reads back', () => {
		const hostile = fixture('museum-groot');
		hostile.profile.name = '=cmd|"/c calc"!A1; en\r\nmeer';
		const rows = [hostile, fixture('basisschool')].map((f, i) => cohortRow(f, i, `f${i}.json`));
		const csv = cohortCsv(rows, 'nl');
		expect(csv.startsWith('\uFEFF')).toBe(true);
		const header = csvHeader('nl');
		const questionCount = content.areas.reduce((n, a) => n + a.questions.length, 0);
		expect(header).toHaveLength(13 + 3 + 5 * 4 + 12 + questionCount);
		const records = parseCsv(csv.slice(1));
		expect(records).toHaveLength(3);
		for (const record of records) expect(record).toHaveLength(header.length);
		expect(records[1]![1]).toBe('\'=cmd|"/c calc"!A1; en\r\nmeer');
		expect(records[2]![header.indexOf('vervolg')]).toBe(String(rows[1]!.answers.vervolg ?? ''));
		expect(records[1]![header.indexOf('plan')]).toBe('nee');
		expect(records[1]![header.indexOf('plan_uren')]).toBe('');
	});

	it('has each project plan: yes or no, its hours and costs, and each step’s days, hours and costs', () => {
		const file = fixture('basisschool');
		const plan = toStored(draftPlan(file, new Date('2026-12-07T00:00:00Z'), 'nl'));
		plan.phases[3]!.costs = 450;
		const row = cohortRow({ ...file, plan }, 0, 'met-plan.json');
		const hours = plan.phases.reduce((sum, p) => sum + p.hours, 0);
		expect(hours).toBeGreaterThan(0);
		expect(row.plan).toMatchObject({ hours, costs: 450 });
		const header = csvHeader('nl');
		const [, record] = parseCsv(cohortCsv([row], 'nl').slice(1));
		expect(record![header.indexOf('plan')]).toBe('ja');
		expect(record![header.indexOf('plan_uren')]).toBe(String(hours));
		expect(record![header.indexOf('plan_kosten')]).toBe('450');
		expect(record![header.indexOf('plan_prototype_kosten')]).toBe('450');
		expect(record![header.indexOf('plan_inleven_van')]).toBe('2026-12-07');
	});
});

/** A small reader for the CSV dialect written (`;`, `"` quoting): what a spreadsheet would do. */
function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let record: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else cell += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ';') {
			record.push(cell);
			cell = '';
		} else if (ch === '\r' && text[i + 1] === '\n') {
			record.push(cell);
			records.push(record);
			record = [];
			cell = '';
			i++;
		} else cell += ch;
	}
	return records;
}
