import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import type { GetModuleInfo } from 'rollup';
import { textPacks } from './src/build/text-packs';
import { chromiumArgs, findChromium } from './tests/tools/system-deps.js';

/**
 * Where every page starts: SvelteKit's client and the root layout; and PageTitle, which every
 * page but the error page shows (a chunk of its own would cost more in names than in code).
 */
const starts =
	/(@sveltejs\/kit\/src\/runtime\/client\/entry\.js|\/src\/routes\/\+layout\.(svelte|ts)|\/src\/lib\/components\/PageTitle\.svelte)$/;
let everyPage: Set<string> | undefined;

/** The modules every page runs to start: all that its starts import, statically. */
function modulesOfEveryPage(ids: Iterable<string>, info: GetModuleInfo): Set<string> {
	const found = new Set<string>();
	const queue = [...ids].filter((id) => starts.test(id));
	for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
		if (found.has(id)) continue;
		found.add(id);
		queue.push(...(info(id)?.importedIds ?? []));
	}
	return found;
}

export default defineConfig({
	plugins: [
		sveltekit(),
		// the browser gets the content's texts in one language per visitor
		textPacks(import.meta.dirname),
		// the server and the client are two builds: each finds its own modules
		{ name: 'digicheck:every-page', buildStart: () => void (everyPage = undefined) }
	],
	// the cohort worker imports jspdf and fflate lazily: an ES module worker can split them
	worker: { format: 'es' },
	build: {
		// terser (two passes) over esbuild's minifier: 1.8 KB gzip less in every page's start,
		// where the questionnaire's pages were at 50.0 of their 50 KB (the build takes 15 s longer)
		minify: 'terser',
		terserOptions: { compress: { passes: 2 } },
		modulePreload: {
			// SvelteKit's app entry imports every page's code, and by default lists beside each the
			// chunks it needs, to fetch them at once: the names of all pages' chunks, in every first
			// load. A page's own chunks are in its HTML already, and the service worker holds every
			// chunk after the first visit; going to another page before that fetches its chunks one
			// step later (hovering a link starts it).
			resolveDependencies: (_file, deps, { hostId, hostType }) =>
				hostType === 'js' && /\/entry\/app\.[\w-]+\.js$/.test(hostId) ? [] : deps
		},
		rollupOptions: {
			output: {
				// One chunk for what every page runs to start (Svelte, SvelteKit, the root layout's
				// own code) instead of a dozen: each chunk repeats the names it imports and exports,
				// and gzips on its own. First load 57.7 → 52.0 KB gzip in the start page's HTML.
				manualChunks(id, { getModuleIds, getModuleInfo }) {
					everyPage ??= modulesOfEveryPage(getModuleIds(), getModuleInfo);
					return everyPage.has(id) ? 'start' : undefined;
				}
			}
		}
	},
	test: {
		testTimeout: 30_000,
		projects: [
			{
				// logic: pure TypeScript, in Node
				extends: true,
				test: {
					name: 'unit',
					include: ['src/**/*.{test,spec}.ts'],
					exclude: ['src/**/*.svelte.spec.ts'],
					environment: 'node'
				}
			},
			{
				// components mounted in a real Chromium (Vitest browser mode): `*.svelte.spec.ts`
				extends: true,
				test: {
					name: 'components',
					include: ['src/**/*.svelte.spec.ts'],
					browser: {
						enabled: true,
						headless: true,
						screenshotFailures: false,
						provider: playwright({
							launchOptions: { executablePath: findChromium() ?? undefined, args: chromiumArgs }
						}),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
