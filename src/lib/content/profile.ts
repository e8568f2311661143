import type { ProfileField } from './schema';

/** The profile questions (not scored). They tailor wording and advice. */
export const profileFields = [
	{
		id: 'name',
		kind: 'text',
		label: { nl: 'Naam van je organisatie of school', en: 'Name of your organisation or school' },
		help: {
			nl: 'Deze naam komt op je rapport. Hij blijft op dit apparaat.',
			en: 'This name appears on your report. It stays on this device.'
		},
		required: true,
		options: []
	},
	{
		id: 'audience',
		kind: 'single',
		label: { nl: 'Wat voor organisatie is het?', en: 'What kind of organisation is it?' },
		help: {
			nl: 'De vragen en het advies passen zich hierop aan.',
			en: 'The questions and advice adapt to this.'
		},
		required: true,
		options: [
			{
				id: 'cultural-organisation',
				label: { nl: 'Een culturele organisatie', en: 'A cultural organisation' }
			},
			{ id: 'school', label: { nl: 'Een school', en: 'A school' } }
		]
	},
	{
		id: 'type',
		kind: 'single',
		label: { nl: 'Welk type?', en: 'Which type?' },
		required: false,
		options: [
			{
				id: 'museum',
				label: { nl: 'Museum of erfgoed', en: 'Museum or heritage' },
				audiences: ['cultural-organisation']
			},
			{
				id: 'podiumkunsten',
				label: { nl: 'Theater, dans of muziek', en: 'Theatre, dance or music' },
				audiences: ['cultural-organisation']
			},
			{
				id: 'kunsteducatie',
				label: { nl: 'Aanbieder van kunsteducatie', en: 'Arts education provider' },
				audiences: ['cultural-organisation']
			},
			{
				id: 'collectief',
				label: { nl: 'Kunstenaarscollectief of makers', en: 'Artists’ collective or makers' },
				audiences: ['cultural-organisation']
			},
			{
				id: 'bibliotheek',
				label: { nl: 'Bibliotheek', en: 'Library' },
				audiences: ['cultural-organisation']
			},
			{
				id: 'primair-onderwijs',
				label: { nl: 'Basisschool', en: 'Primary school' },
				audiences: ['school']
			},
			{
				id: 'voortgezet-onderwijs',
				label: { nl: 'Middelbare school (ook vmbo)', en: 'Secondary school (including vmbo)' },
				audiences: ['school']
			},
			{
				id: 'speciaal-onderwijs',
				label: { nl: 'Speciaal onderwijs', en: 'Special education' },
				audiences: ['school']
			},
			{ id: 'mbo', label: { nl: 'Mbo', en: 'Vocational school (mbo)' }, audiences: ['school'] },
			{ id: 'anders', label: { nl: 'Anders', en: 'Other' } }
		]
	},
	{
		id: 'size',
		kind: 'single',
		label: { nl: 'Hoe groot is je organisatie?', en: 'How big is your organisation?' },
		required: false,
		options: [
			{
				id: 'een-persoon',
				label: { nl: 'Alleen ik: ik werk zelfstandig', en: 'Just me: I work on my own' },
				audiences: ['cultural-organisation']
			},
			{
				id: 'klein',
				label: {
					nl: 'Klein: tot 10 medewerkers, of tot 250 leerlingen',
					en: 'Small: up to 10 staff, or up to 250 pupils'
				}
			},
			{
				id: 'middel',
				label: {
					nl: 'Middel: 10 tot 50 medewerkers, of 250 tot 1000 leerlingen',
					en: 'Medium: 10 to 50 staff, or 250 to 1,000 pupils'
				}
			},
			{
				id: 'groot',
				label: {
					nl: 'Groot: meer dan 50 medewerkers, of meer dan 1000 leerlingen',
					en: 'Large: more than 50 staff, or more than 1,000 pupils'
				}
			}
		]
	},
	{
		id: 'role',
		kind: 'single',
		label: { nl: 'Wat is jouw rol?', en: 'What is your role?' },
		required: false,
		options: [
			{ id: 'directie', label: { nl: 'Directie of bestuur', en: 'Management or board' } },
			{
				id: 'educatie',
				label: { nl: 'Educatiemedewerker', en: 'Education officer' },
				audiences: ['cultural-organisation']
			},
			{
				id: 'cultuurcoordinator',
				label: { nl: 'Cultuurcoördinator', en: 'Arts coordinator' },
				audiences: ['school']
			},
			{
				id: 'ict-coordinator',
				label: { nl: 'Ict-coördinator', en: 'ICT coordinator' },
				audiences: ['school']
			},
			{ id: 'leraar-maker', label: { nl: 'Docent, leraar of maker', en: 'Teacher or maker' } },
			{ id: 'anders', label: { nl: 'Anders', en: 'Other' } }
		]
	},
	{
		id: 'targetGroups',
		kind: 'multiple',
		label: { nl: 'Voor welke groepen werken jullie?', en: 'Which groups do you work for?' },
		help: { nl: 'Kies alles wat past.', en: 'Choose all that apply.' },
		required: false,
		options: [
			{ id: 'po', label: { nl: 'Basisonderwijs (po)', en: 'Primary education (po)' } },
			{
				id: 'vo',
				label: { nl: 'Voortgezet onderwijs (havo, vwo)', en: 'Secondary education (havo, vwo)' }
			},
			{ id: 'vmbo', label: { nl: 'Vmbo', en: 'Pre-vocational secondary (vmbo)' } },
			{ id: 'mbo', label: { nl: 'Mbo', en: 'Vocational education (mbo)' } },
			{ id: 'so', label: { nl: 'Speciaal onderwijs', en: 'Special education' } },
			{
				id: 'buitenschools',
				label: { nl: 'Buiten school (vrije tijd)', en: 'Out of school (leisure time)' }
			}
		]
	},
	{
		id: 'earlierProjects',
		kind: 'single',
		label: {
			nl: 'Hebben jullie al eens een digitaal project gedaan?',
			en: 'Have you ever run a digital project?'
		},
		help: {
			nl: 'Bijvoorbeeld een les met een app, een online tentoonstelling of filmpjes maken met leerlingen.',
			en: 'For example a lesson with an app, an online exhibition or making videos with pupils.'
		},
		required: false,
		options: [
			{ id: 'geen', label: { nl: 'Nee, nog nooit', en: 'No, never' } },
			{ id: 'een', label: { nl: 'Ja, één project', en: 'Yes, one project' } },
			{ id: 'meerdere', label: { nl: 'Ja, meerdere projecten', en: 'Yes, several projects' } }
		]
	},
	{
		id: 'programmeBefore',
		kind: 'single',
		label: {
			nl: 'Deden jullie al eens mee aan een digitaliseringstraject voor culturele organisaties?',
			en: 'Have you taken part in a digitalisation programme for cultural organisations before?'
		},
		help: {
			nl: 'Bijvoorbeeld het starttraject van CultuurSchakel in Den Haag, of een vergelijkbaar programma bij jou in de buurt.',
			en: 'For example CultuurSchakel’s starters’ track in The Hague, or a similar programme near you.'
		},
		required: false,
		audiences: ['cultural-organisation'],
		options: [
			{ id: 'ja', label: { nl: 'Ja, vorig seizoen of eerder', en: 'Yes, last season or before' } },
			{ id: 'nee', label: { nl: 'Nee, nog niet', en: 'No, not yet' } }
		]
	},
	{
		id: 'budget',
		kind: 'single',
		label: {
			nl: 'Hoeveel geld is er per jaar ongeveer voor digitale cultuureducatie?',
			en: 'Roughly how much money is there per year for digital cultural education?'
		},
		required: false,
		options: [
			{ id: 'geen', label: { nl: 'Geen budget', en: 'No budget' } },
			{ id: 'klein', label: { nl: 'Tot € 2.500', en: 'Up to €2,500' } },
			{ id: 'middel', label: { nl: '€ 2.500 tot € 10.000', en: '€2,500 to €10,000' } },
			{ id: 'groot', label: { nl: 'Meer dan € 10.000', en: 'More than €10,000' } },
			{ id: 'onbekend', label: { nl: 'Weet ik niet', en: 'I don’t know' } }
		]
	}
] satisfies ProfileField[];
