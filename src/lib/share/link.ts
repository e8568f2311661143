/**
 * "Deel als link": the answers file, compressed (deflate-raw) and base64url-encoded, in the
 * URL fragment (`#a=…`). Browsers never send the fragment to a server, so the answers travel
 * only inside the link. Decoding is bounded and never throws: a damaged, cut-off or hostile
 * link gives a clear problem, and the file inside is validated like any import.
 */
import {
	answersLimits,
	parseAnswersText,
	type AnswersFile,
	type FileProblem
} from '../answers/schema';

/** The fragment's prefix. */
export const linkPrefix = '#a=';
/** Longer links are refused: some mail programs and chat apps cut them off. */
export const maxLinkLength = 8192;

const problem = (nl: string, en: string): FileProblem => ({ path: '(link)', message: { nl, en } });

const damaged = problem(
	'Deze link is beschadigd of onvolledig. Vraag om een nieuwe link, of om het antwoordenbestand.',
	'This link is damaged or incomplete. Ask for a new link, or for the answers file.'
);

function toBase64Url(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000)
		binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
	if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
	try {
		const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
		return Uint8Array.from(binary, (c) => c.charCodeAt(0));
	} catch {
		return null;
	}
}

/** Runs bytes through a (de)compression stream, stopping past `max` output bytes. */
async function transform(
	bytes: Uint8Array,
	stream: CompressionStream | DecompressionStream,
	max = Infinity
): Promise<Uint8Array | null> {
	const writer = stream.writable.getWriter();
	// the writer's promise fails along with the reader on bad input; the reader reports it
	writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
	writer.close().catch(() => undefined);
	const reader = stream.readable.getReader();
	const chunks: Uint8Array[] = [];
	let length = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		length += value.length;
		if (length > max) {
			await reader.cancel().catch(() => undefined);
			return null;
		}
		chunks.push(value);
	}
	const out = new Uint8Array(length);
	let at = 0;
	for (const chunk of chunks) {
		out.set(chunk, at);
		at += chunk.length;
	}
	return out;
}

/** The link for a text, or null when it is longer than a link may be. */
async function linkFor(origin: string, text: string): Promise<string | null> {
	const packed = await transform(
		new TextEncoder().encode(text),
		new CompressionStream('deflate-raw')
	);
	const link = `${origin}/${linkPrefix}${toBase64Url(packed ?? new Uint8Array())}`;
	return link.length > maxLinkLength ? null : link;
}

/** The same answers file without its project plan, or null when it has none. */
function withoutPlan(text: string): string | null {
	try {
		const value: unknown = JSON.parse(text);
		if (typeof value !== 'object' || value === null || !('plan' in value)) return null;
		const rest: Record<string, unknown> = { ...value };
		delete rest.plan;
		return JSON.stringify(rest);
	} catch {
		return null;
	}
}

/**
 * The share link of an answers file's text. When it would be too long with the project plan,
 * the link leaves the plan out and says so (`planLeftOut`); when it is too long even then, a
 * problem: save the file instead.
 */
export async function shareLink(
	origin: string,
	text: string
): Promise<
	{ ok: true; link: string; planLeftOut: boolean } | { ok: false; problems: FileProblem[] }
> {
	const link = await linkFor(origin, text);
	if (link) return { ok: true, link, planLeftOut: false };
	const shorter = withoutPlan(text);
	const without = shorter === null ? null : await linkFor(origin, shorter);
	if (without) return { ok: true, link: without, planLeftOut: true };
	return {
		ok: false,
		problems: [
			problem(
				'Deze antwoorden passen niet in een link (te lang). Bewaar ze als bestand en stuur dat bestand.',
				'These answers do not fit in a link (too long). Save them as a file and send that file.'
			)
		]
	};
}

/** Reads the answers file from a fragment (`#a=…`); never throws. */
export async function readLink(
	fragment: string
): Promise<
	| { ok: true; value: AnswersFile; warnings: FileProblem[]; text: string }
	| { ok: false; problems: FileProblem[] }
> {
	try {
		if (!fragment.startsWith(linkPrefix) || fragment.length > maxLinkLength)
			return { ok: false, problems: [damaged] };
		const bytes = fromBase64Url(fragment.slice(linkPrefix.length));
		if (!bytes || bytes.length === 0) return { ok: false, problems: [damaged] };
		const unpacked = await transform(
			bytes,
			new DecompressionStream('deflate-raw'),
			answersLimits.maxTextLength
		);
		if (!unpacked) return { ok: false, problems: [damaged] };
		const text = new TextDecoder('utf-8', { fatal: true }).decode(unpacked);
		const parsed = parseAnswersText(text);
		return parsed.ok ? { ...parsed, text } : parsed;
	} catch {
		return { ok: false, problems: [damaged] };
	}
}
