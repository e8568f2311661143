import type { ParamMatcher } from '@sveltejs/kit';

/** The language prefix of an address: "/en/…" is English; without one, Dutch. */
export const match = ((param: string): param is 'en' => param === 'en') satisfies ParamMatcher;
