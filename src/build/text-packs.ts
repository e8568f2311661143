/**
 * A Vite plugin for the browser build: one language of the content per visitor. Every
 * `{ nl: '…', en: '…' }` text written out in the content's modules (src/lib/content) becomes
 * `contentText(i)`, and the texts move to one module per language and group (the questions, the
 * advice, the partners' advice): a "pack". A page that shows the content fetches its reader's
 * language only (its HTML preloads those packs: src/hooks.server.ts);
 * src/lib/i18n/content-texts.ts loads them, and the other language's when the reader switches.
 *
 * Only texts made once, when their module runs, are moved; a text inside a function (made anew
 * at each call, often with `${…}`) stays as it is. The server build that prerenders the pages,
 * the CLI, the tests and `vite dev` read the modules as written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import MagicString from 'magic-string';
import { parseAst, transformWithEsbuild, type Plugin } from 'vite';
import { packModule, textsModule } from '../lib/i18n/content-locale';
import { locales as languages, type Locale } from '../lib/i18n/locales';

interface Found {
	start: number;
	end: number;
	nl: string;
	en: string;
}

type Node = { type: string; start: number; end: number; [key: string]: unknown };

const isNode = (value: unknown): value is Node =>
	typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

/** A string written out: '…', "…" or `…` without `${}`. */
function stringOf(node: unknown): string | undefined {
	if (!isNode(node)) return undefined;
	if (node.type === 'Literal' && typeof node.value === 'string') return node.value;
	if (node.type === 'TemplateLiteral' && (node.expressions as unknown[]).length === 0)
		return (node.quasis as { value: { cooked: string | null } }[])[0]?.value.cooked ?? undefined;
	return undefined;
}

/** The `{ nl, en }` text this object literal is, if it is one. */
function textOf(node: Node): { nl: string; en: string } | undefined {
	const properties = node.properties as Node[];
	if (properties.length !== 2) return undefined;
	const text: Partial<Record<string, string>> = {};
	for (const property of properties) {
		if (property.type !== 'Property' || property.computed || property.kind !== 'init') return;
		const key = property.key as Node;
		const name = key.type === 'Identifier' ? (key.name as string) : stringOf(key);
		const value = stringOf(property.value);
		if ((name !== 'nl' && name !== 'en') || value === undefined) return undefined;
		text[name] = value;
	}
	return text.nl !== undefined && text.en !== undefined ? { nl: text.nl, en: text.en } : undefined;
}

const runsLater = new Set([
	'FunctionDeclaration',
	'FunctionExpression',
	'ArrowFunctionExpression',
	'ClassBody'
]);

/** The `{ nl, en }` texts of a module (JavaScript) that are made once, when it runs. */
export function textsIn(code: string): Found[] {
	const found: Found[] = [];
	const visit = (node: Node): void => {
		if (runsLater.has(node.type)) return;
		const text = node.type === 'ObjectExpression' ? textOf(node) : undefined;
		if (text) {
			found.push({ start: node.start, end: node.end, ...text });
			return;
		}
		for (const value of Object.values(node)) {
			if (Array.isArray(value)) value.filter(isNode).forEach(visit);
			else if (isNode(value)) visit(value);
		}
	};
	visit(parseAst(code) as unknown as Node);
	return found;
}

/**
 * The `claims` of an advice (what its words assume about the answers, rules-schema.ts): the
 * content test reads them, the browser never does, so its build leaves them out.
 */
export function claimsIn(code: string): { start: number; end: number }[] {
	const found: { start: number; end: number }[] = [];
	const visit = (node: Node): void => {
		if (node.type === 'ObjectExpression')
			for (const property of node.properties as Node[]) {
				const key = property.key as Node | undefined;
				if (property.type === 'Property' && key?.type === 'Identifier' && key.name === 'claims')
					found.push({ start: property.start, end: property.end });
			}
		for (const value of Object.values(node)) {
			if (Array.isArray(value)) value.filter(isNode).forEach(visit);
			else if (isNode(value)) visit(value);
		}
	};
	visit(parseAst(code) as unknown as Node);
	return found;
}

