import { error } from '@sveltejs/kit';
import { areaIds, type AreaId } from '$lib/content/ids';
import type { EntryGenerator, PageLoad } from './$types';

// One prerendered page per area.
export const entries = (() => areaIds.map((area) => ({ area }))) satisfies EntryGenerator;

export const load = (({ params }) => {
	if (!(areaIds as readonly string[]).includes(params.area)) error(404, 'Unknown area');
	return { areaId: params.area as AreaId };
}) satisfies PageLoad;
