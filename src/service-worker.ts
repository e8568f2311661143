/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline: after the first visit the whole check, the results and the PDF work without a
 * connection, in the visitor's language. On install this version's cache gets the app's code,
 * styles and the PDF's Latin subset fonts, the files in static/ and the pages of the visitor's
 * own language: under 700 KB gzip (tests/e2e/offline.spec.ts prints the figure). Not on install:
 * - the other language's pages, dictionaries and texts: cached when the visitor switches to it
 *   (the first request for one of its files caches the rest);
 * - the full fonts and the fallback fonts for other scripts (about 1.1 MB, needed only for a
 *   name in Greek, Cyrillic, Hebrew, Arabic, Thai or Devanagari): cached the first time a PDF
 *   needs them;
 * - the fonts for names in Chinese, Japanese, Korean, the rare Han characters and about 150 other
 *   scripts (static/fonts/names/, about 40 MB in 830 files, left out of `files` by
 *   svelte.config.js): each
 *   file cached when a PDF first needs it, so a name printed once prints offline too;
 * - the workers (the cohort page, reading a large PDF) and the cohort page's view: cached when
 *   first used;
 * - the project plan (its pages and code) and the CJK font loader: cached in the background once
 *   the results page has been open (the plan starts there), or when first used;
 * - jspdf's optional renderers of HTML and SVG, which nothing here runs.
 * Which build files belong to a language, and which never run, comes from /offline.json
 * (src/routes/offline.json). Requests for the app's files are answered from the cache; anything
 * else goes to the network. A new version installs beside the old one and waits: the page offers
 * "vernieuwen", so it never changes mid-check.
 */
import { build, files, prerendered, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const cacheName = `digicheck-${version}`;
/** A font file that only some names need: fetched, and then kept, when a PDF asks for it. */
const onDemand = (path: string) => path.endsWith('.ttf') && !/-subset\.[^/]*$/.test(path);
/** A CJK font file for names, or its index: fetched, and then kept, when a PDF asks for it. */
const isNameFont = (path: string) => path.startsWith('/fonts/names/');
/** The workers' code: the cohort page and large PDFs use it; fetched, and then kept, then. */
const isWorker = (path: string) => path.includes('/_app/immutable/workers/');
const appFiles = new Set([...build, ...files, ...prerendered]);
const pages = new Set(prerendered);

/** The build's files per language, and those that never run (see src/routes/offline.json). */
interface Lists {
	locales: Record<string, string[]>;
	unused: string[];
	/** Files cached when first used (the project plan's code). */
	later: string[];
}
const listsPath = '/offline.json';
const noLists: Lists = { locales: {}, unused: [], later: [] };
const localeOfPath = (path: string) => (path === '/en' || path.startsWith('/en/') ? 'en' : 'nl');

/** The language a file belongs to (a page, its data, a dictionary, a text pack), or null. */
function languageOf(path: string, lists: Lists): string | null {
	if (pages.has(path) && path !== listsPath && path !== '/404.html') return localeOfPath(path);
	for (const [locale, paths] of Object.entries(lists.locales))
		if (paths.includes(path)) return locale;
	return null;
}

/** What a first visit in a language caches. */
const firstVisit = (lists: Lists, locale: string) =>
	[...appFiles].filter((path) => {
		if (
			onDemand(path) ||
			isWorker(path) ||
			lists.unused.includes(path) ||
			lists.later.includes(path)
		)
			return false;
		const language = languageOf(path, lists);
		return language === null || language === locale;
	});

/** The lists, from this version's cache or else from the network (then kept). */
async function readLists(cache: Cache): Promise<Lists> {
	try {
		const response = (await cache.match(listsPath)) ?? (await fetch(listsPath));
		if (!response.ok) return noLists;
		await cache.put(listsPath, response.clone());
		const value = (await response.json()) as Partial<Lists>;
		return {
			locales: typeof value.locales === 'object' && value.locales ? value.locales : {},
			unused: Array.isArray(value.unused) ? value.unused : [],
			later: Array.isArray(value.later) ? value.later : []
		};
	} catch {
		return noLists;
	}
}
let lists: Promise<Lists> | undefined;
const listsOnce = () => (lists ??= caches.open(cacheName).then(readLists));

/** The language of the page that registered this worker (Dutch when none is open). */
async function visitorLocale(): Promise<string> {
	const windows = await worker.clients.matchAll({ type: 'window', includeUncontrolled: true });
	return windows.length > 0 ? localeOfPath(new URL(windows[0]!.url).pathname) : 'nl';
}

worker.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(cacheName);
			const found = await readLists(cache);
			lists = Promise.resolve(found);
			await cache.addAll(firstVisit(found, await visitorLocale()));
		})()
	);
});

/** The languages whose files are all cached, as far as this worker has seen. */
const complete = new Set<string>();

/** A file of a language asked for: the rest of that language is cached too, in the background. */
async function cacheLanguageOf(path: string): Promise<void> {
	const found = await listsOnce();
	const language = languageOf(path, found);
	if (language === null || complete.has(language)) return;
	complete.add(language);
	const cache = await caches.open(cacheName);
	const missing: string[] = [];
	for (const file of appFiles)
		if (languageOf(file, found) === language && !(await cache.match(file))) missing.push(file);
	await Promise.allSettled(missing.map((file) => cache.add(file)));
}

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys())
				if (key.startsWith('digicheck-') && key !== cacheName) await caches.delete(key);
			await worker.clients.claim();
		})()
	);
});

/** The files cached after a first visit (the project plan): fetched now, in the background. */
async function cacheLater(): Promise<void> {
	const cache = await caches.open(cacheName);
	const missing: string[] = [];
	for (const file of (await listsOnce()).later)
		if (appFiles.has(file) && !(await cache.match(file))) missing.push(file);
	await Promise.allSettled(missing.map((file) => cache.add(file)));
}

worker.addEventListener('message', (event) => {
	// the page's "vernieuwen": the waiting version takes over (the page then reloads itself)
	if (event.data === 'skip-waiting') void worker.skipWaiting();
	// the results page is open: the project plan, which starts there, is kept for offline use
	if (event.data === 'cache-later') event.waitUntil(cacheLater());
});

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== worker.location.origin) return;
	if (appFiles.has(url.pathname)) event.waitUntil(cacheLanguageOf(url.pathname));
	event.respondWith(
		(async () => {
			const cache = await caches.open(cacheName);
			// the app's own files and pages belong to this version: from the cache
			const cached = await cache.match(request, { ignoreSearch: true });
			if (cached) return cached;
			try {
				const response = await fetch(request);
				if (response.ok && (appFiles.has(url.pathname) || isNameFont(url.pathname)))
					await cache.put(request, response.clone());
				return response;
			} catch (error) {
				// offline, and a page address written another way ("/check/x"): its cached page
				if (request.mode === 'navigate') {
					const page =
						(await cache.match(url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`)) ??
						(await cache.match('/'));
					if (page) return page;
				}
				throw error;
			}
		})()
	);
});
