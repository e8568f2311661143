import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnswersText, type AnswersFile } from '../answers/schema';
import {
	answersFileArbitrary,
	fixtureNames,
	reportSentences,
	uniformFile
} from '../testing/arbitraries';
import { findQuestion } from '../content/index';
import { preconditionRuleId } from '../content/rules/preconditions';
import { trackDecision } from '../content/tracks';
import { rankAdvice } from './advice';
import { buildReport, planActions } from './report';
import { loadFixture as fixture } from '../testing/fixtures';

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
			// no time and no money (level 0): the track's preconditions come first
			['voorwaarde-geen-budget', 'voorwaarde-geen-tijd', 'nog-geen-digitaal-project']
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
			// several projects, never in a programme: the starters' track (white paper, section 5)
			'museum-groot',
			'gevorderd',
			'starttraject',
			'decided',
			// its targets (75 for long term and output/impact) put their advice first
			['gevorderd-zoek-samenwerking', 'output-impact-op-weg', 'lange-termijn-op-weg']
		],
		[
			'basisschool',
			'ontwikkelend',
			'school-nog-niet',
			'decided',
			['toestemming-beeld-regelen', 'voorwaarde-school-apps-niet-gecontroleerd', 'privacy-op-weg']
		],
		[
			'speciaal-onderwijs',
			'startend',
			'school-nog-niet',
			'decided',
			// nobody leads (level 0): find someone, never "the knowledge sits with one person"
			['voorwaarde-school-geen-trekker', 'school-eerste-project', 'tijd-en-middelen-zwak']
		],
		[
			// taking part before not answered: no track, whatever else
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
		expect(report.advice.find((a) => a.id === 'nog-geen-digitaal-project')?.why).toEqual([
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
		// not taken part before: the starters' track, for a first project of its own
		expect(report.track.decidedBy[0]).toBe('programmeBefore');
		expect(report.track.reason).toContain(
			'jullie deden nog niet mee aan een digitaliseringstraject'
		);
		expect(report.track.reason).toContain('eerste eigen digitaal project');
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
		expect(report.track.reason).toContain('last season’s participants');
		expect(report.track.reason).toContain('Time to try things out and money');
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
		expect(report.track.missing).toEqual(['programmeBefore']);
		expect(report.topPriorities.every((id) => id.startsWith('zoek-uit-'))).toBe(true);
	});

	it('writes the report in another language on request', () => {
		const report = buildReport(fixture('collectief-start'), 'en');
		expect(report.advice[0]?.title).toBe('Set money aside for digital projects');
		expect(report.advice.find((a) => a.id === 'nog-geen-digitaal-project')?.title).toBe(
			'Start with one small project, together with others'
		);
		expect(report.track.label).toBe('Starters’ track');
	});
});

