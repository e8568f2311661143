/**
 * Rules that read the profile (role, size, type, target groups, experience) and the questions
 * the white paper asks for beyond the checklist's wording: consent for images, the national
 * phone agreement, age limits, accessibility, ethics and AI, and changing with the times.
 */
import type { Rule } from '../rules-schema';
import { alone, director, isCultural, isSchool, newcomer } from './conditions';

export const profileRules: Rule[] = [
	{
		id: 'toestemming-beeld-regelen',
		kind: 'cross',
		when: { fact: 'answer', question: 'toestemming-beeld', operator: 'lte', value: 1 },
		advice: {
			title: {
				nl: 'Regel toestemming voor foto’s en video’s',
				en: 'Arrange consent for photos and videos'
			},
			text: {
				nl: 'In digitale lessen worden vaak foto’s en filmpjes gemaakt, ook door leerlingen van elkaar. Daarvoor is toestemming nodig; onder de 16 jaar van de ouders. Wie nee zei, moet dat in elke les kunnen laten merken.',
				en: 'Digital lessons often involve photos and videos, also made by pupils of each other. That needs consent; under 16, from the parents. Whoever said no must be respected in every lesson.'
			},
			steps: [
				{
					nl: 'Maak een kort toestemmingsformulier in gewone taal: welke beelden, waarvoor, en hoe lang je ze bewaart.',
					en: 'Make a short consent form in plain language: which images, for what, and how long you keep them.'
				},
				{
					nl: 'Spreek af dat beelden van leerlingen alleen op een apparaat van de school of organisatie staan, niet op een eigen telefoon.',
					en: 'Agree that images of pupils are kept only on a device of the school or organisation, not on a personal phone.'
				}
			],
			priority: 'high',
			priorityFor: { school: 'essential' },
			effort: 'low',
			horizon: 'now',
			owner: 'privacy',
			areas: ['privacy'],
			references: ['whitepaper']
		}
	},
	{
		id: 'landelijke-telefoonafspraak-school',
		kind: 'cross',
		when: {
			all: [isSchool, { fact: 'answer', question: 'telefoonafspraken', operator: 'lte', value: 1 }]
		},
		advice: {
			title: {
				nl: 'Maak de telefoonafspraak duidelijk, ook voor digitale cultuurlessen',
				en: 'Make the phone agreement clear, also for digital arts lessons'
			},
			text: {
				nl: 'Sinds 2024 horen telefoons, tablets en smartwatches niet in de klas. Een digitale cultuurles mag een uitzondering zijn, maar dan moet iedereen weten wanneer en waarom. Anders verschilt het per leraar, en dat geeft onrust.',
				en: 'Since 2024, phones, tablets and smartwatches do not belong in class. A digital arts lesson may be an exception, but then everyone must know when and why. Otherwise it differs per teacher, which causes unrest.'
			},
			steps: [
				{
					nl: 'Bespreek in het team welke lessen een uitzondering zijn, en wiens apparaat dan gebruikt wordt.',
					en: 'Discuss in the team which lessons are an exception, and whose device is used then.'
				},
				{
					nl: 'Vertel ouders en leerlingen vooraf wanneer een apparaat in de cultuurles wel mag.',
					en: 'Tell parents and pupils beforehand when a device is allowed in the arts lesson.'
				}
			],
			priority: 'high',
			effort: 'low',
			horizon: 'now',
			owner: 'cultuurcoordinator',
			areas: ['privacy'],
			references: ['telefoonafspraak']
		}
	},
	{
		id: 'sociale-media-leeftijd',
		kind: 'cross',
		when: {
			all: [
				{
					any: [
						{ fact: 'profile', field: 'targetGroups', operator: 'includes', value: 'po' },
						{ fact: 'profile', field: 'type', operator: 'eq', value: 'primair-onderwijs' }
					]
				},
				{ fact: 'answer', question: 'apps-gecontroleerd', operator: 'lte', value: 2 }
			]
		},
		advice: {
			title: {
				nl: 'Let op de leeftijdsgrens van apps en sociale media',
				en: 'Mind the age limits of apps and social media'
			},
			text: {
				nl: 'Jullie werken met kinderen in het basisonderwijs. Veel sociale media en apps zijn pas vanaf 13 jaar, en onder de 16 jaar moeten ouders toestemming geven voor het gebruik van gegevens. STET liet leerlingen posten zoals Lady Macbeth op Instagram: voor oudere leerlingen een mooie opdracht, voor jonge kinderen niet zomaar.',
				en: 'You work with children in primary education. Many social media and apps are only for ages 13 and up, and under 16 parents must consent to the use of data. STET had pupils post as Lady Macbeth on Instagram: a great task for older pupils, but not simply for young children.'
			},
			steps: [
				{
					nl: 'Controleer bij elke app voor kinderen de leeftijdsgrens in de voorwaarden.',
					en: 'Check the age limit in the terms of every app you use with children.'
				},
				{
					nl: 'Kies voor jonge kinderen een afgeschermde app, of laat ze posten op papier of in een oefenomgeving.',
					en: 'For young children, choose a closed app, or let them post on paper or in a practice environment.'
				}
			],
			priority: 'high',
			effort: 'low',
			horizon: 'now',
			owner: 'privacy',
			areas: ['privacy'],
			references: ['stet']
		}
	},
	{
		id: 'toegankelijk-aanbod',
		kind: 'cross',
		when: { fact: 'answer', question: 'toegankelijk', operator: 'lte', value: 1 },
		advice: {
			title: {
				nl: 'Maak je digitale aanbod toegankelijk voor iedereen',
				en: 'Make your digital offer accessible to everyone'
			},
			text: {
				nl: 'In de trajecten van CultuurSchakel noemden deelnemers inclusie en toegankelijkheid als voorwaarde: digitale ervaringen moeten voor iedereen werken, los van achtergrond of vaardigheid. Misschien kan nu een deel van je doelgroep niet goed meedoen, zonder dat je het merkt.',
				en: 'In CultuurSchakel’s programmes, participants named inclusion and accessibility as a condition: digital experiences must work for everyone, whatever their background or skills. Part of your target group may not be able to take part well now, without you noticing.'
			},
			steps: [
				{
					nl: 'Zet ondertiteling bij elke video, en gebruik korte zinnen en duidelijke plaatjes.',
					en: 'Add subtitles to every video, and use short sentences and clear pictures.'
				},
				{
					nl: 'Zorg dat een opdracht ook met één apparaat per groepje te doen is.',
					en: 'Make sure a task can also be done with one device per small group.'
				}
			],
			priority: 'medium',
			effort: 'medium',
			horizon: 'season',
			areas: ['betrek-doelgroep'],
			references: ['whitepaper']
		}
	},
	{
		id: 'ethiek-ai-gesprek',
		kind: 'cross',
		when: { fact: 'answer', question: 'ethiek-ai', operator: 'lte', value: 1 },
		advice: {
			title: {
				nl: 'Praat samen over de keerzijden van digitale tools en AI',
				en: 'Talk together about the downsides of digital tools and AI'
			},
			text: {
				nl: 'Ook wie net begint, krijgt met AI te maken: in apps, bij het schrijven van teksten, of bij leerlingen die het zelf gebruiken. Een discussieleider in de trajecten zei: “Creativiteit blijft de kern van kunst, zelfs in het digitale tijdperk. Technologie kan het potentieel ervan vergroten, maar mag nooit de plaats innemen van menselijke expressie.” Spreek samen af wat daarbij voor jullie telt.',
				en: 'Even beginners deal with AI: in apps, when writing texts, or with pupils who use it themselves. A discussion leader in the programmes said: “Creativity remains the core of art, even in the digital age. Technology can increase its potential, but must never take the place of human expression.” Agree together what matters to you in this.'
			},
			steps: [
				{
					nl: 'Schrijf drie afspraken op, bijvoorbeeld: geen namen van leerlingen in een AI-tool, en zeg het als een tekst met AI is gemaakt.',
					en: 'Write down three agreements, for example: no pupils’ names in an AI tool, and say so when a text was made with AI.'
				},
				{
					'cultural-organisation': {
						nl: 'Vraag bij een workshop ook de deelnemers wat zij van AI in kunst vinden; gebruik hun antwoorden in je afspraken.',
						en: 'In a workshop, also ask participants what they think of AI in art; use their answers in your agreements.'
					},
					school: {
						nl: 'Bespreek in een cultuurles met leerlingen wat AI wel en niet kan in kunst; gebruik hun antwoorden in de afspraken.',
						en: 'In an arts lesson, discuss with pupils what AI can and cannot do in art; use their answers in the agreements.'
					}
				}
			],
			priority: 'medium',
			effort: 'low',
			horizon: 'season',
			owner: 'team',
			areas: ['blijf-leren'],
			references: ['den-ai']
		}
	},
	{
		id: 'meebewegen-met-verandering',
		kind: 'cross',
		when: { fact: 'answer', question: 'meebewegen', operator: 'lte', value: 1 },
		advice: {
			title: {
				nl: 'Kijk elk jaar vooruit: wat verandert er om jullie heen?',
				en: 'Look ahead every year: what is changing around you?'
			},
			text: {
				nl: 'De checklist vraagt om digitale projecten die zich aanpassen aan veranderingen in techniek, onderwijs en samenleving. Denk aan de afspraak over telefoons in de klas, of nieuwe AI-tools. Wie dat pas merkt als iets niet meer werkt, loopt steeds achter.',
				en: 'The checklist asks for digital projects that adapt to changes in technology, education and society. Think of the agreement on phones in class, or new AI tools. If you only notice when something stops working, you are always behind.'
			},
			steps: [
				{
					nl: 'Zet één keer per jaar een vast overleg in de agenda met één vraag: wat verandert er, en wat betekent dat voor ons?',
					en: 'Put one fixed meeting a year in the diary with one question: what is changing, and what does it mean for us?'
				},
				{
					nl: 'Vraag partners en scholen elk jaar wat er bij hen verandert, zodat je het op tijd weet.',
					en: 'Ask partners and schools every year what is changing for them, so you know in time.'
				}
			],
			priority: 'medium',
			effort: 'low',
			horizon: 'year',
			areas: ['lange-termijn'],
			references: ['den-digitale-transformatie']
		}
	},
	{
		id: 'impactketen',
		kind: 'cross',
		when: {
			all: [
				{ fact: 'answer', question: 'impactdoelen', operator: 'gte', value: 2 },
				{ fact: 'answer', question: 'output-en-impact-apart', operator: 'eq', value: 1 }
			]
		},
		advice: {
			title: {
				nl: 'Laat de stappen zien van wat je maakt naar wat het oplevert',
				en: 'Show the steps from what you make to what it brings'
			},
			text: {
				'cultural-organisation': {
					nl: 'Jullie noemen wat een project deelnemers moet opleveren, maar in verslagen tellen jullie alleen output, zoals lessen en bezoekers. Wie een aanvraag beoordeelt, wil de stappen ertussen zien. STET liet dat zien: lessen en filmpjes (output), leerlingen die meededen (bereik), 90% die liever zo werkte (ervaring).',
					en: 'You name what a project should bring participants, but your reports only count output, such as lessons and visitors. Whoever assesses an application wants to see the steps in between. STET showed how: lessons and videos (output), pupils who took part (reach), 90% who preferred working this way (experience).'
				},
				school: {
					nl: 'Jullie noemen wat een project leerlingen moet opleveren, maar in verslagen tellen jullie alleen output, zoals lessen en aantallen. Wie een aanvraag beoordeelt, wil de stappen ertussen zien. STET liet dat zien: lessen en filmpjes (output), leerlingen die meededen (bereik), 90% die liever zo werkte (ervaring).',
					en: 'You name what a project should bring pupils, but your reports only count output, such as lessons and numbers. Whoever assesses an application wants to see the steps in between. STET showed how: lessons and videos (output), pupils who took part (reach), 90% who preferred working this way (experience).'
				}
			},
			steps: [
				{
					nl: 'Teken voor één project de keten: wat maakten we, wie bereikten we, hoe ervoeren ze het, wat veranderde er?',
					en: 'For one project, draw the chain: what did we make, whom did we reach, how did they experience it, what changed?'
				},
				{
					nl: 'Zoek bij elke stap één bewijs: een telling, een citaat of een voorbeeld.',
					en: 'For each step, find one piece of evidence: a count, a quote or an example.'
				}
			],
			priority: 'medium',
			effort: 'low',
			horizon: 'season',
			areas: ['output-impact'],
			references: ['stet'],
			claims: [
				{ question: 'impactdoelen', levels: [2, 3, 4] },
				{ question: 'output-en-impact-apart', levels: [1] }
			]
		}
	},
	{
		id: 'school-eerste-project',
		kind: 'cross',
		when: { all: [isSchool, newcomer] },
		advice: {
			title: {
				nl: 'Begin met één digitale cultuurles, samen met een culturele partner',
				en: 'Start with one digital arts lesson, together with a cultural partner'
			},
			text: {
				nl: 'De school heeft nog geen digitaal cultuurproject gedaan. Begin niet alleen: een culturele partner brengt de kunst en de ervaring mee, de school kent de leerlingen. Art-S-Cool werkte zo met een werkgroep van leraren en eigen docenten.',
				en: 'The school has not run a digital arts project yet. Do not start alone: a cultural partner brings the art and the experience, the school knows the pupils. Art-S-Cool worked this way with a working group of school teachers and its own teachers.'
			},
			steps: [
				{
					nl: 'Vraag een culturele organisatie waar de school al mee werkt of ze een digitale les willen maken, of al aan een digitaliseringstraject meedoen.',
					en: 'Ask a cultural organisation the school already works with whether they want to make a digital lesson, or already take part in a digitalisation programme.'
				},
				{
					nl: 'Kies één klas en één les om mee te beginnen, en plan een gesprek na afloop.',
					en: 'Choose one class and one lesson to start with, and plan a talk afterwards.'
				}
			],
			priority: 'essential',
			effort: 'low',
			horizon: 'now',
			owner: 'cultuurcoordinator',
			areas: ['begin-klein'],
			references: ['art-s-cool']
		}
	},
	{
		id: 'alleen-tijd-vrijmaken',
		kind: 'cross',
		when: {
			all: [alone, { fact: 'answer', question: 'tijd-voor-onderzoek', operator: 'lte', value: 1 }]
		},
		advice: {
			title: {
				nl: 'Je werkt alleen: maak je eigen tijd zichtbaar',
				en: 'You work alone: make your own time visible'
			},
			text: {
				nl: 'Als je alles zelf doet, schuift uitproberen steeds op. De checklist zegt: de meeste tijd kruipt in onderzoeken en experimenteren. Een deelnemer: “Onderschat je eigen uren niet.”',
				en: 'When you do everything yourself, trying things out keeps getting postponed. The checklist says: most of the time goes into research and experiment. One participant: “Do not underestimate your own hours.”'
			},
			steps: [
				{
					nl: 'Schrijf bij je volgende aanvraag je eigen uren voor uitproberen als aparte post in de begroting.',
					en: 'In your next application, put your own hours for trying things out as a separate budget item.'
				},
				{
					nl: 'Zoek een maatje bij een andere kleine organisatie om samen een middag per maand iets uit te proberen.',
					en: 'Find a buddy at another small organisation to try something out together one afternoon a month.'
				}
			],
			priority: 'high',
			effort: 'low',
			horizon: 'now',
			areas: ['tijd-en-middelen'],
			references: ['topaze']
		}
	},
	{
		id: 'alleen-kennis-vastleggen',
		kind: 'cross',
		when: {
			all: [alone, { fact: 'answer', question: 'opschrijven', operator: 'lte', value: 1 }]
		},
		advice: {
			title: {
				nl: 'Alles zit in jouw hoofd: schrijf het kort op',
				en: 'Everything is in your head: write it down briefly'
			},
			text: {
				nl: 'Als je alleen werkt, is er niemand die het overneemt of onthoudt. Wat je leert, wil je kunnen vasthouden voor een volgende aanvraag of een volgende school.',
				en: 'When you work alone, nobody takes over or remembers for you. What you learn, you want to keep for the next application or the next school.'
			},
			steps: [
				{
					nl: 'Houd één logboek bij met per project: wat werkte, wat niet, en wat je de volgende keer anders doet.',
					en: 'Keep one log with, per project: what worked, what did not, and what you will do differently next time.'
				},
				{
					nl: 'Gebruik dat logboek als bewijs in je volgende aanvraag.',
					en: 'Use that log as evidence in your next application.'
				}
			],
			priority: 'medium',
			effort: 'low',
			horizon: 'season',
			areas: ['evaluatie'],
			references: ['whitepaper']
		}
	},
	{
		id: 'directie-besluit-tijd-en-geld',
		kind: 'cross',
		when: {
			all: [
				director,
				{
					any: [
						{ fact: 'answer', question: 'tijd-voor-onderzoek', operator: 'lte', value: 1 },
						{ fact: 'answer', question: 'budget-digitaal', operator: 'lte', value: 1 }
					]
				}
			]
		},
		advice: {
			title: {
				nl: 'Jij kunt dit besluiten: geef digitaal werk vaste uren en een eigen budget',
				en: 'You can decide this: give digital work fixed hours and a budget of its own'
			},
			text: {
				nl: 'Je vulde de check in als directie of bestuur. Tijd en geld voor digitale projecten liggen dus bij jou. Zonder een besluit blijft digitaal werk iets wat mensen ‘erbij’ doen.',
				en: 'You filled in the check as management or board. So time and money for digital projects are yours to decide. Without a decision, digital work stays something people do ‘on the side’.'
			},
			steps: [
				{
					nl: 'Neem in het volgende overleg een besluit over uren en budget voor digitaal werk, voor minstens een jaar.',
					en: 'At the next meeting, decide on hours and budget for digital work, for at least a year.'
				},
				{
					nl: 'Vraag de trekker om na drie maanden te laten zien wat die uren opleverden.',
					en: 'Ask the lead to show after three months what those hours brought.'
				}
			],
			priority: 'high',
			effort: 'medium',
			horizon: 'now',
			owner: 'directie',
			areas: ['tijd-en-middelen'],
			references: ['whitepaper']
		}
	},
	{
		id: 'directie-mist-overzicht',
		kind: 'cross',
		when: {
			all: [
				director,
				{
					any: [
						{ fact: 'unknownShare', area: 'docenten', operator: 'gte', value: 0.5 },
						{ fact: 'unknownShare', area: 'voorbereiding', operator: 'gte', value: 0.5 },
						{ fact: 'unknownShare', area: 'betrek-doelgroep', operator: 'gte', value: 0.5 }
					]
				}
			]
		},
		advice: {
			title: {
				nl: 'Vraag de mensen in de les hoe het daar gaat',
				en: 'Ask the people in the classroom how it goes there'
			},
			text: {
				nl: 'Je weet veel niet over wat er in de lessen gebeurt. Dat is normaal voor de leiding. Wie de lessen geeft, kan deze vragen beter beantwoorden.',
				en: 'You do not know much about what happens in the lessons. That is normal for management. Those who teach can answer these questions better.'
			},
			steps: [
				{
					nl: 'Vraag twee docenten of leraren om de check ook in te vullen, en vergelijk de antwoorden.',
					en: 'Ask two teachers to fill in the check as well, and compare the answers.'
				},
				{
					nl: 'Bespreek de verschillen in een teamoverleg.',
					en: 'Discuss the differences in a team meeting.'
				}
			],
			priority: 'medium',
			effort: 'low',
			horizon: 'now',
			owner: 'directie',
			areas: ['docenten', 'voorbereiding'],
			references: []
		}
	},
	{
		id: 'grote-organisatie-beleid',
		kind: 'cross',
		when: {
			all: [
				{ fact: 'profile', field: 'size', operator: 'eq', value: 'groot' },
				{ fact: 'answer', question: 'meerjarenplan', operator: 'lte', value: 1 }
			]
		},
		advice: {
			title: {
				nl: 'Maak één plan voor de hele organisatie',
				en: 'Make one plan for the whole organisation'
			},
			text: {
				'cultural-organisation': {
					nl: 'In een grote organisatie beginnen afdelingen vaak los van elkaar digitale projecten. Zonder één plan voor meerdere jaren ontstaan dubbele tools en losse eilandjes.',
					en: 'In a large organisation, departments often start digital projects separately. Without one plan for several years, you get duplicate tools and separate islands.'
				},
				school: {
					nl: 'Op een grote school doet elke sectie of elk team het vaak anders. Zonder één plan voor meerdere jaren hangt digitale cultuureducatie af van de klas waarin een leerling zit.',
					en: 'At a large school, each department or team often does it differently. Without one plan for several years, digital cultural education depends on which class a pupil is in.'
				}
			},
			steps: [
				{
					nl: 'Breng in kaart welke afdelingen of teams al iets digitaals doen, en met welke tools.',
					en: 'Map which departments or teams already do something digital, and with which tools.'
				},
				{
					nl: 'Maak met één vertegenwoordiger per afdeling of team een plan voor drie jaar.',
					en: 'Make a three-year plan with one representative per department or team.'
				}
			],
			priority: 'medium',
			effort: 'high',
			horizon: 'year',
			owner: 'directie',
			areas: ['lange-termijn'],
			references: ['den-digitale-transformatie']
		}
	},
	{
		id: 'eerdere-deelnemer-samen',
		kind: 'cross',
		when: {
			all: [
				isCultural,
				{ fact: 'profile', field: 'programmeBefore', operator: 'eq', value: 'ja' },
				{ fact: 'answer', question: 'leren-van-anderen', operator: 'lte', value: 2 }
			]
		},
		advice: {
			title: {
				nl: 'Jullie deden al mee: zoek nu een partner voor het thema ‘Samen’',
				en: 'You took part before: now find a partner for the theme ‘Together’'
			},
			text: {
				nl: 'In het vervolgtraject van CultuurSchakel brachten deelnemers elkaars kwaliteiten in kaart en zochten ze samenwerkingen die elkaar versterken. Jullie leren nog weinig van andere organisaties; daar ligt jullie volgende stap.',
				en: 'In CultuurSchakel’s follow-up track, participants mapped each other’s strengths and looked for partnerships that strengthen each other. You learn little from other organisations yet; that is your next step.'
			},
			steps: [
				{
					nl: 'Neem contact op met één organisatie uit je vorige traject, en vraag wat zij goed kunnen wat jullie missen.',
					en: 'Contact one organisation from your previous programme, and ask what they do well that you lack.'
				},
				{
					nl: 'Bedenk samen één klein project waarin jullie kwaliteiten elkaar aanvullen.',
					en: 'Come up with one small project together in which your strengths complement each other.'
				}
			],
			priority: 'medium',
			effort: 'medium',
			horizon: 'season',
			owner: 'educatie',
			areas: ['blijf-leren'],
			references: ['cultuurschakel-aanbod'],
			claims: [
				{ profile: 'programmeBefore', values: ['ja'] },
				{ question: 'leren-van-anderen', levels: [0, 1, 2] }
			]
		}
	}
];
