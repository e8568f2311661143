/**
 * The PDF's layout, for every kind of PDF: every fixture (full and quick, both languages),
 * 100 generated files, a comparison, a team and a partner report, with the longest names.
 * Fails on a page count over the limit, a body over eight pages, a heading alone at the foot
 * of a page, a page under a third full (but the last), a last page with nothing of its own,
 * a topic's heading apart from its first advice, and any text past a side margin.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AnswersFile } from '../answers/schema';
import { answersFileArbitrary, fixtureNames } from '../testing/arbitraries';
import { compareFiles } from '../compare/model';
import { buildPartnerReport } from '../partner/model';
import { buildReport, type Locale } from '../engine/report';
import { buildTeamReport } from '../team/model';
import { quickQuestionIds } from '../content/index';
import { layoutFaults } from './layout-faults';
import { pageLimit } from './model/document';
import { pdfLabels } from './model/labels';
import { partnerDocument } from '../partner/document';
import { comparisonSection } from '../compare/document';
import { teamSection } from '../team/document';
import { nodeFonts } from './node';
import { renderDocumentPdf, renderReportPdf, type PageFill, type PlacedBlock } from './pdf';
import { loadFixture as fixture } from '../testing/fixtures';

const date = new Date('2026-11-24T10:00:00Z');
/** A name as long as the profile allows (200 characters), in words a line can break. */
const longest =
	'Stichting Regionaal Centrum voor Kunst, Cultuur en Digitale Educatie Haaglanden – afdeling Çağdaş Zoë Ærøskøbing, '
		.repeat(2)
		.slice(0, 200)
		.trim();

function quickOf(file: AnswersFile): AnswersFile {
	const asked = new Set(quickQuestionIds(file.profile.audience ?? 'cultural-organisation'));
	return {
		...file,
		mode: 'quick',
		answers: Object.fromEntries(Object.entries(file.answers).filter(([id]) => asked.has(id)))
	};
}

interface Laid {
	placed: PlacedBlock[];
	fills: PageFill[];
	faults: string[];
}
const capture = () => {
	const laid: Laid = { placed: [], fills: [], faults: [] };
	const onLayout = (placed: PlacedBlock[], fills: PageFill[], faults: string[]) =>
		Object.assign(laid, { placed, fills, faults });
	return { laid, onLayout };
};

const fonts = await nodeFonts([longest]);

/** The faults of a report's PDF, each prefixed with what was laid out. */
async function reportFaults(label: string, file: AnswersFile, locale: Locale): Promise<string[]> {
	const report = buildReport({ ...file, locale }, locale);
	const { laid, onLayout } = capture();
	await renderReportPdf(report, fonts, { date, onLayout });
	// the summary (everything before the first page break) stands on page 2 alone
	const summary = laid.placed.slice(
		0,
		laid.placed.findIndex((b) => b.kind === 'pageBreak')
	);
	const offSummary = summary
		.filter((b) => b.startPage !== 2 || b.endPage !== 2)
		.map((b) => `summary block "${b.text}" on page ${b.endPage}`);
	return [
		...offSummary,
		...layoutFaults(laid.placed, laid.fills, laid.faults, {
			pages: pageLimit(report),
			appendixBy: 10,
			appendixHeading: pdfLabels.appendixAnswers[locale]
		})
	].map((f) => `${label} (${locale}, ${report.mode}): ${f}`);
}

