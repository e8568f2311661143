/** The dictionaries by locale. */
import type { Locale } from '../locales';
import { en } from './en';
import { nl } from './nl';

export type Messages = typeof nl;
export const messages: Record<Locale, Messages> = { nl, en };
