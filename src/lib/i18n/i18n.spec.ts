import { beforeEach, describe, expect, it, vi } from 'vitest';
import { I18n } from './i18n.svelte';

describe('the language state', () => {
	beforeEach(() => {
		const data = new Map<string, string>();
		vi.stubGlobal('localStorage', {
			getItem: (k: string) => data.get(k) ?? null,
			setItem: (k: string, v: string) => void data.set(k, v),
			removeItem: (k: string) => void data.delete(k)
		});
	});

	it('lets the latest choice win, whichever dictionary loads first', async () => {
		const i18n = new I18n();
		const toEnglish = i18n.setLocale('en'); // English must be loaded first
		const backToDutch = i18n.setLocale('nl'); // Dutch is at hand at once
		await Promise.all([toEnglish, backToDutch]);
		expect(i18n.locale).toBe('nl');
		expect(i18n.t.start.startButton).toBe('Start de check');
	});

	it('keeps a choice made while the page starts, over the stored one', async () => {
		localStorage.setItem('digicheck.locale', 'nl');
		const i18n = new I18n();
		const choice = i18n.setLocale('en');
		await i18n.restore();
		await choice;
		expect(i18n.locale).toBe('en');
		expect(i18n.t.start.startButton).toBe('Start the check');
	});

	it('restores a stored choice', async () => {
		localStorage.setItem('digicheck.locale', 'en');
		const i18n = new I18n();
		await i18n.restore();
		expect(i18n.locale).toBe('en');
	});
});
