/**
 * Everything needed to read a save, in one piece loaded on demand: the validator (zod),
 * reading and setting aside, merging with another tab's save. The assessment loads it only
 * when there is a save to read, so a first visit never does.
 */
export { parseAnswersData, parseAnswersText } from '../answers/schema';
export { loadSaved, parseSave } from './persistence';
export { merge, sameItems } from './sync';
