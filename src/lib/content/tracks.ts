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
 * How the verdict is reached, as section 5 of the white paper has it. For a cultural
 * organisation one answer decides the track: took part in a programme before → the follow-up
 * track (for last season's participants); not yet → the starters' track (for new participants,
 * each with a first project of its own), whatever the score or earlier projects (Escher in het
 * Paleis had experience and joined the starters' track). Not answered (older files too): no
 * track, and the question is named; unless the organisation never ran a digital project, as
 * every participant brings one (then the starters' track). Readiness never chooses the track: its conditions say what
 * to arrange first. A school gets a verdict of its own, by named preconditions (time, checked
 * apps, devices, someone who leads it): Digicheck's own choice, not the white paper's. No score
 * threshold decides any verdict.
 */
export const trackDecision = {
	participation: {
		participant: { fact: 'profile', field: 'programmeBefore', operator: 'eq', value: 'ja' },
		newcomer: { fact: 'profile', field: 'programmeBefore', operator: 'eq', value: 'nee' },
		// every participant brings a project of its own (section 5.1): never a digital project
		// means not a participant either, when the question itself is not answered
		neverProject: { fact: 'profile', field: 'earlierProjects', operator: 'eq', value: 'geen' }
	},
	experienced: {
		fact: 'profile',
		field: 'earlierProjects',
		operator: 'in',
		value: ['een', 'meerdere']
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
		},
		{
			id: 'geen-trekker',
			when: { fact: 'answer', question: 'trekker', operator: 'eq', value: 0 },
			reason: {
				nl: 'er is nog niemand die digitale projecten trekt',
				en: 'there is nobody yet who leads digital projects'
			}
		}
	],
	deciding: {
		'cultural-organisation': [{ fact: 'profile', field: 'programmeBefore' }],
		school: [
			{ fact: 'answer', question: 'tijd-voor-onderzoek' },
			{ fact: 'answer', question: 'apps-gecontroleerd' },
			{ fact: 'answer', question: 'apparaten-voor-iedereen' },
			{ fact: 'answer', question: 'trekker' }
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
			nl: 'Nog geen advies: er ontbreekt een antwoord',
			en: 'No advice yet: an answer is missing'
		},
		description: {
			nl: 'Een advies over de volgende stap kan pas als de vragen die het bepalen zijn beantwoord.',
			en: 'Advice on the next step is only possible when the questions that decide it are answered.'
		}
	},
	reasons: {
		newcomer: {
			nl: 'Het starttraject past: jullie deden nog niet mee aan een digitaliseringstraject. In het starttraject werken nieuwe deelnemers aan een eerste eigen digitaal project.',
			en: 'The starters’ track fits: you have not taken part in a digitalisation programme yet. In the starters’ track, new participants work on a first digital project of their own.'
		},
		newcomerNoProject: {
			nl: 'Het starttraject past: jullie hebben nog nooit een digitaal project gedaan, en in een traject neemt elke deelnemer een eigen project mee. In het starttraject werken nieuwe deelnemers aan een eerste eigen digitaal project.',
			en: 'The starters’ track fits: you have never run a digital project, and in a programme every participant brings a project of its own. In the starters’ track, new participants work on a first digital project of their own.'
		},
		newcomerExperienced: {
			nl: 'Het starttraject past: jullie deden nog niet mee aan een digitaliseringstraject. Ook met eerdere digitale projecten begin je daar, zoals Escher in het Paleis in 2024. Het vervolgtraject is voor de deelnemers van vorig seizoen.',
			en: 'The starters’ track fits: you have not taken part in a digitalisation programme yet. With earlier digital projects you start there too, as Escher in het Paleis did in 2024. The follow-up track is for last season’s participants.'
		},
		participant: {
			nl: 'Het vervolgtraject past: jullie deden al eerder mee aan een digitaliseringstraject. Bij CultuurSchakel is het vervolgtraject voor de deelnemers van vorig seizoen; deden jullie langer geleden mee, vraag dan of jullie kunnen instromen.',
			en: 'The follow-up track fits: you have taken part in a digitalisation programme before. At CultuurSchakel the follow-up track is for last season’s participants; if you took part longer ago, ask whether you can join.'
		},
		conditions: {
			nl: 'Regel daarnaast eerst dit: {reasons}.',
			en: 'Besides, first arrange this: {reasons}.'
		},
		conditionsMet: {
			nl: 'Tijd om uit te proberen en geld voor digitale projecten zijn er al.',
			en: 'Time to try things out and money for digital projects are already there.'
		},
		unanswered: {
			nl: 'Welk traject past, hangt af van één vraag: {missing}. Die is nog niet beantwoord. Het starttraject is voor nieuwe deelnemers, het vervolgtraject voor de deelnemers van vorig seizoen.',
			en: 'Which track fits depends on one question: {missing}. It has not been answered yet. The starters’ track is for new participants, the follow-up track for last season’s participants.'
		},
		schoolReady: {
			nl: 'De school is klaar om samen met een culturele partner een digitaal project te doen: leraren krijgen tijd om uit te proberen, apps worden gecontroleerd, er is gekeken naar apparaten voor alle leerlingen en iemand trekt het.',
			en: 'The school is ready to run a digital project together with a cultural partner: teachers get time to try things out, apps are checked, devices for all pupils have been looked into and someone leads it.'
		},
		schoolNotReady: {
			nl: 'Regel eerst dit: {reasons}. Daarna is de school klaar om samen met een culturele partner een digitaal project te doen.',
			en: 'First arrange this: {reasons}. Then the school is ready to run a digital project together with a cultural partner.'
		},
		schoolUnanswered: {
			nl: 'Of de school klaar is voor een digitaal project met een culturele partner, hangt af van: {missing}. Dat is nog niet ingevuld of je koos “weet ik niet”.',
			en: 'Whether the school is ready for a digital project with a cultural partner depends on: {missing}. This is not filled in yet, or you chose “I don’t know”.'
		},
		alsoOpen: {
			nl: 'Zoek ook uit: {missing}.',
			en: 'Also find out: {missing}.'
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
