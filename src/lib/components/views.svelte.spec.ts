/**
 * The team, partner, comparison and cohort views, mounted in a real browser with generated
 * answers files held as Svelte state, as their pages hold them (issue #28: the team and partner
 * pages stayed empty on "weet ik niet" for the budget, or with a format 1 file, because the
 * engine wrote into that state inside a $derived). Every view shows its report or a message,
 * never nothing, and logs no error.
 */
import fc from 'fast-check';
import { createRawSnippet, flushSync, mount, unmount, type Component } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import older from '../../../tests/fixtures/v1/collectief-start-v1.json?raw';
import library from '../../../tests/fixtures/veel-weet-ik-niet.json?raw';
import school from '../../../tests/fixtures/basisschool.json?raw';
import { content, questionsFor } from '$lib/content/index';
import { rules } from '$lib/content/rules/index';
import { parseAnswersText, type AnswersFile } from '$lib/answers/schema';
import { looseAnswersFileArbitrary } from '$lib/testing/arbitraries';
import { cohortRow, summarizeCohort } from '$lib/cohort/model';
import { compareFiles } from '$lib/compare/model';
import { buildReport } from '$lib/engine/report';
import { cohortViewTexts } from '$lib/cohort/view-texts';
import { compareTexts } from '$lib/compare/texts';
import { I18n, i18nContextEntry } from '$lib/i18n/i18n.svelte';
import type { Locale } from '$lib/i18n/locales';
import { loadMessages, loadReportMessages } from '$lib/i18n/messages/index';
import { partnerTexts } from '$lib/partner/texts';
import { teamTexts } from '$lib/team/texts';
import CohortView from '../cohort/CohortView.svelte';
import ComparisonView from '../compare/ComparisonView.svelte';
import PartnerView from '../partner/PartnerView.svelte';
import TeamView from '../team/TeamView.svelte';
import { buildTeamReport } from '$lib/team/model';
import ViewBoundary from './ViewBoundary.svelte';
import { viewFailedTexts } from '$lib/i18n/view-failed';

const runs = { numRuns: 20, seed: 2028 };

const read = (text: string): AnswersFile => {
	const parsed = parseAnswersText(text);
	if (!parsed.ok) throw new Error('fixture does not parse');
	return parsed.value;
};
const asAudience = (file: AnswersFile, audience: 'school' | 'cultural-organisation') => ({
	...file,
	profile: { ...file.profile, audience }
});
const unsureBudget = (file: AnswersFile): AnswersFile => ({
	...file,
	answers: { ...file.answers, 'budget-digitaal': 'unknown' }
});

let target: HTMLElement;
let errors: unknown[];
let mounted: Record<string, unknown> | null = null;
/** How many errors a test expects to be logged (none, but for the failing view). */
let expectedErrors = 0;

beforeEach(() => {
	target = document.createElement('main');
	document.body.append(target);
	errors = [];
	expectedErrors = 0;
	vi.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args));
	window.addEventListener('error', record);
});
afterEach(() => {
	if (mounted) void unmount(mounted);
	mounted = null;
	target.remove();
	window.removeEventListener('error', record);
	vi.restoreAllMocks();
});
const record = (event: ErrorEvent) => void errors.push(event.error);

/** Mounts a view in a language, with its props read from Svelte state (deep proxies). */
// Svelte's own constraint on props (an interface has no index signature, so not `unknown`)
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function show<P extends Record<string, any>>(
	view: Component<P>,
	props: NoInfer<P>,
	locale: Locale = 'nl'
): Promise<string> {
	const [messages, report] = await Promise.all([loadMessages(locale), loadReportMessages(locale)]);
	const i18n = new I18n(() => ({ locale, messages, report }));
	const held = $state({ props });
	if (mounted) void unmount(mounted);
	target.replaceChildren();
	mounted = mount(view as Component<Record<string, unknown>>, {
		target,
		props: held.props,
		context: new Map([i18nContextEntry(i18n)])
	});
	flushSync();
	expect(errors).toHaveLength(expectedErrors);
	return target.textContent ?? '';
}

const opened = (file: AnswersFile, i: number) => ({
	name: `bestand-${i}.json`,
	file,
	text: JSON.stringify(file)
});

