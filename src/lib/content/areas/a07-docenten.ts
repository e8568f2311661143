import type { Area } from '../schema';

export const docenten = {
	id: 'docenten',
	number: 7,
	title: {
		nl: 'Motiveer docenten om digitale methoden te gebruiken',
		en: 'Motivate teachers to use digital methods'
	},
	shortTitle: { nl: 'Docenten', en: 'Teachers' },
	recommendation: {
		nl: 'Zorg dat docenten gemotiveerd en bekwaam zijn om digitale methoden in hun onderwijs te gebruiken. Pas als de docent iets goed kan overbrengen, heeft het meerwaarde voor de leerlingen. Zorg dus dat docenten toegerust zijn om steeds begeleiding aan leerlingen te kunnen bieden. Bied ook technische ondersteuning wanneer dat nodig is.',
		en: 'Make sure teachers are motivated and able to use digital methods in their teaching. Only when the teacher can convey something well does it add value for pupils. So make sure teachers are equipped to guide pupils at all times. Also offer technical support when needed.'
	},
	explanation: {
		nl: 'Een digitale les is zo goed als de persoon die hem geeft. Art-S-Cool merkte dat je eerst je docenten mee moet krijgen voordat je met leerlingen aan de slag gaat. Training, tijd om te oefenen en snelle technische hulp maken het verschil.',
		en: 'A digital lesson is as good as the person who teaches it. Art-S-Cool noticed how big the differences in digital skills were, and that you first need to bring your teachers along before you start with pupils. Training, time to practise and quick technical help make the difference.'
	},
	questions: [
		{
			id: 'motivatie',
			statement: {
				'cultural-organisation': {
					nl: 'Onze docenten en makers willen digitale methoden gebruiken in hun lessen en workshops.',
					en: 'Our teachers and makers want to use digital methods in their lessons and workshops.'
				},
				school: {
					nl: 'Leraren willen digitale methoden gebruiken in hun cultuurlessen.',
					en: 'Teachers want to use digital methods in their arts lessons.'
				}
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{
					nl: 'We weten niet hoe zij erover denken.',
					en: 'We do not know how they feel about it.'
				},
				{
					nl: 'Een paar enthousiastelingen; de rest houdt afstand.',
					en: 'A few enthusiasts; the rest keep their distance.'
				},
				{ nl: 'Ongeveer de helft wil het.', en: 'About half of them want to.' },
				{
					nl: 'De meesten willen het en doen mee.',
					en: 'Most of them want to and take part.'
				},
				{
					nl: 'Bijna iedereen wil het, en we vragen elk jaar wat hen helpt.',
					en: 'Almost everyone wants to, and every year we ask what helps them.'
				}
			]
		},
		{
			id: 'vaardigheid',
			statement: {
				'cultural-organisation': {
					nl: 'Onze docenten en makers kunnen de digitale middelen goed genoeg gebruiken om deelnemers te begeleiden.',
					en: 'Our teachers and makers can use the digital tools well enough to guide participants.'
				},
				school: {
					nl: 'Leraren kunnen de digitale middelen goed genoeg gebruiken om leerlingen te begeleiden.',
					en: 'Teachers can use the digital tools well enough to guide pupils.'
				}
			},
			weight: 1.5,
			audiences: ['cultural-organisation', 'school'],
			quickScan: true,
			levels: [
				{ nl: 'We weten niet hoe vaardig zij zijn.', en: 'We do not know how skilled they are.' },
				{ nl: 'De meesten vinden het lastig.', en: 'Most of them find it difficult.' },
				{
					nl: 'Een deel kan het goed, een deel niet.',
					en: 'Some can do it well, some cannot.'
				},
				{
					nl: 'De meesten kunnen het goed, ook als er iets misgaat.',
					en: 'Most can do it well, even when something goes wrong.'
				},
				{
					nl: 'Iedereen is op niveau, en we bieden elk jaar training op wat nodig is.',
					en: 'Everyone is up to standard, and every year we offer training in what is needed.'
				}
			]
		},
		{
			id: 'training',
			statement: {
				nl: 'Er is training of begeleiding voor wie digitale methoden wil leren gebruiken.',
				en: 'There is training or coaching for those who want to learn to use digital methods.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Die is er niet.', en: 'There is none.' },
				{ nl: 'Wie wil, zoekt het zelf uit.', en: 'Whoever wants to, figures it out alone.' },
				{ nl: 'Er is af en toe een training.', en: 'There is training now and then.' },
				{
					nl: 'Er is een vast aanbod, zoals workshops of een collega die helpt.',
					en: 'There is a regular offer, such as workshops or a colleague who helps.'
				},
				{
					nl: 'Het aanbod hoort bij ons scholingsplan, en we passen het elk jaar aan.',
					en: 'The offer is part of our training plan, and we adjust it every year.'
				}
			]
		},
		{
			id: 'technische-hulp',
			statement: {
				nl: 'Als de techniek het niet doet, is er snel technische hulp.',
				en: 'When the technology fails, technical help is quickly available.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Er is geen hulp.', en: 'There is no help.' },
				{
					nl: 'We bellen een collega die er toevallig verstand van heeft.',
					en: 'We call a colleague who happens to know about it.'
				},
				{
					nl: 'Er is hulp, maar vaak niet op het moment dat het nodig is.',
					en: 'There is help, but often not at the moment it is needed.'
				},
				{
					nl: 'Er is een vast aanspreekpunt dat snel helpt.',
					en: 'There is a fixed contact person who helps quickly.'
				},
				{
					nl: 'Hulp is goed geregeld, ook tijdens lessen, en we kijken elk jaar of het werkt.',
					en: 'Help is well arranged, also during lessons, and every year we check whether it works.'
				}
			]
		},
		{
			id: 'makers-in-de-klas',
			statement: {
				nl: 'Onze makers en docenten weten hoe je een digitale les in een klas begeleidt: groepsgrootte, niveau en tijd.',
				en: 'Our makers and teachers know how to guide a digital lesson in a class: group size, level and time.'
			},
			help: {
				nl: 'Art-S-Cool merkte dat grote groepen en het niveau van de klas het lesgeven met iPads lastiger maakten.',
				en: 'Art-S-Cool noticed that large groups and the level of the class made teaching with iPads harder.'
			},
			weight: 1,
			audiences: ['cultural-organisation'],
			levels: [
				{ nl: 'Daar hebben we nog geen ervaring mee.', en: 'We have no experience with that yet.' },
				{
					nl: 'We lopen er in de klas vaak tegenaan.',
					en: 'We often run into trouble with it in class.'
				},
				{
					nl: 'Sommige makers kunnen het goed, anderen nog niet.',
					en: 'Some makers do it well, others not yet.'
				},
				{
					nl: 'De meesten weten hoe het moet, en we werken met kleine groepen waar dat nodig is.',
					en: 'Most know how to do it, and we work with small groups where needed.'
				},
				{
					nl: 'We delen dit als vaste kennis, en bespreken elk jaar wat beter kan.',
					en: 'We share this as standard knowledge, and every year we discuss what could be better.'
				}
			]
		}
	]
} satisfies Area;
