import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Modules that must stay runnable in Node, the browser and the CLI alike. */
const pureBoundary = {
	patterns: [
		{
			group: [
				'svelte',
				'svelte/*',
				'$app/*',
				'@sveltejs/*',
				'*.svelte',
				'chart.js',
				'chart.js/*',
				'jspdf'
			],
			message:
				'content/, answers/ and engine/ are pure TypeScript: no Svelte, SvelteKit, DOM, chart.js or jspdf.'
		},
		{
			group: ['$lib/*', '$lib'],
			message: 'Use relative imports in pure modules so that the CLI can run them in Node.'
		}
	]
};

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			'no-undef': 'off',
			'svelte/button-has-type': 'error',
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/**/*.ts'],
		ignores: ['**/*.svelte.ts'],
		languageOptions: {
			parserOptions: {
				// SvelteKit keeps the service worker out of the app's tsconfig (other libraries:
				// webworker, not the DOM); it is linted on its own
				projectService: { allowDefaultProject: ['src/service-worker.ts'] }
			}
		},
		rules: { '@typescript-eslint/no-floating-promises': 'error' }
	},
	{
		files: [
			'src/lib/content/**/*.ts',
			'src/lib/answers/**/*.ts',
			'src/lib/{compare,team,partner,cohort,plan}/{model,csv,texts,view-texts,protocol,document,content,ics}.ts',
			'src/lib/engine/**/*.ts',
			'src/lib/report/model/**/*.ts'
		],
		rules: {
			'no-restricted-imports': ['error', pureBoundary],
			'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator']
		}
	},
	{
		// short functions (#31): none over 120 lines, outside the content's data and the tests
		files: ['src/**/*.ts', 'tests/**/*.ts'],
		ignores: ['**/*.spec.ts', 'src/lib/content/**', 'tests/e2e/**'],
		rules: {
			'max-lines-per-function': ['error', { max: 120, skipBlankLines: true, skipComments: true }]
		}
	},
	{
		ignores: ['build/', '.svelte-kit/', 'node_modules/', 'test-results/', 'playwright-report/']
	}
);
