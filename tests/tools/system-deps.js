#!/usr/bin/env node
/**
 * Finds (and where possible installs) what the tests need outside npm: a Chromium for
 * Playwright, and poppler's pdftotext/pdfinfo plus qpdf to read generated PDFs as a user's
 * reader would, and a Java runtime for the Nu Html Checker (vnu-jar). Order for the browser: /usr/bin/chromium, then Playwright's own browser, then
 * `apt-get install chromium` when running as root, else a clear message and exit code 1.
 *
 * Used two ways: `node tests/tools/system-deps.js` (first step of `npm test`), and imported
 * by playwright.config.ts through `findChromium()`.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

const debianChromium = '/usr/bin/chromium';

/** Path of Playwright's own Chromium when it is installed, else null. */
function playwrightChromium() {
	try {
		const out = execFileSync(
			process.execPath,
			[
				'-e',
				"const {chromium}=require('@playwright/test');process.stdout.write(chromium.executablePath())"
			],
			{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }
		);
		return out && existsSync(out) ? out : null;
	} catch {
		return null;
	}
}

/** The Chromium to use, or null when none is installed. */
export function findChromium() {
	if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH))
		return process.env.CHROMIUM_PATH;
	if (existsSync(debianChromium)) return debianChromium;
	return playwrightChromium();
}

/** @param {string} name */
function hasCommand(name) {
	return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** @param {string[]} packages */
function aptInstall(packages) {
	console.log(`[system-deps] installing with apt-get: ${packages.join(' ')}`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	if (update.status !== 0) return false;
	const install = spawnSync(
		'apt-get',
		['install', '-y', '-qq', '--no-install-recommends', ...packages],
		{
			stdio: 'inherit',
			env
		}
	);
	return install.status === 0;
}

/** Makes sure every system tool is there; returns a list of human-readable problems. */
export function ensureSystemDeps() {
	const missing = [];
	if (!findChromium()) missing.push('chromium');
	if (!hasCommand('pdftotext') || !hasCommand('pdfinfo')) missing.push('poppler-utils');
	if (!hasCommand('qpdf')) missing.push('qpdf');
	if (!hasCommand('java')) missing.push('default-jre-headless');
	if (missing.length === 0) return [];
	if (isRoot && hasCommand('apt-get')) aptInstall(missing);
	const problems = [];
	if (!findChromium())
		problems.push(
			'No Chromium found. Install it with "sudo apt-get install chromium" (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or Chrome binary.'
		);
	if (!hasCommand('pdftotext') || !hasCommand('pdfinfo'))
		problems.push(
			'pdftotext/pdfinfo not found. Install them with "sudo apt-get install poppler-utils".'
		);
	if (!hasCommand('qpdf'))
		problems.push('qpdf not found. Install it with "sudo apt-get install qpdf".');
	if (!hasCommand('java'))
		problems.push(
			'java not found (the Nu Html Checker needs it). Install it with "sudo apt-get install default-jre-headless".'
		);
	return problems;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
	const problems = ensureSystemDeps();
	if (problems.length > 0) {
		for (const problem of problems) console.error(`[system-deps] ${problem}`);
		process.exit(1);
	}
	console.log(`[system-deps] browser: ${findChromium()}; pdftotext, pdfinfo, qpdf and java found.`);
}
