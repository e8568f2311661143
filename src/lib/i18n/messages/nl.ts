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
		intro:
			'Met Digicheck kijk je hoe ver jouw organisatie is met digitale cultuureducatie. Je beantwoordt vragen over 12 onderwerpen. Daarna krijg je een advies op maat dat je als PDF kunt bewaren.',
		forWhoTitle: 'Voor wie?',
		forWho:
			'Voor culturele organisaties, zoals musea, theaters, kunstencentra en makerscollectieven. En voor scholen die willen weten hoe zij digitale cultuureducatie aanpakken.',
		howLongTitle: 'Hoe lang duurt het?',
		howLong:
			'Ongeveer 15 minuten. Je kunt altijd stoppen. Je antwoorden worden bewaard en je gaat later verder waar je was.',
		privacyTitle: 'Wat gebeurt er met je antwoorden?',
		privacy:
			'Je antwoorden blijven op dit apparaat, in je eigen browser. Er is geen account nodig. Niemand anders ziet ze, tenzij je zelf een bestand of rapport deelt.',
		whatYouGetTitle: 'Wat krijg je?',
		whatYouGet1: 'Een score per onderwerp en een totaalbeeld in een webgrafiek.',
		whatYouGet2: 'Je sterke punten, wat het eerst aandacht nodig heeft en snelle winst.',
		whatYouGet3: 'Concrete stappen en een advies over welk traject bij je past.',
		whatYouGet4: 'Een rapport als PDF, om mee te sturen met een aanvraag.',
		startButton: 'Start de check',
		resumeButton: 'Verder waar je was',
		restartButton: 'Opnieuw beginnen',
		resumeInfo:
			'Je hebt al een check in dit apparaat: {answered} van de {total} vragen beantwoord.',
		restartConfirm:
			'Weet je zeker dat je opnieuw wilt beginnen? Je huidige antwoorden worden dan gewist.',
		restartConfirmYes: 'Ja, wis en begin opnieuw',
		restartConfirmNo: 'Nee, houd mijn antwoorden',
		basedOn:
			'De vragen komen uit de checklist van 12 aanbevelingen in de whitepaper Digitalisering in de cultuursector van CultuurSchakel (Den Haag).'
	}
};
