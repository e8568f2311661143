/**
 * The engine reads its inputs and never writes to them. The pages hand it Svelte state (deep
 * proxies): a write there inside a $derived throws state_unsafe_mutation and the page stays
 * empty (issue #28: the team and partner pages with "weet ik niet" on the budget, or an older
 * file, because the track decision tried answers on objects whose prototype was the state).
 * Every input here is deep-frozen, so any write throws.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnswersFile } from '../answers/schema';
import { parseAnswersText } from '../answers/schema';
import { deepFreeze, looseAnswersFileArbitrary } from '../testing/arbitraries';
import { cohortRow } from '../cohort/model';
import { compareFiles } from '../compare/model';
import { buildPartnerReport } from '../partner/model';
import { buildReport } from './report';
import { buildTeamReport } from '../team/model';

const runs = { numRuns: 150, seed: 28 };

/** A file as the pages hold it: every object frozen (a copy, so the arbitrary's stay usable). */
const frozen = (file: AnswersFile) => deepFreeze(structuredClone(file));

const as = (file: AnswersFile, audience: 'school' | 'cultural-organisation'): AnswersFile => ({
	...file,
	profile: { ...file.profile, audience }
});

describe('the engine never writes to its inputs', () => {
	it('one report, a team, a partner pair, a comparison and a cohort row', () => {
		fc.assert(
			fc.property(looseAnswersFileArbitrary, looseAnswersFileArbitrary, (a, b) => {
				expect(buildReport(frozen(a)).areas).toHaveLength(12);
				expect(buildTeamReport([frozen(a), frozen(b)], 'nl').report.areas).toHaveLength(12);
				const partner = buildPartnerReport(
					frozen(as(a, 'school')),
					frozen(as(b, 'cultural-organisation')),
					'en'
				);
				expect(partner.areas.length).toBeGreaterThan(0);
				expect(compareFiles(frozen(a), frozen(b), 'nl').areas).toHaveLength(12);
				expect(cohortRow(frozen(a), 0, 'a.json').name).toBe(a.profile.name);
			}),
			runs
		);
	});

	it('the files the issue names: "weet ik niet" on the budget, and a format 1 file', () => {
		const read = (path: string) => {
			const parsed = parseAnswersText(readFileSync(path, 'utf8'));
			if (!parsed.ok) throw new Error(path);
			return parsed.value;
		};
		const library = read('tests/fixtures/veel-weet-ik-niet.json');
		const museum = read('tests/fixtures/museum-groot.json');
		const unsure = {
			...museum,
			answers: { ...museum.answers, 'budget-digitaal': 'unknown' as const }
		};
		const older = read('tests/fixtures/v1/collectief-start-v1.json');
		expect(buildTeamReport([frozen(library), frozen(unsure)], 'nl').members).toHaveLength(2);
		expect(buildTeamReport([frozen(older), frozen(library)], 'nl').members).toHaveLength(2);
		const school = read('tests/fixtures/partner/vo-school.json');
		const schoolUnsure = {
			...school,
			answers: { ...school.answers, 'budget-digitaal': 'unknown' as const }
		};
		expect(
			buildPartnerReport(frozen(schoolUnsure), frozen(unsure), 'nl').areas.length
		).toBeGreaterThan(0);
	});
});
