/**
 * The document model's parts: the blocks a report is printed from, the document itself, and
 * what a feature (a comparison, a team) adds to a report's document (`DocumentSection`).
 */
import type { Locale } from '../../i18n/locales';
import type { RadarModel } from '../../chart/radar-model';
import type { pdfLabels } from './labels';

export type Block =
	| { kind: 'heading'; level: 1 | 2 | 3; text: string }
	| { kind: 'paragraph'; text: string; style?: 'normal' | 'muted' | 'italic' | 'bold' | 'lead' }
	| { kind: 'list'; items: string[]; ordered?: boolean }
	/** A list whose items may end in a web address, printed as a clickable link. */
	| { kind: 'links'; items: { text: string; url?: string }[] }
	| { kind: 'keyValues'; rows: [string, string][] }
	/** `size`: the type size (9.5 unless given); the answers appendix is set smaller. */
	| { kind: 'table'; head: string[]; rows: string[][]; widths: number[]; size?: number }
	/** `fit`: as large as the rest of the page allows (between 80 and 118 mm), so the summary keeps to one page. */
	| { kind: 'radar'; model: RadarModel; caption: string; fit?: boolean }
	| AdviceBlock
	/**
	 * One topic: its heading and intro, then its advice. The heading, the intro and the first
	 * advice always stand on one page together.
	 */
	| {
			kind: 'topic';
			heading: string;
			intro: { text: string; style: 'bold' | 'italic' | 'normal' }[];
			advice: AdviceBlock[];
			/** The topic's other advice, by title: worked out on the results page, not here. */
			more?: string;
	  }
	/** `soft`: a new page only when this one is three quarters full; else the next section follows below. */
	| { kind: 'pageBreak'; soft?: boolean };

export type AdviceBlock = {
	kind: 'advice';
	title: string;
	meta: string;
	text: string;
	stepsLabel: string;
	steps: string[];
	whyLabel: string;
	why: string[];
	references: string;
};

export interface ReportDocument {
	meta: { title: string; subject: string; author: string; keywords: string; language: string };
	cover: {
		kicker: string;
		subtitle: string;
		title: string;
		organisation: string;
		rows: [string, string][];
		note: string;
	};
	blocks: Block[];
	/**
	 * Footer: `text` as it is (it holds the organisation's name, which may contain anything,
	 * "{n}" included), then `page`, a template whose `{n}` and `{total}` the renderer fills.
	 */
	footer: { text: string; page: string };
	locale: Locale;
}

/** How much shorter a PDF's topics are set; see `reportDocument`. */
export type Condensed = 0 | 1 | 2 | 3;

/**
 * What a feature adds to a report's document: a comparison its progress page before the
 * summary and what moved after the scores; a team its section instead of the summary (a
 * team's document has no plan and no answers appendix of one organisation). The report's
 * document knows no feature: each builds its own section (compare/document.ts, team/document.ts).
 */
export interface DocumentSection {
	/** The cover's first line after "Digicheck · " (a team report says so). */
	kicker?: string;
	/** Rows the cover adds after its own (a follow-up's progress, a team's size). */
	coverRows: [string, string][];
	/** Pages before the summary (a comparison's progress page); a page break follows. */
	before: Block[];
	/** In place of the summary, the plan and the answers appendix (a team's section). */
	instead?: Block[];
	/** After the scores page (what moved since the first check). */
	afterScores: Block[];
	/** After the action plan, before the answers (the project plan). */
	afterPlan?: Block[];
	/** Pages the section adds to the report's page limit. */
	extraPages: number;
}

/** A fixed text of the PDF in the document's language (labels.ts). */
export type Label = (key: keyof typeof pdfLabels) => string;
