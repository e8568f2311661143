import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { content, findQuestion, questionsFor } from '../content/index';
import { references } from '../content/references';
import type { Condition, LeafCondition, PartnerCondition } from '../content/rules-schema';
import { partnerRuleSchema } from '../content/rules-schema';
import { partnerRules } from '../content/rules/partner';
import { audienceOf } from '../answers/format';
import { answersFileArbitrary } from '../testing/arbitraries';
import { conditionHolds } from '../engine/evaluate';
import { apartLevels, buildPartnerReport, pairFiles, type Side } from './model';
import { factsOf } from '../engine/report';
import { loadFixture as fixture } from '../testing/fixtures';

/** Every side-condition of a partner condition, with its side. */
function sides(condition: PartnerCondition): { side: Side; when: Condition }[] {
	if ('school' in condition) return [{ side: 'school', when: condition.school }];
	if ('partner' in condition) return [{ side: 'partner', when: condition.partner }];
	if ('all' in condition) return condition.all.flatMap(sides);
	if ('any' in condition) return condition.any.flatMap(sides);
	return sides(condition.not);
}

function leaves(condition: Condition): LeafCondition[] {
	if ('all' in condition) return condition.all.flatMap(leaves);
	if ('any' in condition) return condition.any.flatMap(leaves);
	if ('not' in condition) return leaves(condition.not);
	return [condition];
}

const audienceOfSide = { school: 'school', partner: 'cultural-organisation' } as const;

describe('partner rules (content)', () => {
	it('number at least ten, validate, and have unique ids', () => {
		expect(partnerRules.length).toBeGreaterThanOrEqual(10);
		for (const rule of partnerRules) partnerRuleSchema.parse(rule);
		expect(new Set(partnerRules.map((r) => r.id)).size).toBe(partnerRules.length);
	});

	it('ask each side only questions that side is asked, and cite references that exist', () => {
		const referenceIds = new Set(references.map((r) => r.id));
		for (const rule of partnerRules) {
			for (const { side, when } of sides(rule.when))
				for (const leaf of leaves(when)) {
					// the partner view quotes answers: scores or the profile would need other sentences
					expect(leaf.fact, rule.id).toBe('answer');
					if (leaf.fact !== 'answer') continue;
					const found = findQuestion(leaf.question);
					expect(found, `${rule.id}: ${leaf.question}`).toBeDefined();
					expect(found!.question.audiences, `${rule.id}: ${side} ${leaf.question}`).toContain(
						audienceOfSide[side]
					);
				}
			for (const ref of rule.advice.references) expect(referenceIds.has(ref), ref).toBe(true);
		}
	});

	it('say why and what to do in both languages, in full sentences', () => {
		for (const rule of partnerRules) {
			for (const text of [rule.advice.title, rule.advice.text, ...rule.advice.steps]) {
				expect(text.nl.trim().length, rule.id).toBeGreaterThan(15);
				expect(text.en.trim().length, rule.id).toBeGreaterThan(15);
				expect(text.nl, rule.id).not.toBe(text.en);
			}
			for (const step of rule.advice.steps) expect(step.nl, rule.id).toMatch(/[.?!]$/);
		}
	});

	it('cover the things a school and its partner must arrange together', () => {
		const areas = new Set(
			partnerRules.filter((r) => r.kind === 'together').flatMap((r) => r.advice.areas)
		);
		// privacy agreements, devices, preparing teachers, evaluation
		for (const area of ['privacy', 'voorbereiding', 'evaluatie'] as const)
			expect(areas).toContain(area);
		expect(partnerRules.map((r) => r.id)).toEqual(
			expect.arrayContaining(['samen-apps-controleren', 'samen-apparaten'])
		);
		expect(partnerRules.some((r) => r.kind === 'school-brings')).toBe(true);
		expect(partnerRules.some((r) => r.kind === 'partner-brings')).toBe(true);
	});

	it('can each fire: a pair of files exists that triggers every rule', () => {
		const schools = fc.sample(
			answersFileArbitrary.filter((f) => audienceOf(f.profile) === 'school'),
			{ numRuns: 300, seed: 20261129 }
		);
		const partners = fc.sample(
			answersFileArbitrary.filter((f) => audienceOf(f.profile) === 'cultural-organisation'),
			{ numRuns: 300, seed: 20261130 }
		);
		const fired = new Set<string>();
		schools.forEach((school, i) => {
			for (const item of buildPartnerReport(school, partners[i]!, 'nl').advice) fired.add(item.id);
		});
		expect(partnerRules.map((r) => r.id).filter((id) => !fired.has(id))).toEqual([]);
	});
});

