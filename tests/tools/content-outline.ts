/**
 * `npm run content:outline`: writes src/lib/content/outline-data.ts, the questionnaire without
 * its texts (see make-outline.ts). Run it after adding, removing or moving a question, an area
 * or a profile choice; the content test fails until it is run.
 */
import { writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { content } from '../../src/lib/content/index';
import { makeOutline } from '../../src/lib/content/make-outline';

const file = new URL('../../src/lib/content/outline-data.ts', import.meta.url);
const source = `/**
 * Written by \`npm run content:outline\` from the content: do not edit. The questionnaire's
 * outline without its texts (make-outline.ts says what is in it and why).
 */
import type { Outline } from './make-outline';

export const outline: Outline = ${JSON.stringify(makeOutline(content))};
`;
const options = await resolveConfig(file.pathname);
writeFileSync(file, await format(source, { ...options, filepath: file.pathname }));
console.log(`wrote ${file.pathname}`);
