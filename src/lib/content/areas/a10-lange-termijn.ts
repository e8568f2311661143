import type { Area } from '../schema';

export const langeTermijn = {
	id: 'lange-termijn',
	number: 10,
	title: { nl: 'Richt je op langetermijnprojecten', en: 'Focus on long-term projects' },
	shortTitle: { nl: 'Lange termijn', en: 'Long term' },
	recommendation: {
		nl: 'Behandel een digitaliseringsproject als een langetermijninspanning die zich aanpast aan technologische, onderwijs- en maatschappelijke veranderingen en die in lijn is met de missie van de organisatie. Wees bereid om een nieuwe weg in te slaan als het project niet goed past.',
		en: 'Treat a digitalisation project as a long-term effort that adapts to technological, educational and social change and is in line with the organisation’s mission. Be willing to take a new path if the project does not fit well.'
	},
	explanation: {
		nl: 'Een los project stopt vaak als de subsidie stopt. Digitale plannen werken het best als ze passen bij waar je als organisatie voor staat, als er een plan voor meerdere jaren is, en als je durft bij te sturen.',
		en: 'A single project often stops when the funding stops. Digital plans work best when they fit what your organisation stands for, when there is a plan for several years, and when you dare to change course when something does not fit.'
	},
	questions: [
		{
			id: 'past-bij-missie',
			statement: {
				'cultural-organisation': {
					nl: 'Onze digitale plannen passen bij de missie en visie van onze organisatie.',
					en: 'Our digital plans fit the mission and vision of our organisation.'
				},
				school: {
					nl: 'Onze digitale plannen passen bij de visie van de school op onderwijs en cultuureducatie.',
					en: 'Our digital plans fit the school’s vision on education and cultural education.'
				}
			},
			weight: 1.5,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{
					nl: 'We hebben dit nooit naast elkaar gelegd.',
					en: 'We have never put them side by side.'
				},
				{ nl: 'Het zijn losse projecten.', en: 'They are separate projects.' },
				{
					nl: 'Sommige projecten passen erbij, andere niet.',
					en: 'Some projects fit, others do not.'
				},
				{
					nl: 'Alle digitale plannen hebben een duidelijke link met de missie of visie.',
					en: 'All digital plans have a clear link with the mission or vision.'
				},
				{
					nl: 'Digitaal is een vast deel van ons beleid, en we bekijken het elk jaar samen.',
					en: 'Digital is a fixed part of our policy, and we review it together every year.'
				}
			]
		},
		{
			id: 'meerjarenplan',
			statement: {
				nl: 'We hebben een plan voor meerdere jaren, niet alleen voor één project.',
				en: 'We have a plan for several years, not just for one project.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Er is geen plan.', en: 'There is no plan.' },
				{
					nl: 'We plannen per project of per subsidie.',
					en: 'We plan per project or per grant.'
				},
				{
					nl: 'Er zijn ideeën voor later, maar niet op papier.',
					en: 'There are ideas for later, but not on paper.'
				},
				{
					nl: 'Er is een plan voor twee jaar of langer.',
					en: 'There is a plan for two years or longer.'
				},
				{
					nl: 'Er is een meerjarenplan, en we werken het elk jaar bij.',
					en: 'There is a multi-year plan, and we update it every year.'
				}
			]
		},
		{
			id: 'durven-bijsturen',
			statement: {
				nl: 'We durven een project anders aan te pakken of te stoppen als het niet goed past.',
				en: 'We dare to change a project’s approach or stop it if it does not fit well.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Daar hebben we nooit over nagedacht.', en: 'We have never thought about that.' },
				{
					nl: 'Wat we begonnen zijn, maken we af, wat er ook gebeurt.',
					en: 'What we start, we finish, whatever happens.'
				},
				{
					nl: 'We sturen bij als het echt niet anders kan.',
					en: 'We change course only when there is really no other way.'
				},
				{
					nl: 'We hebben vaste momenten om te kiezen: doorgaan, aanpassen of stoppen.',
					en: 'We have fixed moments to choose: continue, adjust or stop.'
				},
				{
					nl: 'Bijsturen is gewoon bij ons, en we leggen elk jaar vast wat we leerden.',
					en: 'Changing course is normal for us, and every year we record what we learned.'
				}
			]
		},
		{
			id: 'blijft-bestaan',
			statement: {
				nl: 'Als een project of subsidie stopt, kan het digitale aanbod blijven bestaan: er is een eigenaar, onderhoud en geld.',
				en: 'When a project or grant ends, the digital offer can continue: there is an owner, maintenance and money.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			quickScan: true,
			levels: [
				{ nl: 'Daar hebben we niet naar gekeken.', en: 'We have not looked at that.' },
				{
					nl: 'Na het project stopt het meestal.',
					en: 'It usually stops after the project.'
				},
				{
					nl: 'Het blijft bestaan, maar niemand onderhoudt het.',
					en: 'It continues, but nobody maintains it.'
				},
				{
					nl: 'Er is een eigenaar en er zijn afspraken over onderhoud.',
					en: 'There is an owner and there are agreements on maintenance.'
				},
				{
					nl: 'Onderhoud en geld zijn vooraf geregeld, en we bekijken het elk jaar.',
					en: 'Maintenance and money are arranged in advance, and we review them every year.'
				}
			]
		},
		{
			id: 'meebewegen',
			statement: {
				nl: 'We passen onze digitale plannen aan als de techniek, het onderwijs of de samenleving verandert.',
				en: 'We adjust our digital plans when technology, education or society changes.'
			},
			help: {
				nl: 'Bijvoorbeeld: de afspraak over telefoons in de klas, nieuwe AI-tools, of een school die een andere lesmethode kiest.',
				en: 'For example: the agreement on phones in class, new AI tools, or a school that chooses another teaching method.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Daar kijken we niet naar.', en: 'We do not look at that.' },
				{
					nl: 'We merken veranderingen pas als iets niet meer werkt.',
					en: 'We only notice changes when something no longer works.'
				},
				{
					nl: 'We volgen veranderingen, maar passen onze plannen zelden aan.',
					en: 'We follow changes, but rarely adjust our plans.'
				},
				{
					nl: 'We bespreken veranderingen en passen onze plannen op tijd aan.',
					en: 'We discuss changes and adjust our plans in time.'
				},
				{
					nl: 'We kijken elk jaar vooruit: wat verandert er, en wat betekent dat voor ons plan?',
					en: 'Every year we look ahead: what is changing, and what does that mean for our plan?'
				}
			]
		}
	]
} satisfies Area;
