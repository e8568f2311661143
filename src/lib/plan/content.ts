/**
 * The project plan's content: the five steps of Design Thinking as the white paper's
 * starttraject uses them (section 3: "je inleven in de eindgebruiker, het probleem definiëren,
 * ideeën over oplossingen verzinnen, een prototype maken, het ontwerp testen"), and per step the
 * activities a plan suggests. An activity fits a respondent through a condition on the answers,
 * as the advice's rules do; the first that holds is suggested, the last (without a condition)
 * for everyone else. Texts in Dutch at B1 and in English, per audience where the words differ.
 */
import type { Audience, AudienceText, LocalizedText } from '../content/ids';
import type { Condition } from '../content/rules-schema';

export const phaseIds = ['inleven', 'definieren', 'ideeen', 'prototype', 'testen'] as const;
export type PhaseId = (typeof phaseIds)[number];

/** An activity for one step, with the test moment that goes with it. */
export interface PhaseActivity {
	/** When it fits: a condition on the answers and the profile. None: for everyone. */
	when?: Condition;
	activity: AudienceText;
	/** The step's moment with pupils and teachers: what is checked, with whom. */
	test: AudienceText;
}

export interface PhaseContent {
	id: PhaseId;
	/** The white paper's name of the step. */
	title: LocalizedText;
	/** How long it takes by default, in weeks (a season for all five). */
	weeks: number;
	/**
	 * Own hours by default, for an organisation of a few people (see `sizeFactor`), by the role
	 * each side has in the project: a cultural organisation makes the prototype, a school makes it
	 * with its cultural partner, so its own hours for that step are fewer.
	 */
	hours: Record<Audience, number>;
	/** Who does it by default. */
	who: AudienceText;
	/** Who does it in a one-person organisation: you, with the pupils and teachers it needs. */
	whoAlone: LocalizedText;
	/** The first that holds is suggested; the last has no condition. */
	activities: readonly PhaseActivity[];
}

const weak = (question: string): Condition => ({
	fact: 'answer',
	question,
	operator: 'lte',
	value: 1
});
const unknown = (question: string): Condition => ({
	fact: 'answer',
	question,
	operator: 'eq',
	value: 'unknown'
});

