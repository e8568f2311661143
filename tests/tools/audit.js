#!/usr/bin/env node
/**
 * `npm run audit`: Lighthouse 12 (mobile, its default simulated slow phone) on the built site:
 * the start page, the profile, an area page and a results page with a completed check. Prints
 * the four scores and the layout shift per page and exits 1 when a score is below 95 or a page
 * shifts at all. Lighthouse 13 needs Node 22; this machine runs Node 20.
 *
 * Slow (about a minute), so not part of `npm test`: run `npm run build && npm run audit`. The
 * site is served from build/ the way a static host serves it: over HTTPS with HTTP/2 (with a
 * certificate made for the run, which this browser is told to accept), compressed, the hashed
 * files cached for good. Served over plain HTTP/1.1 instead, Lighthouse's simulated phone fetches
 * six files at a time, one after another, which no host of today makes it do: the results page
 * (about 30 modules) then scored 98-99 instead of 99-100.
 * Chromium is the one the tests use (tests/tools/system-deps.js); nothing leaves this machine.
 */
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import selfsigned from 'selfsigned';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createSecureServer } from 'node:http2';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromiumArgs, findChromium } from './system-deps.js';

const port = Number(process.env.AUDIT_PORT ?? 4620);
const debuggingPort = Number(process.env.AUDIT_DEBUGGING_PORT ?? 9333);
const origin = `https://127.0.0.1:${port}`;
const minimum = 95;
const pages = [
	{ path: '/', seeded: false },
	{ path: '/profiel/', seeded: false },
	{ path: '/check/privacy/', seeded: false },
	{ path: '/resultaat/', seeded: true }
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const answers = readFileSync(
	new URL('../fixtures/school-techniek-sterk.json', import.meta.url),
	'utf8'
);

if (!existsSync('build/index.html')) {
	console.error('audit: no build/ folder; run "npm run build" first');
	process.exit(1);
}
const executablePath = findChromium();
if (!executablePath) {
	console.error('audit: no Chromium; run "npm run test:deps" or "apt-get install chromium"');
	process.exit(1);
}

// the built site as a host would serve it: HTTPS and HTTP/2, compressed, and the hashed files
// cached for good
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain',
	'.ttf': 'font/ttf',
	'.webmanifest': 'application/manifest+json'
};
const root = resolve('build');
const certificate = await selfsigned.generate([{ name: 'commonName', value: '127.0.0.1' }], {
	keyType: 'ec',
	algorithm: 'sha256'
});
const server = createSecureServer(
	{ key: certificate.private, cert: certificate.cert, allowHTTP1: true },
	(request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', origin).pathname);
		let file = join(root, path);
		if (!file.startsWith(root)) file = join(root, '404.html');
		else if (path.endsWith('/')) file = join(file, 'index.html');
		if (!existsSync(file) || statSync(file).isDirectory()) file = join(root, '404.html');
		const body = readFileSync(file);
		const type =
			types[/** @type {keyof typeof types} */ (extname(file))] ?? 'application/octet-stream';
		const headers = /** @type {Record<string, string>} */ ({ 'content-type': type });
		if (path.startsWith('/_app/immutable/'))
			headers['cache-control'] = 'public, max-age=31536000, immutable';
		const compress =
			/gzip/.test(String(request.headers['accept-encoding'])) && !type.startsWith('font/');
		if (compress) headers['content-encoding'] = 'gzip';
		response.writeHead(
			file.endsWith('404.html') && !path.endsWith('404.html') ? 404 : 200,
			headers
		);
		response.end(compress ? gzipSync(body) : body);
	}
);
await new Promise((done) => server.listen(port, '127.0.0.1', () => done(undefined)));

// one browser profile for Playwright (to seed a check) and Lighthouse (to audit)
const profile = mkdtempSync(join(tmpdir(), 'digicheck-audit-'));
// a Dutch browser, like most respondents' (AUDIT_LANG=en audits the English pages, /en/…)
const language = process.env.AUDIT_LANG === 'en' ? 'en-US' : 'nl-NL';
const browser = await chromium.launchPersistentContext(profile, {
	executablePath,
	args: [
		...chromiumArgs,
		`--remote-debugging-port=${debuggingPort}`,
		`--lang=${language}`,
		`--accept-lang=${language}`,
		// the certificate made above
		'--ignore-certificate-errors'
	],
	locale: language,
	serviceWorkers: 'block',
	ignoreHTTPSErrors: true
});
let failed = false;
try {
	/** @type {string[][]} */
	const rows = [];
	for (const { path, seeded } of pages) {
		const page = browser.pages()[0] ?? (await browser.newPage());
		await page.goto(`${origin}/`);
		await page.evaluate(
			(text) => {
				localStorage.clear();
				if (text) localStorage.setItem('digicheck.answers', text);
			},
			seeded ? answers : null
		);
		const address = `${origin}${language === 'en-US' ? '/en' : ''}${path}`;
		const result = await lighthouse(address, {
			port: debuggingPort,
			output: 'json',
			logLevel: 'error',
			onlyCategories: categories,
			// the seeded check stays for the results page
			disableStorageReset: true
		});
		if (!result) throw new Error(`no Lighthouse result for ${path}`);
		const { lhr } = result;
		if (process.env.AUDIT_JSON)
			writeFileSync(
				join(process.env.AUDIT_JSON, `${path.replaceAll('/', '_') || 'start'}.json`),
				JSON.stringify(lhr)
			);
		const scores = categories.map((c) => Math.round((lhr.categories[c]?.score ?? 0) * 100));
		const cls = Number(lhr.audits['cumulative-layout-shift']?.numericValue ?? 0);
		const low = scores.some((s) => s < minimum) || cls > 0;
		failed ||= low;
		rows.push([path, ...scores.map(String), cls.toFixed(3), low ? 'BELOW' : 'ok']);
		// what cost points: the audits that count in a category's score
		if (low)
			for (const category of categories)
				for (const ref of lhr.categories[category]?.auditRefs ?? []) {
					const audit = lhr.audits[ref.id];
					if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
						console.log(`  ${path}: ${audit.title} (${audit.displayValue ?? audit.score})`);
				}
	}
	const header = ['page', 'perf', 'a11y', 'best', 'seo', 'CLS', `≥ ${minimum}, CLS 0`];
	const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
	const line = (/** @type {string[]} */ cells) =>
		cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
	console.log(line(header));
	for (const row of rows) console.log(line(row));
} finally {
	await browser.close();
	rmSync(profile, { recursive: true, force: true });
	server.close();
}
if (failed) {
	console.error(`audit: a page scores below ${minimum} or shifts`);
	process.exit(1);
}
