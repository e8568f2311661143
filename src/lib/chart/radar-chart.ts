/**
 * A Svelte attachment that draws the radar with chart.js. chart.js is imported here, lazily,
 * so only the results page loads it, and only the parts a radar needs are registered.
 */
import type { Attachment } from 'svelte/attachments';
import { chartJsConfig, teamChartConfig, type RadarModel } from './radar-model';

let chartJs: Promise<typeof import('chart.js').Chart> | undefined;

/**
 * chart.js with the parts a radar needs registered, loaded once (the review page calls this when
 * idle, so the results page finds it ready). Destructured on purpose: Rollup then keeps only
 * these parts of chart.js (namespace access, `chartjs.X`, would pull in all of it: 157 KB became
 * 209 KB when tried).
 */
export function loadChart(): Promise<typeof import('chart.js').Chart> {
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

/** Attach a radar made by `config` (given whether the canvas is narrow) to a <canvas>. */
export function chartWith(
	config: (
		compact: boolean
	) => ReturnType<typeof chartJsConfig> | ReturnType<typeof teamChartConfig>
): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		let chart: { destroy(): void } | undefined;
		let cancelled = false;
		void loadChart().then((Chart) => {
			if (cancelled) return;
			// below this width the long axis labels would be cut off at the edge
			const compact = canvas.clientWidth < 460;
			chart = new Chart(canvas, config(compact) as ConstructorParameters<typeof Chart>[1]);
		});
		return () => {
			cancelled = true;
			chart?.destroy();
		};
	};
}
