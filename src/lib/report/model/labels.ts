/** The fixed texts of the PDF report, in both languages. */
import type { LocalizedText } from '../../content/schema';

export const pdfLabels = {
	documentTitle: { nl: 'Digicheck-rapport', en: 'Digicheck report' },
	coverTitle: {
		nl: 'Digitale cultuureducatie: waar staan we en wat is de volgende stap?',
		en: 'Digital cultural education: where do we stand and what is the next step?'
	},
	subject: {
		nl: 'Zelfevaluatie digitale cultuureducatie met advies op maat',
		en: 'Self-assessment of digital cultural education with tailored advice'
	},
	coverSubtitle: {
		nl: 'Zelfevaluatie op basis van de 12 digitaliseringsaanbevelingen van CultuurSchakel',
		en: 'Self-assessment based on the 12 digitalisation recommendations by CultuurSchakel'
	},
	date: { nl: 'Datum', en: 'Date' },
	organisation: { nl: 'Organisatie', en: 'Organisation' },
	respondent: { nl: 'Ingevuld door', en: 'Completed by' },
	kind: { nl: 'Soort organisatie', en: 'Kind of organisation' },
	level: { nl: 'Niveau', en: 'Level' },
	overallScore: { nl: 'Totaalscore', en: 'Overall score' },
	track: { nl: 'Aanbevolen traject', en: 'Recommended track' },
	schoolVerdict: { nl: 'Klaar voor een project?', en: 'Ready for a project?' },
	provisional: { nl: 'voorlopig', en: 'provisional' },
	coverInsufficient: {
		nl: 'Onvoldoende beeld: {scored} van de 12 onderwerpen hebben een score, minstens {min} nodig',
		en: 'Not enough information: {scored} of the 12 topics have a score, at least {min} needed'
	},
	note: { nl: 'Toelichting van de invuller', en: 'Respondent’s note' },
	schoolTitle: { nl: 'Klaar voor een digitaal project?', en: 'Ready for a digital project?' },
	answered: { nl: 'Beantwoorde vragen', en: 'Questions answered' },
	coverNote: {
		nl: 'Dit rapport is gemaakt met Digicheck, een gratis zelftest op basis van de checklist “12 digitaliseringsaanbevelingen” uit de whitepaper Digitalisering in de cultuursector van CultuurSchakel. De antwoorden zijn ingevuld door de organisatie zelf.',
		en: 'This report was made with Digicheck, a free self-assessment based on the checklist “12 digitalisation recommendations” from the CultuurSchakel white paper Digitalisering in de cultuursector. The answers were given by the organisation itself.'
	},
	summary: { nl: 'Samenvatting', en: 'Summary' },
	radarCaption: {
		nl: 'Score per onderwerp (0 tot 100). Een onderwerp zonder score heeft onvoldoende beeld of is niet ingevuld.',
		en: 'Score per topic (0 to 100). A topic without a score has not enough information or was not answered.'
	},
	radarTargets: {
		nl: 'De stippellijn is het doel dat de invuller over 12 maanden wil halen.',
		en: 'The dashed line is the target the respondent wants to reach in 12 months.'
	},
	targetColumn: { nl: 'Doel', en: 'Target' },
	quickScan: { nl: 'Snelle scan', en: 'Quick scan' },
	indication: { nl: 'indicatie', en: 'indication' },
	radarQuick: {
		nl: 'Snelle scan: elke score komt uit één antwoord en is een indicatie (stippellijn).',
		en: 'Quick scan: each score comes from one answer and is an indication (dotted line).'
	},
	teamTitle: { nl: 'Teamrapport', en: 'Team report' },
	teamWho: {
		nl: '{count} mensen vulden de check in: {roles}.',
		en: '{count} people completed the check: {roles}.'
	},
	teamRadarCaption: {
		nl: 'De lijn is de middelste score van het team per onderwerp (0 tot 100); de lichte band loopt van de laagste tot de hoogste score.',
		en: 'The line is the team’s middle score per topic (0 to 100); the light band runs from the lowest to the highest score.'
	},
	teamNoRole: { nl: 'rol niet ingevuld', en: 'role not given' },
	teamMerged: {
		nl: 'Het advies in dit rapport gaat uit van het middelste antwoord per vraag.',
		en: 'The advice in this report starts from the middle answer per question.'
	},
	teamMedian: { nl: 'Midden', en: 'Median' },
	teamRange: { nl: 'Laagste – hoogste', en: 'Lowest – highest' },
	teamUnknown: { nl: 'Weet ik niet', en: 'Don’t know' },
	teamScoredOf: { nl: '{scored} van {total}', en: '{scored} of {total}' },
	teamRangeNote: {
		nl: 'Laagste – hoogste telt alleen wie een score heeft voor het onderwerp. Wie daar vooral “weet ik niet” koos, heeft geen score. Telt niet iedereen mee, dan staat erbij hoeveel mensen wel: “1 van 3”.',
		en: 'Lowest – highest counts only those with a score for the topic. Someone who chose mostly “don’t know” there has no score. When not everyone counts, it says how many do: “1 of 3”.'
	},
	teamDivergent: {
		nl: 'Hier zien jullie het verschillend: bespreek dit eerst',
		en: 'Here you see things differently: discuss this first'
	},
	teamDivergentMore: { nl: 'Ook hier verschillen jullie', en: 'You also differ here' },
	teamLevels: { nl: 'gekozen niveaus: {levels}', en: 'levels chosen: {levels}' },
	teamGuide: { nl: 'Gespreksleidraad', en: 'Conversation guide' },
	teamGuideIntro: {
		nl: 'Per onderwerp waar jullie verschillen: drie vragen om samen te bespreken. Vraag steeds: wat zien jullie, en waarom kies je dit niveau?',
		en: 'For each topic where you differ: three questions to discuss together. Ask each time: what do you see, and why do you choose this level?'
	},
	teamAsk: { nl: 'Hoe staat het hiermee: “{statement}”', en: 'Where do we stand: “{statement}”' },
	compareTitle: { nl: 'Voor- en nameting', en: 'Before and after' },
	compareBefore: { nl: 'Voormeting', en: 'Before' },
	compareAfter: { nl: 'Nameting', en: 'After' },
	compareBeforeShort: { nl: 'Voor', en: 'Before' },
	compareAfterShort: { nl: 'Na', en: 'After' },
	compareDelta: { nl: 'Verschil', en: 'Change' },
	compareMoved: { nl: 'Vragen die het meest veranderden', en: 'Questions that changed most' },
	compareLevels: { nl: 'van niveau {before} naar {after}', en: 'from level {before} to {after}' },
	compareResolved: { nl: 'Advies dat nu is opgelost', en: 'Advice now resolved' },
	compareLapsed: {
		nl: 'Advies dat vervalt, zonder dat het is opgelost',
		en: 'Advice that lapses without being resolved'
	},
	compareAdded: { nl: 'Nieuw advies', en: 'New advice' },
	compareNotCompared: {
		nl: 'Niet te vergelijken (deze vragen staan niet meer in de vragenlijst): {ids}.',
		en: 'Not comparable (these questions are no longer in the questionnaire): {ids}.'
	},
	strengths: { nl: 'Sterke punten', en: 'Strengths' },
	noStrengths: {
		nl: 'Nog geen onderwerp met een score van {min} of meer.',
		en: 'No topic with a score of {min} or more yet.'
	},
	priorities: { nl: 'Eerst aanpakken', en: 'Tackle first' },
	quickWins: { nl: 'Snelle winst (laaghangend fruit)', en: 'Quick wins (low-hanging fruit)' },
	none: { nl: 'Geen.', en: 'None.' },
	scoresTitle: { nl: 'Scores per onderwerp', en: 'Scores per topic' },
	areaColumn: { nl: 'Onderwerp', en: 'Topic' },
	scoreColumn: { nl: 'Score', en: 'Score' },
	meaningColumn: { nl: 'Betekenis', en: 'Meaning' },
	areasTitle: { nl: 'Advies per onderwerp', en: 'Advice per topic' },
	recommendation: { nl: 'Aanbeveling', en: 'Recommendation' },
	areasIntro: {
		nl: 'Per onderwerp staan hier de score en het advies dat het meest telt. Ander advies staat er met zijn titel bij; je vindt het uitgewerkt bij je resultaat in Digicheck.',
		en: 'For each topic: the score and the advice that counts most. Other advice is listed by its title; you find it worked out with your result in Digicheck.'
	},
	whyMore: {
		nl: 'En nog {count} antwoorden.',
		en: 'And {count} more answers.'
	},
	whyMoreOne: {
		nl: 'En nog één antwoord.',
		en: 'And one more answer.'
	},
	moreAdvice: { nl: 'Ook bij dit onderwerp: {titles}.', en: 'Also on this topic: {titles}.' },
	questionColumn: { nl: 'Vraag', en: 'Question' },
	answerColumn: { nl: 'Antwoord (niveau 0–4)', en: 'Answer (level 0–4)' },
	sourcesTitle: { nl: 'Bronnen en voorbeelden', en: 'Sources and examples' },
	compareRadarCaption: {
		nl: 'Score per onderwerp (0 tot 100): de blauwe lijn is de nameting, de grijze lijn de voormeting.',
		en: 'Score per topic (0 to 100): the blue line is the second check, the grey line the first.'
	},
	compareProgress: { nl: 'Vooruitgang', en: 'Progress' },
	noName: { nl: 'Jullie organisatie', en: 'Your organisation' },
	teamMembers: { nl: 'Deelnemers', en: 'Participants' },
	steps: { nl: 'Wat kun je doen?', en: 'What can you do?' },
	why: { nl: 'Waarom dit advies?', en: 'Why this advice?' },
	readMore: { nl: 'Lees meer', en: 'Read more' },
	noAdvice: {
		nl: 'Geen apart advies: dit gaat goed.',
		en: 'No separate advice: this is going well.'
	},
	actionPlan: { nl: 'Actieplan', en: 'Action plan' },
	actionPlanIntro: {
		// lower case: "Begin klein" / "Start small" mark the results page's own dictionary (languages e2e)
		nl: 'De belangrijkste adviezen, hooguit zeven, verdeeld over de tijd: begin klein, en begin bovenaan. De andere adviezen staan bij hun onderwerp.',
		en: 'The most important advice, seven at most, spread over time: start small, and start at the top. The other advice is with its topic.'
	},
	trackTitle: { nl: 'Welk traject past?', en: 'Which track fits?' },
	planNowAbove: {
		nl: 'De acties onder ‘Eerst aanpakken’ in de samenvatting, in die volgorde.',
		en: 'The actions under ‘Tackle first’ in the summary, in that order.'
	},
	quickAreasIntro: {
		nl: 'Snelle scan: elk advies komt uit je antwoord op één vraag (zie ‘waarom’). De volledige check laat zien of het voor het hele onderwerp geldt.',
		en: 'Quick scan: each piece of advice comes from your answer to one question (see ‘why’). The full check shows whether it holds for the whole topic.'
	},
	aboutTrack: { nl: 'Over dit advies', en: 'About this advice' },
	appendixAnswers: { nl: 'Bijlage A: alle antwoorden', en: 'Appendix A: all answers' },
	answersInside: {
		nl: 'Dit PDF-bestand bevat ook het antwoordenbestand waarmee het is gemaakt, als bijlage in het bestand. Wie dit PDF-bestand heeft, kan die antwoorden dus lezen en in Digicheck openen, net als de antwoorden in deze bijlage.',
		en: 'This PDF file also holds the answers file it was made from, attached inside the file. So anyone who has this PDF file can read those answers and open them in Digicheck, just like the answers in this appendix.'
	},
	answersInsideMany: {
		nl: 'Dit PDF-bestand bevat ook de {count} antwoordenbestanden waarmee het is gemaakt, als bijlagen in het bestand. Wie dit PDF-bestand heeft, kan al die antwoorden dus lezen en in Digicheck openen, ook de antwoorden van ieder afzonderlijk.',
		en: 'This PDF file also holds the {count} answers files it was made from, attached inside the file. So anyone who has this PDF file can read all those answers and open them in Digicheck, each person’s answers too.'
	},
	profileTitle: { nl: 'Profiel', en: 'Profile' },
	appendixSources: {
		nl: 'Bijlage B: bronnen en voorbeelden',
		en: 'Appendix B: sources and examples'
	},
	sourcesIntro: {
		nl: 'De vragen en adviezen komen uit de whitepaper Digitalisering in de cultuursector van CultuurSchakel (Den Haag). Daarin staan deze voorbeelden en bronnen:',
		en: 'The questions and advice come from the white paper Digitalisering in de cultuursector by CultuurSchakel (The Hague). It contains these examples and sources:'
	},
	quickSources: {
		nl: 'De vragen en adviezen komen uit de whitepaper Digitalisering in de cultuursector van CultuurSchakel (Den Haag). Het rapport van de volledige check noemt de voorbeelden en bronnen, met hun webadres.',
		en: 'The questions and advice come from the white paper Digitalisering in de cultuursector by CultuurSchakel (The Hague). The full check’s report lists its examples and sources, with their web addresses.'
	},
	outsideSources: {
		nl: 'Andere bronnen, niet uit de whitepaper:',
		en: 'Other sources, not from the white paper:'
	},
	page: { nl: 'Pagina {n} van {total}', en: 'Page {n} of {total}' },
	unprintableTitle: { nl: 'Let op', en: 'Please note' },
	unprintable: {
		nl: 'Sommige tekens in de naam of een toelichting kan deze PDF niet tonen; er staat een ? voor in de plaats. De webpagina-versie van dit rapport toont ze wel.',
		en: 'This PDF cannot show some characters in the name or a note; a ? stands in their place. The web page version of this report does show them.'
	},
	levelN: { nl: 'Niveau {n}', en: 'Level {n}' },
	outOf100: { nl: '{score} van 100', en: '{score} out of 100' }
} satisfies Record<string, LocalizedText>;
