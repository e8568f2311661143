import type { Area } from '../schema';

export const tijdEnMiddelen = {
	id: 'tijd-en-middelen',
	number: 2,
	title: { nl: 'Wijs voldoende tijd en middelen toe', en: 'Allocate enough time and resources' },
	shortTitle: { nl: 'Tijd en geld', en: 'Time and money' },
	recommendation: {
		nl: 'Een digitaal project vereist tijd en mankracht. Behandel het niet alsof het minder belangrijk is of minder tijd nodig heeft. De meeste tijd kruipt in onderzoeken en experimenteren. Een deelnemer: “Maak een goede begroting en onderschat je eigen uren niet.”',
		en: 'A digital project needs time and people. Do not treat it as if it were less important or needed less time. Most of the time goes into research and experimenting. A participant: “Make a good budget and do not underestimate your own hours.”'
	},
	explanation: {
		nl: 'Digitale projecten kosten meer tijd dan je verwacht. Wie daar geen tijd en geld voor vrijmaakt, loopt halverwege vast. Een eerlijke begroting met je eigen uren erin maakt een project haalbaar.',
		en: 'Digital projects take more time than you expect. If you do not set aside time and money for that, you get stuck halfway. An honest budget that includes your own hours makes a project feasible.'
	},
	questions: [
		{
			id: 'budget-digitaal',
			statement: {
				nl: 'Er is een begroting voor digitale projecten, met een eigen bedrag.',
				en: 'There is a budget for digital projects, with its own amount.'
			},
			weight: 1.5,
			critical: true,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Er is geen geld voor gereserveerd.', en: 'No money has been set aside for it.' },
				{
					nl: 'Soms is er geld, maar alleen als er iets over is.',
					en: 'Sometimes there is money, but only when something is left over.'
				},
				{
					nl: 'Er is een bedrag voor één project, niet voor de langere termijn.',
					en: 'There is an amount for one project, not for the longer term.'
				},
				{
					nl: 'Er is elk jaar een vast bedrag in de begroting.',
					en: 'There is a fixed amount in the budget every year.'
				},
				{
					nl: 'Het budget hoort bij ons beleid en we passen het elk jaar aan op wat we geleerd hebben.',
					en: 'The budget is part of our policy and every year we adjust it to what we have learned.'
				}
			]
		},
		{
			id: 'eigen-uren',
			statement: {
				nl: 'We tellen onze eigen uren mee als we een digitaal project plannen.',
				en: 'We count our own hours when we plan a digital project.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'We tellen onze eigen uren niet mee.', en: 'We do not count our own hours.' },
				{
					nl: 'We schatten de uren, maar vaak te laag.',
					en: 'We estimate the hours, but often too low.'
				},
				{
					nl: 'We plannen uren, maar houden niet bij of het klopt.',
					en: 'We plan hours, but do not track whether that was right.'
				},
				{
					nl: 'We plannen uren en houden bij hoeveel tijd het echt kost.',
					en: 'We plan hours and track how much time it really takes.'
				},
				{
					nl: 'We vergelijken elk jaar plan en werkelijkheid, en passen onze planning aan.',
					en: 'Every year we compare plan and reality, and adjust our planning.'
				}
			]
		},
		{
			id: 'tijd-voor-onderzoek',
			statement: {
				'cultural-organisation': {
					nl: 'Medewerkers en makers krijgen tijd om digitale mogelijkheden te onderzoeken en uit te proberen.',
					en: 'Staff and makers get time to research and try out digital possibilities.'
				},
				school: {
					nl: 'Leraren krijgen tijd (bijvoorbeeld taakuren) om digitale lessen te onderzoeken en uit te proberen.',
					en: 'Teachers get time (for example task hours) to research and try out digital lessons.'
				}
			},
			help: {
				nl: 'De meeste tijd in een digitaal project gaat naar zoeken, proberen en opnieuw proberen.',
				en: 'Most of the time in a digital project goes into searching, trying and trying again.'
			},
			weight: 1.5,
			audiences: ['cultural-organisation', 'school'],
			quickScan: true,
			levels: [
				{
					nl: 'Er is geen tijd voor vrijgemaakt.',
					en: 'No time has been set aside for it.'
				},
				{
					nl: 'Het gebeurt in de eigen tijd van enthousiaste collega’s.',
					en: 'It happens in the spare time of enthusiastic colleagues.'
				},
				{
					nl: 'Er is tijd voor, maar die schiet er vaak bij in.',
					en: 'There is time for it, but it often gets lost.'
				},
				{
					nl: 'Er zijn vaste uren voor, en die worden ook echt gebruikt.',
					en: 'There are fixed hours for it, and they are really used.'
				},
				{
					nl: 'Tijd voor onderzoek hoort bij elk project, en we kijken elk jaar of het genoeg is.',
					en: 'Time for research is part of every project, and every year we check whether it is enough.'
				}
			]
		},
		{
			id: 'trekker',
			statement: {
				nl: 'Er is iemand die digitale projecten trekt en daar ook uren voor heeft.',
				en: 'There is someone who leads digital projects and has hours for it.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Niemand is hiervoor verantwoordelijk.', en: 'Nobody is responsible for this.' },
				{
					nl: 'Iemand doet het erbij, zonder uren.',
					en: 'Someone does it on the side, without hours.'
				},
				{
					nl: 'Iemand heeft uren, maar te weinig of alleen voor dit jaar.',
					en: 'Someone has hours, but too few or only for this year.'
				},
				{
					nl: 'Er is een trekker met vaste uren en een duidelijke opdracht.',
					en: 'There is a lead with fixed hours and a clear brief.'
				},
				{
					nl: 'De rol is vast in onze organisatie, met een vervanger, en we bekijken hem elk jaar.',
					en: 'The role is a fixed part of our organisation, with a stand-in, and we review it every year.'
				}
			]
		},
		{
			id: 'partners',
			statement: {
				nl: 'We weten wat onze partners goed kunnen, en werken zo samen dat we elkaar versterken.',
				en: 'We know what our partners are good at, and work together so that our strengths reinforce each other.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{
					nl: 'We werken niet samen.',
					en: 'We do not work with others on digital projects.'
				},
				{
					nl: 'Soms, maar we weten niet wat de ander kan.',
					en: 'Sometimes, but we do not really know what the other can do.'
				},
				{
					nl: 'We weten wat één partner kan, en gebruiken dat soms.',
					en: 'We know what one partner can do, and sometimes use it.'
				},
				{
					nl: 'We weten wat ieder kan, en verdelen het werk zo.',
					en: 'With partners we mapped what each can do, and divide the work that way.'
				},
				{
					nl: 'Zo werken we vast, en we kijken er elk jaar naar.',
					en: 'This is how we always work, and we review it together every year.'
				}
			]
		}
	]
} satisfies Area;
