import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// the cohort worker imports jspdf and fflate lazily: an ES module worker can split them
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.{test,spec}.ts'],
		environment: 'node',
		testTimeout: 30_000
	}
});
