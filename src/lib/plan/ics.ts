/**
 * The plan as an iCalendar file (RFC 5545): one all-day event per step, and one for the second
 * measurement a season after the test. Written here (a few lines of text) rather than with a
 * library in the page's code; the tests read it back with ical.js. No calendar service, no request.
 */
import type { ProjectPlan } from './model';
import { planTexts } from './content';

/** Escapes a TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and line breaks. */
function text(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545, 3.1), never inside a UTF-8 character. */
function fold(line: string): string {
	const encoder = new TextEncoder();
	const parts: string[] = [];
	let current = '';
	let size = 0;
	for (const char of line) {
		const bytes = encoder.encode(char).length;
		// the first line holds 75 octets; each next one a space and 74
		if (size + bytes > (parts.length === 0 ? 75 : 74)) {
			parts.push(current);
			current = '';
			size = 0;
		}
		current += char;
		size += bytes;
	}
	parts.push(current);
	return parts.join('\r\n ');
}

const compact = (isoDay: string) => isoDay.replace(/-/g, '');

/** The day after a YYYY-MM-DD day (an all-day event's DTEND is exclusive). */
function dayAfter(isoDay: string): string {
	const next = new Date(`${isoDay}T00:00:00Z`);
	next.setUTCDate(next.getUTCDate() + 1);
	return next.toISOString().slice(0, 10);
}

/** A stable id per event: the same plan gives the same ids, so a calendar updates, not doubles. */
function uid(plan: ProjectPlan, id: string, day: string): string {
	let hash = 0;
	for (const char of `${plan.idea}|${id}|${day}`) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
	return `digicheck-plan-${id}-${compact(day)}-${hash.toString(16)}@digicheck`;
}

/** The plan as an .ics file's text (CRLF line ends, as RFC 5545 asks). */
export function planCalendar(plan: ProjectPlan, now: Date = new Date()): string {
	const stamp = `${now.toISOString().replace(/[-:]/g, '').slice(0, 15)}Z`;
	const title = planTexts.title[plan.locale];
	const event = (id: string, start: string, end: string, summary: string, description: string) => [
		'BEGIN:VEVENT',
		`UID:${uid(plan, id, start)}`,
		`DTSTAMP:${stamp}`,
		`DTSTART;VALUE=DATE:${compact(start)}`,
		`DTEND;VALUE=DATE:${compact(dayAfter(end))}`,
		`SUMMARY:${text(summary)}`,
		`DESCRIPTION:${text(description)}`,
		'TRANSP:TRANSPARENT',
		'END:VEVENT'
	];
	const name = plan.idea.trim() ? `${title}: ${plan.idea.trim()}` : title;
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Digicheck//Projectplan//NL',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${text(name)}`,
		...plan.phases.flatMap((phase, i) =>
			event(
				phase.id,
				phase.start,
				phase.end,
				`${i + 1}. ${phase.title}`,
				[phase.activity, phase.test, phase.who].join('\n')
			)
		),
		...event(
			'tweede-meting',
			plan.evaluation.when,
			plan.evaluation.when,
			planTexts.secondMeasurement[plan.locale],
			[plan.evaluation.outcome, plan.evaluation.measure].filter(Boolean).join('\n')
		),
		'END:VCALENDAR'
	];
	return `${lines.map(fold).join('\r\n')}\r\n`;
}
