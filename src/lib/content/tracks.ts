/**
 * The programme tracks and how the verdict is reached. Tracks are kinds of programme, with
 * CultuurSchakel's digitalisation programme (The Hague) as the white paper's example: a starters'
 * track for organisations new to it, each bringing a first digital project of its own, and a
 * follow-up track for earlier participants, with the themes "Samen" and "Verdieping". Such a
 * programme is for cultural organisations; a school gets a readiness verdict of its own.
 */
import type { TrackDecision } from './rules-schema';
import type { LocalizedText, Track } from './schema';

/** The two kinds of programme track. */
export const tracks = [
	{
		id: 'starttraject',
		label: { nl: 'Starttraject', en: 'Starters’ track' },
		description: {
			nl: 'Een starttraject is een programma voor organisaties die nieuw zijn. Je neemt je eerste eigen digitale project mee en werkt daaraan in groepssessies met andere organisaties. Je leert werken met Design Thinking: beginnen bij de doelgroep, klein proberen en testen. Een voorbeeld is het starttraject van CultuurSchakel in Den Haag, met vijf sessies.',
			en: 'A starters’ track is a programme for organisations that are new to it. You bring your first digital project of your own and work on it in group sessions with other organisations. You learn to work with Design Thinking: start from the target group, try things on a small scale and test. One example is CultuurSchakel’s starters’ track in The Hague, with five sessions.'
		},
		forWhom: {
			nl: 'Voor organisaties die nieuw zijn in zo’n programma en een eerste eigen digitaal project meebrengen.',
			en: 'For organisations that are new to such a programme and bring a first digital project of their own.'
		}
	},
	{
		id: 'vervolgtraject',
		label: { nl: 'Vervolgtraject', en: 'Follow-up track' },
		description: {
			nl: 'Een vervolgtraject is voor organisaties die al eerder meededen. Je werkt verder aan je project of begint een nieuw project. De thema’s zijn ‘Samen’ (samenwerken met organisaties die je versterken) en ‘Verdieping’. Bij CultuurSchakel in Den Haag is het vervolgtraject voor de deelnemers van vorig seizoen.',
			en: 'A follow-up track is for organisations that took part before. You continue your project or start a new one. The themes are ‘Together’ (working with organisations that strengthen you) and ‘Deepening’. At CultuurSchakel in The Hague, the follow-up track is for last season’s participants.'
		},
		forWhom: {
			nl: 'Voor organisaties die al eerder meededen, of die al digitale projecten deden en de basis op orde hebben.',
			en: 'For organisations that took part before, or that have run digital projects and have the basics in place.'
		}
	}
] satisfies Track[];

/**
 * How the verdict is reached. For a cultural organisation experience decides first (took part
 * before, ran a project, or neither), readiness second (knock-outs, then the overall score). A
 * school gets its own verdict: ready to do a digital project with a cultural partner, or what to
 * arrange first. Without an overall score there is no verdict; when a deciding answer is open or
 * "weet ik niet" and could change it, the verdict is provisional and names that answer.
 */
