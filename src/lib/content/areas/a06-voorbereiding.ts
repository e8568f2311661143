import type { Area } from '../schema';

export const voorbereiding = {
	id: 'voorbereiding',
	number: 6,
	title: {
		nl: 'Investeer in voorbereiding en follow-up',
		en: 'Invest in preparation and follow-up'
	},
	shortTitle: { nl: 'Voorbereiding', en: 'Preparation' },
	recommendation: {
		nl: 'Gebruik digitale lesinstructies en bereid zowel de leraren als de leerlingen voor op een digitale aanpak en het vervolg daarvan.',
		en: 'Use digital lesson instructions and prepare both teachers and pupils for a digital approach and what follows it.'
	},
	explanation: {
		nl: 'Een digitale les staat of valt met de voorbereiding. Bij Art-S-Cool bleek hoeveel voorbereiding en begeleiding zo’n les vraagt. Goede instructies, een leraar die weet wat er komt en een vervolg na de les zorgen dat het geleerde blijft hangen.',
		en: 'A digital lesson stands or falls with its preparation. At Art-S-Cool, teachers found the workshops in schools demanding: they take a lot of preparation and guidance. Good instructions, a teacher who knows what is coming and a follow-up after the lesson make sure that what was learned sticks.'
	},
	questions: [
		{
			id: 'digitale-lesinstructie',
			statement: {
				nl: 'Er zijn digitale lesinstructies die leraren kunnen gebruiken, zoals een handleiding, video of lesbrief.',
				en: 'There are digital lesson instructions that teachers can use, such as a guide, video or lesson sheet.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Die zijn er niet.', en: 'There are none.' },
				{
					nl: 'Er is iets, maar het is oud of moeilijk te vinden.',
					en: 'There is something, but it is old or hard to find.'
				},
				{
					nl: 'Er zijn instructies voor sommige lessen.',
					en: 'There are instructions for some lessons.'
				},
				{
					nl: 'Bij elke digitale les hoort een duidelijke instructie.',
					en: 'Every digital lesson comes with a clear instruction.'
				},
				{
					nl: 'We testen de instructies met leraren en werken ze elk jaar bij.',
					en: 'We test the instructions with teachers and update them every year.'
				}
			]
		},
		{
			id: 'leraren-voorbereid',
			statement: {
				'cultural-organisation': {
					nl: 'Leraren van de scholen waarmee we werken, worden vooraf voorbereid op onze digitale aanpak.',
					en: 'Teachers at the schools we work with are prepared beforehand for our digital approach.'
				},
				school: {
					nl: 'Leraren worden voorbereid voordat ze een digitale cultuurles geven.',
					en: 'Teachers are prepared before they give a digital arts lesson.'
				}
			},
			weight: 1.5,
			audiences: ['cultural-organisation', 'school'],
			quickScan: true,
			levels: [
				{ nl: 'Dit gebeurt niet.', en: 'This does not happen.' },
				{
					nl: 'Ze krijgen alleen een e-mail of een document.',
					en: 'They only get an email or a document.'
				},
				{
					nl: 'Er is een korte uitleg, vlak voor de les.',
					en: 'There is a short explanation, just before the lesson.'
				},
				{
					nl: 'Er is een moment om je voor te bereiden, met tijd om te oefenen.',
					en: 'There is a moment to prepare, with time to practise.'
				},
				{
					nl: 'Voorbereiding is vast, en we verbeteren die elk jaar met hun feedback.',
					en: 'Preparation is standard, and we improve it every year with their feedback.'
				}
			]
		},
		{
			id: 'deelnemers-voorbereid',
			statement: {
				'cultural-organisation': {
					nl: 'Deelnemers weten vooraf wat ze gaan doen en wat ze nodig hebben, zoals een account of apparaat.',
					en: 'Participants know beforehand what they will do and what they need, such as an account or device.'
				},
				school: {
					nl: 'Leerlingen weten vooraf wat ze gaan doen en wat ze nodig hebben, zoals een account of apparaat.',
					en: 'Pupils know beforehand what they will do and what they need, such as an account or device.'
				}
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Ze horen het pas in de les.', en: 'They only hear about it in the lesson.' },
				{
					nl: 'Soms wordt er vooraf iets verteld.',
					en: 'Sometimes something is said beforehand.'
				},
				{
					nl: 'Er is vaak een korte uitleg vooraf, maar niet altijd.',
					en: 'There is often a short explanation beforehand, but not always.'
				},
				{
					nl: 'Ze krijgen altijd vooraf een duidelijke uitleg.',
					en: 'They always get a clear explanation beforehand.'
				},
				{
					nl: 'Dit is vast, en we passen het elk jaar aan op wat de groep ons vertelt.',
					en: 'This is standard, and every year we adjust it to what the group tells us.'
				}
			]
		},
		{
			id: 'vervolg',
			statement: {
				nl: 'Na een digitale les of project is er een vervolg, zodat het geleerde niet blijft liggen.',
				en: 'After a digital lesson or project there is a follow-up, so that what was learned is not left behind.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Er is geen vervolg.', en: 'There is no follow-up.' },
				{
					nl: 'Het vervolg hangt af van wie er zin in heeft.',
					en: 'A follow-up depends on who feels like it.'
				},
				{
					nl: 'Er is soms een vervolgles of vervolgopdracht.',
					en: 'There is sometimes a follow-up lesson or assignment.'
				},
				{ nl: 'Er is altijd een gepland vervolg.', en: 'There is always a planned follow-up.' },
				{
					nl: 'Het vervolg hoort bij een doorlopende leerlijn, en we bekijken die elk jaar.',
					en: 'The follow-up is part of a continuous learning line, which we review every year.'
				}
			]
		},
		{
			id: 'ruimte-in-rooster',
			statement: {
				nl: 'In het rooster is ruimte voor digitale cultuurlessen: tijd, een lokaal en apparaten die klaarstaan.',
				en: 'The timetable has room for digital arts lessons: time, a room and devices that are ready.'
			},
			weight: 1,
			audiences: ['school'],
			levels: [
				{ nl: 'Daar is niet naar gekeken.', en: 'Nobody has looked at this.' },
				{
					nl: 'Het moet steeds tussen andere lessen door worden geregeld.',
					en: 'It always has to be squeezed in between other lessons.'
				},
				{
					nl: 'Er is soms ruimte, maar de apparaten staan niet altijd klaar.',
					en: 'There is sometimes room, but the devices are not always ready.'
				},
				{
					nl: 'Er zijn vaste momenten, en lokaal en apparaten zijn geregeld.',
					en: 'There are fixed moments, and room and devices are arranged.'
				},
				{
					nl: 'Dit staat in de jaarplanning, en we bekijken het elk jaar met de sectie of het team.',
					en: 'It is in the annual plan, and we review it every year with the department or team.'
				}
			]
		}
	]
} satisfies Area;
