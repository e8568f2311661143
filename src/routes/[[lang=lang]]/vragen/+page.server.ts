import { questionsTexts } from '$lib/i18n/questions';
import type { PageServerLoad } from './$types';

// The page's own texts, read at build time: not in every page's dictionary.
export const load = (() => ({ text: questionsTexts })) satisfies PageServerLoad;
