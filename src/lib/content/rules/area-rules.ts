/**
 * Builds the three standard rules of an area (weak score, middling score, mostly unknown)
 * from their advice. The bounds come from the scoring settings, so they match the report.
 */
import { scoring } from '../bands';
import { getArea } from '../index';
import type { Advice, Rule, Step } from '../rules-schema';
import type { AreaId } from '../schema';

/** Stands in the steps of an "unknown" advice for "then answer this area's questions again". */
export const reanswer = 'reanswer' as const;

/**
 * "Then answer the questions on <area> again": one sentence per area, so no two read alike.
 * Made from the title when read, not before: the browser holds one language at a time and
 * fills in the other when the reader switches (src/lib/i18n/content-texts.ts).
 */
function reanswerStep(area: AreaId): Step {
	const title = getArea(area).shortTitle;
	return {
		get nl() {
			return `Beantwoord daarna de vragen over ${title.nl.toLowerCase()} opnieuw.`;
		},
		get en() {
			return `Then answer the questions on ${title.en.toLowerCase()} again.`;
		}
	};
}

type AreaAdvice = Omit<Advice, 'areas' | 'priority' | 'steps'> &
	Partial<Pick<Advice, 'priority'>> & { steps: (Step | typeof reanswer)[] };

/** The advice with `reanswer` replaced by this area's own sentence. */
function withSteps(
	area: AreaId,
	advice: AreaAdvice
): Omit<Advice, 'areas' | 'priority'> & Partial<Pick<Advice, 'priority'>> {
	return { ...advice, steps: advice.steps.map((s) => (s === reanswer ? reanswerStep(area) : s)) };
}

/** The weak, middling and unknown rules of one area. */
export function areaRules(
	area: AreaId,
	advice: { weak: AreaAdvice; middling: AreaAdvice; unknown: AreaAdvice }
): Rule[] {
	return [
		{
			id: `${area}-zwak`,
			kind: 'weak',
			when: { fact: 'areaScore', area, operator: 'lt', value: scoring.weakBelow },
			advice: { priority: 'high', ...withSteps(area, advice.weak), areas: [area] }
		},
		{
			id: `${area}-op-weg`,
			kind: 'middling',
			when: {
				all: [
					{ fact: 'areaScore', area, operator: 'gte', value: scoring.weakBelow },
					{ fact: 'areaScore', area, operator: 'lt', value: scoring.strengthMin }
				]
			},
			advice: { priority: 'medium', ...withSteps(area, advice.middling), areas: [area] }
		},
		{
			id: `${area}-onbekend`,
			kind: 'unknown',
			when: {
				fact: 'unknownShare',
				area,
				operator: 'gte',
				value: scoring.insufficientUnknownShare
			},
			advice: { priority: 'medium', ...withSteps(area, advice.unknown), areas: [area] }
		}
	];
}
