/**
 * What the service worker needs to know of the build to cache a first visit small: the files of
 * each language (its dictionaries and the content's text packs; its pages it knows by their
 * address) and the modules nothing runs (jspdf's optional renderers of HTML and SVG, which the
 * report does not use). Read from the client build's Vite manifest when the site is
 * prerendered, as src/hooks.server.ts does; empty lists outside a build.
 */
import { json } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import { building } from '$app/environment';
import { isPack } from '$lib/i18n/content-locale';
import { locales } from '$lib/i18n/locales';
import { messageModules } from '$lib/i18n/messages';

export const prerender = true;

/**
 * Cached after a first visit, not during it (a first visit stays under its 700 KB): the project
 * plan, its page and its own code, once the results page has been open (the plan starts there)
 * or the plan itself; the coordinator's cohort view (its worker is cached on use too); the
 * loader of the fonts for names in Chinese, Japanese and Korean; and the shaper for names in
 * Devanagari or Thai (fontkit, 79 KB).
 */
const onUse = [
	'src/lib/plan/',
	'src/lib/cohort/',
	'src/lib/report/name-fonts.ts',
	'src/lib/report/shape.ts'
];
const planView = 'src/lib/plan/PlanView.svelte';
const onUsePages = ['/projectplan', '/en/projectplan'].flatMap((page) => [page, `${page}/`]);

/** jspdf's optional dependencies: loaded only by doc.html() and SVG images, never here. */
const neverRun = ['node_modules/canvg/', 'node_modules/html2canvas/', 'node_modules/dompurify/'];

type Manifest = Record<string, { file: string; dynamicImports?: string[] }>;

export function GET() {
	let manifest: Manifest = {};
	if (building)
		try {
			manifest = JSON.parse(
				readFileSync('.svelte-kit/output/client/.vite/manifest.json', 'utf8')
			) as Manifest;
		} catch {
			manifest = {};
		}
	const files = (keep: (module: string, dynamicImports: string[]) => boolean) =>
		Object.entries(manifest)
			.filter(([module, { dynamicImports = [] }]) => keep(module, dynamicImports))
			.map(([, { file }]) => `/${file}`);
	const planned = (module: string) => onUse.some((prefix) => module.startsWith(prefix));
	return json({
		locales: Object.fromEntries(
			locales.map((locale) => [
				locale,
				files(
					(m) =>
						m === messageModules[locale].main ||
						m === messageModules[locale].report ||
						isPack(m, locale)
				)
			])
		),
		unused: files((m) => neverRun.some((prefix) => m.startsWith(prefix))),
		// the plan's modules, and the page's code that loads its view (not the results page,
		// which loads the plan's PDF section when there is a plan)
		later: [...files((m, lazy) => planned(m) || lazy.includes(planView)), ...onUsePages]
	});
}
