/**
 * A Svelte attachment that draws the radar with chart.js. chart.js is imported here, lazily,
 * so only the results page loads it, and only the parts a radar needs are registered. The
 * radar is drawn when it comes near the screen or the page is printed.
 */
import type { Attachment } from 'svelte/attachments';
import { chartJsConfig, teamChartConfig, type RadarModel } from './radar-model';

type ChartClass = typeof import('chart.js').Chart;
let chartJs: Promise<ChartClass> | undefined;
/** chart.js once loaded: a chart printed at once needs it without waiting. */
let loaded: ChartClass | undefined;

/**
 * chart.js with the parts a radar needs registered, loaded once (the review page calls this when
 * idle, so the results page finds it ready). Destructured on purpose: Rollup then keeps only
 * these parts of chart.js (namespace access, `chartjs.X`, would pull in all of it: 157 KB became
 * 209 KB when tried).
 */
export function loadChart(): Promise<ChartClass> {
	chartJs ??= import('chart.js').then(
		({ Chart, RadarController, RadialLinearScale, PointElement, LineElement, Filler, Tooltip }) => {
			Chart.register(
				RadarController,
				RadialLinearScale,
				PointElement,
				LineElement,
				Filler,
				Tooltip
			);
			loaded = Chart;
			return Chart;
		}
	);
	// a failed download (offline before it was cached) is tried again next time
	chartJs.catch(() => (chartJs = undefined));
	return chartJs;
}

/** Attach to a <canvas>: `{@attach radarChart(model, label, targetLabel, beforeLabel)}`. */
export function radarChart(
	model: RadarModel,
	label: string,
	targetLabel = '',
	beforeLabel = ''
): Attachment<HTMLCanvasElement> {
	return chartWith((compact) => chartJsConfig(model, label, compact, targetLabel, beforeLabel));
}

/**
 * Attach a band radar: per area a middle line between a low and a high one (a team's median
 * between its lowest and highest, a cohort's between its quartiles); `band` gives the three.
 */
export function bandChart<Area>(
	labels: readonly string[],
	areas: readonly Area[],
	band: (area: Area) => readonly [number | null, number | null, number | null],
	names: { median: string; lowest: string; highest: string }
): Attachment<HTMLCanvasElement> {
	const bands = areas.map(band);
	const series = {
		median: bands.map((b) => b[0]),
		lowest: bands.map((b) => b[1]),
		highest: bands.map((b) => b[2])
	};
	return chartWith((compact) => teamChartConfig(labels, series, names, compact));
}

/** Attach a radar made by `config` (given whether the canvas is narrow) to a <canvas>. */
export function chartWith(
	config: (
		compact: boolean
	) => ReturnType<typeof chartJsConfig> | ReturnType<typeof teamChartConfig>
): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		let chart: { destroy(): void } | undefined;
		let started = false;
		let cancelled = false;
		const create = (Chart: ChartClass) => {
			if (cancelled) return;
			// below this width the long axis labels would be cut off at the edge
			const compact = canvas.clientWidth < 460;
			chart = new Chart(canvas, config(compact) as ConstructorParameters<ChartClass>[1]);
		};
		// drawn when it comes near the screen (or is printed), not while the page starts: on a
		// phone the radar is below the summary, and drawing it is work the first screen can skip
		const draw = () => {
			if (started) return;
			started = true;
			stop();
			if (loaded) create(loaded);
			else void loadChart().then(create);
		};
		const observer = new IntersectionObserver(
			(entries) => {
				if (entries.some((entry) => entry.isIntersecting)) draw();
			},
			{ rootMargin: '300px' }
		);
		const stop = () => {
			observer.disconnect();
			window.removeEventListener('beforeprint', draw);
		};
		observer.observe(canvas);
		window.addEventListener('beforeprint', draw);
		return () => {
			cancelled = true;
			stop();
			chart?.destroy();
		};
	};
}
