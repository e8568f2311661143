import type { Area } from '../schema';

export const privacy = {
	id: 'privacy',
	number: 5,
	title: {
		nl: 'Privacy van leerlingen en gebruik van technologie',
		en: 'Pupils’ privacy and the use of technology'
	},
	shortTitle: { nl: 'Privacy en apparaten', en: 'Privacy and devices' },
	recommendation: {
		nl: 'Communiceer duidelijk wanneer en hoe gegevens van leerlingen worden gedeeld. Beoordeel het gebruik van smartphones en sociale media op school. Verstrek de benodigde middelen als die (nog) niet beschikbaar zijn. Bepaal samen met de leerlingen hoe ze digitale apparaten kunnen gebruiken zonder afgeleid te worden door inkomende berichten.',
		en: 'Communicate clearly when and how pupils’ data is shared. Assess the use of smartphones and social media at school. Provide the necessary means if they are not (yet) available. Decide together with pupils how they can use digital devices without being distracted by incoming messages.'
	},
	explanation: {
		nl: 'Werken met apps en online diensten betekent bijna altijd dat er gegevens van leerlingen worden gebruikt. De wet (AVG) vraagt dat je daar open over bent en zorgvuldig mee omgaat. Daarnaast moet iedereen kunnen meedoen, ook wie geen eigen apparaat heeft, en moet de les niet verdwijnen in meldingen en berichten.',
		en: 'Working with apps and online services almost always means that pupils’ data is used. The law (GDPR, in Dutch AVG) asks you to be open about that and handle it with care. Also, everyone must be able to take part, including those without a device of their own, and the lesson should not drown in notifications and messages.'
	},
	questions: [
		{
			id: 'uitleg-gegevens',
			statement: {
				'cultural-organisation': {
					nl: 'We vertellen scholen, deelnemers en ouders duidelijk welke gegevens we verzamelen of delen, met wie en waarom.',
					en: 'We clearly tell schools, participants and parents which data we collect or share, with whom and why.'
				},
				school: {
					nl: 'We vertellen leerlingen en ouders duidelijk welke gegevens van leerlingen we delen, met wie en waarom.',
					en: 'We clearly tell pupils and parents which pupil data we share, with whom and why.'
				}
			},
			weight: 1.5,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'We hebben hier nog niet naar gekeken.', en: 'We have not looked at this yet.' },
				{
					nl: 'Er worden gegevens gedeeld, maar we vertellen er weinig over.',
					en: 'Data is shared, but we say little about it.'
				},
				{
					nl: 'Er is informatie, maar die is moeilijk te vinden of te lezen.',
					en: 'There is information, but it is hard to find or to read.'
				},
				{
					nl: 'We geven vooraf duidelijke informatie in gewone taal, en vragen toestemming waar dat nodig is.',
					en: 'We give clear information beforehand in plain language, and ask for consent where needed.'
				},
				{
					nl: 'Dit is vast beleid, met een overzicht van alle gegevens, en we controleren het elk jaar.',
					en: 'This is fixed policy, with an overview of all data, and we check it every year.'
				}
			]
		},
		{
			id: 'apps-gecontroleerd',
			statement: {
				nl: 'Voordat we een app of online dienst gebruiken, controleren we wat die met persoonsgegevens doet.',
				en: 'Before we use an app or online service, we check what it does with personal data.'
			},
			help: {
				nl: 'Bijvoorbeeld: waar staan de gegevens, moeten leerlingen een account maken, en is er een verwerkersovereenkomst? Dat is een contract waarin staat wat de maker van de app met de gegevens mag doen.',
				en: 'For example: where is the data stored, do pupils have to create an account, and is there a data processing agreement? That is a contract that says what the app’s maker may do with the data.'
			},
			weight: 1.5,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Dat controleren we niet.', en: 'We do not check that.' },
				{
					nl: 'We kijken er soms naar, als iemand erom vraagt.',
					en: 'We sometimes look at it, when someone asks.'
				},
				{
					nl: 'We controleren grote diensten, maar niet elke losse app.',
					en: 'We check big services, but not every single app.'
				},
				{
					nl: 'Elke nieuwe app gaat door een vaste controle, bijvoorbeeld met een verwerkersovereenkomst.',
					en: 'Every new app goes through a fixed check, for example with a data processing agreement.'
				},
				{
					nl: 'We hebben een lijst met goedgekeurde apps, en bekijken die elk jaar opnieuw.',
					en: 'We have a list of approved apps, and review it every year.'
				}
			]
		},
		{
			id: 'telefoonafspraken',
			statement: {
				'cultural-organisation': {
					nl: 'Er zijn afspraken over telefoons en sociale media tijdens onze activiteiten, ook met de scholen.',
					en: 'There are agreements about phones and social media during our activities, also with the schools.'
				},
				school: {
					nl: 'Er zijn afspraken over het gebruik van telefoons en sociale media in de les.',
					en: 'There are agreements about the use of phones and social media in lessons.'
				}
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Er zijn geen afspraken.', en: 'There are no agreements.' },
				{
					nl: 'Iedereen doet het op zijn eigen manier.',
					en: 'Everyone does it their own way.'
				},
				{
					nl: 'Er zijn afspraken, maar niet iedereen kent ze.',
					en: 'There are agreements, but not everyone knows them.'
				},
				{
					nl: 'De afspraken zijn duidelijk en iedereen kent ze.',
					en: 'The agreements are clear and everyone knows them.'
				},
				{
					nl: 'De afspraken zijn vast beleid, en we bekijken ze elk jaar.',
					en: 'The agreements are fixed policy, and we review them every year.'
				}
			]
		},
		{
			id: 'apparaten-voor-iedereen',
			statement: {
				'cultural-organisation': {
					nl: 'Deelnemers kunnen bij ons een geschikt apparaat gebruiken, ook als ze er zelf geen hebben.',
					en: 'Participants can use a suitable device with us, even if they do not have one of their own.'
				},
				school: {
					nl: 'Alle leerlingen kunnen in de les een geschikt apparaat gebruiken, ook als ze er zelf geen hebben.',
					en: 'All pupils can use a suitable device in lessons, even if they do not have one of their own.'
				}
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{
					nl: 'We hebben niet gekeken of iedereen een apparaat heeft.',
					en: 'We have not checked whether everyone has a device.'
				},
				{
					nl: 'Iedereen moet zijn eigen telefoon gebruiken.',
					en: 'Everyone has to use their own phone.'
				},
				{
					nl: 'Er zijn wat apparaten, maar niet genoeg of niet geschikt.',
					en: 'There are some devices, but not enough or not suitable.'
				},
				{
					nl: 'Er zijn genoeg geschikte apparaten voor iedereen.',
					en: 'There are enough suitable devices for everyone.'
				},
				{
					nl: 'We plannen apparaten en onderhoud vooruit, en kijken elk jaar wat nodig is.',
					en: 'We plan devices and maintenance ahead, and check every year what is needed.'
				}
			]
		},
		{
			id: 'afleiding-afspraken',
			statement: {
				'cultural-organisation': {
					nl: 'We spreken samen met deelnemers af hoe ze apparaten gebruiken zonder afgeleid te worden door berichten.',
					en: 'Together with participants we agree how they use devices without being distracted by messages.'
				},
				school: {
					nl: 'We spreken samen met leerlingen af hoe ze apparaten gebruiken zonder afgeleid te worden door berichten.',
					en: 'Together with pupils we agree how they use devices without being distracted by messages.'
				}
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Hier is nooit over gesproken.', en: 'This has never been discussed.' },
				{
					nl: 'We zeggen er iets van als het misgaat.',
					en: 'We say something when it goes wrong.'
				},
				{
					nl: 'Er zijn regels, maar de groep praat er niet over mee.',
					en: 'There are rules, but the group has no say in them.'
				},
				{
					nl: 'We maken de afspraken samen, bijvoorbeeld: meldingen uit tijdens de opdracht.',
					en: 'We make the agreements together, for example: notifications off during the assignment.'
				},
				{
					nl: 'Dit hoort bij elke digitale les of activiteit, en we bekijken de afspraken elk jaar.',
					en: 'This is part of every digital lesson or activity, and we review the agreements every year.'
				}
			]
		}
	]
} satisfies Area;
