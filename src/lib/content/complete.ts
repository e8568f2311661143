/** All content in one object, for validation, tests and `digicheck content`. */
import { tracks } from './tracks';
import { content } from './index';
import { references } from './references';
import type { Content } from './schema';

/** The questionnaire with the tracks and the white paper's references. */
export const completeContent: Content = { ...content, tracks, references };
