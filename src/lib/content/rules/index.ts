/**
 * All advice rules: three per area (weak, middling, unknown), the cross-area rules, the rules
 * that read the profile, the critical "find out first" rules and the track's preconditions.
 */
import type { Rule } from '../rules-schema';
import { rulesAreas1to4 } from './areas-1-4';
import { rulesAreas5to8 } from './areas-5-8';
import { rulesAreas9to12 } from './areas-9-12';
import { criticalRules } from './critical';
import { crossRules } from './cross';
import { preconditionRules } from './preconditions';
import { profileRules } from './profile-rules';

export const rules: Rule[] = [
	...rulesAreas1to4,
	...rulesAreas5to8,
	...rulesAreas9to12,
	...crossRules,
	...profileRules,
	...criticalRules,
	...preconditionRules
];
