import { describe, expect, it } from 'vitest';
import { content } from '../content/index';
import { uniformFile } from '../testing/arbitraries';
import { buildReport } from '../engine/report';
import { chartJsConfig, radarModel, radarPoint } from './radar-model';

const shortTitles = Object.fromEntries(content.areas.map((a) => [a.id, a.shortTitle.nl]));

describe('radar model', () => {
	it('has one axis per area, in checklist order, labelled with number and short title', () => {
		const model = radarModel(buildReport(uniformFile(2, 'school')), shortTitles);
		expect(model.axes).toHaveLength(12);
		expect(model.axes[0]).toEqual({
			id: 'evalueer-bestaand',
			label: '1. Bestaande middelen',
			value: 50,
			target: null
		});
		const aimed = radarModel(
			buildReport({ ...uniformFile(2, 'school'), targets: { 'evalueer-bestaand': 3 } }),
			shortTitles
		);
		expect(aimed.axes[0]?.target).toBe(75);
		expect(model.axes[11]?.label).toBe('12. Duurzaam');
	});

	it('draws areas with insufficient data as a gap, not as zero', () => {
		const file = uniformFile(3, 'school');
		for (const q of content.areas[4]!.questions) file.answers[q.id] = 'unknown';
		const model = radarModel(buildReport(file), shortTitles);
		expect(model.axes[4]).toMatchObject({ id: 'privacy', value: null });
		expect(chartJsConfig(model, 'Score').data.datasets[0]?.data[4]).toBeNull();
		expect(chartJsConfig(model, 'Score').data.datasets[0]?.spanGaps).toBe(false);
	});

	it('labels the axes with numbers only on narrow screens', () => {
		const model = radarModel(buildReport(uniformFile(2, 'school')), shortTitles);
		expect(chartJsConfig(model, 'Score').data.labels[2]).toBe('3. Begin klein');
		expect(chartJsConfig(model, 'Score', true).data.labels[2]).toBe('3');
	});

	it.each([
		[0, 100, { x: 50, y: 0 }],
		[3, 100, { x: 100, y: 50 }],
		[6, 50, { x: 50, y: 75 }],
		[0, 0, { x: 50, y: 50 }],
		[0, 140, { x: 50, y: 0 }]
	])('places axis %i at value %i', (index, value, expected) => {
		const p = radarPoint(index, 12, value, 100, 50, 50, 50);
		expect(p.x).toBeCloseTo(expected.x);
		expect(p.y).toBeCloseTo(expected.y);
	});

	it('fills the radar only when every topic has a score, and marks a topic without one', () => {
		const axes = Array.from({ length: 12 }, (_, i) => ({
			id: `a${i}`,
			label: `${i + 1}. Onderwerp`,
			value: i === 3 ? null : 60,
			target: null as number | null
		}));
		const gap = chartJsConfig({ axes, max: 100, ticks: [25, 50, 75, 100] }, 'Score');
		expect(gap.data.datasets[0]?.fill).toBe(false);
		expect(gap.data.datasets[0]?.data[3]).toBeNull();
		expect(gap.data.labels[3]).toBe('4. Onderwerp (–)');
		expect(chartJsConfig({ axes, max: 100, ticks: [] }, 'Score', true).data.labels[3]).toBe(
			'4 (–)'
		);
		const full = chartJsConfig(
			{ axes: axes.map((a) => ({ ...a, value: 60 })), max: 100, ticks: [] },
			'Score'
		);
		expect(full.data.datasets[0]?.fill).toBe(true);
		expect(full.data.datasets).toHaveLength(1);
	});

	it('draws the targets as a second, dashed line without fill, when any is set', () => {
		const axes = Array.from({ length: 12 }, (_, i) => ({
			id: `a${i}`,
			label: `${i + 1}. Onderwerp`,
			value: 40,
			target: i < 2 ? 75 : null
		}));
		const config = chartJsConfig({ axes, max: 100, ticks: [] }, 'Score', false, 'Doel');
		const target = config.data.datasets[1] as {
			label: string;
			data: (number | null)[];
			borderDash?: number[];
			fill: boolean;
		};
		expect(target.label).toBe('Doel');
		expect(target.data.slice(0, 3)).toEqual([75, 75, null]);
		expect(target.borderDash).toEqual([6, 4]);
		expect(target.fill).toBe(false);
	});
});
