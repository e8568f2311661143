/** Validates all content against its schemas; throws (and so fails the build) when it is wrong. */
import { completeContent } from './complete';
import { partnerRuleSchema, trackDecisionSchema, ruleSchema } from './rules-schema';
import { partnerRules } from './rules/partner';
import { rules } from './rules/index';
import { trackDecision } from './tracks';
import { contentSchema } from './schema';

/** Parses the questionnaire, the rules (the partner rules too) and the track decision. */
export function validateContent(): void {
	contentSchema.parse(completeContent);
	for (const rule of rules) ruleSchema.parse(rule);
	for (const rule of partnerRules) partnerRuleSchema.parse(rule);
	trackDecisionSchema.parse(trackDecision);
}
