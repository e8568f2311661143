import { completeContent } from '$lib/content/complete';
import { contentSchema } from '$lib/content/schema';
import type { LayoutServerLoad } from './$types';

// Runs at build time (every page is prerendered): invalid content fails the build.
export const load = (() => {
	contentSchema.parse(completeContent);
	return {};
}) satisfies LayoutServerLoad;
