/**
 * The outline of the questionnaire: what every page needs to know of it without its texts
 * (area ids and numbers, which questions each audience is asked, the profile's fields and
 * choices). The areas' titles are page data of the pages that list them (AreaHeading). `npm run content:outline` writes it to outline-data.ts, so pages load a
 * few hundred bytes instead of every area's texts; content.spec.ts checks it still matches.
 */
import type { AreaId, Audience, LocalizedText, ProfileFieldId } from './ids';
import type { Questionnaire } from './schema';

export interface AreaOutline {
	id: AreaId;
	number: number;
	/** The ids of the questions each audience is asked, in order. */
	questions: Record<Audience, string[]>;
}

/** An area as the questionnaire's overview lists it (page data, in the page's language). */
export interface AreaHeading {
	id: AreaId;
	number: number;
	title: LocalizedText;
}

/** The headings of the areas. */
export function areaHeadings(content: Questionnaire): AreaHeading[] {
	return content.areas.map(({ id, number, title }) => ({ id, number, title }));
}

export interface FieldOutline {
	id: ProfileFieldId;
	kind: 'text' | 'single' | 'multiple';
	audiences?: Audience[];
	options: { id: string; audiences?: Audience[] }[];
}

export interface Outline {
	areas: AreaOutline[];
	profile: FieldOutline[];
}

/** The outline of a questionnaire. */
export function makeOutline(content: Questionnaire): Outline {
	const asked = (audience: Audience, questions: Questionnaire['areas'][number]['questions']) =>
		questions.filter((q) => q.audiences.includes(audience)).map((q) => q.id);
	return {
		areas: content.areas.map((area) => ({
			id: area.id,
			number: area.number,
			questions: {
				'cultural-organisation': asked('cultural-organisation', area.questions),
				school: asked('school', area.questions)
			}
		})),
		profile: content.profile.map((field) => ({
			id: field.id,
			kind: field.kind,
			...(field.audiences ? { audiences: [...field.audiences] } : {}),
			options: field.options.map((o) => ({
				id: o.id,
				...(o.audiences ? { audiences: [...o.audiences] } : {})
			}))
		}))
	};
}
