/**
 * The language the user reads the app in: remembered in localStorage, shared through context,
 * and followed by `<html lang>` (the layout syncs it).
 */
import { getContext, setContext } from 'svelte';
import { readItem, storagePrefix, writeItem } from '../state/storage';
import { type Locale, type Localized } from './locales';
import { messages, type Messages } from './messages';
import { format, resolveLocale } from './translate';

const localeKey = `${storagePrefix}locale`;

export class I18n {
	locale = $state<Locale>('nl');
	/** The dictionary of the current language. */
	t: Messages = $derived(messages[this.locale]);

	/** Picks up a stored language choice; call once in the browser. */
	restore(): void {
		const stored = readItem(localeKey);
		this.locale = resolveLocale(stored.ok ? stored.value : null);
	}

	/** Switches language and remembers the choice when storage allows it. */
	setLocale(locale: Locale): void {
		this.locale = locale;
		writeItem(localeKey, locale);
	}

	/** The other language, for the switch button. */
	get otherLocale(): Locale {
		return this.locale === 'nl' ? 'en' : 'nl';
	}

	/** A bilingual content text in the current language. */
	pick = (text: Localized): string => text[this.locale];

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
