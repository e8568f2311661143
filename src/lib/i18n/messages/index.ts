/**
 * The dictionaries, one module per language, so a page ships only its own: each prerendered
 * page's HTML preloads its language's module (src/hooks.server.ts), and the root layout's load
 * imports it before the page starts. The texts of the results and the review are a second
 * dictionary per language, loaded only on the pages that show them (`reportRoutes`).
 */
import type { Locale } from '../locales';
import type { nl } from './nl';
import type { nlReport } from './nl-report';

export type Messages = typeof nl;
export type ReportMessages = typeof nlReport;

/** The routes whose pages show the results' or the review's texts (ResultsReport, AdviceCard). */
export const reportRoutes: readonly string[] = [
	'/[[lang=lang]]/resultaat',
	'/[[lang=lang]]/nakijken',
	'/[[lang=lang]]/samen'
];

/** Whether a route's page needs the report's dictionary. */
export const needsReportTexts = (routeId: string | null): boolean =>
	routeId !== null && reportRoutes.includes(routeId);

/** The modules of each language's dictionaries, as the build names them in Vite's manifest. */
export const messageModules: Record<Locale, { main: string; report: string }> = {
	nl: { main: 'src/lib/i18n/messages/nl.ts', report: 'src/lib/i18n/messages/nl-report.ts' },
	en: { main: 'src/lib/i18n/messages/en.ts', report: 'src/lib/i18n/messages/en-report.ts' }
};

/** Loads the dictionary of a language. */
export async function loadMessages(locale: Locale): Promise<Messages> {
	return locale === 'nl' ? (await import('./nl')).nl : (await import('./en')).en;
}

/** Loads the results' and the review's dictionary of a language. */
export async function loadReportMessages(locale: Locale): Promise<ReportMessages> {
	return locale === 'nl'
		? (await import('./nl-report')).nlReport
		: (await import('./en-report')).enReport;
}