describe('tracks as section 5 of the white paper has them (issue #27.3)', () => {
	const organisation = (profile: Partial<AnswersFile['profile']>, level: 0 | 1 | 2 | 3 | 4 = 3) =>
		uniformFile(level, 'cultural-organisation', profile);
	const sentences = (r: ReturnType<typeof buildReport>) => `${r.track.label} ${r.track.reason}`;

	it('an experienced organisation that never took part gets the starters’ track, at any score', () => {
		for (const level of [0, 2, 4] as const) {
			const report = buildReport(
				organisation({ earlierProjects: 'meerdere', programmeBefore: 'nee' }, level)
			);
			expect(report.track, `level ${level}`).toMatchObject({
				id: 'starttraject',
				status: 'decided',
				missing: []
			});
			expect(report.track.reason).toContain('Escher in het Paleis');
			// never "if this is your first programme, ask whether you can join" next to a follow-up track
			expect(sentences(report)).not.toMatch(/instromen|vervolgtraject past/i);
			expect(sentences(report)).not.toMatch(/\d+ ?punten|totaalscore|vanaf \d/i);
		}
	});

	it('an organisation that took part before gets the follow-up track, at any score', () => {
		for (const level of [0, 4] as const) {
			const report = buildReport(organisation({ programmeBefore: 'ja' }, level));
			expect(report.track).toMatchObject({ id: 'vervolgtraject', status: 'decided' });
			expect(report.track.reason).toContain('vorig seizoen');
		}
		// what is missing is named as what to arrange first; the track stays
		const poor = buildReport(organisation({ programmeBefore: 'ja' }, 0));
		expect(poor.track.reason).toContain('Regel daarnaast eerst dit');
		expect(poor.track.reason).toContain('geen geld');
	});

	it('an older file that was never asked the question gets no track, and the question is named', () => {
		const older = readFileSync(
			new URL('../../../tests/fixtures/v1/collectief-start-v1.json', import.meta.url),
			'utf8'
		);
		const parsed = parseAnswersText(older);
		if (!parsed.ok) throw new Error('v1 fixture');
		delete parsed.value.profile.programmeBefore;
		// an older file of an organisation with a project behind it (without one: see below)
		parsed.value.profile.earlierProjects = 'een';
		for (const file of [parsed.value, organisation({ earlierProjects: 'meerdere' })]) {
			const report = buildReport(file);
			expect(report.track).toMatchObject({
				status: 'undecided',
				id: null,
				missing: ['programmeBefore']
			});
			expect(report.track.reason).toContain(
				'Deden jullie al eens mee aan een digitaliseringstraject'
			);
		}
	});

	it('never a digital project and the question not answered: the starters’ track, with the reason', () => {
		const report = buildReport(organisation({ earlierProjects: 'geen' }, 2));
		expect(report.track).toMatchObject({
			id: 'starttraject',
			status: 'decided',
			decidedBy: ['earlierProjects'],
			missing: ['programmeBefore']
		});
		expect(report.track.reason).toContain('elke deelnemer een eigen project mee');
	});

	it('“weet ik niet” on time or money never changes or blocks the track; answered conditions are named', () => {
		const file = organisation({ earlierProjects: 'een', programmeBefore: 'nee' });
		const report = buildReport({
			...file,
			answers: { ...file.answers, 'budget-digitaal': 0, 'tijd-voor-onderzoek': 'unknown' }
		});
		expect(report.track).toMatchObject({ id: 'starttraject', status: 'decided' });
		expect(report.track.decidedBy).toEqual(['programmeBefore', 'geen-budget']);
		expect(report.track.reason).toContain('geen geld');
		expect(report.track.reason).not.toContain('geen tijd vrijgemaakt');
		// "all is there" only when both were answered
		expect(report.track.reason).not.toContain('zijn er al');
	});

	it('a school: a precondition not met is named; all met is ready; one open and none failing is no verdict', () => {
		const school = uniformFile(3, 'school');
		expect(buildReport(school).track).toMatchObject({ id: 'school-klaar', status: 'decided' });
		const blocked = buildReport({ ...school, answers: { ...school.answers, trekker: 0 } });
		expect(blocked.track).toMatchObject({ id: 'school-nog-niet', decidedBy: ['geen-trekker'] });
		expect(blocked.track.reason).toContain('niemand die digitale projecten trekt');
		const open = buildReport({
			...school,
			answers: { ...school.answers, 'apps-gecontroleerd': 'unknown' }
		});
		expect(open.track).toMatchObject({
			status: 'undecided',
			id: null,
			missing: ['apps-gecontroleerd']
		});
		expect(open.track.reason).toContain('controleren we wat die met persoonsgegevens doet');
		// a low score alone is no reason: every precondition met at level 1 or 2 is still ready
		const modest = uniformFile(2, 'school');
		expect(buildReport(modest).track.id).toBe('school-klaar');
		expect(sentences(buildReport(modest))).not.toMatch(/totaalscore|vanaf \d/i);
	});

	it('no verdict in any fixture quotes a score threshold', () => {
		for (const name of fixtureNames)
			for (const locale of ['nl', 'en'] as const)
				expect(sentences(buildReport(fixture(name), locale)), name).not.toMatch(
					/(totaalscore|overall score)[^.]*\d|vanaf \d+|from \d+ on/i
				);
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
		// A's weakest answer (apps not checked) has an advice of its own, which the topic's
		// advice does not repeat in other words
		const own = a.advice.find((x) => x.id === 'voorwaarde-school-apps-niet-gecontroleerd');
		expect(own?.steps[0]).toContain('privacy- of ict-coördinator');
		expect(stepsA.join(' ')).not.toContain('controleren');
		expect(stepsB[0]).toContain('welke gegevens je deelt');
		expect(stepsA).not.toEqual(stepsB);
	});
});

