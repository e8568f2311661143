/**
 * Which language the content's texts must read in the browser: the root layout says it before
 * each page renders. This is all of it that every page carries; the texts themselves and their
 * loading are in content-texts.ts, which comes with the content (src/build/text-packs.ts).
 */
import type { Locale } from './locales';

/** What the content's modules import their texts from in the browser build: one per group. */
export const textsModule = (group: string): string => `virtual:digicheck-texts/${group}`;
/** The module of a group's texts in one language, as the build names it in Vite's manifest. */
export const packModule = (group: string, locale: Locale): string =>
	`${textsModule(group)}/${locale}`;
/** Whether a module is a pack of texts in `locale`. */
export const isPack = (module: string, locale: Locale): boolean =>
	module.startsWith(textsModule('')) && module.endsWith(`/${locale}`);

/**
 * The language of the page being opened (`wanted`, once the root layout has said it) and, once
 * the content's texts are in use, how to load theirs (`follow`).
 */
export const contentLocale: {
	wanted?: Locale;
	follow?: (locale: Locale) => Promise<void>;
} = {};

/**
 * The root layout's load calls this before a page in `locale` renders: once the content is in
 * use, its texts are made to read that language.
 */
export function showContentIn(locale: Locale): Promise<void> | undefined {
	contentLocale.wanted = locale;
	return contentLocale.follow?.(locale);
}
