/**
 * The dictionaries. Dutch is built in (the default and the prerendered language); English
 * is loaded when someone reads in English, so no page ships both.
 */
import type { Locale } from '../locales';
import { nl } from './nl';

export type Messages = typeof nl;
export { nl };

/** Loads the dictionary of a language. */
export async function loadMessages(locale: Locale): Promise<Messages> {
	return locale === 'nl' ? nl : (await import('./en')).en;
}
