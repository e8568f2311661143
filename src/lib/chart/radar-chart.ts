/**
 * A Svelte attachment that draws the radar with chart.js. chart.js is imported here, lazily,
 * so only the results page loads it, and only the parts a radar needs are registered.
 */
import type { Attachment } from 'svelte/attachments';
import { chartJsConfig, teamChartConfig, type RadarModel } from './radar-model';

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
		// Destructured on purpose: Rollup then keeps only these parts of chart.js (namespace
		// access, `chartjs.X`, would pull in all of it: 157 KB became 209 KB when tried).
		void import('chart.js').then(
			({
				Chart,
				RadarController,
				RadialLinearScale,
				PointElement,
				LineElement,
				Filler,
				Tooltip
			}) => {
				if (cancelled) return;
				Chart.register(
					RadarController,
					RadialLinearScale,
					PointElement,
					LineElement,
					Filler,
					Tooltip
				);
				// below this width the long axis labels would be cut off at the edge
				const compact = canvas.clientWidth < 460;
				chart = new Chart(canvas, config(compact) as ConstructorParameters<typeof Chart>[1]);
			}
		);
		return () => {
			cancelled = true;
			chart?.destroy();
		};
	};
}
