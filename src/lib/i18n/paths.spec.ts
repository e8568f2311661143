import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { localeOfPath, localePath, withoutLocale } from './paths';
import { resolveLocale } from './translate';

/** Runs static/lang.js as a browser would; returns where it sends the page, or null. */
function redirect(path: string, stored: string | null, languages: string[]): string | null {
	let target: string | null = null;
	runInNewContext(readFileSync(new URL('../../../static/lang.js', import.meta.url), 'utf8'), {
		location: { pathname: path, search: '?x=1', hash: '', replace: (to: string) => (target = to) },
		localStorage: { getItem: (key: string) => (key === 'digicheck.locale' ? stored : null) },
		navigator: { languages, language: languages[0] }
	});
	return target;
}

describe('addresses per language', () => {
	it('puts English pages under /en/ and Dutch ones at the root', () => {
		expect(localePath('/check/privacy/', 'en')).toBe('/en/check/privacy/');
		expect(localePath('/vergelijk/?met=2', 'nl')).toBe('/vergelijk/?met=2');
		expect(localeOfPath('/en/')).toBe('en');
		expect(localeOfPath('/engels/')).toBe('nl');
		expect(withoutLocale('/en/check/privacy/')).toBe('/check/privacy/');
		expect(withoutLocale('/en')).toBe('/');
		expect(withoutLocale('/profiel/')).toBe('/profiel/');
	});

	it('static/lang.js sends a page where resolveLocale says, before the first paint', () => {
		const browsers = [[], ['en-GB'], ['nl-NL', 'en'], ['de', 'en-US'], ['fr']];
		for (const stored of [null, 'nl', 'en', 'de'])
			for (const languages of browsers)
				for (const path of ['/', '/check/privacy/', '/en/', '/en/check/privacy/']) {
					const here = localeOfPath(path);
					const target = redirect(path, stored, languages);
					// an English address opened without a choice stays English
					const wanted =
						here === 'en' && stored !== 'nl' && stored !== 'en'
							? 'en'
							: resolveLocale(stored, languages);
					const expected =
						wanted === here ? null : `${localePath(withoutLocale(path), wanted)}?x=1`;
					expect(target, `${path} stored=${stored} browser=${languages}`).toBe(expected);
				}
	});

	it('static/lang.js leaves the page alone when storage is locked', () => {
		let target: string | null = null;
		runInNewContext(readFileSync(new URL('../../../static/lang.js', import.meta.url), 'utf8'), {
			location: { pathname: '/', search: '', hash: '', replace: (to: string) => (target = to) },
			localStorage: {
				getItem: () => {
					throw new Error('SecurityError');
				}
			},
			navigator: { languages: ['en'] }
		});
		expect(target).toBeNull();
	});
});

describe('page data in one language', () => {
	it('keeps the page’s language in every text, and everything else as it is', async () => {
		const { inLocale } = await import('./page-data');
		const data = {
			title: { nl: 'Privacy', en: 'Privacy matters' },
			questions: [{ id: 'q', weight: 2, levels: [{ nl: 'Nee', en: 'No' }] }],
			minutes: { nl: 30, en: 28 },
			audiences: { school: { nl: 'Jullie school', en: 'Your school' } },
			none: null
		};
		expect(inLocale(data, 'en')).toEqual({
			title: { nl: '', en: 'Privacy matters' },
			questions: [{ id: 'q', weight: 2, levels: [{ nl: '', en: 'No' }] }],
			minutes: { nl: 30, en: 28 },
			audiences: { school: { nl: '', en: 'Your school' } },
			none: null
		});
		expect(inLocale(data, 'nl').title).toEqual({ nl: 'Privacy', en: '' });
		// the input is not changed
		expect(data.title.en).toBe('Privacy matters');
	});
});
