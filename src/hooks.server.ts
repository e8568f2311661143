import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { readFileSync } from 'node:fs';
import { messageModules, needsReportTexts } from '$lib/i18n/messages';
import { isPack } from '$lib/i18n/content-locale';
import { metaTexts } from '$lib/i18n/meta';
import { localeOfPath } from '$lib/i18n/paths';
import { locales, type Locale } from '$lib/i18n/locales';

/** The module that reads a saved check (loaded on demand: a first visit has none). */
const readerModule = 'src/lib/state/reader.ts';

/** The results page: it shows a saved check, so it always reads one at once. */
const readsAtOnce = '/[[lang=lang]]/resultaat';

interface LazyFiles {
	dictionaries: Partial<Record<Locale, { main?: string; report?: string }>>;
	reader?: string;
	/** The content's texts: for each chunk that loads some when it runs, their packs' files. */
	texts?: { chunk: string; packs: Partial<Record<Locale, string[]>> }[];
}

type Manifest = Record<string, { file: string; dynamicImports?: string[] }>;

/** Where the build put the content's texts (src/build/text-packs.ts), and what loads them. */
function textFiles(manifest: Manifest): LazyFiles['texts'] {
	const packsIn = (imports: string[], locale: Locale) =>
		imports.filter((module) => isPack(module, locale)).flatMap((m) => manifest[m]?.file ?? []);
	return Object.values(manifest)
		.map(({ file, dynamicImports = [] }) => ({
			chunk: file,
			packs: Object.fromEntries(locales.map((l) => [l, packsIn(dynamicImports, l)]))
		}))
		.filter(({ packs }) => Object.values(packs).some((files) => files.length > 0));
}

/**
 * The built files of modules the pages import lazily (each language's dictionaries, the
 * reader of saves), from the client build's Vite manifest (it is written before the pages are
 * prerendered). Empty outside a build: `vite dev` serves modules as they are.
 */
function lazyFiles(): LazyFiles {
	if (!building) return { dictionaries: {} };
	try {
		const manifest = JSON.parse(
			readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
		) as Manifest;
		return {
			dictionaries: Object.fromEntries(
				Object.entries(messageModules).map(([locale, { main, report }]) => [
					locale,
					{ main: manifest[main]?.file, report: manifest[report]?.file }
				])
			),
			reader: manifest[readerModule]?.file,
			texts: textFiles(manifest)
		};
	} catch {
		return { dictionaries: {} };
	}
}
let files: LazyFiles | undefined;

/**
 * Each prerendered page says its own language in `<html lang>` and in its description, and
 * preloads its language's dictionary (the root layout imports it lazily, so no page ships
 * both languages), with the report's on the pages that show it, the content's texts in its
 * language on the pages whose code uses them, and on the results page the reader of the saved
 * check, so that they arrive with the rest of the page's code, not after it.
 */
export const handle = (({ event, resolve }) => {
	const locale = localeOfPath(event.url.pathname);
	files ??= lazyFiles();
	const { main, report } = files.dictionaries[locale] ?? {};
	const modules = [
		main,
		needsReportTexts(event.route.id) ? report : undefined,
		event.route.id === readsAtOnce ? files.reader : undefined
	];
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			// addressed as SvelteKit addresses the page's own modules ("../_app/…" or "/_app/…")
			const base = /href="([^"]*)_app\/immutable\/entry\/start/.exec(html)?.[1];
			// the content's texts in this language that the page's code loads when it runs
			const texts = (files?.texts ?? [])
				.filter(({ chunk }) => html.includes(`${base}${chunk}"`))
				.flatMap(({ packs }) => packs[locale] ?? []);
			const preload =
				base === undefined
					? ''
					: [...new Set([...modules, ...texts])]
							.filter((file) => file !== undefined)
							.map((file) => `<link href="${base}${file}" rel="modulepreload">`)
							.join('');
			// the page for unknown addresses (404.html) is written without content, so without
			// the title each page sets: it gets its own
			const titled = html.includes('</head>') && !html.includes('<title>');
			return html
				.replace(
					'%preload%',
					titled ? `<title>${metaTexts.notFoundTitle[locale]}</title>%preload%` : '%preload%'
				)
				.replace('%lang%', locale)
				.replace('%description%', metaTexts.description[locale])
				.replace('%preload%', preload);
		}
	});
}) satisfies Handle;
