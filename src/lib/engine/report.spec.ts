import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseAnswersText, type AnswersFile } from './answers';
import { fixtureNames, reportSentences, uniformFile } from './arbitraries';
import { findQuestion } from '../content/index';
import { buildReport, planActions, rankAdvice } from './report';

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
	// score status, track kind, verdict and status, and the first three advice ids per fixture
	it.each([
		[
			'collectief-start',
			'startend',
			'starttraject',
			'decided',
			['nog-geen-digitaal-project', 'evaluatie-zwak', 'kennis-bij-een-persoon']
		],
		[
			'school-techniek-sterk',
			'ontwikkelend',
			'school-klaar',
			'decided',
			['evaluatie-zwak', 'output-impact-zwak', 'betrek-doelgroep-zwak']
		],
		[
			'theater-koploper',
			'koploper',
			'vervolgtraject',
			'decided',
			['koploper-deel-kennis', 'ai-bewust-verkennen']
		],
		[
			'maker-alleen',
			'ontwikkelend',
			'starttraject',
			'decided',
			['evaluatie-zwak', 'blijf-leren-zwak', 'alleen-tijd-vrijmaken']
		],
		[
			'museum-groot',
			'gevorderd',
			'vervolgtraject',
			'decided',
			// its targets (75 for long term and output/impact) put their advice first
			['gevorderd-zoek-samenwerking', 'output-impact-op-weg', 'lange-termijn-op-weg']
		],
		[
			'basisschool',
			'ontwikkelend',
			'school-nog-niet',
			'decided',
			['toestemming-beeld-regelen', 'privacy-op-weg', 'sociale-media-leeftijd']
		],
		[
			'speciaal-onderwijs',
			'startend',
			'school-nog-niet',
			'decided',
			['school-eerste-project', 'kennis-bij-een-persoon', 'tijd-en-middelen-zwak']
		],
		[
			'veel-weet-ik-niet',
			null,
			null,
			'undecided',
			['zoek-uit-budget-digitaal', 'zoek-uit-apps-gecontroleerd', 'zoek-uit-toestemming-beeld']
		]
	] as const)(
		'%s: level %s, verdict %s (%s), first advice as expected',
		(name, level, track, status, first) => {
			const report = buildReport(fixture(name));
			expect(report.overall.level?.id ?? null).toBe(level);
			expect(report.overall.score === null).toBe(level === null);
			expect(report.track.id).toBe(track);
			expect(report.track.status).toBe(status);
			expect(report.track.kind).toBe(report.audience === 'school' ? 'school' : 'programme');
			expect(report.advice.slice(0, 3).map((a) => a.id)).toEqual(first);
		}
	);

	it('a small artists’ collective that starts from zero: first-project advice, starters’ track', () => {
		const report = buildReport(fixture('collectief-start'));
		expect(report.profile.name).toBe('Stichting Çağdaş & Zoë’s Atelier');
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
		])
			expect(ids).toContain(id);
		expect(ids).not.toContain('koploper-deel-kennis');
		expect(report.areas.find((a) => a.id === 'lange-termijn')?.status).toBe('insufficient-data');
		// no area reaches 75: the two strongest are named as relatively strong
		expect(report.strengthsRelative).toBe(true);
		expect(report.strengths).toHaveLength(2);
		// experience decides first: never a project, so the starters' track, whatever else is missing
		expect(report.track.decidedBy).toEqual(['earlierProjects']);
		expect(report.track.reason).toContain('nog nooit een digitaal project gedaan');
		expect(report.track.reason).not.toContain('geen van de basisvoorwaarden');
		// first-project advice, not advice about improving an existing lesson sheet
		const steps = report.advice.flatMap((a) => a.steps).join(' ');
		expect(steps).not.toContain('meest gegeven digitale les');
		expect(steps).toContain('eerste digitale les');
	});

	it('a large secondary school strong on technology: a school verdict, no programme track', () => {
		const report = buildReport(fixture('school-techniek-sterk'));
		expect(report.audience).toBe('school');
		expect(report.strengths).toEqual(['privacy']);
		expect(report.strengthsRelative).toBe(false);
		expect(report.advice.map((a) => a.id)).toContain('vmbo-zonder-testgroep');
		expect(report.advice.map((a) => a.id)).not.toContain('privacy-zwak');
		expect(report.advice.find((a) => a.id === 'vmbo-zonder-testgroep')?.why.join(' ')).toContain(
			'Vmbo'
		);
		expect(report.track.label).toBe('Klaar voor een digitaal project met een culturele partner');
		expect(report.track.description).toContain('culturele partner');
		expect(`${report.track.label} ${report.track.reason}`).not.toMatch(
			/starttraject|vervolgtraject/i
		);
		// school wording: pupils and classes
		expect(report.advice.find((a) => a.id === 'betrek-doelgroep-zwak')?.steps.join(' ')).toMatch(
			/leerlingen|klas/
		);
	});

	it('a theatre that took part before: leader, follow-up track decided by experience', () => {
		const report = buildReport(fixture('theater-koploper'));
		expect(report.locale).toBe('en');
		expect(report.overall.level).toMatchObject({ id: 'koploper', label: 'Leader' });
		expect(report.strengths).toHaveLength(12);
		expect(report.advice.every((a) => a.priority === 'low')).toBe(true);
		expect(report.track).toMatchObject({
			id: 'vervolgtraject',
			label: 'Follow-up track',
			decidedBy: ['programmeBefore'],
			missing: []
		});
		expect(report.track.reason).toContain('none of the basic conditions');
		expect(report.areas.find((a) => a.id === 'output-impact')?.note).toContain('90%');
		expect(report.targets).toEqual({ duurzaam: 4 });
	});

	it('a one-person maker is never told to ask management or plan with colleagues', () => {
		const report = buildReport(fixture('maker-alleen'));
		const text = report.advice.flatMap((a) => [a.title, a.text, ...a.steps]).join('\n');
		expect(text).not.toMatch(/collega|directie|de leiding|teamoverleg|Wijs één trekker/);
		expect(report.advice.every((a) => a.owner === 'jijzelf')).toBe(true);
		expect(report.advice.map((a) => a.id)).toContain('alleen-tijd-vrijmaken');
		expect(report.advice.map((a) => a.id)).not.toContain('kennis-bij-een-persoon');
		expect(report.areas.find((a) => a.id === 'tijd-en-middelen')?.note).toContain('Ik werk alleen');
	});

	it('a director is told to decide, not to ask the management', () => {
		const report = buildReport(fixture('museum-groot'));
		const text = report.advice.flatMap((a) => [a.text, ...a.steps]).join('\n');
		expect(text).not.toMatch(/Vraag de (directie|leiding)|Stel de leiding voor/);
		expect(report.advice.map((a) => a.id)).toContain('grote-organisatie-beleid');
		expect(report.track.reason).toContain('kunnen instromen');
		expect(report.track.description).toContain('vorig seizoen');
	});

	it('a primary school gets pupil-privacy gaps first, and what to arrange before a project', () => {
		const report = buildReport(fixture('basisschool'));
		expect(
			report.topPriorities.every((id) =>
				report.advice.find((a) => a.id === id)?.areas.includes('privacy')
			)
		).toBe(true);
		expect(report.track.reason).toContain('apps worden nog niet vast gecontroleerd');
		expect(report.track.decidedBy).toEqual(['apps-niet-gecontroleerd']);
	});

	it('a special-education school: first project with a partner, n.v.t. left out of the score', () => {
		const report = buildReport(fixture('speciaal-onderwijs'));
		const impact = report.areas.find((a) => a.id === 'output-impact');
		expect(impact).toMatchObject({ notApplicable: 1, unknown: 0, known: 3 });
		expect(report.advice.map((a) => a.id)).toContain('speciaal-onderwijs-voorbereiding');
		expect(report.advice.map((a) => a.id)).not.toContain('nog-geen-digitaal-project');
	});

	it('mostly “weet ik niet”: no score, no level, no track, and what to find out first', () => {
		const report = buildReport(fixture('veel-weet-ik-niet'));
		expect(report.overall).toMatchObject({ score: null, level: null, minScoredAreas: 9 });
		expect(report.overall.missingAreas.length).toBeGreaterThan(3);
		expect(report.track).toMatchObject({ status: 'undecided', id: null, decidedBy: [] });
		expect(report.track.missing).toContain('budget-digitaal');
		expect(report.topPriorities.every((id) => id.startsWith('zoek-uit-'))).toBe(true);
	});

	it('writes the report in another language on request', () => {
		const report = buildReport(fixture('collectief-start'), 'en');
		expect(report.advice[0]?.title).toBe('Start with one small project, together with others');
		expect(report.track.label).toBe('Starters’ track');
	});
});

