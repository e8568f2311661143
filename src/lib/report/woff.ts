/**
 * WOFF 1.0 to TrueType (W3C WOFF File Format 1.0, section 5): the CJK fonts for names are
 * stored as WOFF (each table zlib-compressed), and jspdf reads TrueType. Bounded: a table that
 * points outside the file, a size that does not match or data that does not inflate gives null,
 * never an exception.
 */
import { unzlibSync } from 'fflate';

const woffSignature = 0x774f4646; // 'wOFF'

export function woffToSfnt(woff: Uint8Array): Uint8Array | null {
	try {
		if (woff.length < 44) return null;
		const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
		if (view.getUint32(0) !== woffSignature) return null;
		const tables = view.getUint16(12);
		const total = view.getUint32(16);
		if (44 + 20 * tables > woff.length || total > 64 * 1024 * 1024) return null;
		const out = new Uint8Array(total);
		const o = new DataView(out.buffer);
		o.setUint32(0, view.getUint32(4));
		o.setUint16(4, tables);
		let power = 1;
		let log = 0;
		while (power * 2 <= tables) {
			power *= 2;
			log++;
		}
		o.setUint16(6, power * 16);
		o.setUint16(8, log);
		o.setUint16(10, tables * 16 - power * 16);
		let offset = 12 + 16 * tables;
		for (let i = 0; i < tables; i++) {
			const entry = 44 + 20 * i;
			const at = view.getUint32(entry + 4);
			const compressed = view.getUint32(entry + 8);
			const length = view.getUint32(entry + 12);
			if (at + compressed > woff.length || offset + length > total) return null;
			const source = woff.subarray(at, at + compressed);
			const data =
				compressed < length ? unzlibSync(source, { out: new Uint8Array(length) }) : source;
			if (data.length !== length) return null;
			o.setUint32(12 + 16 * i, view.getUint32(entry));
			o.setUint32(16 + 16 * i, view.getUint32(entry + 16));
			o.setUint32(20 + 16 * i, offset);
			o.setUint32(24 + 16 * i, length);
			out.set(data, offset);
			offset += (length + 3) & ~3;
		}
		return out;
	} catch {
		return null;
	}
}
