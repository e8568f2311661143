import type { Handle } from '@sveltejs/kit';
import { localeOfPath } from '$lib/i18n/paths';

const descriptions = {
	nl: 'Digicheck: hoe digitaal klaar is jouw organisatie voor cultuureducatie? Een gratis zelftest met advies op maat.',
	en: 'Digicheck: how digitally ready is your organisation for cultural education? A free self-assessment with tailored advice.'
};

/** Each prerendered page says its own language in `<html lang>` and its description. */
export const handle = (({ event, resolve }) => {
	const locale = localeOfPath(event.url.pathname);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', locale).replace('%description%', descriptions[locale])
	});
}) satisfies Handle;