/** The area id of a question id. */
function questionArea(questionId: string): string | undefined {
	return findQuestion(questionId)?.area.id;
}

describe('the action plan and quick wins', () => {
	it('holds the first seven advice items at most, each once, in ranked order (issue #27.5)', () => {
		for (const name of fixtureNames) {
			const report = buildReport(fixture(name));
			const planned = [
				...report.actionPlan.now,
				...report.actionPlan.season,
				...report.actionPlan.year
			];
			expect(planned.length, name).toBe(Math.min(7, report.advice.length));
			// "now" is the top three the summary names; the rest of the seven in ranked order
			expect(report.actionPlan.now, name).toEqual(report.topPriorities);
			const rest = report.advice.filter((a) => !report.topPriorities.includes(a.id));
			expect([...planned].sort(), name).toEqual(
				[
					...report.topPriorities,
					...rest.slice(0, 7 - report.topPriorities.length).map((a) => a.id)
				].sort()
			);
			expect(report.actionPlan.now.length, name).toBeLessThanOrEqual(3);
			expect(report.actionPlan.season.length, name).toBeLessThanOrEqual(3);
			const order = report.advice.map((a) => a.id);
			for (const horizon of ['season', 'year'] as const)
				expect(report.actionPlan[horizon]).toEqual(
					order.filter((id) => report.actionPlan[horizon].includes(id))
				);
		}
	});

	it.each([
		['now', 'now', 'now', 'now', 'now'],
		['year', 'year', 'year'],
		['now', 'season'],
		['season', 'season', 'season', 'season'],
		['now', 'now', 'now', 'now', 'season', 'season', 'season', 'now', 'now', 'year']
	] as const)(
		'spreads %s over the horizons: three now, three this year, seven in all, none empty',
		(...horizons) => {
			const plan = planActions(horizons.map((horizon, i) => ({ id: `a${i}`, horizon })));
			expect(plan.now.length).toBeLessThanOrEqual(3);
			expect(plan.season.length).toBeLessThanOrEqual(3);
			const filled = Object.values(plan).filter((ids) => ids.length > 0).length;
			expect(filled).toBe(Math.min(3, horizons.length));
			expect(Object.values(plan).flat().sort()).toEqual(
				horizons
					.slice(0, 7)
					.map((_, i) => `a${i}`)
					.sort()
			);
		}
	);

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

describe('the verdict’s blocker is action 1 (issue #27.4)', () => {
	it('a primary school told to arrange the app check first finds it as action 1, in the same words', () => {
		const report = buildReport(fixture('basisschool'));
		expect(report.track.id).toBe('school-nog-niet');
		expect(report.track.reason).toContain(
			'Regel eerst dit: apps worden nog niet vast gecontroleerd op wat ze met gegevens van leerlingen doen.'
		);
		expect(report.track.reason).toContain('Begin daarmee: dat is actie 1.');
		const first = report.advice.find((a) => a.id === report.topPriorities[0]);
		expect(first?.title).toBe(
			'Laat apps vast controleren op wat ze met gegevens van leerlingen doen'
		);
	});

	it('a school where nobody leads is told to find someone, never that the knowledge sits with one person', () => {
		const report = buildReport(fixture('speciaal-onderwijs'));
		expect(report.track.reason).toContain('er is nog niemand die digitale projecten trekt');
		expect(report.advice.map((a) => a.id)).not.toContain('kennis-bij-een-persoon');
		const first = report.advice.find((a) => a.id === report.topPriorities[0]);
		expect(first?.title).toBe('Zoek iemand die digitale projecten trekt');
	});

	it('an organisation with two things to arrange finds them as actions 1 and 2, in the verdict’s order', () => {
		const report = buildReport(fixture('collectief-start'));
		expect(report.track.reason).toContain(
			'Regel daarnaast eerst dit: er is nog geen tijd vrijgemaakt om te onderzoeken en uit te proberen en er is geen geld voor digitale projecten gereserveerd.'
		);
		expect(report.track.reason).toContain(
			'Begin daarmee: dat zijn je eerste acties, in die volgorde.'
		);
		expect(report.topPriorities.slice(0, 2)).toEqual([
			'voorwaarde-geen-tijd',
			'voorwaarde-geen-budget'
		]);
	});

	it('for any school or organisation with something to arrange first: those are the first actions, in order', () => {
		const knockouts = new Map(
			[...trackDecision.knockouts, ...trackDecision.schoolKnockouts].map((k) => [k.id, k])
		);
		fc.assert(
			fc.property(answersFileArbitrary, (file) => {
				const report = buildReport(file, 'nl');
				const blockers = report.track.decidedBy.filter((id) => knockouts.has(id));
				const named = report.track.reason.includes('Begin daarmee');
				if (report.track.id === 'school-klaar' || blockers.length === 0) {
					expect(named).toBe(false);
					return;
				}
				expect(named).toBe(true);
				expect(report.track.reason.includes('dat is actie 1')).toBe(blockers.length === 1);
				const expected = blockers.map((id) => preconditionRuleId(report.audience, id)).slice(0, 3);
				expect(report.topPriorities.slice(0, expected.length)).toEqual(expected);
			}),
			{ numRuns: 300, seed: 274 }
		);
	});
});

describe('a library with eight “weet ik niet” (issue #27)', () => {
	const report = buildReport(fixture('bibliotheek'));
	const all = () =>
		report.advice.flatMap((a) => [a.title, ...a.steps, ...a.why]).join('\n') + report.track.reason;

	it('is read as the library it is: no claim its answers do not make', () => {
		expect(Object.values(report.answers).filter((v) => v === 'unknown')).toHaveLength(8);
		expect(report.track).toMatchObject({ id: 'starttraject', status: 'decided' });
		// affordability: "weet ik niet" never reads as "jullie letten al op kosten"
		expect(all()).not.toMatch(/al op (de )?kosten/);
		// finding out the budget makes the advice fit; it never said the track was provisional
		const budget = report.advice.find((a) => a.id === 'zoek-uit-budget-digitaal');
		expect(budget?.steps[0]).toContain('zakelijk leider');
		expect(all()).not.toContain('voorlopig');
		// library staff are not "makers" in a step of their own
		expect(report.advice.flatMap((a) => a.steps).join('\n')).not.toMatch(/\bmakers\b/i);
	});

	it('gives trying an AI tool once: in its own advice, not again inside the topic’s', () => {
		const own = report.advice.find((a) => a.id === 'ai-tools-proberen');
		expect(own).toBeDefined();
		const topic = report.advice.filter((a) => a.areas.includes('duurzaam') && a !== own);
		expect(topic.flatMap((a) => a.steps).join('\n')).not.toContain('AI-tool');
	});

	it('a one-person maker who does not know the budget is not sent to a business manager', () => {
		const solo = buildReport({
			...fixture('maker-alleen'),
			answers: { ...fixture('maker-alleen').answers, 'budget-digitaal': 'unknown' }
		});
		const steps = solo.advice.find((a) => a.id === 'zoek-uit-budget-digitaal')?.steps ?? [];
		expect(steps.join(' ')).not.toContain('zakelijk leider');
		expect(steps[0]).toContain('eigen geld, een subsidie of een opdracht');
	});
});
