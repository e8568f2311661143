/**
 * The language the user reads the app in: the page's own (its address says it, and it is
 * prerendered in it), shared through context. A choice is remembered in localStorage
 * (`rememberLocale`, state/storage.ts), and static/lang.js takes a later visit to that
 * language's address before the first paint.
 */
import { getContext, setContext } from 'svelte';
import { type Locale, type Localized } from './locales';
import type { Messages, ReportMessages } from './messages';
import { localePath } from './paths';
import { format } from './translate';

/** The language of the page and its dictionary (the root layout's data: it follows the address). */
export interface LanguageSource {
	locale: Locale;
	messages: Messages;
	/** The results' and the review's texts, on the pages that show them (`reportRoutes`). */
	report?: ReportMessages | null;
}

export class I18n {
	#source: () => LanguageSource;

	/** `source` is read on every use, so the language follows the page's data as it changes. */
	constructor(source: () => LanguageSource) {
		this.#source = source;
	}

	/** The language on screen: the page's, given by its address ("/en/…" is English). */
	get locale(): Locale {
		return this.#source().locale;
	}

	/** The dictionary of the current language. */
	get t(): Messages {
		return this.#source().messages;
	}

	/** The results' and the review's texts; only on the pages listed in `reportRoutes`. */
	get report(): ReportMessages {
		const report = this.#source().report;
		if (!report) throw new Error('No report texts on this page: see reportRoutes');
		return report;
	}

	/** The other language, for the switch button. */
	get otherLocale(): Locale {
		return this.locale === 'nl' ? 'en' : 'nl';
	}

	/** An address of the app in the current language: "/check/x/" is "/en/check/x/" in English. */
	path = (path: string): string => localePath(path, this.locale);

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

/** The context entry that provides `i18n`, for mounting a component on its own (tests). */
export function i18nContextEntry(i18n: I18n): [symbol, I18n] {
	return [key, i18n];
}

/** The i18n state of the nearest provider. */
export function getI18nContext(): I18n {
	return getContext<I18n>(key);
}
