/**
 * The report's dictionary is loaded only on the routes in `reportRoutes`; a component that reads
 * it (`i18n.report`) on any other page would fail there. This follows the imports from every
 * such component up to the route pages that show it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportRoutes } from './messages';

const src = join(__dirname, '..', '..');
const files = (dir: string): string[] =>
	readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory()
			? files(join(dir, entry.name))
			: /\.(svelte|ts)$/.test(entry.name) && !entry.name.includes('.spec.')
				? [join(dir, entry.name)]
				: []
	);

/** The modules a source file imports (statically or lazily), as paths where they are ours. */
function imports(file: string): string[] {
	const text = readFileSync(file, 'utf8');
	return [...text.matchAll(/import\s*(?:[^'"]*?from\s*)?\(?\s*['"]([^'"]+)['"]/g)].map(
		([, spec = '']) =>
			spec.startsWith('$lib/')
				? join(src, 'lib', spec.slice(5))
				: spec.startsWith('.')
					? join(file, '..', spec)
					: spec
	);
}

describe('the report’s texts', () => {
	it('are read only on the pages that load them', () => {
		const all = files(src);
		const readers = all.filter((f) => readFileSync(f, 'utf8').includes('i18n.report'));
		expect(readers.length).toBeGreaterThan(0);
		// every file that imports a reader, and so on up to the route pages
		const reached = new Set(readers);
		for (let grown = true; grown;) {
			grown = false;
			for (const file of all) {
				if (reached.has(file)) continue;
				const targets = imports(file);
				if ([...reached].some((r) => targets.some((t) => r === t || r === `${t}.ts`))) {
					reached.add(file);
					grown = true;
				}
			}
		}
		const routes = [...reached]
			.filter((f) => f.endsWith('+page.svelte'))
			.map((f) => `/${relative(join(src, 'routes'), f).replace(/\/\+page\.svelte$/, '')}`);
		expect(routes.sort()).toEqual([...reportRoutes].sort());
	});
});
