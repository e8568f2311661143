/**
 * Every interface text in Dutch (B1). This file is the source of truth for the shape:
 * `en.ts` must have the same keys, or TypeScript refuses to build.
 */
export const nl = {
	app: {
		name: 'Digicheck',
		tagline: 'Hoe digitaal klaar is jouw organisatie voor cultuureducatie?',
		titleSuffix: 'Digicheck'
	},
	shell: {
		skipLink: 'Naar de inhoud',
		homeLink: 'Digicheck, naar de startpagina',
		mainNav: 'Hoofdmenu',
		languageSwitch: 'English',
		languageSwitchLabel: 'Switch to English',
		footerPrivacy:
			'Je antwoorden blijven op dit apparaat. We gebruiken geen cookies, geen tracking en we sturen niets naar een server.',
		footerSource:
			'Gebaseerd op de checklist "12 digitaliseringsaanbevelingen" uit de whitepaper Digitalisering in de cultuursector van CultuurSchakel.',
		menu: 'Menu',
		footerNav: 'Meer informatie'
	},
	nav: {
		start: 'Start',
		check: 'De check',
		questions: 'Alle vragen',
		scoring: 'Hoe we scoren',
		results: 'Resultaat'
	},
	start: {
		title: 'Hoe digitaal klaar is jouw organisatie?',
		startButton: 'Start de check',
		openFileTitle: 'Heb je al een antwoordenbestand?',
		openFile:
			'Bijvoorbeeld van een collega, of van een check op een ander apparaat. Open het hier; het blijft op dit apparaat.',
		resumeButton: 'Verder waar je was',
		restartButton: 'Opnieuw beginnen'
	},
	error: {
		notFoundTitle: 'Deze pagina bestaat niet',
		notFound:
			'Misschien is het adres verkeerd getypt, of is de pagina verplaatst. Je antwoorden zijn niet weg: die staan nog op dit apparaat.',
		otherTitle: 'Er ging iets mis',
		other: 'Probeer de pagina opnieuw te laden. Je antwoorden staan nog op dit apparaat.',
		home: 'Naar de startpagina'
	},
	common: {
		cancel: 'Annuleren',
		close: 'Sluiten',
		loading: 'Even laden…',
		required: 'verplicht',
		optional: 'niet verplicht',
		choose: 'Kies…',
		score: 'Score',
		outOf100: '{score} van de 100'
	},
	profile: {
		title: 'Over jouw organisatie',
		intro:
			'Deze vragen tellen niet mee in de score. Ze zorgen dat de vragen en het advies passen bij jouw organisatie.',
		errorSummary: 'Er ontbreekt nog iets:',
		nameRequired: 'Vul de naam van je organisatie of school in.',
		audienceRequired: 'Kies of je een school of een culturele organisatie bent.',
		next: 'Verder naar de vragen'
	},
	area: {
		position: 'Onderwerp {n} van {total}',
		recommendationLabel: 'De aanbeveling uit de checklist',
		whyLabel: 'Waarom is dit belangrijk?',
		levelLabel: 'Niveau {n}',
		unknown: 'Weet ik niet',
		notApplicable: 'Niet van toepassing (n.v.t.)',
		answerHint:
			'Kies “Weet ik niet” als je het antwoord niet weet: dan laat het rapport zien wat je nog kunt uitzoeken. Kies “Niet van toepassing” als de vraag niet over jullie gaat: die vraag telt dan niet mee.',
		noteLabel: 'Toelichting of bewijs, voor wie het rapport leest',
		noteHelp:
			'Niet verplicht. Bijvoorbeeld: wat jullie al doen, of waar het staat. Dit komt onder dit onderwerp in je rapport. Hooguit 1000 tekens.',
		previousShort: 'Vorig',
		previousRest: ' onderwerp',
		nextShort: 'Volgend',
		nextRest: ' onderwerp',
		answerHintTitle: 'Weet je het niet, of past een vraag niet bij jullie?',
		backShort: 'Terug',
		backRest: ' naar profiel',
		toReview: 'Naar nakijken',
		areaProgress: '{answered} van {total} vragen beantwoord in dit onderwerp',
		noAudience:
			'Je hebt nog niet gekozen of je een school of een culturele organisatie bent. De vragen staan nu in de tekst voor culturele organisaties.',
		noAudienceLink: 'Kies in je profiel',
		navigation: 'Naar een ander onderwerp'
	},
	progress: {
		label: 'Voortgang',
		answered: '{answered} van {total} vragen beantwoord',
		saved: 'Je antwoord is opgeslagen op dit apparaat.',
		savedInMemory: 'Je antwoord is bewaard, maar alleen zolang dit venster open is.',
		overviewTitle: 'Alle onderwerpen',
		areaDone: 'klaar',
		areaCount: '{answered}/{total}',
		profileStep: 'Profiel',
		reviewStep: 'Nakijken',
		resultStep: 'Resultaat'
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
	},
	storage: {
		unavailableTitle: 'Je antwoorden worden niet bewaard',
		unavailable:
			'Deze browser laat Digicheck niets opslaan, bijvoorbeeld in een privévenster. Je kunt de check wel gewoon afmaken. Bewaar je antwoorden als bestand of download het rapport voordat je dit venster sluit.',
		quota:
			'Er is geen ruimte meer om je antwoorden op dit apparaat op te slaan. Je kunt verder, maar bewaar je antwoorden als bestand voordat je dit venster sluit.'
	},
	wipe: {
		button: 'Wis mijn gegevens',
		title: 'Alle gegevens wissen?',
		confirm:
			'Dit wist je antwoorden, je profiel en je taalkeuze van dit apparaat. Dat kun je niet ongedaan maken. Wil je ze bewaren? Download dan eerst je antwoorden als bestand.',
		yes: 'Ja, wis alles',
		download: 'Download eerst mijn antwoorden',
		done: 'Je gegevens zijn gewist van dit apparaat.'
	},
	questions: {
		title: 'Alle vragen',
		intro:
			'Hier staat de hele vragenlijst, zodat iedereen hem kan lezen en beoordelen. Waar de tekst voor scholen anders is dan voor culturele organisaties, zie je beide versies.',
		version: 'Versie van de vragenlijst: {version}',
		forCultural: 'Voor culturele organisaties',
		forSchool: 'Voor scholen',
		onlyFor: 'Alleen voor: {audience}',
		weight: 'Gewicht in de score: {weight}',
		freeText: 'Vrij tekstveld',
		levelsLabel: 'Antwoordmogelijkheden',
		help: 'Uitleg',
		profileTitle: 'Vragen over je organisatie',
		profileIntro: 'Deze vragen tellen niet mee in de score.',
		toc: 'Inhoud'
	},
	scoring: {
		title: 'Hoe we scoren',
		intro:
			'Digicheck geeft geen oordeel over jouw organisatie. De score laat zien waar je staat, zodat je kunt kiezen wat je als eerste aanpakt. Zo rekenen we:',
		levelsTitle: 'Van antwoord naar punten',
		levelsText: 'Elk antwoord is een niveau van 0 tot 4. Dat wordt omgerekend naar punten:',
		levelColumn: 'Niveau',
		pointsColumn: 'Punten',
		weightsTitle: 'Sommige vragen wegen zwaarder',
		weightsText:
			'De meeste vragen hebben gewicht 1. Vragen die extra belangrijk zijn, wegen zwaarder: {weights}. Een culturele organisatie krijgt {culturalTotal} vragen, waarvan {culturalHeavy} zwaarder; een school {schoolTotal}, waarvan {schoolHeavy} zwaarder. Bij elke vraag op de pagina Alle vragen zie je het gewicht.',
		areaTitle: 'De score per onderwerp',
		areaText:
			'De score van een onderwerp is het gewogen gemiddelde van de punten van de beantwoorde vragen. “Weet ik niet” telt niet mee in het gemiddelde, maar we tellen wel hoe vaak je het kiest.',
		unknownText:
			'Koos je bij de helft of meer van de vragen van een onderwerp “weet ik niet”? Dan zie je “onvoldoende beeld” in plaats van een score, met het advies om eerst uit te zoeken hoe het zit. Zo’n onderwerp telt niet mee als nul.',
		notApplicableText:
			'“Niet van toepassing” is iets anders dan “weet ik niet”. Een vraag die niet over jullie gaat, laten we helemaal weg: niet in de score, niet in het advies.',
		criticalText:
			'Bij een paar vragen is “weet ik niet” zelf al belangrijk: {questions}. Dan staat “zoek dit eerst uit” bovenaan je advies.',
		overallTitle: 'De totaalscore en het niveau',
		overallText:
			'De totaalscore is het gemiddelde van de onderwerpen met een score. Dat kan pas als minstens {min} van de 12 onderwerpen een score hebben. Zijn dat er minder, dan zie je “onvoldoende beeld”: geen totaalscore, geen niveau en geen traject. Bij de totaalscore hoort een niveau:',
		bandColumn: 'Niveau',
		rangeColumn: 'Totaalscore',
		range: '{min} tot {max}',
		rangeTop: '{min} tot en met 100',
		verdictTitle: 'Sterk punt of aandachtspunt',
		verdictText:
			'Een onderwerp met een score van {strong} of meer is een sterk punt. Onder de {weak} vraagt het als eerste aandacht. Daartussen ben je op weg. Heeft geen onderwerp {strong} of meer, dan noemen we de {relative} sterkste onderwerpen “relatief sterk”.',
		adviceTitle: 'Hoe het advies ontstaat',
		adviceText:
			'Het advies komt uit {count} regels. Elke regel kijkt naar je scores, je antwoorden en je profiel. Bijvoorbeeld: “een school waar leerlingen hun eigen telefoon gebruiken en apps niet worden gecontroleerd”. Bij elk advies zie je welke antwoorden het lieten zien.',
		rankingText:
			'De volgorde: eerst wat het belangrijkst is, dan een onderwerp onder het doel dat je zelf koos, dan waar het verschil met je doel (of met 100) het grootst is, en bij gelijke stand eerst wat weinig moeite kost.',
		trackTitle: 'Welk traject past?',
		trackText:
			'Een culturele organisatie krijgt advies over een traject. Eerst telt ervaring: wie nog nooit een digitaal project deed, past in een starttraject; wie al eerder meedeed aan een traject, in een vervolgtraject. Daarna telt of de basis er is. Het starttraject past als een van deze dingen ontbreekt, of als de totaalscore onder de {min} is:',
		schoolText:
			'Digitaliseringstrajecten zijn bedoeld voor culturele organisaties. Een school krijgt daarom een eigen advies: is de school klaar om samen met een culturele partner een digitaal project te doen, of moet er eerst iets geregeld worden? Dat moet eerst geregeld zijn:',
		provisionalText:
			'Is een vraag die het advies bepaalt nog open, of koos je “weet ik niet”, en kan het antwoord het advies veranderen? Dan is het advies voorlopig, en staat erbij welke vraag het is.',
		tracksTitle: 'De trajecten',
		monotoneText:
			'De berekening is altijd hetzelfde: dezelfde antwoorden geven hetzelfde resultaat, en een hoger antwoord geeft nooit een lagere score.'
	},
	results: {
		title: 'Jouw resultaat',
		intro:
			'Het resultaat van {name}. Van de {total} vragen: {known} met een niveau, {unknown} “weet ik niet”, {na} “niet van toepassing” en {open} open.',
		noAnswers: 'Je hebt nog geen vragen beantwoord. Begin met de check om je resultaat te zien.',
		overallTitle: 'Totaalbeeld',
		overallScore: 'Totaalscore',
		level: 'Niveau',
		noScore: 'Nog geen score',
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
			'Er zijn te weinig onderwerpen met een score voor een totaalbeeld: {scored} van de 12, en er zijn er minstens {min} nodig. Nog zonder score: {areas}.',
		provisional: 'Voorlopig advies',
		undecided: 'Nog geen advies',
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
		planEmpty: 'Niets gepland voor deze periode.',
		trackTitle: 'Welk traject past bij jullie?',
		trackMore: 'Meer over dit advies',
		keepTitle: 'Bewaren en delen',
		downloadPdf: 'Download rapport (PDF)',
		downloadHtml: 'Download als webpagina',
		preparingPdf: 'Het rapport wordt gemaakt…',
		pdfReady: 'Het rapport is gedownload.',
		pdfFailed: 'Het rapport kon niet worden gemaakt. Probeer het nog eens.',
		exportAnswers: 'Bewaar antwoorden als bestand',
		importAnswers: 'Open antwoorden uit een bestand',
		importHint: 'Of sleep het bestand naar deze pagina.',
		importFailed: 'Dit bestand kon niet worden geopend. Je eigen antwoorden zijn niet veranderd.',
		print: 'Afdrukken',
		changeAnswers: 'Antwoorden aanpassen',
		meta: '{priority} · {effort} · {horizon} · wie: {owner}'
	}
};
