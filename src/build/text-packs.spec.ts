import { describe, expect, it } from 'vitest';
import { textsIn } from './text-packs';

const texts = (code: string) => textsIn(code).map(({ nl, en }) => ({ nl, en }));

describe('the texts the browser build moves to packs', () => {
	it('finds every { nl, en } text made when its module runs, in nested data too', () => {
		const code = `export const area = {
			title: { nl: 'Begin klein', en: 'Start small' },
			levels: [{ en: \`Not yet\`, "nl": "Nog niet" }],
			steps: make({ nl: 'Stap', en: 'Step' })
		};`;
		expect(texts(code)).toEqual([
			{ nl: 'Begin klein', en: 'Start small' },
			{ nl: 'Nog niet', en: 'Not yet' },
			{ nl: 'Stap', en: 'Step' }
		]);
	});

	it('gives where each text is written, so it can be replaced', () => {
		const code = `const a = { nl: 'Ja', en: 'Yes' };`;
		const [found] = textsIn(code);
		expect(code.slice(found!.start, found!.end)).toBe(`{ nl: 'Ja', en: 'Yes' }`);
	});

	it.each([
		['inside a function (made anew at each call)', `function f() { return { nl: 'a', en: 'b' }; }`],
		['inside an arrow function', `const f = (x) => ({ nl: 'a', en: 'b' });`],
		['inside a getter', `const t = { get nl() { return 'a'; }, en: 'b' };`],
		['inside a class', `class A { text = { nl: 'a', en: 'b' }; }`],
		['with ${} in it', 'const t = { nl: `a ${x}`, en: "b" };'],
		['with a third key', `const t = { nl: 'a', en: 'b', de: 'c' };`],
		['with one language', `const t = { nl: 'a', other: 'b' };`],
		['with a value that is not a string', `const t = { nl: 'a', en: b };`],
		['with a spread', `const t = { nl: 'a', ...rest };`],
		['with a computed key', `const t = { [nl]: 'a', en: 'b' };`]
	])('leaves a text %s as it is', (_, code) => {
		expect(texts(code)).toEqual([]);
	});
});
