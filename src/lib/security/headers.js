/**
 * The HTTP headers every host should send with Digicheck, in one place. The build writes them
 * for each kind of host next to the site (see svelte.config.js): `_headers` (Netlify, Cloudflare
 * Pages), `.htaccess` (Apache) and `server-config/` (nginx, Caddy). docs/hosting.md shows the same
 * snippets; a unit test keeps it true. Plain JavaScript, so svelte.config.js can import it.
 * The Content-Security-Policy of each page is a <meta> tag with script hashes (SvelteKit); the
 * header adds what a <meta> cannot carry.
 */

/** @type {[string, string][]} */
export const securityHeaders = [
	['X-Content-Type-Options', 'nosniff'],
	['X-Frame-Options', 'DENY'],
	['Referrer-Policy', 'no-referrer'],
	[
		'Permissions-Policy',
		'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'
	],
	['Cross-Origin-Opener-Policy', 'same-origin'],
	['Cross-Origin-Resource-Policy', 'same-origin'],
	['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
	['Content-Security-Policy', "frame-ancestors 'none'; object-src 'none'; base-uri 'self'"]
];

/** Files under this path have a content hash in their name and never change. */
export const immutablePath = '/_app/immutable/';
export const immutableCache = 'public, max-age=31536000, immutable';

/** Netlify and Cloudflare Pages: `_headers`. */
export function netlifyHeaders() {
	return [
		'/*',
		...securityHeaders.map(([name, value]) => `  ${name}: ${value}`),
		'',
		`${immutablePath}*`,
		`  Cache-Control: ${immutableCache}`,
		''
	].join('\n');
}

/** nginx: inside the `server { }` block that serves the build folder. */
export function nginxConfig() {
	const add = securityHeaders.map(([name, value]) => `add_header ${name} "${value}" always;`);
	return [
		...add,
		'',
		`location ${immutablePath} {`,
		// add_header in a location replaces the server's, so repeat them
		...add.map((line) => `    ${line}`),
		`    add_header Cache-Control "${immutableCache}" always;`,
		'}',
		''
	].join('\n');
}

/** Apache: `.htaccess` in the build folder (needs mod_headers). */
export function apacheHtaccess() {
	return [
		'<IfModule mod_headers.c>',
		...securityHeaders.map(([name, value]) => `    Header always set ${name} "${value}"`),
		`    <If "%{REQUEST_URI} =~ m#^${immutablePath}#">`,
		`        Header always set Cache-Control "${immutableCache}"`,
		'    </If>',
		'</IfModule>',
		''
	].join('\n');
}

/** Caddy: inside the site block of the Caddyfile. */
export function caddyConfig() {
	return [
		'header {',
		...securityHeaders.map(([name, value]) => `    ${name} "${value}"`),
		'}',
		`header ${immutablePath}* Cache-Control "${immutableCache}"`,
		''
	].join('\n');
}

/** Every file the build writes, by path relative to the build folder. */
export function headerFiles() {
	return {
		_headers: netlifyHeaders(),
		'.htaccess': apacheHtaccess(),
		'server-config/nginx.conf': nginxConfig(),
		'server-config/Caddyfile': caddyConfig()
	};
}
