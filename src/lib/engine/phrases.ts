/**
 * The few sentences the engine writes itself: the "why" behind an advice, the meaning of an
 * area score and the labels of priorities. Both languages, plain Dutch (B1).
 */
import type { LocalizedText } from '../content/schema';

export const phrases = {
	whyAnswer: {
		nl: 'Je antwoord bij “{statement}”: “{level}”.',
		en: 'Your answer to “{statement}”: “{level}”.'
	},
	whyUnknown: {
		nl: 'Bij “{statement}” koos je “weet ik niet”.',
		en: 'For “{statement}” you chose “I don’t know”.'
	},
	whyNotApplicable: {
		nl: 'Bij “{statement}” koos je “niet van toepassing”.',
		en: 'For “{statement}” you chose “not applicable”.'
	},
	whyTarget: {
		nl: 'Het doel voor {area} is {target}; nu is het {score}.',
		en: 'The target for {area} is {target}; now it is {score}.'
	},
	whySameAnswers: {
		nl: 'Dezelfde antwoorden als bij {topic}.',
		en: 'The same answers as under {topic}.'
	},
	whyAreaScore: {
		nl: '{area}: score {score} van de 100.',
		en: '{area}: score {score} out of 100.'
	},
	whyUnknownShare: {
		nl: '{area}: bij {percent}% van de vragen koos je “weet ik niet”.',
		en: '{area}: for {percent}% of the questions you chose “I don’t know”.'
	},
	whyProfile: {
		nl: 'In je profiel: “{field}” {value}.',
		en: 'In your profile: “{field}” {value}.'
	},
	whyOverall: {
		nl: 'Jullie totaalniveau is {level}.',
		en: 'Your overall level is {level}.'
	},
	/** What an area's result means; `{area}` is the area's short title, so no two areas read alike. */
	meaning: {
		weak: {
			nl: '{area}: hier ligt nog veel ruimte, en dit verdient als eerste aandacht.',
			en: '{area}: there is a lot of room here, and this deserves attention first.'
		},
		middling: {
			nl: '{area}: jullie zijn op weg, en met een paar afspraken wordt dit sterker.',
			en: '{area}: you are making progress, and a few agreements will make this stronger.'
		},
		strong: {
			nl: '{area}: een sterk punt; houd het vast en deel wat werkt.',
			en: '{area}: a strength; keep it up and share what works.'
		},
		'insufficient-data': {
			nl: '{area}: onvoldoende beeld, want bij {unknown} van de {applicable} vragen koos je “weet ik niet”.',
			en: '{area}: not enough information, because for {unknown} of the {applicable} questions you chose “I don’t know”.'
		},
		'not-answered': {
			nl: '{area}: nog niet ingevuld.',
			en: '{area}: not filled in yet.'
		},
		'not-applicable': {
			nl: '{area}: niet van toepassing, want bij alle vragen koos je “n.v.t.”.',
			en: '{area}: not applicable, because you chose “not applicable” for every question.'
		}
	},
	/** The answer an area's meaning points to: its lowest (weak, middling) or highest (strong). */
	meaningLowest: {
		nl: 'Het laagst staat “{statement}” (niveau {level}).',
		en: 'Lowest is “{statement}” (level {level}).'
	},
	meaningHighest: {
		nl: 'Het hoogst staat “{statement}” (niveau {level}).',
		en: 'Highest is “{statement}” (level {level}).'
	},
	verdictLabel: {
		weak: { nl: 'Aandachtspunt', en: 'Needs attention' },
		middling: { nl: 'Op weg', en: 'Making progress' },
		strong: { nl: 'Sterk punt', en: 'Strength' },
		'insufficient-data': { nl: 'Onvoldoende beeld', en: 'Not enough information' },
		'not-answered': { nl: 'Niet ingevuld', en: 'Not answered' },
		'not-applicable': { nl: 'Niet van toepassing', en: 'Not applicable' }
	},
	relativeStrength: { nl: 'relatief sterk', en: 'relatively strong' },
	relativeStrengthsIntro: {
		nl: 'Nog geen onderwerp heeft een score van {min} of meer. Dit zijn jullie relatief sterkste onderwerpen:',
		en: 'No topic has a score of {min} or more yet. These are your relatively strongest topics:'
	},
	overallInsufficient: {
		nl: 'Onvoldoende beeld voor een totaalscore en een niveau. Nog zonder score: {areas}.',
		en: 'Not enough information for an overall score and a level. Still without a score: {areas}.'
	},
	blockerAction: {
		nl: 'Begin daarmee: dat is actie 1.',
		en: 'Start there: that is action 1.'
	},
	blockerActions: {
		nl: 'Begin daarmee: dat zijn je eerste acties, in die volgorde.',
		en: 'Start there: those are your first actions, in that order.'
	},
	quickProvisional: {
		nl: 'Dit is een snelle scan met één vraag per onderwerp: dit advies is voorlopig. De volledige check geeft een vast advies.',
		en: 'This is a quick scan with one question per topic: this advice is provisional. The full check gives firm advice.'
	},
	trackStatus: {
		decided: { nl: 'Advies', en: 'Advice' },
		provisional: { nl: 'Voorlopig advies', en: 'Provisional advice' },
		undecided: { nl: 'Nog geen advies', en: 'No advice yet' }
	},
	priority: {
		essential: { nl: 'Eerst doen', en: 'Do first' },
		high: { nl: 'Hoge prioriteit', en: 'High priority' },
		medium: { nl: 'Gemiddelde prioriteit', en: 'Medium priority' },
		low: { nl: 'Lage prioriteit', en: 'Low priority' }
	},
	effort: {
		low: { nl: 'Weinig moeite', en: 'Low effort' },
		medium: { nl: 'Gemiddelde moeite', en: 'Medium effort' },
		high: { nl: 'Veel moeite', en: 'High effort' }
	},
	/** The action plan's horizons: the coming weeks, the coming year, later. */
	horizon: {
		now: { nl: 'Nu', en: 'Now' },
		season: { nl: 'Dit jaar', en: 'This year' },
		year: { nl: 'Later', en: 'Later' }
	},
	/** Who usually does an advice, by role; a one-person organisation does it all itself. */
	owner: {
		directie: {
			'cultural-organisation': { nl: 'directie of bestuur', en: 'management or board' },
			school: { nl: 'schoolleiding', en: 'school management' }
		},
		educatie: {
			'cultural-organisation': { nl: 'educatiemedewerker', en: 'education officer' },
			school: { nl: 'cultuurcoördinator', en: 'arts coordinator' }
		},
		team: {
			'cultural-organisation': { nl: 'het hele team', en: 'the whole team' },
			school: { nl: 'het hele team', en: 'the whole team' }
		},
		privacy: {
			'cultural-organisation': {
				nl: 'wie bij jullie over privacy gaat',
				en: 'whoever handles privacy in your organisation'
			},
			school: { nl: 'privacy- of ict-coördinator', en: 'privacy or ICT coordinator' }
		},
		leraren: {
			'cultural-organisation': { nl: 'docenten en makers', en: 'teachers and makers' },
			school: { nl: 'leraren', en: 'teachers' }
		},
		cultuurcoordinator: {
			'cultural-organisation': { nl: 'educatiemedewerker', en: 'education officer' },
			school: { nl: 'cultuurcoördinator', en: 'arts coordinator' }
		},
		self: {
			'cultural-organisation': { nl: 'jijzelf', en: 'you yourself' },
			school: { nl: 'jijzelf', en: 'you yourself' }
		}
	},
	ownerLabel: { nl: 'Wie', en: 'Who' },
	unknownAnswer: { nl: 'Weet ik niet', en: 'I don’t know' },
	notApplicableAnswer: { nl: 'Niet van toepassing (n.v.t.)', en: 'Not applicable' },
	noAnswer: { nl: 'Niet beantwoord', en: 'Not answered' }
} satisfies Record<
	string,
	LocalizedText | Record<string, LocalizedText> | Record<string, Record<string, LocalizedText>>
>;
