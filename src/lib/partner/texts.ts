/** The texts of "Samen met je partner", on screen and in its PDF, in both languages. */
import type { LocalizedText } from '../content/ids';
import { featureLinks } from '../i18n/links';

export const partnerTexts = {
	title: featureLinks.partner,
	intro: {
		nl: 'Werkt een school samen met een culturele organisatie? Laat elk de check invullen en open hier de twee antwoordenbestanden. Je ziet de onderwerpen naast elkaar, waar jullie het verschillend zien, wat elke kant meebrengt en wat jullie samen moeten regelen. Alles blijft in deze browser.',
		en: 'Does a school work with a cultural organisation? Let each complete the check and open the two answers files here. You see the topics side by side, where you see things differently, what each side brings and what you must arrange together. Everything stays in this browser.'
	},
	open: { nl: 'Open de twee antwoordenbestanden', en: 'Open the two answers files' },
	hint: {
		nl: 'Of sleep ze naar deze pagina. Een nieuw bestand van dezelfde kant vervangt het vorige.',
		en: 'Or drag them onto this page. A new file from the same side replaces the previous one.'
	},
	filesTitle: { nl: 'De twee bestanden', en: 'The two files' },
	school: { nl: 'School', en: 'School' },
	partner: { nl: 'Culturele partner', en: 'Cultural partner' },
	notYet: { nl: 'nog niet geopend', en: 'not opened yet' },
	noAudience: {
		nl: '{file}: in dit bestand staat niet of het van een school of een culturele organisatie is. Vul dat in bij het profiel en bewaar het bestand opnieuw.',
		en: '{file}: this file does not say whether it is from a school or a cultural organisation. Fill that in on the profile and save the file again.'
	},
	failed: {
		nl: '{file} kon niet worden geopend. Er is niets veranderd.',
		en: '{file} could not be opened. Nothing has changed.'
	},
	needBoth: {
		nl: 'Open nog het bestand van de {side}.',
		en: 'Now open the file of the {side}.'
	},
	needSchool: { nl: 'school', en: 'school' },
	needPartner: { nl: 'culturele partner', en: 'cultural partner' },
	otherVersion: {
		nl: 'Niet beide bestanden komen van deze versie van de vragenlijst ({sides}). Antwoorden op vragen die niet meer bestaan, tellen niet mee; nieuwe vragen zijn daar nog niet beantwoord.',
		en: 'Not both files come from this version of the questionnaire ({sides}). Answers to questions that no longer exist do not count; new questions have not been answered there yet.'
	},
	sideBySide: { nl: 'Naast elkaar', en: 'Side by side' },
	chartLabel: {
		nl: 'Webgrafiek per onderwerp: de blauwe lijn met rondjes is de school, de grijze lijn met vierkantjes de culturele partner (0 tot 100). De tabel eronder geeft dezelfde cijfers.',
		en: 'Radar chart per topic: the blue line with dots is the school, the grey line with squares the cultural partner (0 to 100). The table below gives the same figures.'
	},
	tableCaption: {
		nl: 'Scores per onderwerp, school en culturele partner',
		en: 'Scores per topic, school and cultural partner'
	},
	topic: { nl: 'Onderwerp', en: 'Topic' },
	difference: { nl: 'Verschil', en: 'Difference' },
	brings: { nl: 'Wat elke kant meebrengt', en: 'What each side brings' },
	bringsSchool: {
		nl: 'De school is sterk waar de partner dat nog niet is: {areas}.',
		en: 'The school is strong where the partner is not yet: {areas}.'
	},
	bringsPartner: {
		nl: 'De culturele partner is sterk waar de school dat nog niet is: {areas}.',
		en: 'The cultural partner is strong where the school is not yet: {areas}.'
	},
	bringsNone: {
		nl: 'Er is geen onderwerp waarin de een sterk is en de ander veel lager scoort.',
		en: 'There is no topic where one side is strong and the other scores much lower.'
	},
	adviceTitle: { nl: 'Samen regelen', en: 'Arrange together' },
	adviceIntro: {
		nl: 'Dit advies gaat over jullie samenwerking: wat jullie samen moeten regelen en wat de een de ander kan geven. Het komt uit de antwoorden van allebei.',
		en: 'This advice is about your partnership: what you must arrange together and what one can give the other. It comes from the answers of both.'
	},
	noAdvice: {
		nl: 'Op grond van jullie antwoorden is er niets dat jullie eerst samen moeten regelen. Bespreek wel de vragen waarop jullie verschillen.',
		en: 'Based on your answers, there is nothing you must arrange together first. Do discuss the questions where you differ.'
	},
	together: { nl: 'Samen regelen', en: 'Arrange together' },
	'school-brings': { nl: 'De school brengt mee', en: 'The school brings' },
	'partner-brings': { nl: 'De partner brengt mee', en: 'The partner brings' },
	steps: { nl: 'Wat kunnen jullie doen?', en: 'What can you do?' },
	why: { nl: 'Waarom dit advies?', en: 'Why this advice?' },
	apartTitle: {
		nl: 'Hier zien jullie het verschillend: bespreek dit eerst',
		en: 'Here you see things differently: discuss this first'
	},
	apartLevels: {
		nl: 'school: niveau {school}, partner: niveau {partner}',
		en: 'school: level {school}, partner: level {partner}'
	},
	noApart: {
		nl: 'Geen vragen waarop jullie twee of meer niveaus uit elkaar liggen.',
		en: 'No questions where your answers lie two or more levels apart.'
	},
	allQuestions: { nl: 'Alle vragen naast elkaar', en: 'All questions side by side' },
	allQuestionsIntro: {
		nl: 'De vragen die allebei krijgen, met het niveau dat elk koos (0 is “nog niet”, 4 is “vast en elk jaar bekeken”). De school en de partner lazen de vraag elk in hun eigen woorden; hier staat de vraag zoals de school hem las.',
		en: 'The questions both are asked, with the level each chose (0 is “not yet”, 4 is “fixed and reviewed every year”). The school and the partner each read the question in their own words; here it is as the school read it.'
	},
	question: { nl: 'Vraag', en: 'Question' },
	unknown: { nl: 'weet ik niet', en: 'don’t know' },
	notApplicable: { nl: 'n.v.t.', en: 'n/a' },
	pdf: {
		nl: 'Download ‘Samen met je partner’ (PDF)',
		en: 'Download ‘Together with your partner’ (PDF)'
	},
	pdfSubtitle: {
		nl: 'Een school en haar culturele partner naast elkaar, op basis van de 12 digitaliseringsaanbevelingen van CultuurSchakel',
		en: 'A school and its cultural partner side by side, based on the 12 digitalisation recommendations by CultuurSchakel'
	},
	pdfNote: {
		nl: 'Dit rapport is gemaakt met Digicheck, een gratis zelftest op basis van de checklist “12 digitaliseringsaanbevelingen” uit de whitepaper Digitalisering in de cultuursector van CultuurSchakel. De school en de culturele partner vulden de antwoorden elk zelf in.',
		en: 'This report was made with Digicheck, a free self-assessment based on the checklist “12 digitalisation recommendations” from the CultuurSchakel white paper Digitalisering in de cultuursector. The school and the cultural partner each gave their own answers.'
	},
	pdfRadarCaption: {
		nl: 'Score per onderwerp (0 tot 100). Blauw met rondjes: de school. Grijs met vierkantjes: de culturele partner. Een onderwerp zonder score heeft onvoldoende beeld.',
		en: 'Score per topic (0 to 100). Blue with dots: the school. Grey with squares: the cultural partner. A topic without a score has not enough information.'
	},
	answered: { nl: 'Beantwoorde vragen', en: 'Questions answered' },
	sources: { nl: 'Bronnen', en: 'Sources' },
	scoringNote: {
		nl: 'Samen met je partner: een school en een culturele organisatie vullen elk de check in. We zetten hun scores per onderwerp naast elkaar en vergelijken de vragen die allebei krijgen. Het gezamenlijke advies komt uit {count} aparte regels die naar de antwoorden van allebei kijken, bijvoorbeeld: controleert minstens één van de twee apps nog niet, dan controleren jullie ze samen. Een kant “brengt een onderwerp mee” als die daar sterk is ({strong} of meer) en de ander minstens {margin} punten lager scoort.',
		en: 'Together with your partner: a school and a cultural organisation each complete the check. We put their scores per topic side by side and compare the questions both are asked. The joint advice comes from {count} separate rules that look at the answers of both, for example: if at least one of the two does not check apps yet, you check them together. A side “brings” a topic when it is strong there ({strong} or more) and the other scores at least {margin} points lower.'
	}
} satisfies Record<string, LocalizedText>;
