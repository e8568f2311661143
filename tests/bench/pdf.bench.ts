/**
 * `npm run bench:pdf`: the median time to build the full PDF report in Node, and its size; and
 * how long a hostile PDF (a flood of markers) takes to refuse.
 * Targets: under 1 second and under 500 KB for a complete report.
 */
import { readFileSync } from 'node:fs';
import { parseAnswersText } from '../../src/lib/answers/schema';
import { buildReport } from '../../src/lib/engine/report';
import { nodeFonts } from '../../src/lib/report/node';
import { renderReportPdf } from '../../src/lib/report/pdf';

const fonts = await nodeFonts();
for (const name of ['collectief-start', 'school-techniek-sterk', 'theater-koploper']) {
	const parsed = parseAnswersText(
		readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8')
	);
	if (!parsed.ok) throw new Error(`bad fixture ${name}`);
	const report = buildReport(parsed.value);
	await renderReportPdf(report, fonts); // warm-up (loads jspdf)
	const times: number[] = [];
	let size = 0;
	for (let i = 0; i < 9; i++) {
		const start = performance.now();
		size = (await renderReportPdf(report, fonts)).length;
		times.push(performance.now() - start);
	}
	times.sort((a, b) => a - b);
	const median = times[4] ?? 0;
	console.log(
		`pdf ${name}: median ${median.toFixed(0)} ms over 9 runs, ${(size / 1024).toFixed(1)} KB (${report.advice.length} advice items); targets < 1000 ms and < 500 KB: ${median < 1000 && size < 500 * 1024 ? 'met' : 'NOT met'}`
	);
}

// page counts (issue #29): every fixture, full and quick, in both languages, with the layout faults
const { fixtureNames } = await import('../../src/lib/testing/arbitraries');
const { quickQuestionIds } = await import('../../src/lib/content/index');
const { layoutFaults } = await import('../../src/lib/report/layout-faults');
const { pageLimit } = await import('../../src/lib/report/model/document');
const { pdfLabels } = await import('../../src/lib/report/model/labels');
let over = 0;
for (const name of fixtureNames) {
	const parsed = parseAnswersText(
		readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), 'utf8')
	);
	if (!parsed.ok) throw new Error(`bad fixture ${name}`);
	const asked = new Set(quickQuestionIds(parsed.value.profile.audience ?? 'cultural-organisation'));
	const quick = {
		...parsed.value,
		mode: 'quick' as const,
		answers: Object.fromEntries(
			Object.entries(parsed.value.answers).filter(([id]) => asked.has(id))
		)
	};
	const counts: string[] = [];
	for (const file of [parsed.value, quick])
		for (const locale of ['nl', 'en'] as const) {
			const report = buildReport({ ...file, locale }, locale);
			let faults: string[] = [];
			let pages = 0;
			await renderReportPdf(report, fonts, {
				onLayout: (placed, fills, found) => {
					pages = fills.length;
					faults = layoutFaults(placed, fills, found, {
						pages: pageLimit(report),
						appendixBy: 10,
						appendixHeading: pdfLabels.appendixAnswers[locale]
					});
				}
			});
			over += faults.length;
			counts.push(
				`${file.mode ?? 'full'} ${locale} ${pages}${faults.length ? ` (${faults.length} faults)` : ''}`
			);
		}
	console.log(`pdf pages ${name}: ${counts.join(', ')}`);
}
console.log(
	`pdf pages: limits 12 (full) and 6 (quick scan), body at most 8: ${over === 0 ? 'met' : `NOT met (${over} faults; see src/lib/report/layout.spec.ts)`}`
);

// reading hostile PDFs (issue #28): each must be refused or read in under a second
const { embeddedFiles } = await import('../../src/lib/answers/pdf');
const hostile: [string, string][] = [
	['2 MB of markers', '%PDF-1.7\n' + '/Type /EmbeddedFile\n'.repeat(100_000)],
	['10 MB of markers', '%PDF-1.7\n' + '/Type /EmbeddedFile\n'.repeat(500_000)],
	[
		'9 MB of dictionaries without an end',
		'%PDF-1.7\n' + '1 0 obj << /Type /EmbeddedFile /Length 99999999 >> stream\n'.repeat(150_000)
	]
];
for (const [label, text] of hostile) {
	const bytes = new Uint8Array(Buffer.from(text, 'latin1'));
	const start = performance.now();
	const result = embeddedFiles(bytes);
	const ms = performance.now() - start;
	console.log(
		`hostile pdf, ${label}: ${result.ok ? 'read' : `refused (${result.reason})`} in ${ms.toFixed(0)} ms; target < 1000 ms: ${ms < 1000 ? 'met' : 'NOT met'}`
	);
}
