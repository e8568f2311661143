/** The texts of the page “Hoe we scoren”, in both languages: build-time page data, not in every page's dictionary. */
import type { LocalizedText } from '../content/ids';

export const scoringTexts = {
	title: { nl: 'Hoe we scoren', en: 'How we score' },
	/** The quick scan's part (here, not in quick.ts: the results page loads that one). */
	quickNote: {
		nl: 'Snelle scan: één vraag per onderwerp, de vraag die het meest zegt over dat onderwerp. Elke score komt dan uit één antwoord; we noemen hem een indicatie. Het niveau en het traject zijn voorlopig. Het advies komt alleen uit regels die naar de gestelde vragen kijken (en naar soort organisatie en ervaring); een regel die een niet gestelde vraag nodig heeft, telt niet mee. Vergelijk je een snelle scan met een volledige check, dan vergelijken we alleen de vragen die in allebei beantwoord zijn.',
		en: 'Quick scan: one question per topic, the one that says most about it. Each score then comes from one answer; we call it an indication. The level and the track are provisional. The advice comes only from rules that look at the questions asked (and at the kind of organisation and experience); a rule that needs a question not asked does not count. When you compare a quick scan with a full check, we compare only the questions answered in both.'
	},
	intro: {
		nl: 'Digicheck geeft geen oordeel over jouw organisatie. De score laat zien waar je staat, zodat je kunt kiezen wat je als eerste aanpakt. Zo rekenen we:',
		en: 'Digicheck does not judge your organisation. The score shows where you stand, so that you can choose what to tackle first. This is how we calculate it:'
	},
	levelsTitle: { nl: 'Van antwoord naar punten', en: 'From answer to points' },
	levelsText: {
		nl: 'Elk antwoord is een niveau van 0 tot 4. Dat wordt omgerekend naar punten:',
		en: 'Every answer is a level from 0 to 4. It is converted into points:'
	},
	levelColumn: { nl: 'Niveau', en: 'Level' },
	pointsColumn: { nl: 'Punten', en: 'Points' },
	weightsTitle: { nl: 'Sommige vragen wegen zwaarder', en: 'Some questions weigh more' },
	weightsText: {
		nl: 'De meeste vragen hebben gewicht 1. Vragen die extra belangrijk zijn, wegen zwaarder: {weights}. Een culturele organisatie krijgt {culturalTotal} vragen, waarvan {culturalHeavy} zwaarder; een school {schoolTotal}, waarvan {schoolHeavy} zwaarder. Bij elke vraag op de pagina Alle vragen zie je het gewicht.',
		en: 'Most questions have weight 1. Questions that matter extra weigh more: {weights}. A cultural organisation gets {culturalTotal} questions, {culturalHeavy} of them heavier; a school {schoolTotal}, {schoolHeavy} of them heavier. The page All questions shows the weight of every question.'
	},
	areaTitle: { nl: 'De score per onderwerp', en: 'The score per topic' },
	areaText: {
		nl: 'De score van een onderwerp is het gewogen gemiddelde van de punten van de beantwoorde vragen. “Weet ik niet” telt niet mee in het gemiddelde, maar we tellen wel hoe vaak je het kiest.',
		en: 'The score of a topic is the weighted average of the points of the answered questions. “I don’t know” does not count in the average, but we do count how often you choose it.'
	},
	unknownText: {
		nl: 'Koos je bij de helft of meer van de vragen van een onderwerp “weet ik niet”? Dan zie je “onvoldoende beeld” in plaats van een score, met het advies om eerst uit te zoeken hoe het zit. Zo’n onderwerp telt niet mee als nul.',
		en: 'Did you choose “I don’t know” for half or more of a topic’s questions? Then you see “not enough information” instead of a score, with the advice to find out first how things stand. Such a topic does not count as zero.'
	},
	notApplicableText: {
		nl: '“Niet van toepassing” is iets anders dan “weet ik niet”. Een vraag die niet over jullie gaat, laten we helemaal weg: niet in de score, niet in het advies.',
		en: '“Not applicable” is different from “I don’t know”. A question that does not concern you is left out completely: not in the score, not in the advice.'
	},
	criticalText: {
		nl: 'Bij een paar vragen is “weet ik niet” zelf al belangrijk: {questions}. Dan staat “zoek dit eerst uit” bovenaan je advies.',
		en: 'For a few questions, “I don’t know” matters on its own: {questions}. Then “find this out first” is at the top of your advice.'
	},
	overallTitle: { nl: 'De totaalscore en het niveau', en: 'The overall score and level' },
	overallText: {
		nl: 'De totaalscore is het gemiddelde van de onderwerpen met een score. Dat kan pas als minstens {min} van de 12 onderwerpen een score hebben. Zijn dat er minder, dan zie je “onvoldoende beeld”: geen totaalscore, geen niveau en geen traject. Bij de totaalscore hoort een niveau:',
		en: 'The overall score is the mean of the topics that have a score. That is only possible when at least {min} of the 12 topics have a score. With fewer, you see “not enough information”: no overall score, no level and no track. The overall score comes with a level:'
	},
	wholeText: {
		nl: 'We tonen elke score als heel getal, naar beneden afgerond: 51,9 wordt 51. De antwoorden zijn niet preciezer, en zo lijkt een score nooit hoger dan het niveau dat erbij hoort.',
		en: 'We show every score as a whole number, rounded down: 51.9 becomes 51. The answers are not more precise than that, and this way a score never looks higher than the level that goes with it.'
	},
	bandColumn: { nl: 'Niveau', en: 'Level' },
	rangeColumn: { nl: 'Totaalscore', en: 'Overall score' },
	range: { nl: '{min} tot {max}', en: '{min} to under {max}' },
	rangeTop: { nl: '{min} tot en met 100', en: '{min} up to and including 100' },
	verdictTitle: { nl: 'Sterk punt of aandachtspunt', en: 'Strength or point for attention' },
	verdictText: {
		nl: 'Een onderwerp met een score van {strong} of meer is een sterk punt. Onder de {weak} vraagt het als eerste aandacht. Daartussen ben je op weg. Heeft geen onderwerp {strong} of meer, dan noemen we de {relative} sterkste onderwerpen “relatief sterk”.',
		en: 'A topic with a score of {strong} or more is a strength. Below {weak} it needs attention first. In between, you are making progress. If no topic reaches {strong}, we name the {relative} strongest topics “relatively strong”.'
	},
	adviceTitle: { nl: 'Hoe het advies ontstaat', en: 'How the advice is made' },
	adviceText: {
		nl: 'Het advies komt uit {count} regels. Elke regel kijkt naar je scores, je antwoorden en je profiel. Bijvoorbeeld: “een school waar leerlingen hun eigen telefoon gebruiken en apps niet worden gecontroleerd”. Bij elk advies zie je welke antwoorden het lieten zien.',
		en: 'The advice comes from {count} rules. Each rule looks at your scores, your answers and your profile. For example: “a school where pupils use their own phones and apps are not checked”. With every piece of advice you see which answers led to it.'
	},
	rankingText: {
		nl: 'De volgorde: eerst wat het belangrijkst is, dan een onderwerp onder het doel dat je zelf koos, dan waar het verschil met je doel (of met 100) het grootst is, en bij gelijke stand eerst wat weinig moeite kost. Wat je volgens het advies over je traject eerst moet regelen, staat altijd bovenaan, in dezelfde woorden.',
		en: 'The order: first what matters most, then a topic below the target you chose yourself, then where the gap to your target (or to 100) is largest, and when equal, first what takes little effort. What the advice on your track says to arrange first always comes at the top, in the same words.'
	},
	trackTitle: { nl: 'Welk traject past?', en: 'Which track fits?' },
	trackText: {
		nl: 'Een culturele organisatie krijgt advies over een traject, zoals de whitepaper het beschrijft (hoofdstuk 5). Eén vraag beslist: deden jullie al eerder mee aan een digitaliseringstraject? Ja: het vervolgtraject, dat is voor de deelnemers van vorig seizoen. Nee: het starttraject, voor nieuwe deelnemers met een eerste eigen project. Dat geldt ook met eerdere projecten en bij elke score: Escher in het Paleis had al ervaring en deed mee aan het starttraject. Is de vraag niet beantwoord, dan geven we geen traject en noemen we de vraag; behalve als jullie nog nooit een digitaal project deden, want elke deelnemer neemt een eigen project mee: dan het starttraject. De score beslist niets. Wel noemen we wat eerst geregeld moet worden, als je dat hebt aangegeven. Die voorwaarden zijn de keuze van Digicheck, niet van de whitepaper:',
		en: 'A cultural organisation gets advice on a track, as the white paper describes it (chapter 5). One question decides: have you taken part in a digitalisation programme before? Yes: the follow-up track, which is for last season’s participants. No: the starters’ track, for new participants with a first project of their own. That also holds with earlier projects and at any score: Escher in het Paleis already had experience and joined the starters’ track. If the question is not answered, we give no track and name the question; unless you have never run a digital project, as every participant brings a project of its own: then the starters’ track. The score decides nothing. We do name what to arrange first, where your answers say so. Those preconditions are Digicheck’s own choice, not the white paper’s:'
	},
	schoolText: {
		nl: 'Digitaliseringstrajecten zijn bedoeld voor culturele organisaties. Een school krijgt daarom een eigen advies: is de school klaar om samen met een culturele partner een digitaal project te doen, of moet er eerst iets geregeld worden? Deze voorwaarden zijn de keuze van Digicheck, niet van de whitepaper. Ontbreekt er een, dan eerst de basis regelen. Zijn ze alle vier geregeld, dan is de school klaar. Is een ervan nog open of koos je “weet ik niet”, dan geven we nog geen advies en noemen we wat ontbreekt. Een score beslist ook hier niets:',
		en: 'Digitalisation programmes are meant for cultural organisations. So a school gets advice of its own: is the school ready to run a digital project with a cultural partner, or must something be arranged first? These preconditions are Digicheck’s own choice, not the white paper’s. If one is missing: arrange the basics first. If all four are arranged, the school is ready. If one is still open or you chose “I don’t know”, we give no advice yet and name what is missing. Here too, no score decides anything:'
	},
	provisionalText: {
		nl: 'Bij een snelle scan is het advies altijd voorlopig: die stelt niet alle vragen.',
		en: 'After a quick scan the advice is always provisional: it does not ask every question.'
	},
	tracksTitle: { nl: 'De trajecten', en: 'The tracks' },
	monotoneText: {
		nl: 'De berekening is altijd hetzelfde: dezelfde antwoorden geven hetzelfde resultaat, en een hoger antwoord geeft nooit een lagere score.',
		en: 'The calculation is always the same: the same answers give the same result, and a higher answer never gives a lower score.'
	}
} satisfies Record<string, LocalizedText>;
