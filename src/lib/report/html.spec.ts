import { describe, expect, it } from 'vitest';
import { buildReport } from '../engine/report';
import { createHash } from 'node:crypto';
import { css, cssHash, escapeHtml, htmlPolicy, reportHtml } from './html';
import { loadFixture as fixture } from '../testing/fixtures';

const date = new Date('2026-11-24T10:00:00Z');

describe('the report as a web page', () => {
	it('is one self-contained document: no scripts, no files or styles from anywhere', () => {
		const html = reportHtml(buildReport(fixture('collectief-start')), date);
		expect(html.startsWith('<!doctype html>')).toBe(true);
		expect(html).not.toMatch(/<script|<link|<img|<iframe|src=|@import|url\(/i);
		expect(html).toContain('<html lang="nl">');
		expect(html).toContain(
			'<title>Digicheck-rapport: Stichting Çağdaş &amp; Zoë’s Atelier</title>'
		);
	});

	it('carries a strict security policy first in its head: no scripts, the stylesheet by its hash', () => {
		const expected = `sha256-${createHash('sha256').update(css).digest('base64')}`;
		expect(cssHash, 'the CSS changed: set cssHash in html.ts to this value').toBe(expected);
		expect(htmlPolicy).toBe(
			`default-src 'none'; style-src '${expected}'; img-src data:; base-uri 'none'; form-action 'none'`
		);
		const html = reportHtml(buildReport(fixture('collectief-start')), date);
		const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
		// right after the charset: a policy in a meta tag covers only what follows it
		expect(head.split('\n')[2]).toBe(
			`<meta http-equiv="Content-Security-Policy" content="${htmlPolicy}">`
		);
		expect(html.match(/<style>/g)).toHaveLength(1);
		expect(html).not.toMatch(/ style=|<style>(?!\n)/);
	});

	it('has one h1, the summary, a radar as an SVG with a text alternative, and the score table', () => {
		const html = reportHtml(buildReport(fixture('school-techniek-sterk')), date);
		expect(html.match(/<h1>/g)).toHaveLength(1);
		expect(html).toContain('<h2>Samenvatting</h2>');
		expect(html).toMatch(
			/<svg role="img"[^>]*aria-labelledby="radar-caption"><title>1\. Bestaande middelen: \d+;/
		);
		expect(html).toContain('<th scope="col">Onderwerp</th>');
		expect(html).toContain('<h2>Bijlage A: alle antwoorden</h2>');
	});

	it('says “onvoldoende beeld” and breaks the radar line where a topic has no score', () => {
		const html = reportHtml(buildReport(fixture('veel-weet-ik-niet')), date);
		expect(html).toContain('Onvoldoende beeld: 4 van de 12 onderwerpen hebben een score');
		expect(html).not.toMatch(/<polygon [^>]*fill="rgba\(29,78,137/);
		expect(html).toContain('(–)</text>');
	});

	it('carries the notes, in the report’s language, and escapes what a respondent typed', () => {
		const file = fixture('theater-koploper');
		file.notes = { ...file.notes, privacy: '<b>Zie</b> ons "reglement" & meer' };
		const html = reportHtml(buildReport(file), date);
		expect(html).toContain('<html lang="en-GB">');
		expect(html).toContain('&lt;b&gt;Zie&lt;/b&gt; ons &quot;reglement&quot; &amp; meer');
		expect(html).not.toContain('<b>Zie</b>');
	});

	it.each([
		['<script>', '&lt;script&gt;'],
		['a & b', 'a &amp; b'],
		[`"x" 'y'`, '&quot;x&quot; &#39;y&#39;']
	])('escapes %s', (raw, escaped) => {
		expect(escapeHtml(raw)).toBe(escaped);
	});
});
