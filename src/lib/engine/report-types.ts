/**
 * What a report holds: the shapes `buildReport` returns (report.ts), every text in one language.
 */
import type { Effort, Horizon, Priority, RuleKind } from '../content/rules-schema';
import type { AreaId, Audience } from '../content/ids';
import type { Answers, Profile } from '../answers/schema';
import type { TrackVerdict } from './track';
import type { AreaResult } from './scoring';
import type { Locale } from '../i18n/locales';

/** What an area's result means: weak / middling / strong for scored areas, else its status. */
export const areaVerdictIds = [
	'weak',
	'middling',
	'strong',
	'insufficient-data',
	'not-answered',
	'not-applicable'
] as const;

export interface ReportArea extends Omit<AreaResult, 'lowest' | 'highest'> {
	number: number;
	title: string;
	/** What the score means, in a sentence. */
	meaning: string;
	/** weak / middling / strong for scored areas, else the status. */
	verdict: (typeof areaVerdictIds)[number];
	/** The respondent's own explanation or evidence for this area, if any. */
	note?: string;
	/** Where the respondent wants this area to be in twelve months (level 0-4), if set. */
	target?: 0 | 1 | 2 | 3 | 4;
}

export interface AdviceItem {
	id: string;
	kind: RuleKind;
	title: string;
	text: string;
	steps: string[];
	priority: Priority;
	effort: Effort;
	/** When, in the action plan: now (at most three), this year, later. */
	horizon: Horizon;
	/** Who usually does it, as a role ("directie of bestuur"; "jijzelf" when working alone). */
	owner: string;
	areas: AreaId[];
	references: { id: string; title: string; url?: string }[];
	/** The answers and scores that made this advice appear, in plain language. */
	why: string[];
	/**
	 * How far the weakest of its areas is from where the respondent wants it: its target
	 * (level × 25) or else 100 (50 when none is scored).
	 */
	gap: number;
	/** Set when one of its areas is below a target the respondent set: ranked first. */
	belowTarget?: true;
}

export interface Report {
	contentVersion: string;
	locale: Locale;
	audience: Audience;
	profile: Profile;
	/** The answers the report is built from (the PDF's appendix lists them). */
	answers: Answers;
	answeredCount: number;
	questionCount: number;
	/** "quick" for the quick scan; "full" for the whole check. */
	mode: 'full' | 'quick';
	overall: {
		/** Null below `minScoredAreas` scored areas: then there is no overall verdict at all. */
		score: number | null;
		level: { id: string; label: string; description: string } | null;
		scoredAreas: number;
		minScoredAreas: number;
		/** The areas without a score, when there is no overall score (what is missing). */
		missingAreas: AreaId[];
	};
	areas: ReportArea[];
	advice: AdviceItem[];
	/** Areas at or above the strength threshold; or, when none is, the strongest ("relatief sterk"). */
	strengths: AreaId[];
	/** True when `strengths` are the relatively strongest areas rather than real strengths. */
	strengthsRelative: boolean;
	/** The first three pieces of advice that say what to do, critical "find out first" included. */
	topPriorities: string[];
	/** Low-effort advice that is not already in the action plan: one more thing to pick up. */
	quickWins: string[];
	/** At most seven advice ids: the top priorities now, then in ranked order at most three this year, the rest later. */
	actionPlan: Record<Horizon, string[]>;
	track: TrackVerdict;
	/** The respondent's notes per area. */
	notes: Partial<Record<AreaId, string>>;
	/** The respondent's targets per area (level 0-4). */
	targets: Partial<Record<AreaId, 0 | 1 | 2 | 3 | 4>>;
}
