/**
 * All questionnaire content in one typed object. The data is checked by `contentSchema` in
 * the content tests and at build time (the root layout's server load parses it).
 */
import { evalueerBestaand } from './areas/a01-evalueer-bestaand';
import { tijdEnMiddelen } from './areas/a02-tijd-en-middelen';
import { beginKlein } from './areas/a03-begin-klein';
import { betrekDoelgroep } from './areas/a04-betrek-doelgroep';
import { privacy } from './areas/a05-privacy';
import { voorbereiding } from './areas/a06-voorbereiding';
import { docenten } from './areas/a07-docenten';
import { blijfLeren } from './areas/a08-blijf-leren';
import { outputImpact } from './areas/a09-output-impact';
import { langeTermijn } from './areas/a10-lange-termijn';
import { evaluatie } from './areas/a11-evaluatie';
import { duurzaam } from './areas/a12-duurzaam';
import { bands, scoring } from './bands';
import { profileFields } from './profile';
import type {
	Area,
	AreaId,
	Audience,
	ProfileField,
	ProfileOption,
	Question,
	Questionnaire
} from './schema';
import { forAudience } from './ids';
import { fieldsOf, optionsOf } from './fit';

import { contentVersion, recordedFingerprint } from './version';

export { contentVersion, recordedFingerprint };

/**
 * The questionnaire every page uses. Tracks and references are imported where they are needed
 * (engine, PDF, scoring page), so the questionnaire pages do not carry them.
 */
export const content: Questionnaire = {
	version: contentVersion,
	fingerprint: recordedFingerprint,
	areas: [
		evalueerBestaand,
		tijdEnMiddelen,
		beginKlein,
		betrekDoelgroep,
		privacy,
		voorbereiding,
		docenten,
		blijfLeren,
		outputImpact,
		langeTermijn,
		evaluatie,
		duurzaam
	],
	profile: profileFields,
	bands,
	scoring
};

/** Every question with its area, in questionnaire order. */
export const allQuestions: { area: Area; question: Question }[] = content.areas.flatMap((area) =>
	area.questions.map((question) => ({ area, question }))
);

const areaById = new Map(content.areas.map((area) => [area.id, area]));
const questionById = new Map(allQuestions.map((entry) => [entry.question.id, entry]));

/** The area with this id; throws for an unknown id (a programming error, not user input). */
export function getArea(id: AreaId): Area {
	const area = areaById.get(id);
	if (!area) throw new Error(`Unknown area id: ${id}`);
	return area;
}

/** The question and its area, or undefined for an unknown id. */
export function findQuestion(id: string): { area: Area; question: Question } | undefined {
	return questionById.get(id);
}

const questionsByArea = Object.fromEntries(
	content.areas.map((area) => [
		area.id,
		{
			'cultural-organisation': area.questions.filter((q) =>
				q.audiences.includes('cultural-organisation')
			),
			school: area.questions.filter((q) => q.audiences.includes('school'))
		}
	])
) as Record<AreaId, Record<Audience, Question[]>>;

/** The questions of an area that an audience sees (computed once; do not modify the list). */
export function questionsFor(area: Area, audience: Audience): Question[] {
	return questionsByArea[area.id][audience];
}

/** The quick scan's question of an area for an audience: its most telling one (`quickScan`). */
export function quickQuestionFor(area: Area, audience: Audience): Question | undefined {
	return questionsFor(area, audience).find((q) => q.quickScan);
}

/** The ids of the quick scan's questions for an audience, one per area. */
export function quickQuestionIds(audience: Audience): string[] {
	return content.areas.flatMap((area) => quickQuestionFor(area, audience)?.id ?? []);
}

/**
 * The profile fields the quick scan asks: the kind of organisation (it sets the wording) and
 * the experience that decides the track; of these, an audience is asked the fields it has.
 */
export const quickProfileFields = ['audience', 'earlierProjects', 'programmeBefore'] as const;

/** How many questions an audience sees in all. */
export function questionCount(audience: Audience): number {
	return content.areas.reduce((sum, area) => sum + questionsFor(area, audience).length, 0);
}

export { forAudience };

/** The profile fields asked of an audience (those for everyone while none is chosen). */
export function fieldsFor(audience: Audience | undefined): ProfileField[] {
	return fieldsOf(content.profile, audience);
}

/** The choices of a profile field that fit an audience (all of them while none is chosen). */
export function optionsFor(field: ProfileField, audience: Audience | undefined): ProfileOption[] {
	return optionsOf(field, audience);
}
