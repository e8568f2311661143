import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { readFileSync } from 'node:fs';
import { messageModules, needsReportTexts } from '$lib/i18n/messages';
import { metaTexts } from '$lib/i18n/meta';
import { localeOfPath } from '$lib/i18n/paths';
import type { Locale } from '$lib/i18n/locales';

/**
 * The built file of each language's dictionary, from the client build's Vite manifest (it is
 * written before the pages are prerendered). Empty outside a build: `vite dev` serves modules
 * as they are.
 */
function dictionaryFiles(): Partial<Record<Locale, { main?: string; report?: string }>> {
	if (!building) return {};
	try {
		const manifest = JSON.parse(
			readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
		) as Record<string, { file: string }>;
		return Object.fromEntries(
			Object.entries(messageModules).map(([locale, { main, report }]) => [
				locale,
				{ main: manifest[main]?.file, report: manifest[report]?.file }
			])
		);
	} catch {
		return {};
	}
}
let files: ReturnType<typeof dictionaryFiles> | undefined;

/**
 * Each prerendered page says its own language in `<html lang>` and in its description, and
 * preloads its language's dictionary (the root layout imports it lazily, so no page ships
 * both languages), with the report's on the pages that show it, so that they arrive with the
 * rest of the page's code, not after it.
 */
export const handle = (({ event, resolve }) => {
	const locale = localeOfPath(event.url.pathname);
	files ??= dictionaryFiles();
	const { main, report } = files[locale] ?? {};
	const dictionaries = [main, needsReportTexts(event.route.id) ? report : undefined];
	return resolve(event, {
		transformPageChunk: ({ html }) => {
			// addressed as SvelteKit addresses the page's own modules ("../_app/…" or "/_app/…")
			const base = /href="([^"]*)_app\/immutable\/entry\/start/.exec(html)?.[1];
			const preload =
				base === undefined
					? ''
					: dictionaries
							.filter((file) => file !== undefined)
							.map((file) => `<link href="${base}${file}" rel="modulepreload">`)
							.join('');
			return html
				.replace('%lang%', locale)
				.replace('%description%', metaTexts.description[locale])
				.replace('%preload%', preload);
		}
	});
}) satisfies Handle;
