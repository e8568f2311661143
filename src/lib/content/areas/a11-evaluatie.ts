import type { Area } from '../schema';

export const evaluatie = {
	id: 'evaluatie',
	number: 11,
	title: { nl: 'Besteed aandacht aan de evaluatie', en: 'Pay attention to evaluation' },
	shortTitle: { nl: 'Evaluatie', en: 'Evaluation' },
	recommendation: {
		nl: 'Een deelnemer: “Neem vooral de leerlingen mee in de evaluatie. Schrijf alles op en laat het zien. De duurzaamheid van je project hangt er vanaf: wat je leert, dat wil je kunnen vasthouden voor de toekomst.”',
		en: 'A participant: “Above all, involve the pupils in the evaluation. Write everything down and show it. The sustainability of your project depends on it: what you learn, you want to be able to keep for the future.”'
	},
	explanation: {
		nl: 'Evalueren is meer dan een formulier. Als je leerlingen laat meepraten, alles opschrijft en de uitkomst deelt, kun je het de volgende keer beter doen. STET bood het Macbeth-traject een jaar later verbeterd opnieuw aan.',
		en: 'Evaluation is more than a form at the end. If you let pupils have their say, write everything down and share the outcome, you can do better next time. STET offered its Macbeth programme again a year later, improved with the lessons of the year before.'
	},
	questions: [
		{
			id: 'leerlingen-evalueren-mee',
			statement: {
				'cultural-organisation': {
					nl: 'Deelnemers, zoals leerlingen, doen mee aan de evaluatie van ons digitale aanbod.',
					en: 'Participants, such as pupils, take part in evaluating our digital offer.'
				},
				school: {
					nl: 'Leerlingen doen mee aan de evaluatie van digitale cultuurlessen.',
					en: 'Pupils take part in evaluating digital arts lessons.'
				}
			},
			weight: 1.5,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'We evalueren niet.', en: 'We do not evaluate.' },
				{
					nl: 'We evalueren alleen met collega’s.',
					en: 'We only evaluate among colleagues.'
				},
				{
					nl: 'We vragen soms wat leerlingen ervan vonden.',
					en: 'We sometimes ask what pupils thought of it.'
				},
				{
					nl: 'Leerlingen doen altijd mee, bijvoorbeeld met een korte vragenlijst of een gesprek.',
					en: 'Pupils always take part, for example with a short questionnaire or a conversation.'
				},
				{
					nl: 'Leerlingen evalueren mee en denken mee over verbeteringen, elk jaar.',
					en: 'Pupils take part in the evaluation and help think of improvements, every year.'
				}
			]
		},
		{
			id: 'opschrijven',
			statement: {
				nl: 'We schrijven op wat we leren, zodat het niet verloren gaat als iemand vertrekt.',
				en: 'We write down what we learn, so that it is not lost when someone leaves.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'We schrijven niets op.', en: 'We do not write anything down.' },
				{
					nl: 'Het zit vooral in de hoofden van een paar mensen.',
					en: 'It is mostly in the heads of a few people.'
				},
				{
					nl: 'Er zijn losse aantekeningen, maar die zijn moeilijk te vinden.',
					en: 'There are loose notes, but they are hard to find.'
				},
				{
					nl: 'We leggen lessen vast op een vaste plek die iedereen kan vinden.',
					en: 'We record lessons in a fixed place that everyone can find.'
				},
				{
					nl: 'Vastleggen is vast, en we gebruiken het elk jaar bij nieuwe plannen.',
					en: 'Recording is standard, and every year we use it for new plans.'
				}
			]
		},
		{
			id: 'uitkomsten-delen',
			statement: {
				nl: 'We laten de uitkomsten van evaluaties zien, binnen onze organisatie en aan partners.',
				en: 'We show the outcomes of evaluations, within our organisation and to partners.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Dat doen we niet.', en: 'We do not do that.' },
				{
					nl: 'Alleen als iemand erom vraagt.',
					en: 'Only when someone asks for it.'
				},
				{
					nl: 'We delen ze binnen het team.',
					en: 'We share them within the team.'
				},
				{
					nl: 'We delen ze binnen de organisatie en met partners, zoals scholen.',
					en: 'We share them within the organisation and with partners, such as schools.'
				},
				{
					nl: 'We delen ze ook breder, bijvoorbeeld in een netwerk, en elk jaar opnieuw.',
					en: 'We also share them more widely, for example in a network, every year.'
				}
			]
		},
		{
			id: 'evaluatie-gebruiken',
			statement: {
				nl: 'We passen ons aanbod aan op basis van wat evaluaties laten zien.',
				en: 'We adapt our offer based on what evaluations show.'
			},
			weight: 1.5,
			audiences: ['cultural-organisation', 'school'],
			quickScan: true,
			levels: [
				{
					nl: 'Evaluaties hebben geen gevolg.',
					en: 'Evaluations have no consequences.'
				},
				{
					nl: 'We lezen ze, maar er verandert weinig.',
					en: 'We read them, but little changes.'
				},
				{
					nl: 'We veranderen soms iets, vooral kleine dingen.',
					en: 'We sometimes change something, mostly small things.'
				},
				{
					nl: 'Na elke evaluatie kiezen we wat we verbeteren.',
					en: 'After every evaluation we choose what to improve.'
				},
				{
					nl: 'Verbeteren na evaluatie is vast, en we laten zien wat er veranderde.',
					en: 'Improving after evaluation is standard, and we show what changed.'
				}
			]
		}
	]
} satisfies Area;
