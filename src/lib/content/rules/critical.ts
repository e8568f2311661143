/**
 * "Zoek dit eerst uit": a "weet ik niet" on a critical question is a finding on its own, even
 * when the rest of its area is answered. These rules rank among the top priorities.
 */
import { alone, notAlone } from './conditions';
import type { Rule } from '../rules-schema';

export const criticalRules: Rule[] = [
	{
		id: 'zoek-uit-apps-gecontroleerd',
		kind: 'find-out',
		when: { fact: 'answer', question: 'apps-gecontroleerd', operator: 'eq', value: 'unknown' },
		advice: {
			title: {
				nl: 'Zoek eerst uit: worden apps gecontroleerd op gegevens van leerlingen?',
				en: 'Find out first: are apps checked for what they do with pupils’ data?'
			},
			text: {
				'cultural-organisation': {
					nl: 'Je weet niet of apps worden gecontroleerd voordat leerlingen ze gebruiken. Dat moet je weten: de AVG vraagt het, en een school of fonds vraagt ernaar.',
					en: 'You do not know whether apps are checked before pupils use them. You need to know: the GDPR requires it, and a school or funder will ask about it.'
				},
				school: {
					nl: 'Je weet niet of apps worden gecontroleerd voordat leerlingen ze gebruiken. Dat moet je weten: de AVG vraagt het, en ouders mogen ernaar vragen.',
					en: 'You do not know whether apps are checked before pupils use them. You need to know: the GDPR requires it, and parents may ask about it.'
				}
			},
			steps: [
				{
					'cultural-organisation': {
						nl: 'Vraag wie bij jullie over privacy gaat welke apps gecontroleerd zijn, en hoe.',
						en: 'Ask whoever handles privacy in your organisation which apps have been checked, and how.'
					},
					school: {
						nl: 'Vraag de privacy- of ict-coördinator welke apps gecontroleerd zijn, en of er verwerkersovereenkomsten zijn.',
						en: 'Ask the privacy or ICT coordinator which apps have been checked, and whether there are data processing agreements.'
					}
				},
				{
					nl: 'Gebruik tot je het weet alleen apps zonder account voor leerlingen.',
					en: 'Until you know, use only apps that need no pupil account.'
				}
			],
			priority: 'essential',
			effort: 'low',
			horizon: 'now',
			owner: 'privacy',
			areas: ['privacy'],
			references: []
		}
	},
	{
		id: 'zoek-uit-toestemming-beeld',
		kind: 'find-out',
		when: { fact: 'answer', question: 'toestemming-beeld', operator: 'eq', value: 'unknown' },
		advice: {
			title: {
				nl: 'Zoek eerst uit: is er toestemming voor foto’s en video’s?',
				en: 'Find out first: is there consent for photos and videos?'
			},
			text: {
				nl: 'Je weet niet of er toestemming is voor beelden van leerlingen. In een digitale les worden vaak foto’s en filmpjes gemaakt. Zonder toestemming mag dat niet.',
				en: 'You do not know whether there is consent for images of pupils. Digital lessons often involve photos and videos. Without consent that is not allowed.'
			},
			steps: [
				{
					'cultural-organisation': {
						nl: 'Vraag elke school vóór je les wie niet in beeld mag.',
						en: 'Ask each school before your lesson who may not be filmed or photographed.'
					},
					school: {
						nl: 'Vraag de administratie naar de lijst van leerlingen zonder toestemming voor beeld.',
						en: 'Ask the school office for the list of pupils without consent for images.'
					}
				},
				{
					nl: 'Maak tot je het weet geen beelden waarop leerlingen herkenbaar zijn.',
					en: 'Until you know, take no images in which pupils can be recognised.'
				}
			],
			priority: 'essential',
			effort: 'low',
			horizon: 'now',
			owner: 'privacy',
			areas: ['privacy'],
			references: []
		}
	},
	{
		id: 'zoek-uit-budget-digitaal',
		kind: 'find-out',
		when: { fact: 'answer', question: 'budget-digitaal', operator: 'eq', value: 'unknown' },
		advice: {
			title: {
				nl: 'Zoek eerst uit: is er geld voor digitale projecten?',
				en: 'Find out first: is there money for digital projects?'
			},
			text: {
				nl: 'Je weet niet of er geld is voor digitale projecten. Dat bepaalt wat je kunt beginnen, en een aanvraag vraagt er altijd naar.',
				en: 'You do not know whether there is money for digital projects. It decides what you can start, and an application always asks about it.'
			},
			steps: [
				{
					when: notAlone,
					text: {
						'cultural-organisation': {
							nl: 'Vraag de zakelijk leider of penningmeester wat er dit jaar voor digitaal werk begroot is.',
							en: 'Ask the business manager or treasurer what is budgeted for digital work this year.'
						},
						school: {
							nl: 'Vraag de schoolleiding wat er dit jaar voor cultuur en ict begroot is.',
							en: 'Ask school management what is budgeted for arts and ICT this year.'
						}
					}
				},
				{
					when: alone,
					text: {
						nl: 'Zet op een rij wat je dit jaar aan digitaal werk kunt besteden: eigen geld, een subsidie of een opdracht.',
						en: 'List what you can spend on digital work this year: your own money, a grant or a commission.'
					}
				},
				{
					nl: 'Pas daarna je antwoord in Digicheck aan: dan past het advies bij wat er echt is.',
					en: 'Then change your answer in Digicheck, so that the advice fits what is really there.'
				}
			],
			priority: 'essential',
			effort: 'low',
			horizon: 'now',
			owner: 'directie',
			areas: ['tijd-en-middelen'],
			references: []
		}
	}
];
