/**
 * Builds the three standard rules of an area (weak score, middling score, mostly unknown)
 * from their advice. The bounds come from the scoring settings, so they match the report.
 */
import { scoring } from '../bands';
import type { Advice, Rule } from '../rules-schema';
import type { AreaId } from '../schema';

type AreaAdvice = Omit<Advice, 'areas' | 'priority'> & Partial<Pick<Advice, 'priority'>>;

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
			advice: { priority: 'high', ...advice.weak, areas: [area] }
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
			advice: { priority: 'medium', ...advice.middling, areas: [area] }
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
			advice: { priority: 'medium', ...advice.unknown, areas: [area] }
		}
	];
}
