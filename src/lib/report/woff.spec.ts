import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { woffToSfnt } from './woff';

const folder = new URL('../../../static/fonts/names/', import.meta.url);
const woff = new Uint8Array(readFileSync(new URL('kr-119.woff', folder)));

describe('WOFF to TrueType', () => {
	it('unpacks every table to its stated length, TrueType outlines and all', () => {
		const ttf = woffToSfnt(woff)!;
		const view = new DataView(ttf.buffer);
		expect(view.getUint32(0)).toBe(0x00010000);
		const tables = view.getUint16(4);
		const tags = new Set<string>();
		for (let i = 0; i < tables; i++) {
			const at = 12 + 16 * i;
			tags.add(String.fromCharCode(...ttf.subarray(at, at + 4)));
			const [offset, length] = [view.getUint32(at + 8), view.getUint32(at + 12)];
			expect(offset + length).toBeLessThanOrEqual(ttf.length);
		}
		for (const tag of ['cmap', 'glyf', 'loca', 'head', 'hmtx']) expect(tags).toContain(tag);
		expect(ttf.length).toBe(new DataView(woff.buffer, woff.byteOffset).getUint32(16));
	});

	it('gives null, never an exception, for a file that is not WOFF or is cut short or damaged', () => {
		expect(woffToSfnt(new Uint8Array())).toBeNull();
		expect(woffToSfnt(new TextEncoder().encode('%PDF-1.7 not a font'))).toBeNull();
		expect(woffToSfnt(woff.subarray(0, woff.length / 2))).toBeNull();
		const damaged = woff.slice();
		damaged.fill(0x41, 400, 600);
		expect(woffToSfnt(damaged)).toBeNull();
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 2000 }), fc.nat(woff.length - 1), (bytes, at) => {
				const mixed = woff.slice(0, 2000);
				mixed.set(bytes.subarray(0, mixed.length - Math.min(at, 1999)), Math.min(at, 1999));
				const result = woffToSfnt(mixed);
				return result === null || result instanceof Uint8Array;
			}),
			{ seed: 28, numRuns: 300 }
		);
	});
});
