/**
 * The dictionaries, one module per language, so a page ships only its own: each prerendered
 * page's HTML preloads its language's module (src/hooks.server.ts), and the root layout's load
 * imports it before the page starts.
 */
import type { Locale } from '../locales';
import type { nl } from './nl';

export type Messages = typeof nl;

/** The module of each language's dictionary, as the build names it in Vite's manifest. */
export const messageModules: Record<Locale, string> = {
	nl: 'src/lib/i18n/messages/nl.ts',
	en: 'src/lib/i18n/messages/en.ts'
};

/** Loads the dictionary of a language. */
export async function loadMessages(locale: Locale): Promise<Messages> {
	return locale === 'nl' ? (await import('./nl')).nl : (await import('./en')).en;
}
