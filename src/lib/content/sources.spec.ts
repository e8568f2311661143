/**
 * Facts checked against the source (issue #27.6): every quotation in the content's Dutch texts
 * occurs word for word in the white paper (a copy is in tests/fixtures/source/whitepaper.txt),
 * unless it is listed below as words of Digicheck's own (a choice's label, an example answer);
 * and the figures the advice attributes to the white paper's examples occur in it too.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { content } from './index';
import { references } from './references';
import { rules } from './rules/index';
import { partnerRules } from './rules/partner';
import { questionSteps } from './rules/question-steps';
import { trackDecision, tracks } from './tracks';

const source = readFileSync(
	new URL('../../../tests/fixtures/source/whitepaper.txt', import.meta.url),
	'utf8'
);

/** Text as compared: words joined over line breaks and hyphens, quotes and case aside. */
const normal = (text: string) =>
	text
		.replace(/[\ufffd\u00ad]/g, ' ')
		.replace(/-\s*\n\s*/g, '')
		.replace(/[“”"„’‘']/g, '')
		.replace(/\s+/g, ' ')
		.trim()
		.toLocaleLowerCase('nl');
const normalSource = normal(source);

/** Every Dutch text in the content, wherever it is. */
function dutchTexts(value: unknown, into: string[] = []): string[] {
	if (Array.isArray(value)) for (const v of value) dutchTexts(v, into);
	else if (value !== null && typeof value === 'object')
		for (const [key, v] of Object.entries(value)) {
			if (key === 'nl' && typeof v === 'string') into.push(v);
			else dutchTexts(v, into);
		}
	return into;
}

const texts = dutchTexts([
	content,
	rules,
	partnerRules,
	questionSteps,
	references,
	tracks,
	trackDecision
]);

/** Quotation marks in the content that quote no one: labels, example answers, the app's words. */
const ownWords = new Set([
	'weet ik niet',
	'één tool die ik heb uitgeprobeerd',
	'leerlingen voelen zich zekerder met digitale middelen',
	'Wat hebben we al, en kunnen we dat verbeteren?'
]);

describe('the content against the white paper', () => {
	const quotations = [
		...new Set(texts.flatMap((t) => [...t.matchAll(/“([^”]+)”/g)].map((m) => m[1]!)))
	];

	it('finds quotations to check (the test reads the content)', () => {
		expect(quotations.length).toBeGreaterThan(5);
		expect(normalSource).toContain(normal('Onderschat je eigen uren niet'));
	});

	it('every quotation occurs word for word in the white paper', () => {
		const missing = quotations
			.filter((q) => !ownWords.has(q))
			// a quotation may end a sentence of the source with its own full stop
			.filter((q) => !normalSource.includes(normal(q).replace(/[.!?]$/, '')));
		expect(missing).toEqual([]);
	});

	it('a quotation is credited to who said it: the discussion leader, not the participants', () => {
		const creativity = texts.filter((t) => t.includes('Creativiteit blijft de kern'));
		expect(creativity.length).toBeGreaterThan(0);
		for (const t of creativity) expect(t).toMatch(/discussieleider/i);
		expect(normalSource).toContain(normal('menselijke expressie.” - Discussieleider'));
	});

	it('the facts issue #27 found drifted are as the white paper has them', () => {
		const all = texts.join('\n');
		// Design Thinking has five steps, not four
		expect(all).not.toMatch(/vier stappen/i);
		expect(normalSource).toContain(normal('Je werkt daarbij in 5 stappen'));
		// Topaze asked "a few" questions, not three
		expect(all).not.toMatch(/drie [^.]*vragen[^.]*Topaze/i);
		expect(normalSource).toContain(normal('beantwoordden ze een paar vragen'));
		// Art-S-Cool's list holds paid tools too (Procreate): never "a free tool from the list"
		expect(all).not.toMatch(/gratis tool uit de lijst/i);
		expect(normalSource).toContain('procreate');
		// the national phone agreement is not one of the white paper's sources
		expect(references.find((r) => r.id === 'telefoonafspraak')?.kind).toBe('outside');
		expect(normalSource).not.toContain('smartwatch');
	});

	it('the figures credited to the examples occur in the white paper', () => {
		for (const [claim, words] of [
			['90% of STET’s pupils preferred working digitally', '90%'],
			['Art-S-Cool’s SketchUp series had 7 lessons', 'een reeks van 7 lessen'],
			['the programmes ran two seasons', '2023']
		] as const) {
			expect(normalSource, claim).toContain(normal(words));
		}
		for (const t of texts.filter((t) => /STET/.test(t) && /\d+%/.test(t)))
			for (const figure of t.match(/\d+%/g) ?? []) expect(normalSource, t).toContain(figure);
	});
});
