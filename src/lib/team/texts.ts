/** The texts of the team report, in both languages. */
import type { LocalizedText } from '../content/ids';
import { featureLinks } from '../i18n/links';

export const teamTexts = {
	title: featureLinks.team,
	intro: {
		nl: 'Laat een paar collega’s de check invullen en open hier hun antwoordenbestanden (2 tot 30). Je ziet dan per onderwerp waar jullie het over eens zijn en waar jullie het verschillend zien. Alles blijft in deze browser.',
		en: 'Let a few colleagues complete the check and open their answers files here (2 to 30). You then see per topic where you agree and where you see things differently. Everything stays in this browser.'
	},
	open: { nl: 'Open antwoordenbestanden', en: 'Open answers files' },
	hint: { nl: 'Of sleep de bestanden naar deze pagina.', en: 'Or drag the files onto this page.' },
	failed: {
		nl: '{file} kon niet worden geopend en telt niet mee.',
		en: '{file} could not be opened and does not count.'
	},
	tooMany: {
		nl: 'Hooguit 30 bestanden of links; de rest is niet geopend.',
		en: 'At most 30 files or links; the rest were not opened.'
	},
	linksTitle: { nl: 'Of plak deellinks', en: 'Or paste share links' },
	linksLabel: {
		nl: 'Deellinks van collega’s, één per regel',
		en: 'Colleagues’ share links, one per line'
	},
	linksAdd: { nl: 'Voeg de links toe', en: 'Add the links' },
	linkFailed: {
		nl: 'De link op regel {line} is geen werkende Digicheck-deellink en telt niet mee. Vraag je collega om een nieuwe link of om het bestand.',
		en: 'The link on line {line} is not a working Digicheck share link and does not count. Ask your colleague for a new link or for the file.'
	},
	fromLink: { nl: 'deellink, regel {line}', en: 'share link, line {line}' },
	needTwo: {
		nl: 'Open nog minstens één bestand: een teamrapport heeft twee of meer mensen nodig.',
		en: 'Open at least one more file: a team report needs two or more people.'
	},
	otherVersion: {
		nl: 'Niet alle bestanden komen van dezelfde vragenlijst: {count} met een andere versie. Antwoorden op vragen die niet meer bestaan, tellen niet mee. Op nieuwe vragen hebben die mensen nog geen antwoord gegeven.',
		en: 'Not all files come from the same questionnaire: {count} with another version. Answers to questions that no longer exist do not count. Those people have not answered new questions yet.'
	},
	membersTitle: { nl: 'Wie doen er mee?', en: 'Who takes part?' },
	include: { nl: 'Tel mee', en: 'Include' },
	noRole: { nl: 'rol niet ingevuld', en: 'role not given' },
	duplicate: {
		nl: 'dezelfde antwoorden als een ander bestand: telt één keer',
		en: 'the same answers as another file: counts once'
	},
	otherAudience: {
		nl: 'ander soort organisatie: telt niet mee',
		en: 'another kind of organisation: does not count'
	},
	chartLabel: {
		nl: 'Webgrafiek per onderwerp: de lijn is de middelste score van het team, de band loopt van de laagste tot de hoogste score. De tabel hieronder geeft dezelfde cijfers.',
		en: 'Radar chart per topic: the line is the team’s middle score, the band runs from the lowest to the highest score. The table below gives the same figures.'
	},
	tableCaption: { nl: 'Scores van het team per onderwerp', en: 'The team’s scores per topic' },
	topic: { nl: 'Onderwerp', en: 'Topic' },
	median: { nl: 'Midden', en: 'Median' },
	range: { nl: 'Laagste – hoogste', en: 'Lowest – highest' },
	unknown: { nl: '“Weet ik niet”', en: '“Don’t know”' },
	scoredOf: { nl: '{scored} van {total}', en: '{scored} of {total}' },
	rangeNote: {
		nl: 'Laagste – hoogste telt alleen wie een score heeft voor het onderwerp. Wie daar vooral “weet ik niet” koos, heeft geen score. Telt niet iedereen mee, dan staat erbij hoeveel mensen wel: “1 van 3”.',
		en: 'Lowest – highest counts only those with a score for the topic. Someone who chose mostly “don’t know” there has no score. When not everyone counts, it says how many do: “1 of 3”.'
	},
	divergentTitle: {
		nl: 'Hier zien jullie het verschillend: bespreek dit eerst',
		en: 'Here you see things differently: discuss this first'
	},
	levels: { nl: 'gekozen niveaus: {levels}', en: 'levels chosen: {levels}' },
	noDivergent: {
		nl: 'Geen vragen waarop jullie twee of meer niveaus uit elkaar liggen.',
		en: 'No questions where your answers lie two or more levels apart.'
	},
	adviceTitle: { nl: 'Advies voor het team', en: 'Advice for the team' },
	adviceIntro: {
		nl: 'Dit advies gaat uit van het middelste antwoord per vraag.',
		en: 'This advice starts from the middle answer per question.'
	},
	pdf: { nl: 'Download het teamrapport (PDF)', en: 'Download the team report (PDF)' },
	scoringNote: {
		nl: 'Teamrapport: vullen meer mensen van één organisatie de check in, dan geldt per vraag het middelste antwoord (bij een even aantal het lagere van de twee middelste). Daarop rekenen we de scores en het advies. Liggen de antwoorden op een vraag twee of meer niveaus uit elkaar, dan noemen we die vraag als verschil om eerst te bespreken.',
		en: 'Team report: when several people of one organisation complete the check, each question takes the middle answer (with an even number, the lower of the two middle ones). Scores and advice are computed on that. When the answers to a question lie two or more levels apart, we name that question as a difference to discuss first.'
	}
} satisfies Record<string, LocalizedText>;
