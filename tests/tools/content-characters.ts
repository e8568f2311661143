/**
 * Every character the PDF can print from our own texts: the non-ASCII characters in the source
 * of the content, the advice phrases, the report model and the messages the PDF uses. Reading the source
 * (not the objects) also catches characters in templates that are only filled in at run time.
 * Used by `npm run fonts` to cut the subset fonts, and by the test that checks they cover it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../src/lib/', import.meta.url).pathname;
/** The modules the PDF takes its words from. */
const sources = [
	'content',
	'report/model',
	'report/pdf.ts',
	'engine/phrases.ts',
	'compare/texts.ts',
	'team/texts.ts',
	'partner/texts.ts'
];

function files(path: string): string[] {
	if (!statSync(path).isDirectory()) return [path];
	return readdirSync(path).flatMap((name) =>
		name.endsWith('.spec.ts') ? [] : files(join(path, name))
	);
}

/** The sorted, unique non-ASCII code points of the texts the PDF prints. */
export function contentCodePoints(): number[] {
	const points = new Set<number>();
	for (const file of sources.flatMap((source) => files(join(root, source))))
		for (const char of readFileSync(file, 'utf8')) {
			const cp = char.codePointAt(0) ?? 0;
			if (cp > 0x7e) points.add(cp);
		}
	return [...points].sort((a, b) => a - b);
}
