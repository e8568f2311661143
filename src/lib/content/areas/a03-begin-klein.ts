import type { Area } from '../schema';

export const beginKlein = {
	id: 'begin-klein',
	number: 3,
	title: { nl: 'Begin klein', en: 'Start small' },
	shortTitle: { nl: 'Begin klein', en: 'Start small' },
	recommendation: {
		nl: 'Focus op praktische stappen. Begin klein, zelfs als je grote plannen hebt, want innovatieve oplossingen zijn misschien dichterbij dan je denkt. Breek grote plannen op in kleinere stappen en verkies praktische ideeën boven complexe.',
		en: 'Focus on practical steps. Start small, even if you have big plans, because innovative solutions may be closer than you think. Break big plans into smaller steps and prefer practical ideas over complex ones.'
	},
	explanation: {
		nl: 'Een grote app is spannend, maar riskant. Een kleine stap, zoals één les met een app die je al kent, levert snel iets op en leert je wat werkt. Topaze begon met wat er al was: een VR-bril en een app op de telefoon.',
		en: 'A big app or a completely new platform is exciting, but also risky. A small step, such as one lesson with an app you already know, quickly gives results and teaches you what works and what does not. Topaze started with what was already in its workshop: a VR headset and an app on a phone.'
	},
	questions: [
		{
			id: 'kleine-stappen',
			statement: {
				nl: 'We delen grote plannen op in kleine stappen, die we één voor één uitvoeren.',
				en: 'We break big plans into small steps, which we carry out one by one.'
			},
			weight: 1.5,
			audiences: ['cultural-organisation', 'school'],
			quickScan: true,
			levels: [
				{ nl: 'We hebben hier nog niet naar gekeken.', en: 'We have not looked at this yet.' },
				{
					nl: 'We hebben vooral grote plannen, zonder tussenstappen.',
					en: 'We mostly have big plans, without steps in between.'
				},
				{
					nl: 'We maken een stappenplan, maar houden ons er niet altijd aan.',
					en: 'We make a step-by-step plan, but do not always stick to it.'
				},
				{
					nl: 'Elk plan heeft kleine stappen, met een eigen doel per stap.',
					en: 'Every plan has small steps, each with its own goal.'
				},
				{
					nl: 'Zo werken we altijd, en na elke stap kijken we of we goed op weg zijn.',
					en: 'This is how we always work, and after each step we check whether we are on track.'
				}
			]
		},
		{
			id: 'eerst-uitproberen',
			statement: {
				'cultural-organisation': {
					nl: 'We proberen iets nieuws eerst uit op kleine schaal, bijvoorbeeld met één groep of één school.',
					en: 'We first try something new on a small scale, for example with one group or one school.'
				},
				school: {
					nl: 'We proberen iets nieuws eerst uit op kleine schaal, bijvoorbeeld met één klas.',
					en: 'We first try something new on a small scale, for example with one class.'
				}
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Dat hebben we nog nooit gedaan.', en: 'We have never done that.' },
				{
					nl: 'Het is wel eens gebeurd, maar niet bewust.',
					en: 'It has happened, but not on purpose.'
				},
				{
					nl: 'We doen soms een proef, maar gebruiken de uitkomst weinig.',
					en: 'We sometimes run a trial, but make little use of the outcome.'
				},
				{
					nl: 'Een proef met een kleine groep is een vaste stap voordat we iets groot maken.',
					en: 'A trial with a small group is a fixed step before we scale something up.'
				},
				{
					nl: 'We beginnen altijd klein, en besluiten met de uitkomst of we verdergaan.',
					en: 'We always start small, and use the outcome to decide whether to continue.'
				}
			]
		},
		{
			id: 'praktisch-boven-complex',
			statement: {
				nl: 'We kiezen liever een eenvoudige, praktische oplossing dan een ingewikkelde.',
				en: 'We prefer a simple, practical solution to a complicated one.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{
					nl: 'We hebben hier nog niet over nagedacht.',
					en: 'We have not thought about this yet.'
				},
				{
					nl: 'We laten ons vaak verleiden door de nieuwste techniek.',
					en: 'We are often tempted by the newest technology.'
				},
				{
					nl: 'We zoeken eenvoud, maar kiezen toch vaak iets ingewikkelds.',
					en: 'We look for simplicity, but still often choose something complicated.'
				},
				{
					nl: 'We vergelijken bewust eenvoudige en ingewikkelde opties.',
					en: 'We deliberately compare simple and complicated options.'
				},
				{
					nl: 'Eenvoud is een vaste eis bij elke keuze, en we kijken elk jaar of onze tools nog passen.',
					en: 'Simplicity is a fixed requirement for every choice, and every year we check whether our tools still fit.'
				}
			]
		},
		{
			id: 'stap-gezet',
			statement: {
				nl: 'We hebben het afgelopen jaar minstens één kleine digitale stap echt uitgevoerd.',
				en: 'In the past year we have actually carried out at least one small digital step.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Nee, het bleef bij plannen.', en: 'No, it stayed with plans.' },
				{
					nl: 'We zijn begonnen, maar het is niet afgemaakt.',
					en: 'We started, but did not finish.'
				},
				{ nl: 'Ja, één kleine stap is gelukt.', en: 'Yes, one small step worked out.' },
				{
					nl: 'Ja, meerdere kleine stappen zijn gelukt.',
					en: 'Yes, several small steps worked out.'
				},
				{
					nl: 'We zetten steeds kleine stappen, en bekijken elk jaar wat ze opleverden.',
					en: 'We keep taking small steps, and every year we look at what they delivered.'
				}
			]
		}
	]
} satisfies Area;