export const phases: readonly PhaseContent[] = [
	{
		id: 'inleven',
		title: { nl: 'Je inleven in de eindgebruiker', en: 'Empathise with the end user' },
		weeks: 3,
		hours: { 'cultural-organisation': 8, school: 6 },
		whoAlone: {
			nl: 'Jijzelf, met een leraar van de school',
			en: 'You, with a teacher from the school'
		},
		who: {
			'cultural-organisation': {
				nl: 'Educatiemedewerker, met een leraar van de school',
				en: 'Education officer, with a teacher from the school'
			},
			school: {
				nl: 'Cultuurcoördinator, met een leraar',
				en: 'Cultural coordinator, with a teacher'
			}
		},
		activities: [
			{
				when: weak('behoeften-vooraf'),
				activity: {
					'cultural-organisation': {
						nl: 'Interview vijf leerlingen en twee leraren van een school waarmee jullie werken: wat willen ze leren, en wat lukt nu nog niet?',
						en: 'Interview five pupils and two teachers of a school you work with: what do they want to learn, and what does not work yet?'
					},
					school: {
						nl: 'Interview vijf leerlingen en twee leraren: wat willen ze leren, en wat lukt nu nog niet?',
						en: 'Interview five pupils and two teachers: what do they want to learn, and what does not work yet?'
					}
				},
				test: {
					nl: 'Laat twee leerlingen en een leraar je samenvatting lezen: klopt wat je opschreef?',
					en: 'Let two pupils and a teacher read your summary: is what you wrote down right?'
				}
			},
			{
				when: unknown('behoeften-vooraf'),
				activity: {
					nl: 'Zoek uit of iemand leerlingen en leraren al eens vroeg wat ze nodig hebben. Is dat niet zo, interview er dan vijf.',
					en: 'Find out whether anyone has asked pupils and teachers what they need. If not, interview five of them.'
				},
				test: {
					nl: 'Laat twee leerlingen en een leraar je samenvatting lezen: klopt wat je opschreef?',
					en: 'Let two pupils and a teacher read your summary: is what you wrote down right?'
				}
			},
			{
				activity: {
					nl: 'Kijk een les mee en praat daarna tien minuten met drie leerlingen en hun leraar.',
					en: 'Sit in on a lesson, then talk for ten minutes with three pupils and their teacher.'
				},
				test: {
					nl: 'Vraag de leraar of jouw beeld van de les klopt.',
					en: 'Ask the teacher whether your picture of the lesson is right.'
				}
			}
		]
	},
	{
		id: 'definieren',
		title: { nl: 'Het probleem definiëren', en: 'Define the problem' },
		weeks: 2,
		hours: { 'cultural-organisation': 6, school: 4 },
		whoAlone: { nl: 'Jijzelf', en: 'You' },
		who: {
			'cultural-organisation': {
				nl: 'Educatiemedewerker en wie het project trekt',
				en: 'Education officer and whoever leads the project'
			},
			school: {
				nl: 'Cultuurcoördinator en wie het project trekt',
				en: 'Cultural coordinator and whoever leads the project'
			}
		},
		activities: [
			{
				when: weak('overzicht-middelen'),
				activity: {
					nl: 'Zet op één A4 welke apparaten, apps en lesmaterialen er al zijn. Kies daarna het probleem dat jullie willen oplossen.',
					en: 'Put on one page which devices, apps and teaching materials you already have. Then choose the problem you want to solve.'
				},
				test: {
					nl: 'Leg het probleem in één zin voor aan een leraar en twee leerlingen: herkennen ze het?',
					en: 'Put the problem in one sentence to a teacher and two pupils: do they recognise it?'
				}
			},
			{
				when: weak('gebruik-geevalueerd'),
				activity: {
					nl: 'Kijk eerst na hoe vaak jullie digitale middelen nu gebruikt worden. Schrijf dan het probleem in één zin op.',
					en: 'First check how often your digital tools are used now. Then write the problem down in one sentence.'
				},
				test: {
					nl: 'Leg het probleem in één zin voor aan een leraar en twee leerlingen: herkennen ze het?',
					en: 'Put the problem in one sentence to a teacher and two pupils: do they recognise it?'
				}
			},
			{
				activity: {
					nl: 'Schrijf het probleem in één zin: wie heeft er last van, wanneer, en waarom is het belangrijk?',
					en: 'Write the problem in one sentence: who has it, when, and why does it matter?'
				},
				test: {
					nl: 'Leg het probleem in één zin voor aan een leraar en twee leerlingen: herkennen ze het?',
					en: 'Put the problem in one sentence to a teacher and two pupils: do they recognise it?'
				}
			}
		]
	},
	{
		id: 'ideeen',
		title: { nl: 'Ideeën over oplossingen verzinnen', en: 'Come up with ideas for solutions' },
		weeks: 2,
		hours: { 'cultural-organisation': 6, school: 6 },
		whoAlone: { nl: 'Jijzelf, met leerlingen en een leraar', en: 'You, with pupils and a teacher' },
		who: {
			nl: 'Het projectteam, met leerlingen en een leraar',
			en: 'The project team, with pupils and a teacher'
		},
		activities: [
			{
				when: { any: [weak('praktisch-boven-complex'), weak('kleine-stappen')] },
				activity: {
					nl: 'Bedenk samen tien ideeën en kies het eenvoudigste dat je binnen een maand kunt uitproberen.',
					en: 'Come up with ten ideas together and choose the simplest one you can try out within a month.'
				},
				test: {
					nl: 'Leg de drie beste ideeën voor aan een leraar en laat die er één kiezen.',
					en: 'Show the three best ideas to a teacher and let them choose one.'
				}
			},
			{
				when: weak('eerst-kijken-wat-er-is'),
				activity: {
					nl: 'Kijk bij elk idee eerst wat er al is: een app, lesmateriaal of een partner die het kan. Kies een idee dat daarop voortbouwt.',
					en: 'For each idea, first look at what already exists: an app, teaching material or a partner who can do it. Choose an idea that builds on it.'
				},
				test: {
					nl: 'Leg de drie beste ideeën voor aan een leraar en laat die er één kiezen.',
					en: 'Show the three best ideas to a teacher and let them choose one.'
				}
			},
			{
				activity: {
					nl: 'Bedenk met leerlingen en leraren tien ideeën en kies er één om klein mee te beginnen.',
					en: 'Come up with ten ideas with pupils and teachers and choose one to start small with.'
				},
				test: {
					nl: 'Laat leerlingen hun favoriete idee kiezen en zeggen waarom.',
					en: 'Let pupils choose their favourite idea and say why.'
				}
			}
		]
	},
	{
		id: 'prototype',
		title: { nl: 'Een prototype maken', en: 'Make a prototype' },
		weeks: 6,
		hours: { 'cultural-organisation': 20, school: 8 },
		whoAlone: { nl: 'Jijzelf', en: 'You' },
		who: {
			'cultural-organisation': {
				nl: 'Wie het project trekt, met een maker of vakdocent',
				en: 'Whoever leads the project, with a maker or subject teacher'
			},
			school: {
				nl: 'Wie het project trekt, met de culturele partner',
				en: 'Whoever leads the project, with the cultural partner'
			}
		},
		activities: [
			{
				when: { any: [weak('apps-gecontroleerd'), unknown('apps-gecontroleerd')] },
				activity: {
					'cultural-organisation': {
						nl: 'Laat de school controleren wat de app of online dienst met persoonsgegevens doet, vóór de test.',
						en: 'Have the school check what the app or online service does with personal data, before the test.'
					},
					school: {
						nl: 'Laat de ict-coördinator of de privacyfunctionaris controleren wat de app met persoonsgegevens doet, vóór de test.',
						en: 'Have the ICT coordinator or the data protection officer check what the app does with personal data, before the test.'
					}
				},
				test: {
					nl: 'Probeer het prototype eerst zelf uit met twee collega’s.',
					en: 'Try the prototype yourselves first, with two colleagues.'
				}
			},
			{
				when: weak('eigen-uren'),
				activity: {
					nl: 'Zet de uren voor het prototype in de agenda van wie het maakt, en houd bij hoeveel uur het echt kost.',
					en: 'Put the hours for the prototype in the diary of whoever makes it, and keep track of how many hours it really takes.'
				},
				test: {
					nl: 'Probeer het prototype eerst zelf uit met twee collega’s.',
					en: 'Try the prototype yourselves first, with two colleagues.'
				}
			},
			{
				activity: {
					nl: 'Maak een eenvoudige eerste versie met wat er al is: op papier, als korte video of als proefles.',
					en: 'Make a simple first version with what you already have: on paper, as a short video or as a trial lesson.'
				},
				test: {
					nl: 'Probeer het prototype uit met twee collega’s of een paar leerlingen.',
					en: 'Try the prototype out with two colleagues or a few pupils.'
				}
			}
		]
	},
	{
		id: 'testen',
		title: { nl: 'Het ontwerp testen', en: 'Test the design' },
		weeks: 3,
		hours: { 'cultural-organisation': 10, school: 8 },
		whoAlone: { nl: 'Jijzelf, met een leraar en een klas', en: 'You, with a teacher and a class' },
		who: {
			nl: 'Het projectteam, met een leraar en een klas',
			en: 'The project team, with a teacher and a class'
		},
		activities: [
			{
				when: weak('testmomenten'),
				activity: {
					nl: 'Test in één klas, en zet het testmoment nu al in de agenda van de leraar.',
					en: 'Test in one class, and put the test moment in the teacher’s diary now.'
				},
				test: {
					nl: 'Een korte vragenlijst voor de leerlingen en een gesprek van tien minuten met de leraar.',
					en: 'A short questionnaire for the pupils and a ten-minute talk with the teacher.'
				}
			},
			{
				when: weak('toestemming-beeld'),
				activity: {
					nl: 'Test in één klas. Maak je foto’s of video’s, vraag dan vooraf toestemming en houd bij wie nee zei.',
					en: 'Test in one class. If you take photos or videos, ask for permission beforehand and keep track of who said no.'
				},
				test: {
					nl: 'Drie vragen aan de leerlingen: wat vond je leuk, wat was moeilijk, wat heb je geleerd?',
					en: 'Three questions for the pupils: what did you enjoy, what was hard, what did you learn?'
				}
			},
			{
				activity: {
					nl: 'Test in één klas en bespreek daarna met de leerlingen en de leraar wat werkte en wat niet.',
					en: 'Test in one class, then talk with the pupils and the teacher about what worked and what did not.'
				},
				test: {
					nl: 'Drie vragen aan de leerlingen: wat vond je leuk, wat was moeilijk, wat heb je geleerd?',
					en: 'Three questions for the pupils: what did you enjoy, what was hard, what did you learn?'
				}
			}
		]
	}
];

