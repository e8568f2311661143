/**
 * Who usually takes up the advice of an area, by role. A rule can name another owner; the report
 * names "you yourself" for a one-person organisation.
 */
import type { AreaId } from '../ids';
import type { OwnerId } from '../rules-schema';

export const areaOwners: Record<AreaId, OwnerId> = {
	'evalueer-bestaand': 'educatie',
	'tijd-en-middelen': 'directie',
	'begin-klein': 'educatie',
	'betrek-doelgroep': 'educatie',
	privacy: 'privacy',
	voorbereiding: 'educatie',
	docenten: 'directie',
	'blijf-leren': 'team',
	'output-impact': 'educatie',
	'lange-termijn': 'directie',
	evaluatie: 'educatie',
	duurzaam: 'educatie'
};
