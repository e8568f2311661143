import { describe, expect, it } from 'vitest';
import { I18n, type LanguageSource } from './i18n.svelte';
import { en } from './messages/en';
import { nl } from './messages/nl';
import { nlReport } from './messages/nl-report';
import { needsReportTexts } from './messages';

describe('the language state', () => {
	it('follows its source: the page’s language and dictionary, as they change', () => {
		let source: LanguageSource = { locale: 'nl', messages: nl };
		const i18n = new I18n(() => source);
		expect(i18n.t.start.startButton).toBe('Start de check');
		expect(i18n.path('/check/privacy/')).toBe('/check/privacy/');
		expect(i18n.otherLocale).toBe('en');
		source = { locale: 'en', messages: en };
		expect(i18n.locale).toBe('en');
		expect(i18n.t.start.startButton).toBe('Start the check');
		expect(i18n.path('/check/privacy/')).toBe('/en/check/privacy/');
		expect(i18n.pick({ nl: 'Ja', en: 'Yes' })).toBe('Yes');
	});

	it('has the report’s texts only where the page loaded them, and says so otherwise', () => {
		let source: LanguageSource = { locale: 'nl', messages: nl, report: nlReport };
		const i18n = new I18n(() => source);
		expect(i18n.report.results.title).toBe('Jouw resultaat');
		source = { locale: 'nl', messages: nl, report: null };
		expect(() => i18n.report).toThrow(/reportRoutes/);
		expect(needsReportTexts('/[[lang=lang]]/resultaat')).toBe(true);
		expect(needsReportTexts('/[[lang=lang]]/check/[area]')).toBe(false);
		expect(needsReportTexts(null)).toBe(false);
	});
});
