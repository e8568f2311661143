#!/usr/bin/env node
/**
 * Size budget: builds the site (unless --no-build), then prints per prerendered route the
 * JavaScript and CSS that its HTML loads (modulepreload links, scripts, stylesheets and the
 * styles written into the page), raw and gzipped. Exits 1 when a route's JavaScript is over its
 * limit: 50 KB; 52 KB on /samen/ (the partners' advice cards, with the report's texts); 64 KB on
 * the four pages that carry every question's text (/vragen/, /hoe-we-scoren/, /snelle-scan/,
 * /nakijken/); 120 KB on the results page (see largerBudget). Pages with the content's texts list them in their own language only
 * (src/build/text-packs.ts). What every page runs to start (Svelte, SvelteKit's client, the root
 * layout's code) is one chunk (vite.config.ts), 40.5 KB of it. What a page imports at start-up
 * besides (the validator, when there is a saved check to read) is measured in a browser by
 * tests/e2e/budget.spec.ts.
 */
import { execSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const budgetJsGzip = 50 * 1024;
/**
 * Pages with every question's text in them (64 KB), and the results page (120 KB: the target set for what the report needs), whose own
 * code is the engine with its rules, the content's texts, the validator of the saved check and
 * the report view: its HTML lists them so they arrive with the framework instead of after it.
 * chart.js and the PDF are not in it: they load when idle.
 */
const largerBudget = new Map([
	...['/vragen/', '/hoe-we-scoren/', '/snelle-scan/', '/nakijken/'].map(
		(route) => /** @type {const} */ ([route, 64 * 1024])
	),
	['/resultaat/', 120 * 1024],
	['/samen/', 52 * 1024]
]);
const buildDir = resolve('build');

if (!process.argv.includes('--no-build')) execSync('npx vite build', { stdio: 'inherit' });

/**
 * Every .html file below a folder.
 * @param {string} dir
 * @returns {string[]}
 */
function htmlFiles(dir) {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return name === '_app' ? [] : htmlFiles(full);
		return name.endsWith('.html') ? [full] : [];
	});
}

/**
 * Resolves an asset URL from a page to a file in the build folder.
 * @param {string} page
 * @param {string} url
 */
function assetPath(page, url) {
	return url.startsWith('/') ? join(buildDir, url) : resolve(dirname(page), url);
}

const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`;
let failed = false;
/** @type {string[][]} */
const rows = [];

for (const page of htmlFiles(buildDir).sort()) {
	const html = readFileSync(page, 'utf8');
	const js = new Set();
	const css = new Set();
	for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
		const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
		const rel = /\brel="([^"]+)"/.exec(tag)?.[1];
		if (!href) continue;
		if (rel === 'modulepreload') js.add(href);
		// a style written into the page keeps its link, switched off (SvelteKit's record of it)
		else if (/\bdisabled\b/.test(tag)) continue;
		else if (rel === 'stylesheet' || href.endsWith('.css')) css.add(href);
	}
	for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) js.add(m[1] ?? '');
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) js.add(m[1] ?? '');
	const measure = (/** @type {Set<string>} */ urls) =>
		[...urls].reduce(
			(sum, url) => {
				const buffer = readFileSync(assetPath(page, url));
				return {
					raw: sum.raw + buffer.length,
					gzip: sum.gzip + gzipSync(buffer, { level: 9 }).length
				};
			},
			{ raw: 0, gzip: 0 }
		);
	const jsSize = measure(js);
	// the styles: the small files are written into the page (svelte.config.js), the rest linked
	const inline = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
	const cssSize = inline.reduce(
		(sum, text) => ({
			raw: sum.raw + Buffer.byteLength(text),
			gzip: sum.gzip + gzipSync(text, { level: 9 }).length
		}),
		measure(css)
	);
	const route =
		'/' +
		relative(buildDir, page)
			.replace(/index\.html$/, '')
			.replace(/\.html$/, '');
	// the English pages (/en/…) have the limits of their Dutch twins
	const limit = largerBudget.get(route.replace(/^\/en\//, '/')) ?? budgetJsGzip;
	const over = jsSize.gzip > limit;
	failed ||= over;
	rows.push([
		route,
		kb(jsSize.raw),
		kb(jsSize.gzip),
		kb(cssSize.raw),
		kb(cssSize.gzip),
		`${over ? 'OVER' : 'ok'} (${kb(limit)})`
	]);
}

const header = ['route', 'JS raw', 'JS gzip', 'CSS raw', 'CSS gzip', 'JS gzip budget'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
const line = (/** @type {string[]} */ cells) =>
	cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
if (rows.length === 0) {
	console.error('budget: no prerendered pages found in build/');
	process.exit(1);
}
if (failed) {
	console.error('budget: a route is over its first-load JavaScript budget');
	process.exit(1);
}