describe('no repetition', () => {
	it('covers every fixture there is', () => {
		const files = readdirSync(new URL('../../../tests/fixtures/', import.meta.url))
			.filter((f) => f.endsWith('.json'))
			.map((f) => f.replace(/\.json$/, ''));
		expect([...fixtureNames].sort()).toEqual(files.sort());
	});

	it.each(fixtureNames)('%s: no sentence more than twice, in either language', (name) => {
		for (const locale of ['nl', 'en'] as const) {
			const counts = new Map<string, number>();
			for (const sentence of reportSentences(buildReport(fixture(name), locale)))
				counts.set(sentence, (counts.get(sentence) ?? 0) + 1);
			expect([...counts].filter(([, n]) => n > 2)).toEqual([]);
		}
	});
});

describe('honest verdicts', () => {
	const one = (): AnswersFile => ({
		...uniformFile(2, 'cultural-organisation'),
		answers: { 'budget-digitaal': 2 }
	});

	it('gives no overall score, level or track for one answered question', () => {
		const report = buildReport(one());
		expect(report.overall.score).toBeNull();
		expect(report.overall.level).toBeNull();
		expect(report.overall.scoredAreas).toBe(1);
		expect(report.track.status).toBe('undecided');
		expect(report.track.reason).not.toContain('basisvoorwaarden');
	});

	it.each([
		[8, null],
		[9, 'ontwikkelend']
	])('with %i scored areas the overall level is %s', (count, level) => {
		const file = uniformFile(2, 'cultural-organisation', {
			earlierProjects: 'een',
			programmeBefore: 'nee'
		});
		const kept = new Set<string>(
			buildReport(file)
				.areas.slice(0, count)
				.map((a) => a.id)
		);
		const answers = Object.fromEntries(
			Object.entries(file.answers).filter(([id]) => kept.has(questionArea(id) ?? ''))
		);
		expect(buildReport({ ...file, answers }).overall.level?.id ?? null).toBe(level);
	});

	it('is provisional when a deciding answer is unknown and could change the verdict, and names it', () => {
		const file = uniformFile(3, 'cultural-organisation', {
			earlierProjects: 'meerdere',
			programmeBefore: 'nee'
		});
		const decided = buildReport(file);
		expect(decided.track).toMatchObject({ id: 'vervolgtraject', status: 'decided', missing: [] });
		expect(decided.track.reason).toContain('geen van de basisvoorwaarden');
		const unsure = buildReport({
			...file,
			answers: { ...file.answers, 'tijd-voor-onderzoek': 'unknown' }
		});
		expect(unsure.track).toMatchObject({
			id: 'vervolgtraject',
			status: 'provisional',
			missing: ['tijd-voor-onderzoek']
		});
		expect(unsure.track.reason).toContain('voorlopig');
		expect(unsure.track.reason).toContain('Medewerkers en makers krijgen tijd');
		expect(unsure.track.reason).not.toContain('geen van de basisvoorwaarden');
	});

	it('stays decided when the open answer cannot change the verdict', () => {
		const file = uniformFile(3, 'cultural-organisation', { earlierProjects: 'geen' });
		const report = buildReport({
			...file,
			answers: { ...file.answers, 'budget-digitaal': 'unknown' }
		});
		expect(report.track).toMatchObject({ id: 'starttraject', status: 'decided' });
		expect(report.track.missing).toEqual(
			expect.arrayContaining(['budget-digitaal', 'programmeBefore'])
		);
	});

	it('claims no experience that was not answered, and says the verdict is provisional', () => {
		const file = uniformFile(3, 'cultural-organisation');
		const report = buildReport(file);
		expect(report.track.missing).toEqual(['earlierProjects', 'programmeBefore']);
		expect(report.track.status).toBe('provisional');
		expect(report.track.reason).not.toContain('Jullie hebben al');
		expect(report.track.decidedBy).toEqual(['score']);
		expect(report.track.reason).toContain('Hebben jullie al eens een digitaal project gedaan');
	});

	it('names only answered knock-outs in the reason', () => {
		const file = uniformFile(3, 'cultural-organisation', {
			earlierProjects: 'een',
			programmeBefore: 'nee'
		});
		const report = buildReport({
			...file,
			answers: { ...file.answers, 'budget-digitaal': 0, 'tijd-voor-onderzoek': 'unknown' }
		});
		expect(report.track.id).toBe('starttraject');
		expect(report.track.decidedBy).toEqual(['earlierProjects', 'geen-budget']);
		expect(report.track.reason).toContain('geen geld');
		expect(report.track.reason).not.toContain('geen tijd vrijgemaakt');
	});

	it('never says an advanced organisation has no strength', () => {
		const file = uniformFile(2, 'school');
		const report = buildReport(file);
		expect(report.strengths.length).toBe(2);
		expect(report.strengthsRelative).toBe(true);
	});

	it('raises a critical “weet ik niet” into the top priorities, even in a well-answered area', () => {
		const file = uniformFile(3, 'school');
		const report = buildReport({
			...file,
			answers: { ...file.answers, 'toestemming-beeld': 'unknown' }
		});
		expect(report.areas.find((a) => a.id === 'privacy')?.status).toBe('scored');
		expect(report.topPriorities[0]).toBe('zoek-uit-toestemming-beeld');
	});

	it('leaves “n.v.t.” out of the score and the advice, while “weet ik niet” is a finding', () => {
		const file = uniformFile(1, 'school');
		const na = buildReport({ ...file, answers: { ...file.answers, 'apps-gecontroleerd': 'na' } });
		const unknown = buildReport({
			...file,
			answers: { ...file.answers, 'apps-gecontroleerd': 'unknown' }
		});
		expect(na.areas.find((a) => a.id === 'privacy')).toMatchObject({
			notApplicable: 1,
			unknown: 0,
			score: 25
		});
		expect(na.advice.map((a) => a.id)).not.toContain('zoek-uit-apps-gecontroleerd');
		expect(unknown.advice.map((a) => a.id)).toContain('zoek-uit-apps-gecontroleerd');
		expect(na.advice.flatMap((a) => a.why).join(' ')).not.toContain('vanaf welke leeftijd');
	});
});

