import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { transformWithEsbuild } from 'vite';
import { headerFiles } from './src/lib/security/headers.js';

/**
 * adapter-static, then the security headers for every kind of host (one source: headers.js),
 * and static/lang.js minified: every page runs it before its first paint, so it ships without
 * the comments that explain it.
 * @returns {import('@sveltejs/kit').Adapter}
 */
function staticWithHeaders() {
	const base = adapter({ strict: true, fallback: '404.html' });
	return {
		...base,
		async adapt(builder) {
			await base.adapt(builder);
			for (const [path, text] of Object.entries(headerFiles())) {
				const target = join('build', path);
				mkdirSync(dirname(target), { recursive: true });
				writeFileSync(target, text);
			}
			const lang = join('build', 'lang.js');
			const { code } = await transformWithEsbuild(readFileSync(lang, 'utf8'), 'lang.js', {
				minify: true,
				target: 'es2019'
			});
			writeFileSync(lang, code);
		}
	};
}

/** The pages without parameters, prerendered in English too. */
const englishPages = [
	'',
	'profiel/',
	'nakijken/',
	'resultaat/',
	'snelle-scan/',
	'hoe-we-scoren/',
	'vragen/',
	'vergelijk/',
	'team/',
	'samen/',
	'cohort/'
];

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes everywhere in our own code; libraries keep their own mode.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// the fonts for names in other scripts (static/fonts/names/, 40 MB) are cached one by one when a
		// PDF needs them (src/service-worker.ts), not listed for the service worker's install
		serviceWorker: { files: (file) => !file.startsWith('fonts/names/') },
		// 404.html: static hosts serve it for unknown addresses; the app then shows its own error page
		adapter: staticWithHeaders(),
		// every style file (the largest, the layout's, is 8 KB) is written into the page: the
		// first paint then waits for no other request (3 KB gzip more per page). The CSP's
		// style-src gets each one's hash.
		inlineStyleThreshold: 10000,
		// every page in Dutch ('*') and in English (under /en/; the area pages list their own)
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			entries: ['*', ...englishPages.map((page) => /** @type {`/${string}`} */ (`/en/${page}`))]
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// No 'unsafe-inline': Svelte and chart.js set styles through the CSSOM, which CSP
				// allows. The one style attribute is SvelteKit's own route announcer, allowed by its
				// hash only (an e2e test fails on any CSP violation, so a change shows at once).
				'style-src': [
					'self',
					'unsafe-hashes',
					'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='
				],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
