/**
 * `npm run bench`: how many full reports per second the engine makes on this machine.
 * Builds reports for 500 varied, realistic answer files in rounds of about one second and
 * prints the median of 7 rounds. Target: at least 20,000 reports per second.
 */
import fc from 'fast-check';
import { answersFileArbitrary } from '../../src/lib/engine/arbitraries';
import { buildReport } from '../../src/lib/engine/report';

const files = fc.sample(answersFileArbitrary, { numRuns: 500, seed: 1 });
const target = 20_000;

function round(): number {
	let count = 0;
	const start = performance.now();
	let elapsed = 0;
	while (elapsed < 1000) {
		for (const file of files) buildReport(file);
		count += files.length;
		elapsed = performance.now() - start;
	}
	return (count / elapsed) * 1000;
}

round(); // warm-up
const rates = Array.from({ length: 7 }, round).sort((a, b) => a - b);
const median = rates[3] ?? 0;
console.log(
	`engine: ${Math.round(median).toLocaleString('en')} reports/second (median of 7 rounds; min ${Math.round(rates[0] ?? 0).toLocaleString('en')}, max ${Math.round(rates[6] ?? 0).toLocaleString('en')})`
);
console.log(
	`target: ${target.toLocaleString('en')} reports/second: ${median >= target ? 'met' : 'NOT met'}`
);