describe('advice that follows the answers', () => {
	it('gives two schools with the same privacy score but different gaps different steps', () => {
		const base = uniformFile(3, 'school');
		const a = buildReport({
			...base,
			answers: {
				...base.answers,
				'apps-gecontroleerd': 0,
				'toestemming-beeld': 3,
				'uitleg-gegevens': 3,
				telefoonafspraken: 3,
				'apparaten-voor-iedereen': 1
			}
		});
		const b = buildReport({
			...base,
			answers: {
				...base.answers,
				'apps-gecontroleerd': 3,
				'toestemming-beeld': 3,
				'uitleg-gegevens': 0,
				telefoonafspraken: 3,
				'apparaten-voor-iedereen': 1
			}
		});
		const privacyA = a.areas.find((x) => x.id === 'privacy');
		const privacyB = b.areas.find((x) => x.id === 'privacy');
		expect(privacyA?.score).toBe(privacyB?.score);
		const stepsA = a.advice.find((x) => x.id === 'privacy-op-weg')?.steps ?? [];
		const stepsB = b.advice.find((x) => x.id === 'privacy-op-weg')?.steps ?? [];
		expect(stepsA[0]).toContain('privacy- of ict-coördinator');
		expect(stepsB[0]).toContain('welke gegevens je deelt');
		expect(stepsA).not.toEqual(stepsB);
	});
});

