import { building } from '$app/environment';
import type { LayoutLoad } from './$types';

// Every page is built to static HTML; there is no server.
export const prerender = true;
export const trailingSlash = 'always';

export const load = (async () => {
	// While building, invalid content fails the build. (Never runs in the browser.)
	if (building) (await import('$lib/content/validate')).validateContent();
	return {};
}) satisfies LayoutLoad;
