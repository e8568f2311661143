/**
 * Puts answers files into a PDF as embedded files (PDF 1.7 "EmbeddedFiles", PDF/A-3 "AF"), so
 * the report carries the data it was made from. An embedded file, not XMP metadata: every PDF
 * reader lists it as an attachment that a person can save, and it is compressed (FlateDecode),
 * so the PDF grows by less than the JSON itself (XMP is uncompressed text, and escaping every
 * quote as `&quot;` would make it larger than the JSON). jspdf has no attachment API; this
 * writes the objects through its document events, as its own XMP plugin does.
 */
import { zlibSync } from 'fflate';
import type { jsPDF as JsPdf } from 'jspdf';

export interface Attachment {
	/** The file name, ASCII: `digicheck-antwoorden.json`. */
	name: string;
	/** A short description, ASCII. */
	description: string;
	/** The answers file, exactly as exported. */
	text: string;
}

/** A PDF literal string of ASCII text: backslash and parentheses escaped, the rest kept out. */
function literal(text: string): string {
	return `(${text.replace(/[^\x20-\x7e]/g, '_').replace(/([\\()])/g, '\\$1')})`;
}

/** Bytes as a "binary string" (one char per byte), which is what jspdf writes out. */
function binary(bytes: Uint8Array): string {
	let out = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return out;
}

/** Embeds the files in the document; call before the PDF is output. */
export function attachFiles(doc: JsPdf, files: readonly Attachment[], date: Date): void {
	if (files.length === 0) return;
	const internal = doc.internal as unknown as {
		events: { subscribe(name: string, handler: () => void): void };
		newObject(): number;
		write(...text: string[]): void;
	};
	const stamp = `D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
	const specs: number[] = [];
	internal.events.subscribe('postPutResources', () => {
		for (const file of files) {
			const raw = new TextEncoder().encode(file.text);
			const packed = zlibSync(raw, { level: 9 });
			const stream = internal.newObject();
			internal.write(
				`<< /Type /EmbeddedFile /Subtype /application#2Fjson /Filter /FlateDecode /Length ${packed.length} /Params << /Size ${raw.length} /ModDate ${literal(stamp)} >> >>`
			);
			internal.write('stream');
			internal.write(binary(packed));
			internal.write('endstream');
			internal.write('endobj');
			const spec = internal.newObject();
			internal.write(
				`<< /Type /Filespec /F ${literal(file.name)} /UF ${literal(file.name)} /Desc ${literal(file.description)} /AFRelationship /Source /EF << /F ${stream} 0 R /UF ${stream} 0 R >> >>`
			);
			internal.write('endobj');
			specs.push(spec);
		}
	});
	internal.events.subscribe('putCatalog', () => {
		// a name tree lists its keys in order
		const names = files
			.map((f, i) => ({ key: literal(f.name), spec: specs[i] }))
			.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
			.map((e) => `${e.key} ${e.spec} 0 R`)
			.join(' ');
		internal.write(`/Names << /EmbeddedFiles << /Names [${names}] >> >>`);
		internal.write(`/AF [${specs.map((s) => `${s} 0 R`).join(' ')}]`);
	});
}

/** What a PDF is about, which names its embedded answers files. */
export type AttachmentKind = 'single' | 'compare' | 'team' | 'partner';

/**
 * The embedded answers files of a PDF, named by their role; in the order a reader gets them
 * back: the checks in time order (compare), the members (team), the school then the partner.
 */
export function answersAttachments(kind: AttachmentKind, texts: readonly string[]): Attachment[] {
	const names: Record<AttachmentKind, (i: number) => [string, string]> = {
		single: () => ['digicheck-antwoorden.json', 'Digicheck answers file'],
		compare: (i) =>
			i === 0
				? ['digicheck-antwoorden-1-eerste-meting.json', 'Digicheck answers, first measurement']
				: ['digicheck-antwoorden-2-tweede-meting.json', 'Digicheck answers, second measurement'],
		team: (i) => {
			const n = String(i + 1).padStart(2, '0');
			return [`digicheck-antwoorden-team-${n}.json`, `Digicheck answers, team member ${n}`];
		},
		partner: (i) =>
			i === 0
				? ['digicheck-antwoorden-school.json', 'Digicheck answers of the school']
				: ['digicheck-antwoorden-partner.json', 'Digicheck answers of the cultural partner']
	};
	return texts.map((text, i) => {
		const [name, description] = names[kind](i);
		return { name, description, text };
	});
}
