/** The messages between the cohort page and its worker. */
import type { LocalizedText } from '../content/ids';
import type { CohortRow, CohortSummary } from './model';

export type ToWorker =
	| { type: 'read'; files: File[] }
	| { type: 'zip'; indexes: number[]; locale: 'nl' | 'en' }
	| { type: 'cancel' };

export interface Skipped {
	file: string;
	reason: LocalizedText;
}

export type FromWorker =
	/** `rows` read since the last message (the page appends them). */
	| { type: 'progress'; done: number; total: number; rows: CohortRow[]; skipped: Skipped[] }
	/** All read: the group's summary, and the titles of its most common advice. */
	| {
			type: 'read';
			summary: CohortSummary;
			titles: Record<string, LocalizedText>;
			ms: number;
	  }
	| { type: 'zip-progress'; done: number; total: number }
	| { type: 'zip'; zip: Blob }
	| { type: 'cancelled' }
	| { type: 'failed'; message: string };
