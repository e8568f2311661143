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
});
