import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

/** Svelte's and SvelteKit's own code: what every page runs to start. */
const framework = /node_modules\/(svelte|@sveltejs\/kit|devalue|clsx|esm-env)\//;

export default defineConfig({
	plugins: [sveltekit()],
	// the cohort worker imports jspdf and fflate lazily: an ES module worker can split them
	worker: { format: 'es' },
	build: {
		rollupOptions: {
			output: {
				// One chunk for the framework instead of a dozen: each chunk repeats the names it
				// imports and exports, and gzips on its own. Every page needs nearly all of it
				// anyway. First load 57.7 → 52.4 KB gzip on the start page.
				manualChunks: (id) => (framework.test(id) ? 'framework' : undefined)
			}
		}
	},
	test: {
		include: ['src/**/*.{test,spec}.ts'],
		environment: 'node',
		testTimeout: 30_000
	}
});
