import type { Handle } from '@sveltejs/kit';
import { metaTexts } from '$lib/i18n/meta';
import { localeOfPath } from '$lib/i18n/paths';

/** Each prerendered page says its own language in `<html lang>` and in its description. */
export const handle = (({ event, resolve }) => {
	const locale = localeOfPath(event.url.pathname);
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', locale).replace('%description%', metaTexts.description[locale])
	});
}) satisfies Handle;
