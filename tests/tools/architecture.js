/**
 * `npm run deps:check`, second half (#31): the diagram of docs/architecture.md is the code's.
 * Reads the Mermaid block there (`a & b --> c & d`: folders a and b import from c and d), and
 * compares it with the imports between the folders of src/ as dependency-cruiser finds them:
 * every import between two folders is drawn, every arrow drawn is an import, the picture has no
 * cycle, and no arrow breaks a rule of .dependency-cruiser.cjs. Prints what differs; exits 1.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = new URL('../../', import.meta.url);
const config = require(new URL('.dependency-cruiser.cjs', root).pathname);

/**
 * A file's folder: src/lib/<folder>/…, src/<folder>/…, or a file of src/ by its name.
 * @param {string} path
 * @returns {string | null}
 */
export function folderOf(path) {
	const lib = /^src\/lib\/([^/]+)\//.exec(path);
	if (lib?.[1]) return lib[1];
	const top = /^src\/([^/.]+)\//.exec(path);
	if (top?.[1]) return top[1];
	return path.startsWith('src/') ? path.slice(4).replace(/\..*$/, '') : null;
}

/**
 * The arrows of the first Mermaid block of a Markdown text, as "from --> to" strings.
 * @param {string} markdown
 * @returns {Set<string>}
 */
export function diagramEdges(markdown) {
	const block = /```mermaid\n([\s\S]*?)```/.exec(markdown)?.[1] ?? '';
	const edges = new Set();
	for (const line of block.split('\n')) {
		const [left, right] = line.split('-->');
		if (right === undefined) continue;
		/** @param {string} side */
		const names = (side) =>
			side
				.split('&')
				.map((/** @type {string} */ s) => s.trim())
				.filter(Boolean);
		for (const from of names(left ?? ''))
			for (const to of names(right)) edges.add(`${from} --> ${to}`);
	}
	return edges;
}

/**
 * The imports between folders, from dependency-cruiser's JSON.
 * @param {{ modules: { source: string; dependencies: { resolved: string }[] }[] }} cruised
 * @returns {Set<string>}
 */
export function codeEdges(cruised) {
	const edges = new Set();
	for (const mod of cruised.modules) {
		const from = folderOf(mod.source);
		if (!from) continue;
		for (const dep of mod.dependencies) {
			const to = folderOf(dep.resolved);
			if (to && to !== from) edges.add(`${from} --> ${to}`);
		}
	}
	return edges;
}

/** @typedef {{ name: string; from: { path?: string }; to: { path?: string; reachable?: boolean; circular?: boolean } }} Rule */

/**
 * The rules of the config an arrow breaks (folder against folder).
 * @param {string} edge
 * @returns {string[]}
 */
function forbidden(edge) {
	const [from, to] = edge.split(' --> ');
	return /** @type {Rule[]} */ (config.forbidden)
		.filter((rule) => rule.from.path && rule.to.path && !rule.to.reachable && !rule.to.circular)
		.filter(
			(rule) =>
				new RegExp(rule.from.path ?? '').test(`src/lib/${from}/x.ts`) &&
				new RegExp(rule.to.path ?? '').test(`src/lib/${to}/x.ts`)
		)
		.map((rule) => `${edge} breaks ${rule.name}`);
}

/**
 * A cycle among the arrows, as a path, or null.
 * @param {Set<string>} edges
 * @returns {string[] | null}
 */
function cycleOf(edges) {
	/** @type {Map<string, string[]>} */
	const next = new Map();
	for (const e of edges) {
		const [from = '', to = ''] = e.split(' --> ');
		next.set(from, [...(next.get(from) ?? []), to]);
	}
	/** @type {Map<string, 'open' | 'done'>} */
	const state = new Map();
	/** @type {(node: string, path: string[]) => string[] | null} */
	const visit = (node, path) => {
		if (state.get(node) === 'open') return [...path, node];
		if (state.get(node) === 'done') return null;
		state.set(node, 'open');
		for (const to of next.get(node) ?? []) {
			const found = visit(to, [...path, node]);
			if (found) return found;
		}
		state.set(node, 'done');
		return null;
	};
	for (const node of next.keys()) {
		const found = visit(node, []);
		if (found) return found;
	}
	return null;
}

/**
 * Everything wrong with the diagram, in lines; none when it is the code's.
 * @param {string} markdown
 * @param {Parameters<typeof codeEdges>[0]} cruised
 * @returns {string[]}
 */
export function architectureProblems(markdown, cruised) {
	const drawn = diagramEdges(markdown);
	const real = codeEdges(cruised);
	const problems = [];
	if (drawn.size === 0) problems.push('docs/architecture.md has no Mermaid diagram');
	for (const e of real) if (!drawn.has(e)) problems.push(`not drawn: ${e}`);
	for (const e of drawn) if (!real.has(e)) problems.push(`drawn, but no such import: ${e}`);
	for (const e of drawn) problems.push(...forbidden(e));
	const cycle = cycleOf(drawn);
	if (cycle) problems.push(`the folders import in a circle: ${cycle.join(' → ')}`);
	return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const json = execFileSync(
		new URL('node_modules/.bin/depcruise', root).pathname,
		['src', '--config', '.dependency-cruiser.cjs', '--output-type', 'json'],
		{ cwd: root, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }
	);
	const markdown = readFileSync(new URL('docs/architecture.md', root), 'utf8');
	const problems = architectureProblems(markdown, JSON.parse(json));
	if (problems.length > 0) {
		console.error(
			`docs/architecture.md: the diagram is not the code's imports:\n  ${problems.join('\n  ')}`
		);
		process.exit(1);
	}
	console.log(
		`docs/architecture.md: the diagram's ${diagramEdges(markdown).size} arrows are the code's`
	);
}
