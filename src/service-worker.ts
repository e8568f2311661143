/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline: after the first visit the whole check, the results and the PDF work without a
 * connection. On install the app's files (scripts, styles, the PDF's subset fonts, the cohort
 * worker), the files in static/ and every prerendered page are cached under this version's
 * name. The full fonts and the fallback fonts for other scripts (about 900 KB, needed only for a
 * name in Greek, Cyrillic, Hebrew, Arabic or Thai) are cached the first time a PDF needs them.
 * Requests for the app's files are answered from that cache; anything else goes to the network. A new version installs
 * beside the old one and waits: the page offers "vernieuwen", so it never changes mid-check.
 */
import { build, files, prerendered, version } from '$service-worker';

const worker = self as unknown as ServiceWorkerGlobalScope;
const cacheName = `digicheck-${version}`;
/** A font file that only some names need: fetched, and then kept, when a PDF asks for it. */
const onDemand = (path: string) => path.endsWith('.ttf') && !/-subset\.[^/]*$/.test(path);
const appFiles = new Set([...build, ...files, ...prerendered]);
const assets = [...appFiles].filter((path) => !onDemand(path));

worker.addEventListener('install', (event) => {
	event.waitUntil(caches.open(cacheName).then((cache) => cache.addAll(assets)));
});

worker.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys())
				if (key.startsWith('digicheck-') && key !== cacheName) await caches.delete(key);
			await worker.clients.claim();
		})()
	);
});

// the page's "vernieuwen": the waiting version takes over (the page then reloads itself)
worker.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') void worker.skipWaiting();
});

worker.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== worker.location.origin) return;
	event.respondWith(
		(async () => {
			const cache = await caches.open(cacheName);
			// the app's own files and pages belong to this version: from the cache
			const cached = await cache.match(request, { ignoreSearch: true });
			if (cached) return cached;
			try {
				const response = await fetch(request);
				if (response.ok && appFiles.has(url.pathname)) await cache.put(request, response.clone());
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
