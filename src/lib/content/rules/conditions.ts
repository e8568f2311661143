/** Named profile conditions that rules and steps share, so tailoring reads the same everywhere. */
import type { Condition } from '../rules-schema';

export const isSchool: Condition = {
	fact: 'profile',
	field: 'audience',
	operator: 'eq',
	value: 'school'
};
export const isCultural: Condition = { not: isSchool };
export const alone: Condition = {
	fact: 'profile',
	field: 'size',
	operator: 'eq',
	value: 'een-persoon'
};
export const notAlone: Condition = { not: alone };
export const director: Condition = {
	fact: 'profile',
	field: 'role',
	operator: 'eq',
	value: 'directie'
};
export const notDirector: Condition = { not: director };
export const newcomer: Condition = {
	fact: 'profile',
	field: 'earlierProjects',
	operator: 'eq',
	value: 'geen'
};
export const notNewcomer: Condition = { not: newcomer };
/** Someone who has to ask others: neither the director nor a one-person organisation. */
export const asksOthers: Condition = { all: [notDirector, notAlone] };
