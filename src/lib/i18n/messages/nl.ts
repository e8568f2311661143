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
		start: 'Startpagina',
		check: 'De check',
		questions: 'Alle vragen',
		scoring: 'Hoe we scoren',
		results: 'Resultaat'
	},
	start: {
		importAnswers: 'Open antwoorden uit een bestand',
		importHint: 'Of sleep het bestand naar deze pagina.',
		importFailed: 'Dit bestand kon niet worden geopend. Je eigen antwoorden zijn niet veranderd.',
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
			'Misschien is het adres verkeerd getypt of de pagina verplaatst. Je antwoorden staan nog op dit apparaat.',
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
			'Kies “Weet ik niet” als je het niet weet: het rapport laat dan zien wat je kunt uitzoeken. Kies “Niet van toepassing” als de vraag niet over jullie gaat: die telt dan niet mee.',
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
	storage: {
		unavailableTitle: 'Je antwoorden worden niet bewaard',
		unavailable:
			'Deze browser laat Digicheck niets opslaan, bijvoorbeeld in een privévenster. Je kunt de check wel afmaken: bewaar je antwoorden als bestand of download het rapport voordat je het venster sluit.',
		quota:
			'Er is geen ruimte meer om je antwoorden op dit apparaat op te slaan. Je kunt verder, maar bewaar ze als bestand voordat je het venster sluit.'
	},
	wipe: {
		button: 'Wis mijn gegevens',
		title: 'Alle gegevens wissen?',
		confirm:
			'Dit wist je antwoorden, profiel en taalkeuze van dit apparaat, voorgoed. Wil je ze bewaren? Download dan eerst je antwoorden als bestand.',
		yes: 'Ja, wis alles',
		download: 'Download eerst mijn antwoorden',
		done: 'Je gegevens zijn gewist van dit apparaat.'
	}
};
