/**
 * The radar chart as data: one axis per area, the score or a gap for areas without a
 * reliable score. Screen (chart.js) and PDF (vector drawing) both draw from this model.
 */
import type { Report } from '../engine/report';
import { wholeScore } from '../engine/format';

export interface RadarAxis {
	id: string;
	/** "3. Begin klein": number and short title. */
	label: string;
	/** 0-100, or null for "not enough information" / "not answered" (drawn as a gap, not as zero). */
	value: number | null;
	/** The respondent's target (level × 25), or null when none is set. */
	target: number | null;
	/**
	 * A second line under the first, drawn grey: in a comparison the first check's score, in the
	 * partner view the cultural partner's (null: none).
	 */
	before?: number | null;
	/** In a team report: the band from the lowest to the highest score (null: none). */
	low?: number | null;
	high?: number | null;
}

export interface RadarModel {
	axes: RadarAxis[];
	max: 100;
	/** Grid rings, in points. */
	ticks: number[];
	/** False: the PDF's axis labels leave out the score (two lines: the table gives both). */
	labelValues?: boolean;
	/** A quick scan: each score is one answer, an indication: a dotted line, no fill. */
	indicative?: boolean;
}

/** Builds the radar model from a report; `shortTitles` maps area id to its short label. */
export function radarModel(report: Report, shortTitles: Record<string, string>): RadarModel {
	return {
		axes: report.areas.map((area) => ({
			id: area.id,
			label: `${area.number}. ${shortTitles[area.id] ?? area.title}`,
			// whole points, as everywhere the score is shown (the tooltip reads this)
			value: area.status === 'scored' && area.score !== null ? wholeScore(area.score) : null,
			target: area.target === undefined ? null : area.target * 25
		})),
		max: 100,
		ticks: [25, 50, 75, 100],
		...(report.mode === 'quick' ? { indicative: true } : {})
	};
}

/** Point of an axis value on a radar of radius r around (cx, cy); axis 0 points up, clockwise. */
export function radarPoint(
	index: number,
	count: number,
	value: number,
	max: number,
	cx: number,
	cy: number,
	r: number
): { x: number; y: number } {
	const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
	const distance = (Math.max(0, Math.min(max, value)) / max) * r;
	return { x: cx + distance * Math.cos(angle), y: cy + distance * Math.sin(angle) };
}

/**
 * The chart.js configuration for the screen: only a radar, its scale and a line. The area is
 * filled only when every topic has a score: a topic without one ("onvoldoende beeld") is a gap
 * in the line, marked "–" at its axis, never a point at zero. `compact` (a narrow screen)
 * labels the axes with their numbers only; the table right under the chart names them.
 */
export function chartJsConfig(
	model: RadarModel,
	datasetLabel: string,
	compact = false,
	targetLabel = '',
	beforeLabel = ''
) {
	const complete = model.axes.every((a) => a.value !== null);
	// the targets, when any are set: a dashed line, no fill (the table has a "doel" column)
	const targets = model.axes.some((a) => a.target !== null)
		? [
				{
					label: targetLabel,
					data: model.axes.map((a) => a.target),
					spanGaps: false,
					fill: false,
					borderColor: '#b3471b',
					borderDash: [6, 4],
					borderWidth: 2,
					pointBackgroundColor: '#b3471b',
					pointRadius: 3
				}
			]
		: [];
	// a comparison: the first check as a thin grey line under the second
	const before = model.axes.some((a) => a.before !== undefined)
		? [
				{
					label: beforeLabel,
					data: model.axes.map((a) => a.before ?? null),
					spanGaps: false,
					fill: false,
					borderColor: '#6b7385',
					borderWidth: 2,
					pointBackgroundColor: '#6b7385',
					pointRadius: 3
				}
			]
		: [];
	return {
		type: 'radar' as const,
		data: {
			labels: model.axes.map((a, i) => {
				const name = compact ? String(i + 1) : a.label;
				return a.value === null ? `${name} (–)` : name;
			}),
			datasets: [
				{
					label: datasetLabel,
					data: model.axes.map((a) => a.value),
					spanGaps: false,
					// a quick scan's scores are an indication: dotted, not filled
					fill: complete && !model.indicative,
					borderDash: model.indicative ? [2, 4] : [],
					backgroundColor: 'rgba(29, 78, 137, 0.22)',
					borderColor: '#1d4e89',
					borderWidth: 2,
					pointBackgroundColor: '#1d4e89',
					pointRadius: 4
				},
				...before,
				...targets
			]
		},
		options: {
			responsive: true,
			maintainAspectRatio: true,
			aspectRatio: 1,
			animation: false as const,
			layout: { padding: 4 },
			plugins: { legend: { display: false }, tooltip: { enabled: true } },
			scales: {
				r: {
					min: 0,
					max: model.max,
					ticks: { stepSize: 25, backdropColor: 'rgba(255,255,255,0.8)', color: '#4a5363' },
					pointLabels: {
						// a topic without a score is greyed at its axis
						color: (context: { index: number }) =>
							model.axes[context.index]?.value === null ? '#4a5363' : '#1b1f27',
						font: { size: 13 }
					},
					grid: { color: '#b9c2d0' },
					angleLines: { color: '#b9c2d0' }
				}
			}
		}
	};
}

/**
 * The team radar for chart.js: the median as a line, and a band from the lowest to the
 * highest score (the highest filled down to the lowest). Labels as `chartJsConfig`.
 */
export function teamChartConfig(
	labels: readonly string[],
	series: { median: (number | null)[]; lowest: (number | null)[]; highest: (number | null)[] },
	names: { median: string; lowest: string; highest: string },
	compact = false
) {
	const base = chartJsConfig(
		{
			axes: labels.map((label, i) => ({
				id: String(i),
				label,
				value: series.median[i] ?? null,
				target: null
			})),
			max: 100,
			ticks: [25, 50, 75, 100]
		},
		names.median,
		compact
	);
	const band = {
		spanGaps: false,
		borderWidth: 1,
		borderColor: 'rgba(29, 78, 137, 0.35)',
		pointRadius: 0
	};
	return {
		...base,
		data: {
			labels: base.data.labels,
			datasets: [
				{ ...base.data.datasets[0]!, fill: false },
				{
					...band,
					label: names.highest,
					data: series.highest,
					fill: '+1',
					backgroundColor: 'rgba(29, 78, 137, 0.15)'
				},
				{ ...band, label: names.lowest, data: series.lowest, fill: false }
			]
		}
	};
}
