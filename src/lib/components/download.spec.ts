import { describe, expect, it } from 'vitest';
import { fileNameFor } from './download';

describe('fileNameFor', () => {
	it.each([
		['Stichting Çağdaş & Zoë’s Atelier', 'digicheck-stichting-cagdas-zoe-s-atelier-2026-11-24.pdf'],
		['Het Haags Lyceum', 'digicheck-het-haags-lyceum-2026-11-24.pdf'],
		['   ', 'digicheck-2026-11-24.pdf']
	])('makes a safe file name from %j', (name, expected) => {
		expect(fileNameFor(name, new Date('2026-11-24T12:00:00Z'), 'pdf')).toBe(expected);
	});

	it('names what the file is: a quick scan without a name is named after the mode and date', () => {
		const date = new Date('2026-12-04T12:00:00Z');
		expect(fileNameFor('', date, 'pdf', 'Snelle scan')).toBe(
			'digicheck-snelle-scan-2026-12-04.pdf'
		);
		expect(fileNameFor('Theater X', date, 'pdf', 'Quick scan')).toBe(
			'digicheck-theater-x-quick-scan-2026-12-04.pdf'
		);
	});
});
