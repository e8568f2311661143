#!/usr/bin/env node
/**
 * The Nu Html Checker (the `vnu-jar` package; it needs Java) over every prerendered page in
 * build/: prints the pages checked and every error with its page and line, and exits 1 on any.
 * Allowed are only the attributes it does not know yet: `blocking` (SvelteKit's render-blocking
 * preloads), `elementtiming` and `webkitdirectory` (the cohort page's "open a folder").
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';

const buildDir = resolve('build');
/** The checker's jar in the vnu-jar package (its module exports only this path). */
const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build/dist/vnu.jar');
const allowed = new RegExp(
	[
		'^Attribute “(blocking|elementtiming|webkitdirectory)” not allowed on element',
		// SvelteKit's render-blocking preload (<link rel="expect" blocking="render">)
		'^A “link” element with a “blocking” attribute must have a “rel” attribute'
	].join('|')
);

/** @param {string} dir @returns {string[]} */
function pages(dir) {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return pages(path);
		return name.endsWith('.html') ? [path] : [];
	});
}

const files = pages(buildDir);
if (files.length === 0) {
	console.error('html-check: no pages in build/; run "npm run build" first.');
	process.exit(1);
}
const run = spawnSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], {
	encoding: 'utf8',
	maxBuffer: 64 * 1024 * 1024
});
if (run.error || (run.status !== 0 && !run.stderr.trim().startsWith('{'))) {
	console.error(
		`html-check: the Nu Html Checker did not run (${run.error?.message ?? run.stderr.trim()}). It needs Java: "sudo apt-get install default-jre-headless".`
	);
	process.exit(1);
}
/** @type {{ messages: { type: string; url?: string; lastLine?: number; message: string }[] }} */
const report = JSON.parse(run.stderr || '{"messages":[]}');
const errors = report.messages.filter(
	(m) => (m.type === 'error' || m.type === 'non-document-error') && !allowed.test(m.message)
);
const skipped = report.messages.length - errors.length;
for (const m of errors)
	console.error(
		`${relative(buildDir, decodeURIComponent(new URL(m.url ?? 'file:///').pathname))}:${m.lastLine ?? '?'}: ${m.message}`
	);
console.log(
	`html-check: ${files.length} pages checked by the Nu Html Checker: ${errors.length} errors` +
		(skipped ? ` (${skipped} about the attributes blocking, elementtiming, webkitdirectory)` : '')
);
process.exit(errors.length > 0 ? 1 : 0);
