/**
 * The Dutch texts of the results and the review (B1), apart from the rest so that other pages
 * need not load them: the pages in `reportRoutes` (index.ts) do. The source of truth for the
 * shape of `en-report.ts`.
 */
export const nlReport = {
	results: {
		title: 'Jouw resultaat',
		intro:
			'Het resultaat van {name}. Van de {total} vragen: {known} met een niveau, {unknown} “weet ik niet”, {na} “niet van toepassing” en {open} open.',
		/** Where the intro names the organisation and none was given. */
		noName: 'jullie organisatie',
		noAnswers: 'Je hebt nog geen vragen beantwoord. Begin met de check om je resultaat te zien.',
		overallTitle: 'Totaalbeeld',
		overallScore: 'Totaalscore',
		level: 'Niveau',
		noScore: 'Onvoldoende beeld',
		chartTitle: 'Scores per onderwerp',
		chartLabel:
			'Webgrafiek met de score per onderwerp. De nummers horen bij de tabel. Zonder score (–) is de lijn onderbroken: dat is geen nul.',
		tableCaption: 'Score per onderwerp',
		areaColumn: 'Onderwerp',
		scoreColumn: 'Score',
		statusColumn: 'Betekenis',
		strengthsTitle: 'Jullie sterke punten',
		noStrengths: 'Nog geen onderwerp met een score.',
		relativeStrengths:
			'Nog geen onderwerp heeft een score van {min} of meer. Dit zijn jullie relatief sterkste onderwerpen:',
		insufficientOverall:
			'Onderwerpen met een score: {scored} van de 12. Voor een totaalbeeld zijn er minstens {min} nodig.',
		/** Opens the level's meaning (folded on a phone). */
		levelMore: 'Wat betekent dit niveau?',
		/** Opens the list of topics without a score, when there is no overall picture. */
		missingAreas: 'Welke onderwerpen hebben nog geen score?',
		provisional: 'Voorlopig advies',
		schoolTitle: 'Klaar voor een digitaal project?',
		noteLabel: 'Jullie toelichting',
		planWho: 'Wie: {owner}',
		prioritiesTitle: 'Eerst aanpakken',
		quickWinsTitle: 'Snelle winst (laaghangend fruit)',
		quickWinsIntro: 'Dit levert veel op voor weinig moeite.',
		noQuickWins: 'Geen snelle winst gevonden.',
		areasTitle: 'Advies per onderwerp',
		noAdviceForArea: 'Geen apart advies: dit gaat goed.',
		whyTitle: 'Waarom zie ik dit advies?',
		stepsTitle: 'Wat kun je doen?',
		referencesTitle: 'Lees meer',
		planTitle: 'Actieplan',
		planIntro:
			'De belangrijkste adviezen, hooguit zeven, verdeeld over de tijd: begin klein, en begin bovenaan. De andere adviezen staan bij hun onderwerp.',
		planNowAbove: 'De acties onder ‘Eerst aanpakken’ hierboven, in die volgorde.',
		planEmpty: 'Niets gepland voor deze periode.',
		planLink: 'Van advies naar plan: maak een projectplan voor jullie eerste digitale project',
		trackTitle: 'Welk traject past bij jullie?',
		trackMore: 'Meer over dit advies',
		keepTitle: 'Bewaren en delen',
		downloadPdf: 'Download rapport (PDF)',
		downloadHtml: 'Download als webpagina',
		preparingPdf: 'Het rapport wordt gemaakt…',
		pdfReady: 'Het rapport is gedownload.',
		pdfFailed: 'Het rapport kon niet worden gemaakt. Probeer het nog eens.',
		exportAnswers: 'Bewaar antwoorden als bestand',
		print: 'Afdrukken',
		changeAnswers: 'Antwoorden aanpassen',
		meta: '{priority} · {effort} · {horizon} · wie: {owner}'
	},
	review: {
		title: 'Nakijken',
		intro:
			'Hier zie je welke vragen nog open staan. Je kunt naar elk onderwerp terug om iets aan te vullen of te veranderen.',
		allDone: 'Je hebt alle vragen beantwoord. Goed gedaan!',
		openCount: 'Nog {count} vragen open',
		openCountOne: 'Nog 1 vraag open',
		areaOpen: '{count} open',
		areaComplete: 'Alles beantwoord',
		toResults: 'Bekijk je resultaat',
		resultsAnyway:
			'Je kunt ook nu al naar je resultaat. Open vragen tellen dan niet mee in de score.',
		profileMissing: 'Je profiel is nog niet compleet.',
		profileLink: 'Vul je profiel aan'
	}
};