/** Own hours by the organisation's size: one person does less at once, a large team more. */
export const sizeFactor: Record<string, number> = {
	'een-persoon': 0.75,
	klein: 1,
	middel: 1.25,
	groot: 1.5
};

/** What the budget answer allows at most, in euros (none: no limit known). */
export const budgetLimit: Record<string, number> = { geen: 0, klein: 2500, middel: 10000 };

/** The evaluation: how the outcome is measured, and a hint for the outcome itself. */
export const evaluationContent: {
	/** First that holds; the last for everyone. */
	measure: readonly { when?: Condition; text: AudienceText }[];
	/** Said when the respondent has not yet set what a project must change for participants. */
	outcomeHint: { when: Condition; text: AudienceText };
	/** Said when pupils do not yet take part in evaluating. */
	pupilsHint: { when: Condition; text: AudienceText };
	/** The second measurement: this many weeks after the test. */
	laterWeeks: number;
} = {
	measure: [
		{
			when: weak('ervaring-ophalen'),
			text: {
				nl: 'Stel de leerlingen na de test drie korte vragen en praat tien minuten met de leraar. Doe dat een seizoen later nog een keer.',
				en: 'Ask the pupils three short questions after the test and talk with the teacher for ten minutes. Do it again a season later.'
			}
		},
		{
			text: {
				nl: 'Vraag leerlingen en leraar na de test, en een seizoen later nog een keer, wat ze nu anders doen of kunnen.',
				en: 'Ask pupils and teacher after the test, and again a season later, what they now do or can do differently.'
			}
		}
	],
	outcomeHint: {
		when: { any: [weak('impactdoelen'), unknown('impactdoelen')] },
		text: {
			nl: 'Schrijf op wat het project voor leerlingen moet veranderen, niet wat jullie gaan maken: dat is het verschil tussen impact en output.',
			en: 'Write down what the project must change for pupils, not what you will make: that is the difference between impact and output.'
		}
	},
	pupilsHint: {
		when: weak('leerlingen-evalueren-mee'),
		text: {
			nl: 'Laat leerlingen meedoen aan de evaluatie, en schrijf op wat jullie leren.',
			en: 'Let pupils take part in the evaluation, and write down what you learn.'
		}
	},
	laterWeeks: 13
};