describe('the PDF layout', () => {
	it('sets every fixture, full and quick, in both languages, with its own name and the longest, within its limits (12 pages, 6 for a quick scan)', async () => {
		const faults: string[] = [];
		for (const name of fixtureNames)
			for (const locale of ['nl', 'en'] as const)
				for (const file of [fixture(name), quickOf(fixture(name))]) {
					faults.push(...(await reportFaults(name, file, locale)));
					faults.push(
						...(await reportFaults(
							`${name}, longest name`,
							{ ...file, profile: { ...file.profile, name: longest } },
							locale
						))
					);
				}
		expect(faults).toEqual([]);
	}, 240_000);

	it('sets 100 generated files (any answers, both languages) within the limits', async () => {
		const faults: string[] = [];
		for (const [i, file] of fc.sample(answersFileArbitrary, { numRuns: 100, seed: 7 }).entries()) {
			const f = i % 4 === 3 ? quickOf(file) : file;
			faults.push(...(await reportFaults(`generated #${i}`, f, f.locale)));
		}
		expect(faults).toEqual([]);
	}, 240_000);

	it('opens a comparison with the progress: page 2 has both lines on the radar, the change per topic and the verdict', async () => {
		const faults: string[] = [];
		for (const locale of ['nl', 'en'] as const) {
			const before = fixture('collectief-start');
			const after: AnswersFile = {
				...before,
				profile: { ...before.profile, name: longest },
				savedAt: '2027-06-01T09:00:00.000Z',
				answers: Object.fromEntries(
					Object.entries(before.answers).map(([id, v]) => [
						id,
						typeof v === 'number' ? Math.min(4, v + 1) : v
					])
				) as AnswersFile['answers']
			};
			const comparison = compareFiles(before, after, locale);
			const report = buildReport({ ...after, locale }, locale);
			const { laid, onLayout } = capture();
			await renderReportPdf(report, fonts, {
				date,
				section: comparisonSection(comparison, report),
				onLayout
			});
			faults.push(
				...layoutFaults(laid.placed, laid.fills, laid.faults, {
					pages: pageLimit(report, 1),
					appendixBy: 11,
					appendixHeading: pdfLabels.appendixAnswers[locale]
				}).map((f) => `comparison (${locale}): ${f}`)
			);
			const onPage2 = laid.placed.filter((b) => b.startPage === 2);
			expect(onPage2.map((b) => b.text)).toEqual(
				expect.arrayContaining([
					pdfLabels.compareTitle[locale],
					comparison.verdict,
					'table',
					'radar'
				])
			);
			expect(comparison.verdict).toMatch(/^\d+ \S+ (vooruit|forward), \d+ (achteruit|back)/);
		}
		expect(faults).toEqual([]);
	}, 60_000);

	it('opens a team report with the team, and has no summary of one organisation around it', async () => {
		const faults: string[] = [];
		for (const locale of ['nl', 'en'] as const) {
			const files = ['theater-koploper', 'collectief-start', 'maker-alleen'].map((n) => ({
				...fixture(n),
				profile: { ...fixture(n).profile, name: longest }
			}));
			const team = buildTeamReport(files, locale);
			const { laid, onLayout } = capture();
			await renderReportPdf(team.report, fonts, { date, section: teamSection(team), onLayout });
			faults.push(
				...layoutFaults(laid.placed, laid.fills, laid.faults, { pages: 12 }).map(
					(f) => `team (${locale}): ${f}`
				)
			);
			const texts = laid.placed.map((b) => b.text);
			expect(texts[0]).toBe(pdfLabels.teamTitle[locale]);
			expect(laid.placed.find((b) => b.kind === 'radar')?.startPage).toBe(2);
			expect(texts).not.toContain(pdfLabels.summary[locale]);
			expect(texts).not.toContain(pdfLabels.appendixAnswers[locale]);
		}
		expect(faults).toEqual([]);
	}, 60_000);

	it('sets the partner report with both longest names, nothing past a margin', async () => {
		const faults: string[] = [];
		for (const locale of ['nl', 'en'] as const) {
			const school = fixture('partner/vo-school');
			const partner = fixture('partner/filmhuis');
			const report = buildPartnerReport(
				{ ...school, profile: { ...school.profile, name: longest } },
				{ ...partner, profile: { ...partner.profile, name: longest } },
				locale
			);
			const { laid, onLayout } = capture();
			await renderDocumentPdf(partnerDocument(report, date), [longest], fonts, {
				date,
				onLayout
			});
			faults.push(
				...layoutFaults(laid.placed, laid.fills, laid.faults, { pages: 12 }).map(
					(f) => `partner (${locale}): ${f}`
				)
			);
		}
		expect(faults).toEqual([]);
	}, 60_000);
});
