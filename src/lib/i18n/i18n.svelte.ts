/**
 * The language the user reads the app in: remembered in localStorage, shared through context,
 * and followed by `<html lang>` (the layout syncs it).
 */
import { getContext, setContext } from 'svelte';
import { readItem, storagePrefix, writeItem } from '../state/storage';
import { type Locale, type Localized } from './locales';
import { loadMessages, nl, type Messages } from './messages';
import { format, resolveLocale } from './translate';

const localeKey = `${storagePrefix}locale`;

export class I18n {
	/** The language on screen; it changes once its dictionary is there. */
	locale = $state<Locale>('nl');
	/** The dictionary of the current language (raw: it is replaced whole, never edited). */
	t = $state.raw<Messages>(nl);

	/** Picks up a stored language choice; call once in the browser. */
	async restore(): Promise<void> {
		// a choice made while the page was starting beats the stored one
		if (this.#requested) return;
		const stored = readItem(localeKey);
		const browser = typeof navigator === 'undefined' ? [] : navigator.languages;
		await this.#show(resolveLocale(stored, browser));
	}

	/** Switches language and remembers the choice when storage allows it. */
	async setLocale(locale: Locale): Promise<void> {
		writeItem(localeKey, locale);
		await this.#show(locale);
	}

	#requested: Locale | null = null;

	/** Shows a language once its dictionary is loaded; the latest request wins, whatever loads first. */
	async #show(locale: Locale): Promise<void> {
		this.#requested = locale;
		const dictionary = await loadMessages(locale);
		if (this.#requested !== locale) return;
		this.t = dictionary;
		this.locale = locale;
	}

	/** The other language, for the switch button. */
	get otherLocale(): Locale {
		return this.locale === 'nl' ? 'en' : 'nl';
	}

	/** A bilingual content text in the current language. */
	pick = (text: Localized): string => text[this.locale];

	/** A page's own texts (build-time page data) in the current language, key by key. */
	pickAll = <K extends string>(texts: Record<K, Localized>): Record<K, string> =>
		Object.fromEntries(
			Object.entries<Localized>(texts).map(([key, text]) => [key, text[this.locale]])
		) as Record<K, string>;

	/** Fills placeholders in a message. */
	fmt = (template: string, params: Record<string, string | number>): string =>
		format(template, params);
}

const key = Symbol('i18n');

/** Provides the i18n state to the component tree (the root layout calls this). */
export function setI18nContext(i18n: I18n): I18n {
	return setContext(key, i18n);
}

/** The i18n state of the nearest provider. */
export function getI18nContext(): I18n {
	return getContext<I18n>(key);
}
