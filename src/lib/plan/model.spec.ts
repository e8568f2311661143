import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { content } from '../content/index';
import { loadFixture } from '../testing/fixtures';
import { fixtureNames } from '../testing/arbitraries';
import { evaluationContent, phaseIds, phases, planTexts, sizeFactor } from './content';
import { planCalendar } from './ics';
import { draftPlan, nextMonday, planTotals } from './model';

const from = new Date('2026-12-09T10:00:00Z'); // a Wednesday

describe('the plan content', () => {
	it('has the white paper’s five steps, each with an activity for everyone last, in both languages', () => {
		expect(phases.map((p) => p.id)).toEqual([...phaseIds]);
		expect(phases.map((p) => p.title.nl)).toEqual([
			'Je inleven in de eindgebruiker',
			'Het probleem definiëren',
			'Ideeën over oplossingen verzinnen',
			'Een prototype maken',
			'Het ontwerp testen'
		]);
		for (const phase of phases) {
			expect(phase.activities.at(-1)?.when, phase.id).toBeUndefined();
			expect(phase.activities.slice(0, -1).every((a) => a.when !== undefined)).toBe(true);
		}
		expect(evaluationContent.measure.at(-1)?.when).toBeUndefined();
	});

	it('reads only questions that exist', () => {
		const ids = new Set(content.areas.flatMap((a) => a.questions.map((q) => q.id)));
		const named = JSON.stringify([phases, evaluationContent]).matchAll(/"question":"([\w-]+)"/g);
		for (const [, id] of named) expect(ids.has(id!), id).toBe(true);
	});
});

describe('a drafted plan', () => {
	it('runs the five steps one after the other, Monday to Friday, from the next Monday', () => {
		expect(nextMonday(from).toISOString().slice(0, 10)).toBe('2026-12-14');
		expect(nextMonday(new Date('2026-12-14T08:00:00Z')).toISOString().slice(0, 10)).toBe(
			'2026-12-14'
		);
		for (const name of fixtureNames) {
			const plan = draftPlan(loadFixture(name), from);
			expect(plan.phases.map((p) => p.id)).toEqual([...phaseIds]);
			expect(plan.phases[0]?.start).toBe('2026-12-14');
			for (const [i, phase] of plan.phases.entries()) {
				expect(new Date(phase.start).getUTCDay(), `${name} ${phase.id}`).toBe(1);
				expect(new Date(phase.end).getUTCDay(), `${name} ${phase.id}`).toBe(5);
				const next = plan.phases[i + 1];
				if (next)
					expect(new Date(next.start).getTime() - new Date(phase.end).getTime()).toBe(
						3 * 24 * 3600 * 1000
					);
			}
			// the second measurement a season after the test
			expect(plan.evaluation.when > plan.phases[4]!.end).toBe(true);
		}
	});

	it('suggests each step’s activity from the respondent’s own weak answers, and says which', () => {
		// the collective never asks participants what they need (level 0): interviews first
		const collective = draftPlan(loadFixture('collectief-start'), from, 'nl');
		const [inleven, definieren, ideeen, prototype, testen] = collective.phases;
		expect(inleven?.activity).toMatch(/^Interview vijf leerlingen en twee leraren van een school/);
		expect(inleven?.why.join(' ')).toContain('Voordat we iets digitaals maken');
		expect(definieren?.activity).toMatch(/^Zet op één A4/);
		expect(ideeen?.activity).toMatch(/^Bedenk samen tien ideeën/);
		// apps not checked (level 0): the school checks the app before the test
		expect(prototype?.activity).toMatch(/^Laat de school controleren/);
		expect(prototype?.why.join(' ')).toContain('persoonsgegevens');
		expect(testen?.activity).toMatch(/^Test in één klas, en zet het testmoment/);
		// a school's wording for the same gap: its own ICT coordinator
		const school = draftPlan(loadFixture('basisschool'), from, 'nl');
		expect(school.phases[3]?.activity).toMatch(/ict-coördinator/);
		// "weet ik niet" is not a weak answer: it is found out first
		const unsure = draftPlan(loadFixture('veel-weet-ik-niet'), from, 'en');
		expect(unsure.phases[0]?.activity).toMatch(/^Find out whether anyone has asked/);
		expect(unsure.phases[0]?.why.join(' ')).toMatch(/don’t know|do not know/i);
		// the koploper answers 4 everywhere: the general activity, without a why
		const strong = draftPlan(loadFixture('theater-koploper'), from, 'nl');
		expect(strong.phases.every((p) => p.why.length === 0)).toBe(true);
		expect(strong.phases[0]?.activity).toMatch(/^Kijk een les mee/);
	});

	it('counts own hours by size and by each side’s role, and a one-person maker does it herself, with a teacher where pupils come in', () => {
		const maker = draftPlan(loadFixture('maker-alleen'), from, 'nl');
		expect(maker.phases.map((p) => p.who)).toEqual([
			'Jijzelf, met een leraar van de school',
			'Jijzelf',
			'Jijzelf, met leerlingen en een leraar',
			'Jijzelf',
			'Jijzelf, met een leraar en een klas'
		]);
		const own = (audience: 'cultural-organisation' | 'school', factor: number) =>
			phases.map((p) => Math.round(p.hours[audience] * factor));
		expect(maker.phases.map((p) => p.hours)).toEqual(own('cultural-organisation', 0.75));
		const museum = draftPlan(loadFixture('museum-groot'), from, 'nl');
		expect(museum.phases.map((p) => p.hours)).toEqual(own('cultural-organisation', 1.5));
		expect(museum.phases[0]?.who).toBe('Educatiemedewerker, met een leraar van de school');
		// a school makes the prototype with its cultural partner: fewer own hours for that step
		const school = draftPlan(loadFixture('basisschool'), from, 'nl');
		const size = loadFixture('basisschool').profile.size ?? 'klein';
		expect(school.phases.map((p) => p.hours)).toEqual(own('school', sizeFactor[size] ?? 1));
		expect(school.phases[3]!.hours).toBeLessThan(museum.phases[3]!.hours / 1.5);
	});

	it('names the target groups and the partner to find, and leaves idea and outcome to the respondent', () => {
		const plan = draftPlan(loadFixture('collectief-start'), from, 'nl');
		expect(plan.idea).toBe('');
		expect(plan.evaluation.outcome).toBe('');
		expect(plan.ideaHint).toMatch(
			/^Wat maken jullie, voor wie\? Tip: jullie eerste actie in het advies is “/
		);
		expect(plan.partnerHint).toMatch(/^De school waarmee/);
		expect(plan.targetGroups.length).toBeGreaterThan(0);
		// no impact goals yet (level 0): the outcome hint says what impact is
		expect(plan.evaluation.hints[0]).toMatch(/niet wat jullie gaan maken/);
		const school = draftPlan(loadFixture('basisschool'), from, 'en');
		expect(school.partnerHint).toMatch(/^The cultural partner/);
	});
});

