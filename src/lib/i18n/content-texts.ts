/**
 * The content's texts in the browser, one language per visitor. The build replaces each
 * `{ nl, en }` text written out in the content's modules by a numbered text of a group (the
 * questions, the advice, the partners' advice), and puts each group's texts in one module per
 * language, a "pack" (src/build/text-packs.ts). Before a content module runs, its group's pack
 * in the page's language is loaded (the page's HTML preloads it). When the reader switches
 * language, the root layout (content-locale.ts) has the other packs loaded, and they are filled
 * into the texts made before, so the objects the engine holds read the new language too.
 *
 * Only the browser build uses this module; prerendering, the CLI, the tests and `vite dev` read
 * the content's modules as written.
 */
import { contentLocale } from './content-locale';
import { defaultLocale, isLocale, locales, type Locale } from './locales';

type Text = Record<Locale, string>;
type Pack = readonly string[];

/** Loads a group's pack in each language (made by the build). */
export type PackLoaders = Record<Locale, () => Promise<{ default: Pack }>>;

interface Group {
	loaders: PackLoaders;
	packs: Partial<Record<Locale, Pack>>;
	loading: Partial<Record<Locale, Promise<void>>>;
	/** Texts made while a language's pack was missing: filled in when it arrives. */
	unfinished: { text: Text; index: number }[];
}

const groups: Group[] = [];

/** The words of text `index` in each language whose pack is there. */
const wordsOf = (group: Group, index: number) =>
	locales.map((locale) => [locale, group.packs[locale]?.[index]] as const);

function fillIn(group: Group): void {
	group.unfinished = group.unfinished.filter(({ text, index }) => {
		const words = wordsOf(group, index);
		for (const [locale, word] of words) if (word !== undefined) text[locale] = word;
		return words.some(([, word]) => word === undefined);
	});
}

function load(group: Group, locale: Locale): Promise<void> {
	if (group.packs[locale]) return Promise.resolve();
	const loaded = group.loaders[locale];
	return (group.loading[locale] ??= loaded().then(
		({ default: pack }) => {
			group.packs[locale] = pack;
			fillIn(group);
		},
		(error: unknown) => {
			// not cached and no connection: a later page may try again
			delete group.loading[locale];
			throw error;
		}
	));
}

/**
 * Text number `index` of a group. A language whose pack is not loaded reads another language's
 * words until it is (never shown: a page loads its own language first).
 */
function textOf(group: Group, index: number): Text {
	const words = wordsOf(group, index);
	const some = words.find(([, word]) => word !== undefined)?.[1] ?? '';
	const text = Object.fromEntries(words.map(([locale, word]) => [locale, word ?? some])) as Text;
	if (words.some(([, word]) => word === undefined)) group.unfinished.push({ text, index });
	return text;
}

/** The first page opened says its language in <html lang> (src/hooks.server.ts). */
function pageLocale(): Locale {
	const lang = document.documentElement.lang;
	return isLocale(lang) ? lang : defaultLocale;
}

/**
 * Called once per group by the build's module that its content modules import, before they
 * run: loads the group's pack in the page's language, and from then on follows the language.
 */
export async function textsOf(loaders: PackLoaders): Promise<(index: number) => Text> {
	const group: Group = { loaders, packs: {}, loading: {}, unfinished: [] };
	groups.push(group);
	contentLocale.follow = async (locale) => {
		await Promise.all(groups.map((g) => load(g, locale)));
	};
	await load(group, contentLocale.wanted ?? pageLocale());
	return (index) => textOf(group, index);
}
