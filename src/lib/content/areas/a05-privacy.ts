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
		nl: 'Apps en online diensten gebruiken vaak gegevens van leerlingen. De wet (AVG) vraagt dat je daar open over bent en zorgvuldig mee omgaat. Daarnaast moet iedereen kunnen meedoen, ook wie geen eigen apparaat heeft, en moet de les niet verdwijnen in meldingen en berichten.',
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
				nl: 'Voordat we een app of online dienst gebruiken, controleren we wat die met persoonsgegevens doet en vanaf welke leeftijd hij mag.',
				en: 'Before we use an app or online service, we check what it does with personal data and from what age it may be used.'
			},
			help: {
				nl: 'Bijvoorbeeld: waar staan de gegevens, moeten leerlingen een account maken, en is er een verwerkersovereenkomst? Dat is een contract waarin staat wat de maker van de app met de gegevens mag doen. Veel sociale media zijn pas vanaf 13 jaar, en onder de 16 jaar geven ouders toestemming.',
				en: 'For example: where is the data stored, do pupils have to create an account, and is there a data processing agreement? That is a contract that says what the app’s maker may do with the data. Many social media are only for ages 13 and up, and under 16 parents give consent.'
			},
			weight: 1.5,
			critical: true,
			audiences: ['cultural-organisation', 'school'],
			quickScan: true,
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
					nl: 'We spreken met scholen af hoe de landelijke afspraak over telefoons in de klas geldt bij onze activiteiten.',
					en: 'We agree with schools how the national agreement on phones in class applies to our activities.'
				},
				school: {
					nl: 'We volgen de landelijke afspraak over telefoons in de klas, en leggen uit wanneer een apparaat wel mag.',
					en: 'We follow the national agreement on phones in class, and explain when a device is allowed.'
				}
			},
			help: {
				'cultural-organisation': {
					nl: 'Sinds 2024 horen telefoons, tablets en smartwatches niet in de klas, in het voortgezet, primair en speciaal onderwijs. Het mag wel als de les het nodig heeft, of om medische redenen of een beperking.',
					en: 'Since 2024, phones, tablets and smartwatches do not belong in class, in secondary, primary and special education. They are allowed when the lesson needs them, or for medical reasons or a disability.'
				},
				school: {
					nl: 'Sinds 2024 horen telefoons, tablets en smartwatches niet in de klas (voortgezet onderwijs sinds januari 2024, primair en speciaal onderwijs sinds schooljaar 2024-2025). Het mag wel als de les het nodig heeft, of om medische redenen of een beperking.',
					en: 'Since 2024, phones, tablets and smartwatches do not belong in class (secondary education since January 2024, primary and special education since the 2024-2025 school year). They are allowed when the lesson needs them, or for medical reasons or a disability.'
				}
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{
					nl: 'We kennen de afspraak niet, of hebben er niet naar gekeken.',
					en: 'We do not know the agreement, or have not looked at it.'
				},
				{
					nl: 'Iedereen doet het op zijn eigen manier.',
					en: 'Everyone does it their own way.'
				},
				{
					nl: 'Er zijn afspraken, maar niet iedereen kent ze.',
					en: 'There are agreements, but not everyone knows them.'
				},
				{
					nl: 'Iedereen kent de afspraken, ook wanneer een apparaat wel mag, en we maken ze samen met de groep.',
					en: 'Everyone knows the agreements, including when a device is allowed, and we make them together with the group.'
				},
				{
					nl: 'De afspraken zijn vast beleid, en we bekijken ze elk jaar.',
					en: 'The agreements are fixed policy, and we review them every year.'
				}
			]
		},
		{
			id: 'toestemming-beeld',
			statement: {
				'cultural-organisation': {
					nl: 'We vragen toestemming voordat we foto’s of video’s van deelnemers maken of delen, en we houden bij wie nee zei.',
					en: 'We ask for consent before we take or share photos or videos of participants, and we keep track of who said no.'
				},
				school: {
					nl: 'We vragen ouders of leerlingen toestemming voor foto’s en video’s, en we weten in elke les wie nee zei.',
					en: 'We ask parents or pupils for consent for photos and videos, and in every lesson we know who said no.'
				}
			},
			help: {
				nl: 'Onder de 16 jaar geven ouders toestemming. Dat geldt ook voor filmpjes die leerlingen in een digitale les van elkaar maken.',
				en: 'Under 16, parents give consent. That also applies to videos pupils make of each other in a digital lesson.'
			},
			weight: 1.5,
			critical: true,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Daar hebben we nog niet naar gekeken.', en: 'We have not looked at that yet.' },
				{
					nl: 'We maken en delen beelden, maar vragen niet vast om toestemming.',
					en: 'We take and share images, but do not ask for consent as a rule.'
				},
				{
					nl: 'We vragen toestemming, maar in de les weet niet iedereen wie nee zei.',
					en: 'We ask for consent, but in class not everyone knows who said no.'
				},
				{
					nl: 'We vragen vooraf toestemming, en wie beelden maakt, weet wie nee zei.',
					en: 'We ask for consent beforehand, and whoever takes images knows who said no.'
				},
				{
					nl: 'Dit is vast beleid, ook voor beelden die leerlingen zelf maken, en we bekijken het elk jaar.',
					en: 'This is fixed policy, also for images pupils make themselves, and we review it every year.'
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
			id: 'afleiding',
			statement: {
				nl: 'We spreken met de leerlingen af hoe ze apparaten gebruiken zonder afgeleid te worden door binnenkomende berichten.',
				en: 'We agree with the pupils how they use devices without being distracted by incoming messages.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Daar hebben we niet naar gekeken.', en: 'We have not looked at that.' },
				{
					nl: 'We merken het, maar doen er niets mee.',
					en: 'We notice the distraction, but do nothing about it.'
				},
				{
					nl: 'De begeleider zegt er iets van als het gebeurt.',
					en: 'The lesson leader says something when it happens.'
				},
				{
					nl: 'We spreken het vooraf af, bijvoorbeeld meldingen uit.',
					en: 'We agree on it beforehand, for example notifications off.'
				},
				{
					nl: 'Leerlingen maken de afspraken mee; elk jaar kijken we of ze werken.',
					en: 'The pupils help make the agreements, and every year we check they work.'
				}
			]
		}
	]
} satisfies Area;
