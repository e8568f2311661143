/** The texts of the page “Alle vragen”, in both languages: build-time page data, not in every page's dictionary. */
import type { LocalizedText } from '../content/ids';

export const questionsTexts = {
	title: { nl: 'Alle vragen', en: 'All questions' },
	intro: {
		nl: 'Hier staat de hele vragenlijst, zodat iedereen hem kan lezen en beoordelen. Waar de tekst voor scholen anders is dan voor culturele organisaties, zie je beide versies.',
		en: 'Here is the whole questionnaire, so that anyone can read and review it. Where the wording for schools differs from that for cultural organisations, you see both versions.'
	},
	version: { nl: 'Versie van de vragenlijst: {version}', en: 'Questionnaire version: {version}' },
	forCultural: { nl: 'Voor culturele organisaties', en: 'For cultural organisations' },
	forSchool: { nl: 'Voor scholen', en: 'For schools' },
	onlyFor: { nl: 'Alleen voor: {audience}', en: 'Only for: {audience}' },
	weight: { nl: 'Gewicht in de score: {weight}', en: 'Weight in the score: {weight}' },
	freeText: { nl: 'Vrij tekstveld', en: 'Free text' },
	levelsLabel: { nl: 'Antwoordmogelijkheden', en: 'Answer options' },
	help: { nl: 'Uitleg', en: 'Explanation' },
	profileTitle: { nl: 'Vragen over je organisatie', en: 'Questions about your organisation' },
	profileIntro: {
		nl: 'Deze vragen tellen niet mee in de score.',
		en: 'These questions do not count towards the score.'
	},
	toc: { nl: 'Inhoud', en: 'Contents' }
} satisfies Record<string, LocalizedText>;