describe('the partner report', () => {
	it('pairs one school with one cultural organisation, and nothing else', () => {
		const school = fixture('school-techniek-sterk');
		const theatre = fixture('theater-koploper');
		expect(pairFiles([theatre, school])).toEqual({ school, partner: theatre });
		expect(pairFiles([school, school])).toBeNull();
		expect(pairFiles([theatre, fixture('collectief-start')])).toBeNull();
		expect(pairFiles([school])).toBeNull();
		expect(pairFiles([school, theatre, theatre])).toBeNull();
		expect(() => buildPartnerReport(theatre, school, 'nl')).toThrow();
	});

	it('pair 1: a secondary school strong on technology and a film house strong in class', () => {
		const report = buildPartnerReport(
			fixture('partner/vo-school'),
			fixture('partner/filmhuis'),
			'nl'
		);
		expect(report.advice.map((a) => a.id)).toEqual([
			'samen-apps-controleren',
			'samen-toestemming-beeld',
			'samen-impactdoelen',
			'samen-rooster',
			'partner-brengt-lesinstructie',
			'partner-brengt-makers',
			'school-brengt-technische-hulp',
			'school-brengt-meedenkers'
		]);
		// the why names the side whose answer it was: only the film house checks apps loosely
		const apps = report.advice[0]!;
		expect(apps.why).toEqual([
			{
				side: 'partner',
				text: 'Bij “Voordat we een app of online dienst gebruiken, controleren we wat die met persoonsgegevens doet en vanaf welke leeftijd hij mag” koos de culturele partner: “We kijken er soms naar, als iemand erom vraagt”.'
			}
		]);
		const help = report.advice.find((a) => a.id === 'school-brengt-technische-hulp')!;
		expect(help.why.map((w) => w.side)).toEqual(['school', 'partner']);
		expect(report.apart.map((q) => q.id)).toEqual(
			expect.arrayContaining(['technische-hulp', 'apps-gecontroleerd', 'samen-ontwerpen'])
		);
		expect(report.apart[0]!.apart).toBe(3);
	});

	it('pair 2: a primary school at the start and an experienced music school', () => {
		const report = buildPartnerReport(
			fixture('partner/po-school-start'),
			fixture('partner/muziekschool'),
			'en'
		);
		const ids = report.advice.map((a) => a.id);
		expect(ids[0]).toBe('samen-privacy-uitzoeken');
		expect(ids).toEqual(
			expect.arrayContaining([
				'samen-gegevens-uitleggen',
				'samen-apparaten',
				'samen-leraren-voorbereiden',
				'samen-vervolg',
				'samen-impactdoelen',
				'samen-evalueren',
				'partner-brengt-lesinstructie',
				'partner-brengt-makers'
			])
		);
		// "weet ik niet" about apps is not "checks apps loosely"
		expect(ids).not.toContain('samen-apps-controleren');
		expect(ids).not.toContain('school-brengt-technische-hulp');
		expect(report.advice[0]!.why).toEqual([
			{
				side: 'school',
				text: expect.stringMatching(/^For “.+”, the school chose “I don’t know”\.$/)
			}
		]);
		expect(report.advice[0]!.title).toMatch(/^Find out together/);
		// the music school is strong where the school is starting: it brings those areas
		expect(report.brings.partner.length).toBeGreaterThan(0);
		expect(report.brings.school).toEqual([]);
		for (const id of report.brings.partner) {
			const area = report.areas.find((a) => a.id === id)!;
			expect(area.partner! - area.school!).toBeGreaterThanOrEqual(25);
		}
	});

	it('with the three original fixtures: every advice holds and its why is the side’s own answer', () => {
		const school = fixture('school-techniek-sterk');
		for (const name of ['theater-koploper', 'collectief-start', 'museum-groot']) {
			const partner = fixture(name);
			const report = buildPartnerReport(school, partner, 'nl');
			const facts = { school: factsOf(school), partner: factsOf(partner) };
			for (const advice of report.advice) {
				expect(advice.why.length, `${name} ${advice.id}`).toBeGreaterThan(0);
				const rule = partnerRules.find((r) => r.id === advice.id)!;
				// each side quoted has a held condition in the rule
				for (const side of new Set(advice.why.map((w) => w.side)))
					expect(
						sides(rule.when).some((s) => s.side === side && conditionHolds(s.when, facts[side])),
						`${name} ${advice.id} ${side}`
					).toBe(true);
			}
			expect(report.advice.map((a) => a.id)).toEqual([...new Set(report.advice.map((a) => a.id))]);
		}
	});

	it('names a side whose file comes from another questionnaire version', () => {
		const school = fixture('partner/vo-school');
		const partner = { ...fixture('partner/filmhuis'), contentVersion: '1.0.0' };
		expect(buildPartnerReport(school, partner, 'nl').otherVersion).toEqual(['partner']);
		expect(buildPartnerReport(school, fixture('partner/filmhuis'), 'nl').otherVersion).toEqual([]);
	});

	it('compares every question both are asked, level by level', () => {
		const school = fixture('basisschool');
		const partner = fixture('museum-groot');
		const report = buildPartnerReport(school, partner, 'nl');
		const shared = content.areas.flatMap((area) => {
			const theirs = questionsFor(area, 'cultural-organisation').map((q) => q.id);
			return questionsFor(area, 'school')
				.map((q) => q.id)
				.filter((id) => theirs.includes(id));
		});
		expect(report.questions.map((q) => q.id)).toEqual(shared);
		expect(report.questions.map((q) => q.id)).not.toContain('ruimte-in-rooster');
		expect(report.questions.map((q) => q.id)).not.toContain('makers-in-de-klas');
		for (const q of report.questions) {
			expect(q.school).toBe(school.answers[q.id] ?? null);
			expect(q.partner).toBe(partner.answers[q.id] ?? null);
			if (typeof q.school === 'number' && typeof q.partner === 'number')
				expect(q.apart).toBe(Math.abs(q.school - q.partner));
			else expect(q.apart).toBeNull();
		}
		expect(report.apart.every((q) => q.apart! >= apartLevels)).toBe(true);
		expect(report.areas).toHaveLength(12);
	});
});
