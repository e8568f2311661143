/**
 * Pure helpers for the typed dictionary: picking a language, filling in placeholders and
 * checking that two dictionaries have the same shape. No DOM, no Svelte.
 */
import { defaultLocale, isLocale, type Locale, type Localized } from './locales';

/** Turns every string leaf of a dictionary into `string`, so `en` must match the shape of `nl`. */
export type DictionaryShape<T> = {
	[K in keyof T]: T[K] extends string ? string : DictionaryShape<T[K]>;
};

/** The text of a bilingual value in the given language. */
export function localize(text: Localized, locale: Locale): string {
	return text[locale];
}

/**
 * Fills `{name}` placeholders from `params`. An unknown placeholder stays visible as `{name}`
 * so a mistake shows up in review instead of turning into an empty string. A plain scan, not a
 * regular expression: the engine fills thousands of sentences per second.
 */
export function format(template: string, params: Record<string, string | number> = {}): string {
	let out = '';
	let from = 0;
	for (;;) {
		const open = template.indexOf('{', from);
		const close = open < 0 ? -1 : template.indexOf('}', open);
		if (close < 0) return out + template.slice(from);
		const key = template.slice(open + 1, close);
		out += template.slice(from, open);
		out += key in params ? String(params[key]) : template.slice(open, close + 1);
		from = close + 1;
	}
}

/**
 * The locale to start with: a stored choice when valid; else English when the browser asks for
 * any English (en, en-GB, en-US …) before Dutch; else the default (Dutch).
 */
export function resolveLocale(stored: unknown, browser: readonly string[] = []): Locale {
	if (isLocale(stored)) return stored;
	for (const tag of browser) {
		const language = tag.toLowerCase().split('-')[0];
		if (language === 'nl') return 'nl';
		if (language === 'en') return 'en';
	}
	return defaultLocale;
}

/**
 * Lists the keys that are missing or empty in `candidate` compared with `reference`,
 * as dotted paths. Used by tests: an empty translation is as bad as a missing one.
 */
export function missingKeys(reference: unknown, candidate: unknown, prefix = ''): string[] {
	if (typeof reference === 'string') {
		return typeof candidate === 'string' && candidate.trim() !== '' ? [] : [prefix];
	}
	if (reference === null || typeof reference !== 'object') return [];
	const missing: string[] = [];
	for (const [key, value] of Object.entries(reference)) {
		const next =
			candidate !== null && typeof candidate === 'object'
				? (candidate as Record<string, unknown>)[key]
				: undefined;
		missing.push(...missingKeys(value, next, prefix ? `${prefix}.${key}` : key));
	}
	return missing;
}

/** Placeholders (`{name}`) used in a template, sorted, to check both languages use the same. */
export function placeholders(template: string): string[] {
	return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}
