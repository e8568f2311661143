/**
 * dependency-cruiser (`npm run deps:check`, part of `npm test`), issue #31:
 * - answers/ (the answers file: format, schema, reading JSON and PDF) imports content only;
 * - the engine knows no feature: compare/, team/, partner/ and cohort/ import it, never the reverse;
 * - nor does the report (document model → PDF / HTML): a feature builds its own section;
 * - no import cycles among the files of src/, type-only imports included;
 * - the pure modules (content, answers, engine, the report's document model, the i18n helpers and the
 *   radar's model) reach nothing of Svelte, SvelteKit, the DOM's chart.js or jspdf, however
 *   many imports away: the CLI runs them in Node. ESLint checks each file's own imports; this
 *   checks what they import in turn.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
	forbidden: [
		{
			name: 'engine-below-features',
			severity: 'error',
			comment:
				'The engine (answers → scores → advice) knows no feature: compare, team, partner and cohort import it, never the reverse.',
			from: { path: '^src/lib/(engine|answers|content)/' },
			to: { path: '^src/lib/(compare|team|partner|cohort|plan)/' }
		},
		{
			name: 'report-below-features',
			severity: 'error',
			comment:
				'The report (document model → PDF / HTML) takes a document; it knows no feature: each builds its own section (compare/document.ts, team/document.ts, partner/document.ts).',
			from: { path: '^src/lib/report/', pathNot: '\\.spec\\.ts$' },
			to: { path: '^src/lib/(compare|team|partner|cohort|plan)/' }
		},
		{
			name: 'answers-below-engine',
			severity: 'error',
			comment:
				'answers/ (the file: format, schema, reading) is below the engine: it imports content only.',
			from: { path: '^src/lib/answers/' },
			to: { path: '^src/lib/(engine|report|components|state|i18n/(?!locales))' }
		},
		{
			name: 'pure-stays-pure',
			severity: 'error',
			comment: 'A pure module reaches Svelte, SvelteKit, chart.js or jspdf through its imports.',
			from: {
				path: '^src/lib/(content|answers|engine|report/model)/|^src/lib/(compare|team|partner|cohort|plan)/(model|csv|texts|view-texts|protocol|document|content|ics)\\.ts$|^src/lib/i18n/(translate|locales)\\.ts$|^src/lib/chart/radar-model\\.ts$',
				pathNot: '\\.spec\\.ts$'
			},
			to: {
				reachable: true,
				path: '\\.svelte(\\.ts)?$|^node_modules/(svelte|@sveltejs|chart\\.js|jspdf)/|^\\$app/'
			}
		},
		{
			name: 'no-circular',
			severity: 'error',
			comment: 'An import cycle: move what both sides need into a module of its own.',
			from: {},
			to: { circular: true }
		}
	],
	options: {
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '^src/.*\\.spec\\.ts$' },
		// type-only imports count: a cycle of types is still a knot in the design
		tsPreCompilationDeps: true,
		tsConfig: { fileName: 'tsconfig.json' },
		webpackConfig: { fileName: 'tests/tools/depcruise-alias.cjs' },
		enhancedResolveOptions: {
			extensions: ['.ts', '.js', '.svelte', '.json'],
			conditionNames: ['svelte', 'import', 'default']
		}
	}
};
