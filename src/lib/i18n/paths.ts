/**
 * Addresses per language: Dutch pages live at "/…", English ones at "/en/…", each prerendered
 * in its own language (so a page never changes its text after the first paint). Pure.
 */
import type { Locale } from './locales';

/** The language of an address. */
export function localeOfPath(pathname: string): Locale {
	return pathname === '/en' || pathname.startsWith('/en/') ? 'en' : 'nl';
}

/** An address without its language prefix: "/en/check/x/" → "/check/x/". */
export function withoutLocale(pathname: string): string {
	return localeOfPath(pathname) === 'en' ? pathname.slice(3) || '/' : pathname;
}

/** An app address ("/check/x/", "/vergelijk/?met=1") in a language. */
export function localePath(path: string, locale: Locale): string {
	return locale === 'en' ? `/en${path}` : path;
}
