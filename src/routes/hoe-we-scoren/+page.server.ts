import { rules } from '$lib/content/rules/index';
import type { PageServerLoad } from './$types';

// Counted at build time, so the page does not ship the rules themselves.
export const load = (() => ({ ruleCount: rules.length })) satisfies PageServerLoad;
