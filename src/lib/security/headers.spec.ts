import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../../../svelte.config.js';
import { headerFiles, securityHeaders } from './headers.js';

const hostingDoc = readFileSync(new URL('../../../docs/hosting.md', import.meta.url), 'utf8');

describe('security headers for any host', () => {
	it('docs/hosting.md shows exactly what the build writes, for every kind of host', () => {
		for (const [path, text] of Object.entries(headerFiles())) {
			expect(hostingDoc, path).toContain(text.trimEnd());
			for (const [name, value] of securityHeaders) {
				expect(text, `${path}: ${name}`).toContain(name);
				expect(text, `${path}: ${name}`).toContain(value);
			}
		}
	});

	it('the page policy allows no inline styles and no blob: workers', () => {
		const directives = config.kit?.csp?.directives ?? {};
		expect(directives['style-src']).not.toContain('unsafe-inline');
		expect(directives['worker-src']).toEqual(['self']);
		expect(directives['script-src']).toEqual(['self']);
	});
});