/** The plan's fixed texts. */
export const planTexts = {
	title: { nl: 'Projectplan', en: 'Project plan' },
	hoursWarning: {
		nl: 'Jullie eigen uren staan op nul. Uit het witboek: “Maak een goede begroting en onderschat je eigen uren niet.”',
		en: 'Your own hours are at zero. From the white paper: “Make a good budget and do not underestimate your own hours.”'
	},
	beginSmall: {
		nl: 'De kosten (€ {costs}) zijn hoger dan jullie budget (tot € {budget}). Begin klein: maak eerst een kleine eerste versie, en breid die uit als de test goed gaat.',
		en: 'The costs (€{costs}) are higher than your budget (up to €{budget}). Start small: make a small first version first, and build on it when the test goes well.'
	},
	noBudget: {
		nl: 'Jullie hebben nog geen budget voor digitale projecten, en dit plan kost € {costs}. Begin klein: maak eerst een eerste versie met wat er al is, of regel eerst het geld.',
		en: 'You have no budget for digital projects yet, and this plan costs €{costs}. Start small: make a first version with what you already have, or arrange the money first.'
	},
	ideaHint: {
		nl: 'Wat maken jullie, voor wie? Tip: jullie eerste actie in het advies is “{action}”. Een idee dat daarbij past, helpt jullie verder.',
		en: 'What will you make, for whom? Tip: your first action in the advice is “{action}”. An idea that fits it takes you further.'
	},
	ideaHintPlain: {
		nl: 'Jullie idee in één zin: wat maken jullie, voor wie?',
		en: 'Your idea in one sentence: what will you make, for whom?'
	},
	partnerHint: {
		'cultural-organisation': {
			nl: 'De school waarmee jullie het project doen (mag nog open).',
			en: 'The school you do the project with (may still be open).'
		},
		school: {
			nl: 'De culturele partner waarmee jullie het project doen (mag nog open).',
			en: 'The cultural partner you do the project with (may still be open).'
		}
	},
	secondMeasurement: {
		nl: 'Tweede meting: vraag het een seizoen later nog een keer',
		en: 'Second measurement: ask again a season later'
	},
	subtitle: {
		nl: 'Jullie eerste digitale project in de vijf stappen van Design Thinking',
		en: 'Your first digital project in the five steps of Design Thinking'
	},
	note: {
		nl: 'Een eerste opzet, gemaakt uit jullie antwoorden in Digicheck. Pas hem aan: het is jullie plan.',
		en: 'A first draft, made from your answers in Digicheck. Change it: it is your plan.'
	},
	idea: { nl: 'Het idee', en: 'The idea' },
	targetGroups: { nl: 'Doelgroep', en: 'Target group' },
	partner: { nl: 'Partner', en: 'Partner' },
	toFillIn: { nl: 'nog in te vullen', en: 'still to fill in' },
	stepsTitle: { nl: 'De vijf stappen', en: 'The five steps' },
	step: { nl: 'Stap', en: 'Step' },
	dates: { nl: 'Wanneer', en: 'When' },
	who: { nl: 'Wie', en: 'Who' },
	hours: { nl: 'Uren', en: 'Hours' },
	hoursUnit: { nl: 'uur', en: 'hours' },
	costs: { nl: 'Kosten (€)', en: 'Costs (€)' },
	total: { nl: 'Totaal', en: 'Total' },
	activity: { nl: 'Wat jullie doen', en: 'What you do' },
	test: { nl: 'Testmoment', en: 'Test moment' },
	why: { nl: 'Waarom dit voorstel', en: 'Why this suggestion' },
	evaluationTitle: { nl: 'Evaluatie en impact', en: 'Evaluation and impact' },
	outcome: { nl: 'Wat het deelnemers oplevert', en: 'What it brings participants' },
	measure: { nl: 'Hoe jullie dat meten', en: 'How you measure it' },
	measureWhen: { nl: 'Tweede meting', en: 'Second measurement' }
} as const;
