/**
 * Build-time page data in the page's language only: each page is prerendered per language, so
 * its data need not carry the other one. Every `{ nl, en }` text keeps the page's language and
 * the other becomes '' (never shown: a page reads its own language); the types stay as they are.
 */
import type { Locale } from './locales';

const isText = (value: object): value is { nl: string; en: string } => {
	const keys = Object.keys(value);
	return (
		keys.length === 2 &&
		typeof (value as Record<string, unknown>).nl === 'string' &&
		typeof (value as Record<string, unknown>).en === 'string'
	);
};

/** `value` with only `locale`'s words in each bilingual text. */
export function inLocale<T>(value: T, locale: Locale): T {
	if (Array.isArray(value)) return value.map((item) => inLocale(item, locale)) as T;
	if (value === null || typeof value !== 'object') return value;
	if (isText(value))
		return { nl: locale === 'nl' ? value.nl : '', en: locale === 'en' ? value.en : '' } as T;
	return Object.fromEntries(
		Object.entries(value).map(([key, item]) => [key, inLocale(item, locale)])
	) as T;
}
