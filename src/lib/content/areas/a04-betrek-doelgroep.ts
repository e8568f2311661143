import type { Area } from '../schema';

export const betrekDoelgroep = {
	id: 'betrek-doelgroep',
	number: 4,
	title: {
		nl: 'Betrek leerlingen en leraren bij het ontwerp',
		en: 'Involve pupils and teachers in the design'
	},
	shortTitle: { nl: 'Doelgroep betrekken', en: 'Involve users' },
	recommendation: {
		nl: 'Doe van tevoren onderzoek en verzamel de vragen en behoeften van deelnemers. Plan regelmatige test- en feedbacksessies.',
		en: 'Do research beforehand and collect the questions and needs of participants. Plan regular test and feedback sessions.'
	},
	explanation: {
		nl: 'Wat jij mooi vindt, werkt niet altijd voor leerlingen of leraren. Als je hen vooraf vraagt wat ze nodig hebben en tussendoor laat testen, maak je iets wat echt gebruikt wordt. STET leerde zo: niet van jezelf uitgaan, maar “uitgaan van wat werkt voor de jongeren”.',
		en: 'What you like does not always work for pupils or teachers. If you ask them beforehand what they need and let them test along the way, you make something that is actually used. That is how STET learned: do not start from yourself, but “start from what works for young people”.'
	},
	questions: [
		{
			id: 'behoeften-vooraf',
			statement: {
				'cultural-organisation': {
					nl: 'Voordat we iets digitaals maken, vragen we deelnemers en leraren wat ze nodig hebben.',
					en: 'Before we make something digital, we ask participants and teachers what they need.'
				},
				school: {
					nl: 'Voordat we iets digitaals kiezen of maken, vragen we leerlingen en leraren wat ze nodig hebben.',
					en: 'Before we choose or make something digital, we ask pupils and teachers what they need.'
				}
			},
			weight: 1.5,
			audiences: ['cultural-organisation', 'school'],
			quickScan: true,
			levels: [
				{ nl: 'Dat hebben we nog nooit gedaan.', en: 'We have never done that.' },
				{
					nl: 'We gaan uit van wat we zelf denken dat nodig is.',
					en: 'We go by what we ourselves think is needed.'
				},
				{
					nl: 'We vragen het soms, bijvoorbeeld in een los gesprek.',
					en: 'We sometimes ask, for example in an informal chat.'
				},
				{
					nl: 'We vragen het vooraf altijd, met een korte vragenlijst of een gesprek.',
					en: 'We always ask beforehand, with a short questionnaire or a conversation.'
				},
				{
					nl: 'Onderzoek vooraf hoort bij elk project, en we verbeteren de aanpak elk jaar.',
					en: 'Research beforehand is part of every project, and we improve the approach every year.'
				}
			]
		},
		{
			id: 'testmomenten',
			statement: {
				'cultural-organisation': {
					nl: 'We testen een ontwerp met deelnemers en plannen daar vaste momenten voor.',
					en: 'We test a design with participants and plan fixed moments for it.'
				},
				school: {
					nl: 'We testen digitale lessen met leerlingen en plannen daar vaste momenten voor.',
					en: 'We test digital lessons with pupils and plan fixed moments for it.'
				}
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'We testen niet met de doelgroep.', en: 'We do not test with the target group.' },
				{
					nl: 'We testen pas als het product af is.',
					en: 'We only test when the product is finished.'
				},
				{ nl: 'We testen één keer tussendoor.', en: 'We test once along the way.' },
				{
					nl: 'We plannen meerdere test- en feedbackmomenten in elk project.',
					en: 'We plan several test and feedback moments in every project.'
				},
				{
					nl: 'Testen en bijsturen gaat steeds door, en we kijken elk jaar hoe het beter kan.',
					en: 'Testing and adjusting is ongoing, and every year we look at how to do it better.'
				}
			]
		},
		{
			id: 'aanpak-vanuit-gebruiker',
			statement: {
				nl: 'We werken met een vaste aanpak die begint bij de gebruiker, zoals Design Thinking.',
				en: 'We work with a fixed approach that starts from the user, such as Design Thinking.'
			},
			help: {
				nl: 'Design Thinking heeft 5 stappen: je inleven in de gebruiker, het probleem omschrijven, ideeën bedenken, een prototype maken en het ontwerp testen.',
				en: 'Design Thinking has 5 steps: empathise with the user, define the problem, come up with ideas, make a prototype and test the design.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'We kennen zo’n aanpak niet.', en: 'We do not know such an approach.' },
				{
					nl: 'We kennen het, maar gebruiken het niet.',
					en: 'We know it, but do not use it.'
				},
				{ nl: 'We hebben het één keer gebruikt.', en: 'We have used it once.' },
				{
					nl: 'We gebruiken het in de meeste projecten.',
					en: 'We use it in most projects.'
				},
				{
					nl: 'Het is onze vaste manier van werken, en we leren er elk jaar meer over.',
					en: 'It is our standard way of working, and we learn more about it every year.'
				}
			]
		},
		{
			id: 'samen-ontwerpen',
			statement: {
				'cultural-organisation': {
					nl: 'Leraren van scholen denken mee over het ontwerp van ons digitale aanbod.',
					en: 'Teachers from schools help shape the design of our digital programme.'
				},
				school: {
					nl: 'Leraren en leerlingen denken mee met de culturele partner over het ontwerp van digitale lessen.',
					en: 'Teachers and pupils help the cultural partner shape the design of digital lessons.'
				}
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Dit gebeurt niet.', en: 'This does not happen.' },
				{
					nl: 'Ze horen het pas als het klaar is.',
					en: 'They only hear about it when it is finished.'
				},
				{ nl: 'Ze mogen reageren op een plan.', en: 'They may comment on a plan.' },
				{
					nl: 'Ze zitten bij het ontwerp aan tafel, bijvoorbeeld in een werkgroep.',
					en: 'They are at the table during the design, for example in a working group.'
				},
				{
					nl: 'Samen ontwerpen is vast, met afspraken over ieders rol, en we kijken er elk jaar naar.',
					en: 'Designing together is standard, with agreements on everyone’s role, and we review it every year.'
				}
			]
		},
		{
			id: 'toegankelijk',
			statement: {
				nl: 'Ons digitale aanbod werkt ook voor wie een beperking heeft, weinig digitale ervaring heeft of de taal minder goed spreekt.',
				en: 'Our digital offer also works for people with a disability, little digital experience or less command of the language.'
			},
			help: {
				nl: 'Bijvoorbeeld: ondertiteling bij video, goed leesbare tekst, werken met alleen een toetsenbord, of uitleg met plaatjes.',
				en: 'For example: subtitles on video, easy-to-read text, working with a keyboard only, or explanations with pictures.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Daar hebben we nog niet naar gekeken.', en: 'We have not looked at that yet.' },
				{
					nl: 'We passen iets aan als iemand het vraagt.',
					en: 'We adjust something when someone asks.'
				},
				{
					nl: 'We letten op een paar dingen, zoals ondertiteling, maar niet vast.',
					en: 'We pay attention to a few things, such as subtitles, but not as a rule.'
				},
				{
					nl: 'We toetsen elk nieuw aanbod op toegankelijkheid, samen met iemand uit die groep.',
					en: 'We check every new offer for accessibility, together with someone from that group.'
				},
				{
					nl: 'Toegankelijkheid is vast beleid, en we bekijken het elk jaar.',
					en: 'Accessibility is fixed policy, and we review it every year.'
				}
			]
		}
	]
} satisfies Area;
