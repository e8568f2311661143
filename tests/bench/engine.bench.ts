/**
 * `npm run bench`: how many full reports per second the engine makes on this machine.
 * Builds reports for 500 varied, realistic answer files in rounds of about one second and
 * prints the slowest, the median and the fastest of 7 rounds. Target: the slowest round (the
 * floor, not the median) makes at least 20,000 reports per second.
 */
import fc from 'fast-check';
import { answersFileArbitrary } from '../../src/lib/testing/arbitraries';
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

// warm-up: two rounds, so every function has reached the optimising compiler before we count
round();
round();
const rates = Array.from({ length: 7 }, round).sort((a, b) => a - b);
const [floor = 0, median = 0, max = 0] = [rates[0], rates[3], rates[6]];
const n = (rate: number) => Math.round(rate).toLocaleString('en');
console.log(
	`engine: ${n(floor)} reports/second in the slowest of 7 rounds (median ${n(median)}, fastest ${n(max)})`
);
console.log(
	`target: ${target.toLocaleString('en')} reports/second in every round: ${floor >= target ? 'met' : 'NOT met'}`
);
