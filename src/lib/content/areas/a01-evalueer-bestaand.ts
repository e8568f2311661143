import type { Area } from '../schema';

export const evalueerBestaand = {
	id: 'evalueer-bestaand',
	number: 1,
	title: {
		nl: 'Neem een stap terug voordat je nieuwe ideeën uitvoert',
		en: 'Take a step back before you carry out new ideas'
	},
	shortTitle: { nl: 'Bestaande middelen', en: 'Existing means' },
	recommendation: {
		nl: 'Evalueer eerst de bestaande middelen en vraag je af hoe je ze kunt verbeteren voordat je nieuwe projecten begint.',
		en: 'First evaluate the means you already have and ask how you can improve them before you start new projects.'
	},
	explanation: {
		nl: 'Vaak heb je al meer in huis dan je denkt: apparaten, apps, een website of lesmateriaal. Als je eerst kijkt wat er is en hoe goed het werkt, voorkom je dat je geld en tijd steekt in iets nieuws terwijl iets bestaands ook had gewerkt.',
		en: 'You often have more than you think: devices, apps, a website or teaching material. If you first look at what there is and how well it works, you avoid spending money and time on something new when a small improvement to something existing would have worked too.'
	},
	questions: [
		{
			id: 'overzicht-middelen',
			statement: {
				nl: 'We hebben een overzicht van de digitale middelen die we al hebben: apparaten, apps, website en lesmateriaal.',
				en: 'We have an overview of the digital tools we already have: devices, apps, website and teaching material.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'We hebben hier nog niet naar gekeken.', en: 'We have not looked at this yet.' },
				{
					nl: 'We weten ongeveer wat er is, maar het staat nergens op papier.',
					en: 'We roughly know what there is, but it is not written down anywhere.'
				},
				{
					nl: 'Er is een lijst, maar die is niet compleet of niet actueel.',
					en: 'There is a list, but it is incomplete or out of date.'
				},
				{
					nl: 'Er is een complete lijst die collega’s kunnen vinden.',
					en: 'There is a complete list that colleagues can find.'
				},
				{
					nl: 'De lijst hoort bij ons werk en we werken hem elk jaar bij.',
					en: 'The list is part of how we work and we update it every year.'
				}
			]
		},
		{
			id: 'gebruik-geevalueerd',
			statement: {
				nl: 'We kijken na hoe goed onze bestaande digitale middelen werken en hoe vaak ze gebruikt worden.',
				en: 'We check how well the digital tools we already have work and how often they are used.'
			},
			weight: 1.5,
			audiences: ['cultural-organisation', 'school'],
			quickScan: true,
			levels: [
				{ nl: 'We hebben hier nog niet naar gekeken.', en: 'We have not looked at this yet.' },
				{
					nl: 'We hebben een gevoel, maar we hebben het nooit nagevraagd.',
					en: 'We have a feeling about it, but we have never asked.'
				},
				{
					nl: 'We hebben het één keer bekeken, bijvoorbeeld na een project.',
					en: 'We looked at it once, for example after a project.'
				},
				{
					nl: 'We vragen gebruikers regelmatig wat werkt en wat niet.',
					en: 'We regularly ask users what works and what does not.'
				},
				{
					nl: 'We kijken dit elk jaar na en gebruiken de uitkomst bij nieuwe plannen.',
					en: 'We review this every year and use the outcome in new plans.'
				}
			]
		},
		{
			id: 'verbeteren-voor-nieuw',
			statement: {
				nl: 'Voordat we iets nieuws beginnen, kijken we eerst of we iets bestaands kunnen verbeteren.',
				en: 'Before we start something new, we first check whether we can improve something we already have.'
			},
			weight: 1.5,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{
					nl: 'We beginnen meteen aan nieuwe ideeën.',
					en: 'We go straight to new ideas.'
				},
				{
					nl: 'Soms denken we eraan, maar meestal pas achteraf.',
					en: 'Sometimes we think of it, but usually only afterwards.'
				},
				{
					nl: 'We doen dit bij grote plannen, niet bij kleine.',
					en: 'We do this for big plans, not for small ones.'
				},
				{
					nl: 'We doen dit bij elk nieuw plan en schrijven onze keuze op.',
					en: 'We do this for every new plan and write down our choice.'
				},
				{
					nl: 'Het is een vaste stap in hoe we plannen maken, en we bekijken die stap elk jaar.',
					en: 'It is a fixed step in how we make plans, and we review that step every year.'
				}
			]
		},
		{
			id: 'durven-stoppen',
			statement: {
				nl: 'We durven te stoppen met digitale middelen die niet (meer) goed werken.',
				en: 'We dare to stop using digital tools that no longer work well.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{
					nl: 'We hebben hier nog niet over nagedacht.',
					en: 'We have not thought about this yet.'
				},
				{
					nl: 'Oude middelen blijven bestaan, ook als niemand ze gebruikt.',
					en: 'Old means stay around, even when nobody uses them.'
				},
				{
					nl: 'We ruimen af en toe op, zonder vaste afspraken.',
					en: 'We tidy up now and then, without fixed agreements.'
				},
				{
					nl: 'We hebben afgesproken wanneer we met iets stoppen.',
					en: 'We have agreed on when we stop using something.'
				},
				{
					nl: 'We kijken elk jaar wat blijft en wat stopt, en leggen uit waarom.',
					en: 'Every year we decide what stays and what stops, and explain why.'
				}
			]
		}
	]
} satisfies Area;
