/**
 * Written by `npm run content:outline` from the content: do not edit. The questionnaire's
 * outline without its texts (make-outline.ts says what is in it and why).
 */
import type { Outline } from './make-outline';

export const outline: Outline = {
	areas: [
		{
			id: 'evalueer-bestaand',
			number: 1,
			questions: {
				'cultural-organisation': [
					'overzicht-middelen',
					'gebruik-geevalueerd',
					'verbeteren-voor-nieuw',
					'durven-stoppen'
				],
				school: [
					'overzicht-middelen',
					'gebruik-geevalueerd',
					'verbeteren-voor-nieuw',
					'durven-stoppen'
				]
			}
		},
		{
			id: 'tijd-en-middelen',
			number: 2,
			questions: {
				'cultural-organisation': [
					'budget-digitaal',
					'eigen-uren',
					'tijd-voor-onderzoek',
					'trekker',
					'partners'
				],
				school: ['budget-digitaal', 'eigen-uren', 'tijd-voor-onderzoek', 'trekker', 'partners']
			}
		},
		{
			id: 'begin-klein',
			number: 3,
			questions: {
				'cultural-organisation': [
					'kleine-stappen',
					'eerst-uitproberen',
					'praktisch-boven-complex',
					'stap-gezet'
				],
				school: ['kleine-stappen', 'eerst-uitproberen', 'praktisch-boven-complex', 'stap-gezet']
			}
		},
		{
			id: 'betrek-doelgroep',
			number: 4,
			questions: {
				'cultural-organisation': [
					'behoeften-vooraf',
					'testmomenten',
					'aanpak-vanuit-gebruiker',
					'samen-ontwerpen',
					'toegankelijk'
				],
				school: [
					'behoeften-vooraf',
					'testmomenten',
					'aanpak-vanuit-gebruiker',
					'samen-ontwerpen',
					'toegankelijk'
				]
			}
		},
		{
			id: 'privacy',
			number: 5,
			questions: {
				'cultural-organisation': [
					'uitleg-gegevens',
					'apps-gecontroleerd',
					'telefoonafspraken',
					'toestemming-beeld',
					'apparaten-voor-iedereen',
					'afleiding'
				],
				school: [
					'uitleg-gegevens',
					'apps-gecontroleerd',
					'telefoonafspraken',
					'toestemming-beeld',
					'apparaten-voor-iedereen',
					'afleiding'
				]
			}
		},
		{
			id: 'voorbereiding',
			number: 6,
			questions: {
				'cultural-organisation': [
					'digitale-lesinstructie',
					'leraren-voorbereid',
					'deelnemers-voorbereid',
					'vervolg'
				],
				school: [
					'digitale-lesinstructie',
					'leraren-voorbereid',
					'deelnemers-voorbereid',
					'vervolg',
					'ruimte-in-rooster'
				]
			}
		},
		{
			id: 'docenten',
			number: 7,
			questions: {
				'cultural-organisation': [
					'motivatie',
					'vaardigheid',
					'training',
					'technische-hulp',
					'makers-in-de-klas'
				],
				school: ['motivatie', 'vaardigheid', 'training', 'technische-hulp']
			}
		},
		{
			id: 'blijf-leren',
			number: 8,
			questions: {
				'cultural-organisation': [
					'bijhouden',
					'kennis-delen',
					'uitproberen',
					'leren-van-anderen',
					'ethiek-ai'
				],
				school: ['bijhouden', 'kennis-delen', 'uitproberen', 'leren-van-anderen', 'ethiek-ai']
			}
		},
		{
			id: 'output-impact',
			number: 9,
			questions: {
				'cultural-organisation': [
					'impactdoelen',
					'output-en-impact-apart',
					'ervaring-ophalen',
					'nieuwe-groepen',
					'sociale-media'
				],
				school: ['impactdoelen', 'output-en-impact-apart', 'ervaring-ophalen', 'nieuwe-groepen']
			}
		},
		{
			id: 'lange-termijn',
			number: 10,
			questions: {
				'cultural-organisation': [
					'past-bij-missie',
					'meerjarenplan',
					'durven-bijsturen',
					'blijft-bestaan',
					'meebewegen'
				],
				school: [
					'past-bij-missie',
					'meerjarenplan',
					'durven-bijsturen',
					'blijft-bestaan',
					'meebewegen'
				]
			}
		},
		{
			id: 'evaluatie',
			number: 11,
			questions: {
				'cultural-organisation': [
					'leerlingen-evalueren-mee',
					'opschrijven',
					'uitkomsten-delen',
					'evaluatie-gebruiken'
				],
				school: [
					'leerlingen-evalueren-mee',
					'opschrijven',
					'uitkomsten-delen',
					'evaluatie-gebruiken'
				]
			}
		},
		{
			id: 'duurzaam',
			number: 12,
			questions: {
				'cultural-organisation': [
					'eerst-kijken-wat-er-is',
					'betaalbaar',
					'zelf-aanpassen',
					'hergebruik',
					'ai-tools'
				],
				school: ['eerst-kijken-wat-er-is', 'betaalbaar', 'zelf-aanpassen', 'hergebruik', 'ai-tools']
			}
		}
	],
	profile: [
		{ id: 'name', kind: 'text', options: [] },
		{
			id: 'audience',
			kind: 'single',
			options: [{ id: 'cultural-organisation' }, { id: 'school' }]
		},
		{
			id: 'type',
			kind: 'single',
			options: [
				{ id: 'museum', audiences: ['cultural-organisation'] },
				{ id: 'podiumkunsten', audiences: ['cultural-organisation'] },
				{ id: 'kunsteducatie', audiences: ['cultural-organisation'] },
				{ id: 'collectief', audiences: ['cultural-organisation'] },
				{ id: 'bibliotheek', audiences: ['cultural-organisation'] },
				{ id: 'primair-onderwijs', audiences: ['school'] },
				{ id: 'voortgezet-onderwijs', audiences: ['school'] },
				{ id: 'speciaal-onderwijs', audiences: ['school'] },
				{ id: 'mbo', audiences: ['school'] },
				{ id: 'anders' }
			]
		},
		{
			id: 'size',
			kind: 'single',
			options: [
				{ id: 'een-persoon', audiences: ['cultural-organisation'] },
				{ id: 'klein' },
				{ id: 'middel' },
				{ id: 'groot' }
			]
		},
		{
			id: 'role',
			kind: 'single',
			options: [
				{ id: 'directie' },
				{ id: 'educatie', audiences: ['cultural-organisation'] },
				{ id: 'cultuurcoordinator', audiences: ['school'] },
				{ id: 'ict-coordinator', audiences: ['school'] },
				{ id: 'leraar-maker' },
				{ id: 'anders' }
			]
		},
		{
			id: 'targetGroups',
			kind: 'multiple',
			options: [
				{ id: 'po' },
				{ id: 'vo' },
				{ id: 'vmbo' },
				{ id: 'mbo' },
				{ id: 'so' },
				{ id: 'buitenschools' }
			]
		},
		{
			id: 'earlierProjects',
			kind: 'single',
			options: [{ id: 'geen' }, { id: 'een' }, { id: 'meerdere' }]
		},
		{
			id: 'programmeBefore',
			kind: 'single',
			audiences: ['cultural-organisation'],
			options: [{ id: 'ja' }, { id: 'nee' }]
		},
		{
			id: 'budget',
			kind: 'single',
			options: [
				{ id: 'geen' },
				{ id: 'klein' },
				{ id: 'middel' },
				{ id: 'groot' },
				{ id: 'onbekend' }
			]
		}
	]
};