export const trackDecision = {
	followUpMinScore: 50,
	experience: {
		participant: { fact: 'profile', field: 'programmeBefore', operator: 'eq', value: 'ja' },
		experienced: {
			fact: 'profile',
			field: 'earlierProjects',
			operator: 'in',
			value: ['een', 'meerdere']
		},
		newcomer: { fact: 'profile', field: 'earlierProjects', operator: 'eq', value: 'geen' }
	},
	knockouts: [
		{
			id: 'geen-tijd',
			when: { fact: 'answer', question: 'tijd-voor-onderzoek', operator: 'eq', value: 0 },
			reason: {
				nl: 'er is nog geen tijd vrijgemaakt om te onderzoeken en uit te proberen',
				en: 'no time has been set aside yet to research and try things out'
			}
		},
		{
			id: 'geen-budget',
			when: { fact: 'answer', question: 'budget-digitaal', operator: 'eq', value: 0 },
			reason: {
				nl: 'er is geen geld voor digitale projecten gereserveerd',
				en: 'no money has been set aside for digital projects'
			}
		}
	],
	schoolKnockouts: [
		{
			id: 'geen-tijd',
			when: { fact: 'answer', question: 'tijd-voor-onderzoek', operator: 'eq', value: 0 },
			reason: {
				nl: 'leraren krijgen nog geen tijd om digitale lessen uit te proberen',
				en: 'teachers do not yet get time to try out digital lessons'
			}
		},
		{
			id: 'apps-niet-gecontroleerd',
			when: { fact: 'answer', question: 'apps-gecontroleerd', operator: 'lte', value: 1 },
			reason: {
				nl: 'apps worden nog niet vast gecontroleerd op wat ze met gegevens van leerlingen doen',
				en: 'apps are not yet checked as a rule for what they do with pupils’ data'
			}
		},
		{
			id: 'geen-apparaten',
			when: { fact: 'answer', question: 'apparaten-voor-iedereen', operator: 'eq', value: 0 },
			reason: {
				nl: 'er is nog niet gekeken of alle leerlingen een geschikt apparaat kunnen gebruiken',
				en: 'nobody has yet checked whether every pupil can use a suitable device'
			}
		}
	],
	deciding: {
		'cultural-organisation': [
			{ fact: 'profile', field: 'earlierProjects' },
			{ fact: 'profile', field: 'programmeBefore' },
			{ fact: 'answer', question: 'tijd-voor-onderzoek' },
			{ fact: 'answer', question: 'budget-digitaal' }
		],
		school: [
			{ fact: 'answer', question: 'tijd-voor-onderzoek' },
			{ fact: 'answer', question: 'apps-gecontroleerd' },
			{ fact: 'answer', question: 'apparaten-voor-iedereen' }
		]
	},
	school: {
		ready: {
			label: {
				nl: 'Klaar voor een digitaal project met een culturele partner',
				en: 'Ready for a digital project with a cultural partner'
			},
			description: {
				nl: 'Digitaliseringstrajecten, zoals dat van CultuurSchakel in Den Haag, zijn bedoeld voor culturele organisaties. Een school doet mee via een culturele partner. Zoek een culturele organisatie die aan zo’n traject meedoet, en ontwerp het project samen, met leraren en leerlingen erbij.',
				en: 'Digitalisation programmes, such as CultuurSchakel’s in The Hague, are meant for cultural organisations. A school takes part through a cultural partner. Look for a cultural organisation that takes part in such a programme, and design the project together, with teachers and pupils involved.'
			}
		},
		notYet: {
			label: { nl: 'Eerst de basis regelen', en: 'Arrange the basics first' },
			description: {
				nl: 'Digitaliseringstrajecten, zoals dat van CultuurSchakel in Den Haag, zijn bedoeld voor culturele organisaties. Een school doet mee via een culturele partner. Regel eerst de punten die hierboven staan. Zoek daarna een culturele organisatie die aan zo’n traject meedoet.',
				en: 'Digitalisation programmes, such as CultuurSchakel’s in The Hague, are meant for cultural organisations. A school takes part through a cultural partner. First arrange the points above. Then look for a cultural organisation that takes part in such a programme.'
			}
		}
	},
	undecided: {
		label: {
			nl: 'Nog geen advies: onvoldoende beeld',
			en: 'No advice yet: not enough information'
		},
		description: {
			nl: 'Een advies over de volgende stap kan pas als genoeg onderwerpen een score hebben.',
			en: 'Advice on the next step is only possible when enough topics have a score.'
		}
	},
	reasons: {
		newcomer: {
			nl: 'Het starttraject past het best. Dit gaf de doorslag: jullie hebben nog nooit een digitaal project gedaan. Een starttraject is juist bedoeld voor een eerste eigen project.',
			en: 'The starters’ track fits best. This was decisive: you have never run a digital project. A starters’ track is meant for exactly that: a first project of your own.'
		},
		participant: {
			nl: 'Het vervolgtraject past. Dit gaf de doorslag: jullie deden al eerder mee aan een digitaliseringstraject. Jullie totaalscore is {score}.',
			en: 'The follow-up track fits. This was decisive: you have taken part in a digitalisation programme before. Your overall score is {score}.'
		},
		participantNotReady: {
			nl: 'Het vervolgtraject past, want jullie deden al eerder mee aan een digitaliseringstraject. Regel wel eerst dit: {reasons}.',
			en: 'The follow-up track fits, because you have taken part in a digitalisation programme before. But first arrange this: {reasons}.'
		},
		experiencedNotReady: {
			nl: 'Het starttraject past het best. Jullie hebben al een digitaal project gedaan, maar dit ontbreekt nog: {reasons}. In een starttraject leg je die basis met je volgende project.',
			en: 'The starters’ track fits best. You have run a digital project before, but this is still missing: {reasons}. In a starters’ track you lay that foundation with your next project.'
		},
		experiencedLowScore: {
			nl: 'Het starttraject past het best. Jullie hebben al een digitaal project gedaan, maar jullie totaalscore is {score}. Vanaf {min} is verdiepen een goede volgende stap.',
			en: 'The starters’ track fits best. You have run a digital project before, but your overall score is {score}. From {min} on, deepening is a good next step.'
		},
		experiencedReady: {
			nl: 'Een vervolgtraject past. Jullie hebben al digitale projecten gedaan en jullie totaalscore is {score}. Doen jullie voor het eerst mee aan een traject, vraag dan of jullie kunnen instromen.',
			en: 'A follow-up track fits. You have run digital projects and your overall score is {score}. If this is your first programme, ask whether you can join.'
		},
		notReady: {
			nl: 'Het starttraject past het best, want dit ontbreekt nog: {reasons}. In een starttraject leg je die basis.',
			en: 'The starters’ track fits best, because this is still missing: {reasons}. In a starters’ track you lay that foundation.'
		},
		lowScore: {
			nl: 'Het starttraject past het best: jullie totaalscore is {score}. Vanaf {min} is verdiepen een goede volgende stap.',
			en: 'The starters’ track fits best: your overall score is {score}. From {min} on, deepening is a good next step.'
		},
		ready: {
			nl: 'Een vervolgtraject past bij jullie totaalscore van {score}. Doen jullie voor het eerst mee aan een traject, vraag dan of jullie kunnen instromen.',
			en: 'A follow-up track fits your overall score of {score}. If this is your first programme, ask whether you can join.'
		},
		allAnswered: {
			nl: 'Alle vragen die dit advies bepalen zijn beantwoord, en geen van de basisvoorwaarden (ervaring, tijd en geld) ontbreekt.',
			en: 'All questions that decide this advice are answered, and none of the basic conditions (experience, time and money) is missing.'
		},
		provisional: {
			nl: 'Dit advies is voorlopig: het kan nog veranderen. Dit is nog niet ingevuld of je koos “weet ik niet”: {missing}.',
			en: 'This advice is provisional: it may still change. This is not filled in yet, or you chose “I don’t know”: {missing}.'
		},
		undecided: {
			nl: 'Daarvoor is een score nodig op minstens {min} van de 12 onderwerpen. Nu hebben {scored} onderwerpen een score.',
			en: 'That needs a score on at least {min} of the 12 topics. Now {scored} topics have a score.'
		},
		schoolReady: {
			nl: 'De school is klaar om samen met een culturele partner een digitaal project te doen. De totaalscore is {score}.',
			en: 'The school is ready to run a digital project together with a cultural partner. The overall score is {score}.'
		},
		schoolAllAnswered: {
			nl: 'Alle vragen die dit advies bepalen zijn beantwoord: tijd voor leraren, de controle van apps en apparaten voor alle leerlingen zijn geregeld.',
			en: 'All questions that decide this advice are answered: time for teachers, checking apps and devices for all pupils are arranged.'
		},
		schoolNotReady: {
			nl: 'Regel eerst dit: {reasons}. Daarna is de school klaar om samen met een culturele partner een digitaal project te doen.',
			en: 'First arrange this: {reasons}. Then the school is ready to run a digital project together with a cultural partner.'
		},
		schoolLowScore: {
			nl: 'De totaalscore is {score}. Vanaf {min} is de basis stevig genoeg voor een digitaal project met een culturele partner. Werk eerst aan de belangrijkste adviezen.',
			en: 'The overall score is {score}. From {min} on, the basics are strong enough for a digital project with a cultural partner. First work on the most important advice.'
		}
	}
} satisfies TrackDecision;

/** The verdicts a report can give: a programme track, or a school's own verdict. */
export type TrackVerdictId = 'starttraject' | 'vervolgtraject' | 'school-klaar' | 'school-nog-niet';

/** The label and description of a verdict, in both languages (undecided for null). */
export function trackText(id: TrackVerdictId | null): {
	label: LocalizedText;
	description: LocalizedText;
} {
	if (id === null) return trackDecision.undecided;
	const text =
		id === 'school-klaar'
			? trackDecision.school.ready
			: id === 'school-nog-niet'
				? trackDecision.school.notYet
				: tracks.find((t) => t.id === id);
	if (!text) throw new Error(`unknown track ${id}`);
	return text;
}
