/**
 * `npm run bench:pdf`: the median time to build the full PDF report in Node, and its size; and
 * how long a hostile PDF (a flood of markers) takes to refuse.
 * Targets: under 1 second and under 500 KB for a complete report.
 */
import { readFileSync } from 'node:fs';
import { parseAnswersText } from '../../src/lib/engine/answers';
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

// reading hostile PDFs (issue #28): each must be refused or read in under a second
const { embeddedFiles } = await import('../../src/lib/engine/pdf-answers');
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