describe('hours and money', () => {
	it('warns in the white paper’s words when own hours are left at zero', () => {
		const plan = draftPlan(loadFixture('museum-groot'), from, 'nl');
		expect(planTotals(plan, 'groot').warnings).toEqual([]);
		const none = { ...plan, phases: plan.phases.map((p) => ({ ...p, hours: 0 })) };
		expect(planTotals(none, 'groot').warnings).toEqual([planTexts.hoursWarning.nl]);
	});

	it('suggests a small first version when the costs pass what the budget answer allows', () => {
		const plan = draftPlan(loadFixture('basisschool'), from, 'nl');
		const costly = {
			...plan,
			phases: plan.phases.map((p) => ({ ...p, costs: p.id === 'prototype' ? 3000 : 0 }))
		};
		const totals = planTotals(costly, 'klein');
		expect(totals).toMatchObject({ costs: 3000, budget: 2500 });
		expect(totals.warnings).toEqual([
			'De kosten (€ 3.000) zijn hoger dan jullie budget (tot € 2.500). Begin klein: maak eerst een kleine eerste versie, en breid die uit als de test goed gaat.'
		]);
		expect(planTotals(costly, 'middel').warnings).toEqual([]);
		expect(planTotals(costly, 'onbekend').budget).toBeNull();
		expect(planTotals(costly, 'geen').warnings[0]).toMatch(/^Jullie hebben nog geen budget/);
	});
});

describe('the calendar file', () => {
	it('is RFC 5545 as ical.js reads it: an all-day event per step and one for the second measurement', () => {
		const draft = draftPlan(loadFixture('collectief-start'), from, 'nl');
		// what the respondent typed, with every character a calendar line must escape
		const outcome =
			'Leerlingen maken zelf een film; met komma’s, een\\schuine streep\nen een regel';
		const plan = {
			...draft,
			idea: 'Een stop-motionles',
			evaluation: { ...draft.evaluation, outcome }
		};
		const ics = planCalendar(plan, new Date('2026-12-07T09:00:00Z'));
		expect(ics.endsWith('\r\n')).toBe(true);
		expect(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75)).toBe(
			true
		);
		const calendar = new ICAL.Component(ICAL.parse(ics));
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(`Projectplan: ${plan.idea}`);
		const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
		expect(events).toHaveLength(6);
		for (const [i, phase] of plan.phases.entries()) {
			const event = events[i]!;
			expect(event.summary).toBe(`${i + 1}. ${phase.title}`);
			expect(event.startDate.isDate).toBe(true);
			expect(event.startDate.toString()).toBe(phase.start);
			// DTEND is the day after the last (exclusive)
			expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(
				new Date(phase.end).getTime() - new Date(phase.start).getTime() + 24 * 3600 * 1000
			);
			expect(event.description.split('\n')).toEqual([phase.activity, phase.test, phase.who]);
		}
		expect(events[5]?.summary).toMatch(/^Tweede meting/);
		expect(events[5]?.startDate.toString()).toBe(plan.evaluation.when);
		expect(events[5]?.description).toBe(`${outcome}\n${plan.evaluation.measure}`);
		expect(new Set(events.map((e) => e.uid)).size).toBe(6);
		// the same plan gives the same ids (a calendar updates its events, it does not double them)
		expect(planCalendar(plan, new Date())).toContain(`UID:${events[0]!.uid}`);
	});
});
