/** The texts of the cohort overview (CohortView), in both languages: loaded with the view. */
import type { LocalizedText } from '../content/ids';

export const cohortViewTexts = {
	groupTitle: { nl: 'De groep als geheel', en: 'The group as a whole' },
	groupCount: { nl: '{count} aanvragen', en: '{count} applications' },
	groupCountOne: { nl: '1 aanvraag', en: '1 application' },
	commonTitle: { nl: 'Het advies dat het vaakst terugkomt', en: 'The advice that comes up most' },
	commonIntro: {
		nl: 'Goede onderwerpen voor de groepsbijeenkomsten van het programma.',
		en: 'Good topics for the programme’s group meetings.'
	},
	commonCount: { nl: 'bij {count} van {total}', en: 'for {count} of {total}' },
	chartLabel: {
		nl: 'Webgrafiek per onderwerp: de lijn is de middelste score van de groep, de band loopt van het eerste tot het derde kwartiel (de middelste helft). De tabel eronder geeft dezelfde cijfers.',
		en: 'Radar chart per topic: the line is the group’s middle score, the band runs from the first to the third quartile (the middle half). The table below gives the same figures.'
	},
	areasCaption: {
		nl: 'Scores van de groep per onderwerp, en hoeveel aanvragen zwak, middelmatig of sterk zijn',
		en: 'The group’s scores per topic, and how many applications are weak, middling or strong'
	},
	topic: { nl: 'Onderwerp', en: 'Topic' },
	median: { nl: 'Midden', en: 'Median' },
	quartiles: { nl: 'Middelste helft', en: 'Middle half' },
	weak: { nl: 'Zwak', en: 'Weak' },
	middling: { nl: 'Middelmatig', en: 'Middling' },
	strong: { nl: 'Sterk', en: 'Strong' },
	insufficient: { nl: 'Onvoldoende beeld', en: 'Not enough information' },
	movementTitle: { nl: 'Voor- en nameting', en: 'Before and after' },
	movementTextOne: {
		nl: '1 organisatie heeft twee metingen op verschillende dagen. Haar totaalscore ging van {before} naar {after}.',
		en: '1 organisation has two measurements on different days. Its overall score went from {before} to {after}.'
	},
	movementText: {
		nl: '{count} organisaties hebben twee metingen op verschillende dagen. Hun middelste totaalscore ging van {before} naar {after}.',
		en: '{count} organisations have two measurements on different days. Their middle overall score went from {before} to {after}.'
	},
	movementCaption: {
		nl: 'Middelste score per onderwerp: eerste en laatste meting',
		en: 'Middle score per topic: first and last measurement'
	},
	before: { nl: 'Eerste meting', en: 'First measurement' },
	after: { nl: 'Laatste meting', en: 'Last measurement' },
	rowsTitle: { nl: 'Alle aanvragen', en: 'All applications' },
	filterAudience: { nl: 'Soort', en: 'Kind' },
	filterType: { nl: 'Type', en: 'Type' },
	filterSize: { nl: 'Grootte', en: 'Size' },
	filterTrack: { nl: 'Traject', en: 'Track' },
	all: { nl: 'Alle', en: 'All' },
	shown: { nl: '{shown} van {total} aanvragen', en: '{shown} of {total} applications' },
	rowsCaption: {
		nl: 'Aanvragen; klik op een kolomkop om te sorteren',
		en: 'Applications; click a column heading to sort'
	},
	organisation: { nl: 'Organisatie', en: 'Organisation' },
	overall: { nl: 'Totaal', en: 'Overall' },
	level: { nl: 'Niveau', en: 'Level' },
	track: { nl: 'Traject', en: 'Track' },
	weakest: { nl: 'Zwakste onderwerpen', en: 'Weakest topics' },
	/** The share of questions answered with a level: "weet ik niet" does not count. */
	answered: { nl: 'Met een niveau', en: 'With a level' },
	plan: { nl: 'Projectplan', en: 'Project plan' },
	planYes: { nl: 'ja', en: 'yes' },
	planNo: { nl: 'nee', en: 'no' },
	planHours: { nl: '{hours} uur', en: '{hours} hours' },
	provisional: { nl: 'voorlopig', en: 'provisional' },
	quick: { nl: 'snelle scan', en: 'quick scan' },
	page: { nl: 'Pagina {page} van {pages}', en: 'Page {page} of {pages}' },
	previous: { nl: 'Vorige', en: 'Previous' },
	next: { nl: 'Volgende', en: 'Next' },
	exportTitle: { nl: 'Exporteren', en: 'Export' },
	exportIntro: {
		nl: 'De export bevat de aanvragen die nu in de tabel staan (met de filters).',
		en: 'The export holds the applications now in the table (with the filters).'
	},
	csv: { nl: 'Download als CSV ({count} rijen)', en: 'Download as CSV ({count} rows)' },
	csvOne: { nl: 'Download als CSV (1 rij)', en: 'Download as CSV (1 row)' },
	zipOne: { nl: 'Download 1 rapport als ZIP (PDF)', en: 'Download 1 report as ZIP (PDF)' },
	zip: {
		nl: 'Download {count} rapporten als ZIP (PDF)',
		en: 'Download {count} reports as ZIP (PDF)'
	},
	zipProgress: { nl: '{done} van {total} rapporten gemaakt', en: '{done} of {total} reports made' },
	cancel: { nl: 'Stop', en: 'Stop' },
	cancelled: {
		nl: 'Gestopt. Er is geen ZIP gemaakt.',
		en: 'Stopped. No ZIP was made.'
	}
} satisfies Record<string, LocalizedText>;