describe('TeamView', () => {
	it('shows the team report for the files the issue names', async () => {
		const text = await show(TeamView, {
			files: [opened(unsureBudget(read(library)), 0), opened(unsureBudget(read(library)), 1)].map(
				(o, i) =>
					i === 1
						? { ...o, file: { ...o.file, profile: { ...o.file.profile, role: 'directie' } } }
						: o
			)
		});
		expect(text).toContain(teamTexts.divergentTitle.nl);
	});

	it('says whose scores a range holds when someone has none for a topic ("1 van 2")', async () => {
		const base = read(school);
		// the colleague chose "weet ik niet" on every question of the first topic
		const first = content.areas[0]!;
		const unsure: AnswersFile = {
			...base,
			profile: { ...base.profile, role: 'docent' },
			answers: {
				...base.answers,
				...Object.fromEntries(questionsFor(first, 'school').map((q) => [q.id, 'unknown' as const]))
			}
		};
		const team = buildTeamReport([base, unsure], 'nl');
		expect(team.areas[0]).toMatchObject({
			scored: 1,
			unknown: questionsFor(first, 'school').length
		});
		expect(team.areas.slice(1).every((a) => a.scored === 2)).toBe(true);
		const text = await show(TeamView, { files: [opened(base, 0), opened(unsure, 1)] });
		expect(text).toContain('(1 van 2)');
		expect(target.querySelector('[data-testid="range-note"]')?.textContent).toContain(
			'telt alleen wie een score heeft'
		);
	});

	it('shows the team report with a format 1 file', async () => {
		const text = await show(TeamView, {
			files: [opened(read(older), 0), opened(read(library), 1)]
		});
		expect(text).toContain(teamTexts.adviceTitle.nl);
	});

	it('shows a report or a message for any two or three files', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(looseAnswersFileArbitrary, { minLength: 1, maxLength: 3 }),
				fc.constantFrom<Locale>('nl', 'en'),
				async (files, locale) => {
					const text = await show(TeamView, { files: files.map(opened) }, locale);
					expect(
						text.includes(teamTexts.adviceTitle[locale]) || text.includes(teamTexts.needTwo[locale])
					).toBe(true);
				}
			),
			runs
		);
	});
});

describe('PartnerView', () => {
	it('shows the partners side by side for any school and organisation', async () => {
		await fc.assert(
			fc.asyncProperty(
				looseAnswersFileArbitrary,
				looseAnswersFileArbitrary,
				fc.boolean(),
				fc.constantFrom<Locale>('nl', 'en'),
				async (a, b, unsure, locale) => {
					const school = asAudience(unsure ? unsureBudget(a) : a, 'school');
					const partner = asAudience(unsure ? unsureBudget(b) : b, 'cultural-organisation');
					const text = await show(
						PartnerView,
						{ school, partner, texts: [JSON.stringify(school), JSON.stringify(partner)] },
						locale
					);
					expect(text).toContain(partnerTexts.sideBySide[locale]);
				}
			),
			runs
		);
	});

	it('a format 1 file as the partner', async () => {
		const school = asAudience(unsureBudget(read(library)), 'school');
		const text = await show(PartnerView, {
			school,
			partner: read(older),
			texts: ['{}', older]
		});
		expect(text).toContain(partnerTexts.sideBySide.nl);
	});
});

describe('ComparisonView', () => {
	it('shows the comparison for any two checks', async () => {
		await fc.assert(
			fc.asyncProperty(
				looseAnswersFileArbitrary,
				looseAnswersFileArbitrary,
				fc.constantFrom<Locale>('nl', 'en'),
				async (before, after, locale) => {
					const text = await show(
						ComparisonView,
						{
							comparison: compareFiles(before, after, locale),
							report: buildReport(after, locale),
							texts: [JSON.stringify(before), JSON.stringify(after)]
						},
						locale
					);
					expect(text).toContain(compareTexts.heading[locale]);
				}
			),
			runs
		);
	});
});

describe('CohortView', () => {
	const titles = Object.fromEntries(rules.map((r) => [r.id, r.advice.title]));
	it('shows the group and every row for any files', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.array(looseAnswersFileArbitrary, { minLength: 0, maxLength: 6 }),
				fc.constantFrom<Locale>('nl', 'en'),
				async (files, locale) => {
					const rows = [read(older), ...files].map((f, i) => cohortRow(f, i, `f${i}.json`));
					const text = await show(
						CohortView,
						{
							rows,
							summary: summarizeCohort(rows),
							titles,
							zipping: null,
							zipCancelled: false,
							onzip: () => {},
							oncancel: () => {}
						},
						locale
					);
					expect(text).toContain(cohortViewTexts.groupTitle[locale]);
					expect(target.querySelectorAll('tbody tr').length).toBeGreaterThan(0);
				}
			),
			runs
		);
	});
});

describe('ViewBoundary', () => {
	it('a view that fails to render says so, in words, with a way to try again', async () => {
		const failing = createRawSnippet(() => ({
			render: () => {
				throw new Error('a view that cannot be made');
			}
		}));
		// the boundary logs the error for whoever looks into it; the page shows words
		expectedErrors = 1;
		const text = await show(ViewBoundary, { children: failing }, 'en');
		expect(text).toContain(viewFailedTexts.failed.en);
		expect(target.querySelector('[role=alert] button')?.textContent).toBe(viewFailedTexts.retry.en);
	});
});
