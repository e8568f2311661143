/** The project plan page's texts, in Dutch (B1) and English; loaded with the page only. */
export const planPageTexts = {
	title: { nl: 'Projectplan', en: 'Project plan' },
	intro: {
		nl: 'Nieuwe deelnemers maken in het starttraject hun eigen eerste digitale project, in de vijf stappen van Design Thinking. Hier staat een eerste opzet, gemaakt uit jullie antwoorden. Pas alles aan: het wordt vanzelf bewaard, op dit apparaat.',
		en: 'In the starter track, new participants make their own first digital project, in the five steps of Design Thinking. Here is a first draft, made from your answers. Change anything: it is saved by itself, on this device.'
	},
	noCheck: {
		nl: 'Een projectplan begint bij jullie antwoorden. Vul eerst de check of de snelle scan in.',
		en: 'A project plan starts from your answers. First fill in the check or the quick scan.'
	},
	toCheck: { nl: 'Naar de check', en: 'To the check' },
	basics: { nl: 'Het project', en: 'The project' },
	idea: { nl: 'Het idee in één zin', en: 'The idea in one sentence' },
	targetGroups: { nl: 'Doelgroep (uit jullie profiel)', en: 'Target group (from your profile)' },
	noTargetGroups: {
		nl: 'Nog niet gekozen in het profiel.',
		en: 'Not chosen in the profile yet.'
	},
	partner: { nl: 'Partner', en: 'Partner' },
	stepsTitle: { nl: 'De vijf stappen', en: 'The five steps' },
	start: { nl: 'Van', en: 'From' },
	end: { nl: 'Tot en met', en: 'Until' },
	endBeforeStart: {
		nl: 'De einddatum ligt vóór de begindatum.',
		en: 'The end date is before the start date.'
	},
	who: { nl: 'Wie doet het', en: 'Who does it' },
	activity: { nl: 'Wat jullie doen', en: 'What you do' },
	why: { nl: 'Waarom dit voorstel', en: 'Why this suggestion' },
	test: { nl: 'Testmoment met leerlingen en leraren', en: 'Test moment with pupils and teachers' },
	hours: { nl: 'Eigen uren', en: 'Own hours' },
	costs: { nl: 'Kosten in euro', en: 'Costs in euros' },
	totals: { nl: 'Uren en geld', en: 'Hours and money' },
	totalHours: { nl: 'Eigen uren in totaal', en: 'Own hours in total' },
	totalCosts: { nl: 'Kosten in totaal', en: 'Costs in total' },
	budget: { nl: 'Jullie budget (uit het profiel)', en: 'Your budget (from the profile)' },
	budgetUnknown: { nl: 'nog niet ingevuld', en: 'not filled in yet' },
	evaluationTitle: { nl: 'Evaluatie en impact', en: 'Evaluation and impact' },
	outcome: {
		nl: 'Wat het deelnemers oplevert (impact, niet wat jullie maken)',
		en: 'What it brings participants (impact, not what you make)'
	},
	measure: { nl: 'Hoe jullie dat meten', en: 'How you measure it' },
	when: { nl: 'Tweede meting op', en: 'Second measurement on' },
	downloads: { nl: 'Meenemen', en: 'Take it with you' },
	pdf: { nl: 'Download projectplan (PDF)', en: 'Download project plan (PDF)' },
	ics: { nl: 'Zet in je agenda (.ics)', en: 'Add to your calendar (.ics)' },
	icsHint: {
		nl: 'Een bestand met de vijf stappen en de tweede meting, voor Outlook, Google Agenda of Apple Agenda.',
		en: 'A file with the five steps and the second measurement, for Outlook, Google Calendar or Apple Calendar.'
	},
	redraft: { nl: 'Opnieuw opstellen uit de antwoorden', en: 'Draft again from the answers' },
	redraftConfirm: {
		nl: 'Alles wat je in het plan veranderde, gaat dan verloren. Opnieuw opstellen?',
		en: 'Everything you changed in the plan will be lost. Draft it again?'
	},
	redrafted: { nl: 'Het plan is opnieuw opgesteld.', en: 'The plan has been drafted again.' }
} as const;
