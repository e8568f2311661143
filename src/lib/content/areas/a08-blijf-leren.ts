import type { Area } from '../schema';

export const blijfLeren = {
	id: 'blijf-leren',
	number: 8,
	title: {
		nl: 'Blijf voortdurend leren over digitale tools',
		en: 'Keep learning about digital tools'
	},
	shortTitle: { nl: 'Blijven leren', en: 'Keep learning' },
	recommendation: {
		nl: 'Blijf op de hoogte van digitale tools en hun toepassingen en overweeg hoe je jouw praktische kennis kan verbeteren over hun waarde en gebruik.',
		en: 'Stay informed about digital tools and their uses, and consider how you can improve your practical knowledge of their value and use.'
	},
	explanation: {
		nl: '“De digitale wereld ontwikkelt zich razendsnel”, zeiden deelnemers aan het traject van CultuurSchakel. Je hoeft niet alles te volgen, maar wel bewust te blijven leren: nieuwe tools uitproberen, kennis delen met collega’s en leren van andere organisaties.',
		en: '“The digital world develops at lightning speed”, said participants in the CultuurSchakel programme. You do not have to follow everything, but you do need to keep learning on purpose: trying new tools, sharing knowledge with colleagues and learning from other organisations.'
	},
	questions: [
		{
			id: 'bijhouden',
			statement: {
				nl: 'We houden bij welke nieuwe digitale tools er zijn en wat ze kunnen.',
				en: 'We keep track of new digital tools and what they can do.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Dat doen we niet.', en: 'We do not do that.' },
				{ nl: 'We horen er toevallig iets over.', en: 'We hear about it by chance.' },
				{
					nl: 'Iemand volgt het nieuws, maar deelt het weinig.',
					en: 'Someone follows the news, but rarely shares it.'
				},
				{
					nl: 'We volgen het bewust, via nieuwsbrieven, netwerken of bijeenkomsten.',
					en: 'We follow it on purpose, through newsletters, networks or meetings.'
				},
				{
					nl: 'Het is een vaste taak, en elk jaar kiezen we wat we verder onderzoeken.',
					en: 'It is a fixed task, and every year we choose what to look into further.'
				}
			]
		},
		{
			id: 'kennis-delen',
			statement: {
				nl: 'Collega’s delen met elkaar wat ze leren over digitale tools.',
				en: 'Colleagues share with each other what they learn about digital tools.'
			},
			weight: 1.5,
			audiences: ['cultural-organisation', 'school'],
			quickScan: true,
			levels: [
				{ nl: 'Dit gebeurt niet.', en: 'This does not happen.' },
				{
					nl: 'Alleen als iemand er toevallig naar vraagt.',
					en: 'Only when someone happens to ask.'
				},
				{ nl: 'Soms, in een teamoverleg.', en: 'Sometimes, in a team meeting.' },
				{
					nl: 'Er is een vast moment of een vaste plek om kennis te delen.',
					en: 'There is a fixed moment or place to share knowledge.'
				},
				{
					nl: 'Kennis delen is vast, ook met andere organisaties, en we kijken elk jaar hoe het beter kan.',
					en: 'Sharing knowledge is standard, also with other organisations, and every year we look at how to improve it.'
				}
			]
		},
		{
			id: 'uitproberen',
			statement: {
				nl: 'We proberen regelmatig een nieuwe tool uit, zonder dat het meteen moet lukken.',
				en: 'We regularly try out a new tool, without it having to succeed straight away.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Dat doen we niet.', en: 'We do not do that.' },
				{
					nl: 'Alleen als we zeker weten dat het werkt.',
					en: 'Only when we are sure it works.'
				},
				{ nl: 'Af en toe, als er tijd is.', en: 'Now and then, when there is time.' },
				{
					nl: 'We plannen het, en iets mag mislukken.',
					en: 'We plan it, and something is allowed to fail.'
				},
				{
					nl: 'Uitproberen hoort bij ons werk, en we delen elk jaar wat we leerden, ook wat niet werkte.',
					en: 'Trying things out is part of our work, and every year we share what we learned, including what did not work.'
				}
			]
		},
		{
			id: 'leren-van-anderen',
			statement: {
				nl: 'We leren van andere organisaties, bijvoorbeeld in een netwerk of een traject zoals dat van CultuurSchakel.',
				en: 'We learn from other organisations, for example in a network or a programme such as CultuurSchakel’s.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{
					nl: 'We hebben hierover geen contact met anderen.',
					en: 'We have no contact with others about this.'
				},
				{
					nl: 'We kennen anderen, maar praten er niet over.',
					en: 'We know others, but do not talk about it.'
				},
				{ nl: 'We hebben af en toe contact.', en: 'We have contact now and then.' },
				{
					nl: 'We zitten in een netwerk of traject en doen actief mee.',
					en: 'We are in a network or programme and take an active part.'
				},
				{
					nl: 'We werken samen met andere organisaties en delen ook zelf onze kennis.',
					en: 'We work together with other organisations and share our own knowledge too.'
				}
			]
		},
		{
			id: 'ethiek-ai',
			statement: {
				nl: 'We praten samen over de keerzijden van digitale tools en AI, zoals privacy, eerlijkheid en wat ze doen met creativiteit.',
				en: 'We talk together about the downsides of digital tools and AI, such as privacy, fairness and what they do to creativity.'
			},
			help: {
				nl: 'In de trajecten van CultuurSchakel spraken deelnemers over de ethiek van digitalisering: technologie mag de menselijke expressie niet vervangen.',
				en: 'In CultuurSchakel’s programmes participants discussed the ethics of digitalisation: technology must not replace human expression.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Daar hebben we het nooit over.', en: 'We never talk about that.' },
				{
					nl: 'Een enkeling denkt erover na, maar we praten er niet samen over.',
					en: 'A few people think about it, but we do not discuss it together.'
				},
				{
					nl: 'We hebben het erover als er iets gebeurt, zoals een nieuwe AI-tool.',
					en: 'We talk about it when something happens, such as a new AI tool.'
				},
				{
					nl: 'We hebben afspraken, bijvoorbeeld welke gegevens nooit in een AI-tool mogen.',
					en: 'We have agreements, for example which data may never go into an AI tool.'
				},
				{
					nl: 'Dit is vast beleid: we bespreken het elk jaar en passen onze afspraken aan.',
					en: 'This is fixed policy: we discuss it every year and adjust our agreements.'
				}
			]
		}
	]
} satisfies Area;
