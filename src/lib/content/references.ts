import type { Reference } from './schema';

/** The whitepaper's examples and sources that advice points to, and outside sources (listed apart). */
export const references = [
	{
		id: 'art-s-cool',
		kind: 'example',
		title: {
			nl: 'Art-S-Cool: werkgroep Digitale technieken',
			en: 'Art-S-Cool: Digital techniques working group'
		},
		summary: {
			nl: 'Een werkgroep van leraren en docenten volgde workshops stop-motion en SketchUp. Les: breng eerst je docenten op niveau, werk met kleine groepen en regel de apparatuur.',
			en: 'A working group of teachers followed workshops in stop-motion and SketchUp. Lesson: first bring your teachers up to standard, work with small groups and arrange the equipment.'
		}
	},
	{
		id: 'topaze',
		kind: 'example',
		title: {
			nl: 'Topaze: VR-brillen als poort naar een digitale ontdekkingsreis',
			en: 'Topaze: VR headsets as a gateway to a digital journey'
		},
		summary: {
			nl: 'Een kunstenaarscollectief begon met wat er al was: een VR-bril en een app. Na afloop vroegen ze de jongeren naar hun ervaring. Les: begin dicht bij jezelf en reken op veel zoektijd.',
			en: 'An artists’ collective started with what it already had: a VR headset and an app. Afterwards they asked the young people about their experience. Lesson: stay close to yourself and expect a lot of search time.'
		}
	},
	{
		id: 'stet',
		kind: 'example',
		title: { nl: 'STET: Macbeth op Insta', en: 'STET: Macbeth on Insta' },
		summary: {
			nl: 'Leerlingen maakten digitale content over Macbeth; 90% werkte liever zo dan met pen en papier. STET bood het traject een jaar later verbeterd opnieuw aan. Les: ga uit van wat werkt voor de jongeren.',
			en: 'Pupils made digital content about Macbeth; 90% preferred this to pen and paper. STET offered the programme again a year later, improved. Lesson: start from what works for young people.'
		}
	},
	{
		id: 'escher-in-het-paleis',
		kind: 'example',
		title: {
			nl: 'Escher in het Paleis: app voor vmbo’ers',
			en: 'Escher in het Paleis: an app for vmbo pupils'
		},
		summary: {
			nl: 'Twee prototypes van een educatie-app, één met een bestaande quizmodule in het eigen CMS. Het vervolg liep vast op een bouwer, budget en een testgroep uit de doelgroep.',
			en: 'Two prototypes of an education app, one with an existing quiz module in the museum’s own CMS. The next step got stuck on a builder, budget and a test group from the target audience.'
		}
	},
	{
		id: 'design-thinking',
		kind: 'source',
		title: { nl: 'De methode Design Thinking', en: 'The Design Thinking method' },
		summary: {
			nl: 'Vijf stappen: je inleven in de eindgebruiker, het probleem definiëren, ideeën verzinnen, een prototype maken en het ontwerp testen.',
			en: 'Five steps: empathise with the end user, define the problem, come up with ideas, make a prototype and test the design.'
		}
	},
	{
		id: 'whitepaper',
		kind: 'source',
		title: {
			nl: 'Whitepaper Digitalisering in de cultuursector (CultuurSchakel)',
			en: 'White paper Digitalisering in de cultuursector (CultuurSchakel)'
		},
		summary: {
			nl: 'De bron van deze check: twee seizoenen digitaliseringstrajecten met Haagse culturele instellingen, en de checklist met 12 aanbevelingen.',
			en: 'The source of this check: two seasons of digitalisation programmes with cultural institutions in The Hague, and the checklist of 12 recommendations.'
		}
	},
	{
		id: 'cultuurschakel-aanbod',
		kind: 'source',
		title: {
			nl: 'CultuurSchakel: aanbod digitale cultuureducatie',
			en: 'CultuurSchakel: digital cultural education programme'
		},
		summary: {
			nl: 'Het aanbod van CultuurSchakel voor digitale cultuureducatie, met het starttraject en het vervolgtraject.',
			en: 'CultuurSchakel’s digital cultural education offer, with the starters’ track and the follow-up track.'
		},
		url: 'https://www.cultuurschakel.nl/schooltijd/primair-onderwijs/programma-s-en-lesmateriaal/digitale-cultuureducatie/'
	},
	{
		id: 'den-digitale-transformatie',
		kind: 'source',
		title: {
			nl: 'DEN: Digitalisering in cultuur als niet te missen maatschappelijke kans',
			en: 'DEN: Digitalisation in culture as a social opportunity not to miss'
		},
		summary: {
			nl: 'Kennisinstituut Cultuur en Digitale Transformatie over de kansen van digitalisering voor de cultuursector.',
			en: 'The Knowledge Institute for Culture and Digital Transformation on the opportunities of digitalisation for the cultural sector.'
		},
		url: 'https://www.den.nl/kennis-en-inspiratie/digitalisering-in-cultuur-als-niet-te-missen-maatschappelijke-kans'
	},
	{
		id: 'den-ai',
		kind: 'source',
		title: { nl: 'DEN: AI in de culturele sector', en: 'DEN: AI in the cultural sector' },
		summary: {
			nl: 'Waar de waarde van AI voor jouw organisatie ligt, en hoe je er verantwoord mee werkt.',
			en: 'Where the value of AI lies for your organisation, and how to use it responsibly.'
		},
		url: 'https://www.den.nl/kennis-en-inspiratie/ai-in-de-culturele-sector-ontdek-waar-de-waarde-voor-jouw-organisatie-ligt'
	},
	{
		id: 'cultuurschakel-factsheet',
		kind: 'source',
		title: {
			nl: 'CultuurSchakel: factsheet digitaliseren in de kunst- en cultuursector',
			en: 'CultuurSchakel: fact sheet on digitalising in the arts and culture sector'
		},
		summary: {
			nl: 'Een korte factsheet met tips om te beginnen met digitaliseren.',
			en: 'A short fact sheet with tips for getting started with digitalisation.'
		},
		url: 'https://www.cultuurschakel.nl/media/uftelhfx/factsheet-digitaliseren-in-de-kunst-en-cultuursector.pdf'
	},
	{
		id: 'telefoonafspraak',
		// not in the whitepaper (it is of 2023-2024): listed apart in the report
		kind: 'outside',
		title: {
			nl: 'Landelijke afspraak: mobiele telefoons niet in de klas',
			en: 'National agreement: no mobile phones in class'
		},
		summary: {
			nl: 'Afspraak van het ministerie van OCW met de onderwijsorganisaties (Kamerbrieven van juli en november 2023): telefoons, tablets en smartwatches horen niet in de klas, in het voortgezet onderwijs sinds 1 januari 2024 en in het primair en speciaal onderwijs sinds schooljaar 2024-2025. Uitzonderingen: als de les ze nodig heeft (bijvoorbeeld mediawijsheid), en om medische redenen of een beperking. Het is een afspraak, geen wet.',
			en: 'Agreement of the Dutch Ministry of Education with the education sector (letters to parliament of July and November 2023): phones, tablets and smartwatches do not belong in class, in secondary education since 1 January 2024 and in primary and special education since the 2024-2025 school year. Exceptions: when the lesson needs them (for example media literacy), and for medical reasons or a disability. It is an agreement, not a law.'
		}
	}
] satisfies Reference[];
