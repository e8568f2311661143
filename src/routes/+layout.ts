import type { LayoutLoad } from './$types';

// Every page is built to static HTML; there is no server.
export const prerender = true;
export const trailingSlash = 'always';

export const load = (() => ({})) satisfies LayoutLoad;