/** The area id of a question id. */
function questionArea(questionId: string): string | undefined {
	return findQuestion(questionId)?.area.id;
}

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

	it.each([
		['now', 'now', 'now', 'now', 'now'],
		['year', 'year', 'year'],
		['now', 'season'],
		['season', 'season', 'season', 'season']
	] as const)('spreads %s over the horizons: at most three now, none empty', (...horizons) => {
		const plan = planActions(horizons.map((horizon, i) => ({ id: `a${i}`, horizon })));
		expect(plan.now.length).toBeLessThanOrEqual(3);
		const filled = Object.values(plan).filter((ids) => ids.length > 0).length;
		expect(filled).toBe(Math.min(3, horizons.length));
		expect(Object.values(plan).flat().sort()).toEqual(horizons.map((_, i) => `a${i}`).sort());
	});

	it('names who usually does each item, and keeps quick wins apart from the top priorities', () => {
		for (const name of ['collectief-start', 'basisschool', 'museum-groot']) {
			const report = buildReport(fixture(name));
			expect(report.advice.every((a) => a.owner.length > 0)).toBe(true);
			expect(report.quickWins.some((id) => report.topPriorities.includes(id))).toBe(false);
		}
		expect(
			buildReport(fixture('basisschool')).advice.find((a) => a.id === 'toestemming-beeld-regelen')
				?.owner
		).toBe('privacy- of ict-coördinator');
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

describe('targets', () => {
	it('rank an area higher when its gap to the target is large, and say so in the "why"', () => {
		// the museum without its own targets
		const file = { ...fixture('museum-groot'), targets: {} };
		const plain = buildReport(file);
		// two advice items of the same priority, each about one area, not the same one
		const single = plain.advice.filter((x) => x.areas.length === 1);
		const a = single[0];
		const b = single.find((y) => y.priority === a?.priority && y.areas[0] !== a?.areas[0]);
		expect(a && b).toBeTruthy();
		if (!a || !b) return;
		const [areaA, areaB] = [a.areas[0]!, b.areas[0]!];
		expect(areaA).not.toBe(areaB);
		const scoreOf = (id: string) => plain.areas.find((x) => x.id === id)?.score ?? 0;
		// B wants far more than it has, A is already past its target
		const lowA = Math.max(0, Math.floor(scoreOf(areaA) / 25)) as 0 | 1 | 2 | 3 | 4;
		const withTargets = buildReport({ ...file, targets: { [areaA]: lowA, [areaB]: 4 } });
		const order = withTargets.advice.map((x) => x.id);
		const sameA = withTargets.advice.find((x) => x.id === a.id)!;
		const sameB = withTargets.advice.find((x) => x.id === b.id)!;
		if (sameA.priority === sameB.priority)
			expect(order.indexOf(b.id)).toBeLessThan(order.indexOf(a.id));
		expect(sameB.gap).toBe(Math.round((100 - scoreOf(areaB)) * 10) / 10);
		expect(sameA.gap).toBe(0);
		expect(sameB.why[0]).toMatch(/^Het doel voor .+ is 100; nu is het [\d,]+\.$/);
		expect(sameA.why.join(' ')).not.toContain('Het doel voor');
		expect(rankAdvice(withTargets.advice).map((x) => x.id)).toEqual(order);
	});
});
