import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnswersText, type AnswersFile } from './answers';
import { uniformFile } from './arbitraries';
import { buildReport, rankAdvice } from './report';

function fixture(name: string): AnswersFile {
	const parsed = parseAnswersText(
		readFileSync(new URL(`../../../tests/fixtures/${name}.json`, import.meta.url), 'utf8')
	);
	if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
	return parsed.value;
}

describe('rankAdvice', () => {
	const item = (
		id: string,
		priority: 'essential' | 'high' | 'medium' | 'low',
		gap: number,
		effort: 'low' | 'medium' | 'high'
	) => ({ id, priority, gap, effort });

	it('ranks by priority, then the size of the gap, then low effort first, then id', () => {
		const ranked = rankAdvice([
			item('d', 'medium', 90, 'low'),
			item('c', 'high', 50, 'high'),
			item('b', 'high', 50, 'low'),
			item('a', 'high', 80, 'high'),
			item('e', 'essential', 10, 'high'),
			item('f', 'high', 50, 'low')
		]);
		expect(ranked.map((r) => r.id)).toEqual(['e', 'a', 'b', 'f', 'c', 'd']);
	});
});

describe('reports for realistic organisations', () => {
	it('a small artists’ collective that starts from zero: start small, starters’ track', () => {
		const report = buildReport(fixture('collectief-start'));
		expect(report.profile.name).toBe('Stichting Çağdaş & Zoë’s Atelier');
		expect(report.overall.level?.id).toBe('startend');
		expect(report.advice[0]?.id).toBe('nog-geen-digitaal-project');
		expect(report.advice[0]?.why).toEqual([
			'In je profiel: “Hebben jullie al eens een digitaal project gedaan?” Nee, nog nooit.'
		]);
		const ids = report.advice.map((a) => a.id);
		for (const id of [
			'tijd-en-middelen-zwak',
			'begin-klein-zwak',
			'grote-ambitie-weinig-tijd',
			'klein-en-alleen',
			'lange-termijn-onbekend'
		]) {
			expect(ids).toContain(id);
		}
		expect(ids).not.toContain('koploper-deel-kennis');
		expect(report.areas.find((a) => a.id === 'lange-termijn')?.status).toBe('insufficient-data');
		expect(report.strengths).toEqual([]);
		expect(report.track.id).toBe('starttraject');
		expect(report.track.decidedBy).toEqual(['geen-eerder-project', 'geen-tijd', 'geen-budget']);
		expect(report.track.reason).toContain('nog nooit een digitaal project gedaan');
		expect(report.quickWins.length).toBeGreaterThan(0);
	});

	it('a large secondary school strong on technology but weak on evaluation: evaluation and impact first', () => {
		const report = buildReport(fixture('school-techniek-sterk'));
		expect(report.audience).toBe('school');
		expect(report.overall.level?.id).toBe('ontwikkelend');
		expect(report.advice.slice(0, 3).map((a) => a.id)).toEqual([
			'evaluatie-zwak',
			'output-impact-zwak',
			'betrek-doelgroep-zwak'
		]);
		expect(report.strengths).toEqual(['privacy']);
		expect(report.advice.map((a) => a.id)).toContain('vmbo-zonder-testgroep');
		expect(report.advice.map((a) => a.id)).not.toContain('privacy-zwak');
		const vmbo = report.advice.find((a) => a.id === 'vmbo-zonder-testgroep');
		expect(vmbo?.why.join(' ')).toContain('Vmbo');
		// school wording: pupils, not participants
		expect(report.advice.find((a) => a.id === 'betrek-doelgroep-zwak')?.steps[0]).toContain('klas');
	});

	it('a theatre that has done it all: leader, follow-up track, only advice to share and explore', () => {
		const report = buildReport(fixture('theater-koploper'));
		expect(report.locale).toBe('en');
		expect(report.overall.level).toMatchObject({ id: 'koploper', label: 'Leader' });
		expect(report.strengths).toHaveLength(12);
		expect(report.advice.every((a) => a.priority === 'low')).toBe(true);
		expect(report.advice.map((a) => a.id)).toEqual(['koploper-deel-kennis', 'ai-bewust-verkennen']);
		expect(report.track).toMatchObject({
			id: 'vervolgtraject',
			label: 'Follow-up track',
			decidedBy: ['score']
		});
	});

	it('writes the report in another language on request', () => {
		const report = buildReport(fixture('collectief-start'), 'en');
		expect(report.advice[0]?.title).toBe('Start with one small project, together with others');
		expect(report.track.label).toBe('Starters’ track');
	});
});

describe('the action plan and quick wins', () => {
	it('puts every advice in exactly one horizon, in ranked order', () => {
		const report = buildReport(fixture('collectief-start'));
		const planned = [
			...report.actionPlan.now,
			...report.actionPlan.season,
			...report.actionPlan.year
		];
		expect([...planned].sort()).toEqual(report.advice.map((a) => a.id).sort());
		const order = report.advice.map((a) => a.id);
		expect(report.actionPlan.now).toEqual(order.filter((id) => report.actionPlan.now.includes(id)));
	});

	it('counts as quick wins only low-effort advice that is not low priority', () => {
		const report = buildReport(uniformFile(1, 'school'));
		for (const id of report.quickWins) {
			const item = report.advice.find((a) => a.id === id);
			expect(item?.effort).toBe('low');
			expect(item?.priority).not.toBe('low');
		}
		expect(report.quickWins.length).toBeGreaterThan(0);
		expect(report.quickWins.length).toBeLessThanOrEqual(5);
	});
});
