/** The languages Digicheck speaks; Dutch first, English second. */
export const locales = ['nl', 'en'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'nl';

/** A text in every language of the app: the one bilingual type (content/ids.ts), by its short name. */
export type { LocalizedText as Localized } from '../content/ids';

/** Narrows an unknown value (a stored preference, a file's field) to a Locale. */
export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