/** The content's modules (not their tests), relative to `dir`, with `/` between folders. */
function contentModules(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.map((file) => file.split(sep).join('/'))
		.filter((file) => file.endsWith('.ts') && !file.endsWith('.spec.ts'))
		.sort();
}

/**
 * The groups of texts, each in packs of its own, so that a page loads the groups its code uses:
 * the questions (the review, the question list), the advice (the results), the partners' advice.
 */
const groups = ['questions', 'advice', 'partner'] as const;
type Group = (typeof groups)[number];
const groupOf = (file: string): Group =>
	file.startsWith('rules/partner')
		? 'partner'
		: /^(rules\/|tracks\.|references\.)/.test(file)
			? 'advice'
			: 'questions';

/** The plugin; `root` is the project's folder. */
export function textPacks(root: string): Plugin {
	const contentDir = resolve(root, 'src/lib/content') + sep;
	const store = resolve(root, 'src/lib/i18n/content-texts.ts');
	const numbers = new Map<Group, Map<string, number>>();
	const packs = new Map<Group, Record<Locale, string[]>>();
	const keyOf = ({ nl, en }: { nl: string; en: string }) => `${nl}\u0000${en}`;
	const virtual = new Map<string, () => string>();

	return {
		name: 'digicheck:text-packs',
		apply: 'build',
		// after TypeScript is stripped
		enforce: 'post',
		async buildStart() {
			// every text is numbered before any module asks for a pack, in a stable order
			virtual.clear();
			for (const group of groups) {
				numbers.set(group, new Map());
				const pack: Record<Locale, string[]> = { nl: [], en: [] };
				packs.set(group, pack);
				virtual.set(textsModule(group), () =>
					[
						`import { textsOf } from ${JSON.stringify(store)};`,
						`export const contentText = await textsOf({ ${languages
							.map((l) => `${l}: () => import(${JSON.stringify(packModule(group, l))})`)
							.join(', ')} });`
					].join('\n')
				);
				for (const locale of languages)
					virtual.set(
						packModule(group, locale),
						() => `export default ${JSON.stringify(pack[locale])};`
					);
			}
			for (const file of contentModules(contentDir)) {
				const path = contentDir + file;
				const { code } = await transformWithEsbuild(readFileSync(path, 'utf8'), path, {
					loader: 'ts'
				});
				const group = groupOf(file);
				const numbered = numbers.get(group)!;
				const pack = packs.get(group)!;
				for (const text of textsIn(code)) {
					const key = keyOf(text);
					if (numbered.has(key)) continue;
					numbered.set(key, numbered.size);
					for (const locale of languages) pack[locale].push(text[locale]);
				}
			}
		},
		resolveId(id) {
			return virtual.has(id) ? `\0${id}` : undefined;
		},
		load(id) {
			return id.startsWith('\0') ? virtual.get(id.slice(1))?.() : undefined;
		},
		transform(code, id, options) {
			if (options?.ssr || !id.startsWith(contentDir) || !id.endsWith('.ts')) return;
			if (id.endsWith('.spec.ts')) return;
			const group = groupOf(id.slice(contentDir.length).split(sep).join('/'));
			const numbered = numbers.get(group)!;
			const edited = new MagicString(code);
			let moved = 0;
			for (const text of textsIn(code)) {
				const number = numbered.get(keyOf(text));
				if (number === undefined) continue;
				edited.overwrite(text.start, text.end, `__text(${number})`);
				moved++;
			}
			// `claims: […]` becomes `claims: void 0`: the same object shape, none of its bytes
			for (const claim of claimsIn(code)) {
				edited.overwrite(claim.start, claim.end, 'claims: void 0');
				moved++;
			}
			if (moved === 0) return;
			edited.prepend(
				`import { contentText as __text } from ${JSON.stringify(textsModule(group))};\n`
			);
			return { code: edited.toString(), map: edited.generateMap({ hires: true }) };
		}
	};
}
