import { describe, expect, it } from 'vitest';
import { isLocale } from './locales';
import { en as enMain } from './messages/en';
import { enReport } from './messages/en-report';
import { nl as nlMain } from './messages/nl';
import { nlReport } from './messages/nl-report';
import { format, localize, missingKeys, placeholders, resolveLocale } from './translate';

/** Every string leaf of a dictionary with its dotted path. */
function leaves(value: unknown, prefix = ''): [string, string][] {
	if (typeof value === 'string') return [[prefix, value]];
	return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
		leaves(v, prefix ? `${prefix}.${k}` : k)
	);
}

describe('format', () => {
	it.each([
		['{answered} van {total} vragen', { answered: 3, total: 51 }, '3 van 51 vragen'],
		['Zoë en {name}', { name: 'Çağdaş' }, 'Zoë en Çağdaş'],
		['geen plaatshouders', {}, 'geen plaatshouders'],
		['{onbekend} blijft zichtbaar', {}, '{onbekend} blijft zichtbaar']
	])('fills %j', (template, params, expected) => {
		expect(format(template, params)).toBe(expected);
	});
});

describe('locales', () => {
	it('starts in Dutch unless a valid choice was stored', () => {
		expect(resolveLocale(null)).toBe('nl');
		expect(resolveLocale('en')).toBe('en');
		expect(resolveLocale('fr')).toBe('nl');
		expect(resolveLocale(42)).toBe('nl');
	});

	it.each([
		[['en-GB', 'nl'], 'en'],
		[['en-US'], 'en'],
		[['EN'], 'en'],
		[['nl-BE', 'en'], 'nl'],
		[['de', 'en-GB'], 'en'],
		[['fr', 'de'], 'nl'],
		[[], 'nl']
	] as const)('on a first visit follows the browser %j: %s', (browser, expected) => {
		expect(resolveLocale(null, browser)).toBe(expected);
		// a choice the user made always wins
		expect(resolveLocale('nl', browser)).toBe('nl');
		expect(isLocale('nl')).toBe(true);
	});

	it('picks a language from a bilingual text', () => {
		expect(localize({ nl: 'Hallo', en: 'Hello' }, 'en')).toBe('Hello');
	});
});

// the main dictionary and the report's, checked as one
const nl = { ...nlMain, ...nlReport };
const en = { ...enMain, ...enReport };

describe('the dictionaries', () => {
	it('split the texts without overlap: the report’s are not in the main one', () => {
		const main = Object.keys(nlMain);
		expect(Object.keys(nlReport).filter((key) => main.includes(key))).toEqual([]);
		expect(Object.keys(enMain).sort()).toEqual(main.sort());
	});

	it('have an English text for every Dutch key, none empty', () => {
		expect(missingKeys(nl, en)).toEqual([]);
		expect(missingKeys(en, nl)).toEqual([]);
	});

	it('report a missing or empty translation by its path', () => {
		expect(missingKeys({ a: { b: 'x', c: 'y' } }, { a: { b: ' ' } })).toEqual(['a.b', 'a.c']);
	});

	it('use the same placeholders in both languages', () => {
		const english = new Map(leaves(en));
		for (const [path, text] of leaves(nl)) {
			expect(placeholders(english.get(path) ?? ''), path).toEqual(placeholders(text));
		}
	});

	it('differ between the languages (no untranslated copies), except names', () => {
		const english = new Map(leaves(en));
		const same = leaves(nl)
			.filter(([path, text]) => english.get(path) === text)
			.map(([p]) => p);
		// words that are the same in both languages, and pure number patterns
		const allowed = [
			'app.name',
			'app.titleSuffix',
			'shell.menu',
			'common.score',
			'progress.areaCount',
			'review.areaOpen',
			'results.scoreColumn',
			'results.meta'
		];
		expect(same.filter((p) => !allowed.includes(p))).toEqual([]);
	});
});
