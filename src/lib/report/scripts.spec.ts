import { describe, expect, it } from 'vitest';
import { fallbacksNeeded, isRtlLine, needsMoreFonts, printableText, runsOf } from './scripts';

const latinOnly = (cp: number) => cp < 0x250;

describe('text in any script', () => {
	it('splits a line into font runs; punctuation between two scripts stays in the main font', () => {
		expect(runsOf('Stichting שלום · Den Haag')).toEqual([
			{ font: null, text: 'Stichting ' },
			{ font: 'hebrew', text: 'שלום' },
			{ font: null, text: ' · Den Haag' }
		]);
		expect(runsOf('מרכז התרבות')).toEqual([{ font: 'hebrew', text: 'מרכז התרבות' }]);
	});

	it('gives CJK characters, punctuation too, the font of the file that holds them', () => {
		const fileOf = (cp: number) =>
			cp === 0x6587 || cp === 0x3002 ? 'sc-1' : cp === 0x5316 ? 'sc-2' : null;
		expect(runsOf('文化 。x', fileOf)).toEqual([
			{ font: 'cjk:sc-1', text: '文' },
			{ font: 'cjk:sc-2', text: '化' },
			{ font: null, text: ' ' },
			{ font: 'cjk:sc-1', text: '。' },
			{ font: null, text: 'x' }
		]);
		// no file loaded: the main font, and printableText has made it "?" already
		expect(runsOf('文化')).toEqual([{ font: null, text: '文化' }]);
	});

	it('reads a line right to left when its first letter is Hebrew or Arabic', () => {
		expect(isRtlLine('  مركز Den Haag')).toBe(true);
		expect(isRtlLine('Den Haag مركز')).toBe(false);
	});

	it('replaces what no font covers by one “?” per run, composes marks and drops controls', () => {
		expect(printableText('Zoe\u0308 文化 x', latinOnly)).toEqual({
			text: 'Zoë ? x',
			replaced: true
		});
		expect(printableText('A\u0007B\u001b[2J', latinOnly)).toEqual({ text: 'AB', replaced: false });
		expect(printableText('🎭\u200d', latinOnly).text).toBe('?');
	});

	it('asks only for the fallback fonts a report needs', () => {
		expect(fallbacksNeeded(['Zoë', 'ศูนย์', 'שלום'])).toEqual(['hebrew', 'thai']);
		expect(fallbacksNeeded(['Museum'])).toEqual([]);
		expect(fallbacksNeeded(['संस्कृति'])).toEqual(['devanagari']);
		expect(needsMoreFonts(['Museum', 'Zoë'])).toBe(false);
		for (const name of ['Θέατρο', 'שלום', '文化', '문화', 'センター', 'संस्कृति'])
			expect(needsMoreFonts(['Museum', name]), name).toBe(true);
	});
});
