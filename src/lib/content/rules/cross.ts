import type { Rule } from '../rules-schema';
import { asksOthers, isCultural, newcomer, notAlone } from './conditions';

/** Rules that combine answers across areas with the profile. */
export const crossRules: Rule[] = [
	{
		id: 'school-eigen-telefoons-zonder-privacy',
		kind: 'cross',
		when: {
			all: [
				{ fact: 'profile', field: 'audience', operator: 'eq', value: 'school' },
				{ fact: 'answer', question: 'apparaten-voor-iedereen', operator: 'eq', value: 1 },
				{
					any: [
						{ fact: 'answer', question: 'apps-gecontroleerd', operator: 'lte', value: 1 },
						{ fact: 'answer', question: 'uitleg-gegevens', operator: 'lte', value: 1 }
					]
				}
			]
		},
		advice: {
			title: {
				nl: 'Leerlingen werken op hun eigen telefoon, zonder privacyafspraken',
				en: 'Pupils work on their own phones, without privacy agreements'
			},
			text: {
				nl: 'Volgens de landelijke afspraak horen telefoons niet in de klas, behalve als de les ze nodig heeft. Als leerlingen dan hun eigen telefoon gebruiken voor apps die de school niet heeft gecontroleerd, komen hun gegevens en berichten mee de les in. Dat is een risico voor hun privacy én voor de aandacht.',
				en: 'Under the national agreement, phones do not belong in class unless the lesson needs them. If pupils then use their own phones for apps the school has not checked, their data and messages come into the lesson. That is a risk to their privacy and to attention.'
			},
			steps: [
				{
					nl: 'Gebruik tot de apps zijn gecontroleerd alleen schoolapparaten of apps zonder account.',
					en: 'Until the apps are checked, use only school devices or apps without an account.'
				},
				{
					nl: 'Laat de privacy- of ict-coördinator de apps van de cultuurlessen deze maand controleren.',
					en: 'Have the privacy or ICT coordinator check the apps used in arts lessons this month.'
				},
				{
					nl: 'Maak met de klas afspraken over meldingen en sociale media tijdens de opdracht.',
					en: 'Agree with the class on notifications and social media during the task.'
				}
			],
			priority: 'essential',
			effort: 'low',
			horizon: 'now',
			areas: ['privacy'],
			references: ['whitepaper', 'telefoonafspraak']
		}
	},
	{
		id: 'grote-ambitie-weinig-tijd',
		kind: 'cross',
		when: {
			all: [
				{
					any: [
						{ fact: 'answer', question: 'kleine-stappen', operator: 'lte', value: 1 },
						{ fact: 'answer', question: 'praktisch-boven-complex', operator: 'eq', value: 1 }
					]
				},
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
				nl: 'Grote plannen, maar weinig tijd of geld: maak het plan kleiner',
				en: 'Big plans, but little time or money: make the plan smaller'
			},
			text: {
				nl: 'Grote plannen met weinig tijd of geld lopen vaak vast, zoals Escher in het Paleis merkte: het prototype was er, maar een bouwer, budget en een testgroep ontbraken. Kies een eerste stap die past bij de tijd en het geld dat er nu is.',
				en: 'Big plans with little time or money often get stuck, as Escher in het Paleis found: the prototype was there, but a builder, budget and a test group were missing. Choose a first step that fits the time and money available now.'
			},
			steps: [
				{
					nl: 'Schrijf op wat je grote plan minimaal nodig heeft aan uren en geld.',
					en: 'Write down the minimum hours and money your big plan needs.'
				},
				{
					nl: 'Kies een eerste stap die binnen de huidige tijd en het budget past, en zet die.',
					en: 'Choose a first step that fits the current time and budget, and take it.'
				},
				{
					nl: 'Gebruik de uitkomst van die stap om geld of uren aan te vragen voor de volgende.',
					en: 'Use the outcome of that step to request money or hours for the next one.'
				}
			],
			priority: 'high',
			effort: 'low',
			horizon: 'now',
			areas: ['begin-klein', 'tijd-en-middelen'],
			references: ['escher-in-het-paleis']
		}
	},
	{
		id: 'evaluatie-zonder-impactdoelen',
		kind: 'cross',
		when: {
			all: [
				{ fact: 'areaScore', area: 'evaluatie', operator: 'gte', value: 60 },
				{ fact: 'answer', question: 'impactdoelen', operator: 'lte', value: 1 }
			]
		},
		advice: {
			title: {
				nl: 'Jullie evalueren goed, maar niet op impact',
				en: 'You evaluate well, but not on impact'
			},
			text: {
				'cultural-organisation': {
					nl: 'Jullie evalueren al behoorlijk goed, maar er zijn geen doelen voor wat het project deelnemers moet opleveren. Dan meet je vooral tevredenheid en aantallen. Met één of twee impactdoelen wordt je evaluatie veel meer waard.',
					en: 'You already evaluate fairly well, but there are no goals for what the project should bring participants. Then you mostly measure satisfaction and numbers. With one or two impact goals your evaluation becomes worth much more.'
				},
				school: {
					nl: 'Jullie evalueren al behoorlijk goed, maar er zijn geen doelen voor wat het project leerlingen moet opleveren. Dan meet je vooral tevredenheid en aantallen. Met één of twee impactdoelen wordt je evaluatie veel meer waard.',
					en: 'You already evaluate fairly well, but there are no goals for what the project should bring pupils. Then you mostly measure satisfaction and numbers. With one or two impact goals your evaluation becomes worth much more.'
				}
			},
			steps: [
				{
					nl: 'Voeg aan je volgende projectplan één of twee impactdoelen toe.',
					en: 'Add one or two impact goals to your next project plan.'
				},
				{
					nl: 'Pas je evaluatievragen aan, zodat ze die doelen nagaan.',
					en: 'Adjust your evaluation questions so they check those goals.'
				}
			],
			priority: 'medium',
			effort: 'low',
			horizon: 'season',
			areas: ['output-impact', 'evaluatie'],
			references: ['stet'],
			claims: [{ question: 'impactdoelen', levels: [0, 1] }]
		}
	},
	{
		id: 'nog-geen-digitaal-project',
		kind: 'cross',
		when: { all: [newcomer, isCultural] },
		advice: {
			title: {
				nl: 'Begin met één klein project, samen met anderen',
				en: 'Start with one small project, together with others'
			},
			text: {
				nl: 'Jullie hebben nog geen digitaal project gedaan. Dat is een prima startpunt. In een starttraject werk je met andere organisaties aan je eerste eigen project, met begeleiding. Zo leer je van elkaars ervaringen.',
				en: 'You have not run a digital project yet. That is a fine starting point. In a starters’ track you work on your first project of your own with other organisations, with guidance. That way you learn from each other’s experience.'
			},
			steps: [
				{
					nl: 'Kies één vraag of wens uit de praktijk, bijvoorbeeld: hoe bereiken we jongeren die nu niet komen?',
					en: 'Choose one question or wish from practice, for example: how do we reach young people who do not come now?'
				},
				{
					nl: 'Meld je aan voor een starttraject, zoals dat van CultuurSchakel in Den Haag, en neem die vraag mee.',
					en: 'Sign up for a starters’ track, such as CultuurSchakel’s in The Hague, and bring that question.'
				},
				{
					nl: 'Begin met wat je al hebt, zoals Topaze met een VR-bril en een telefoon.',
					en: 'Start with what you already have, as Topaze did with a VR headset and a phone.'
				}
			],
			priority: 'essential',
			effort: 'low',
			horizon: 'now',
			areas: ['begin-klein'],
			references: ['topaze', 'cultuurschakel-aanbod'],
			claims: [{ profile: 'earlierProjects', values: ['geen'] }]
		}
	},
	{
		id: 'apparaten-wel-vaardigheid-niet',
		kind: 'cross',
		when: {
			all: [
				{ fact: 'answer', question: 'apparaten-voor-iedereen', operator: 'gte', value: 3 },
				{ fact: 'answer', question: 'vaardigheid', operator: 'lte', value: 1 }
			]
		},
		advice: {
			title: {
				nl: 'De apparaten zijn er, nu de mensen nog',
				en: 'The devices are there, now the people'
			},
			text: {
				nl: 'Er zijn genoeg apparaten, maar de meeste docenten vinden het nog lastig om ermee te werken. Dan blijven de apparaten in de kast. Investeer nu in mensen in plaats van in techniek.',
				en: 'There are enough devices, but most teachers still find them hard to work with. Then the devices stay in the cupboard. Now invest in people instead of technology.'
			},
			steps: [
				{
					nl: 'Koop het komende jaar geen nieuwe apparaten, maar besteed dat geld aan training.',
					en: 'Buy no new devices in the coming year, and spend that money on training instead.'
				},
				{
					nl: 'Laat docenten in een workshop zelf iets maken met de apparaten die er al zijn.',
					en: 'Let teachers make something themselves in a workshop, with the devices that are already there.'
				}
			],
			priority: 'high',
			effort: 'medium',
			horizon: 'season',
			areas: ['docenten', 'privacy'],
			references: ['art-s-cool']
		}
	},
	{
		id: 'vmbo-zonder-testgroep',
		kind: 'cross',
		when: {
			all: [
				{ fact: 'profile', field: 'targetGroups', operator: 'includes', value: 'vmbo' },
				{ fact: 'answer', question: 'testmomenten', operator: 'lte', value: 1 }
			]
		},
		advice: {
			title: {
				nl: 'Test met vmbo-leerlingen zelf',
				en: 'Test with vmbo pupils themselves'
			},
			text: {
				nl: 'Jullie werken voor het vmbo, maar testen niet tussendoor met de leerlingen zelf. Escher in het Paleis liep hier op vast: het prototype van de vmbo-app was klaar, maar er was geen groep leerlingen om het op te testen.',
				en: 'You work for vmbo, but do not test with the pupils themselves along the way. Escher in het Paleis got stuck on this: the prototype of the vmbo app was ready, but there was no group of pupils to test it with.'
			},
			steps: [
				{
					nl: 'Spreek met één vmbo-school een vaste testklas af voor het hele schooljaar.',
					en: 'Agree a fixed test class with one vmbo school for the whole school year.'
				},
				{
					nl: 'Laat de leerlingen het ontwerp al als schets of prototype testen, niet pas als het af is.',
					en: 'Let the pupils test the design as a sketch or prototype, not only when it is finished.'
				}
			],
			priority: 'medium',
			effort: 'medium',
			horizon: 'season',
			areas: ['betrek-doelgroep'],
			references: ['escher-in-het-paleis', 'design-thinking'],
			claims: [{ question: 'testmomenten', levels: [0, 1] }]
		}
	},
	{
		id: 'leverancier-zonder-budget',
		kind: 'cross',
		when: {
			all: [
				{ fact: 'answer', question: 'zelf-aanpassen', operator: 'eq', value: 1 },
				{ fact: 'answer', question: 'budget-digitaal', operator: 'lte', value: 1 }
			]
		},
		advice: {
			title: {
				nl: 'Afhankelijk van een leverancier, zonder vast budget',
				en: 'Dependent on a supplier, without a fixed budget'
			},
			text: {
				nl: 'Voor elke wijziging hebben jullie een leverancier nodig, maar er is geen vast geld voor. Dan blijven verbeteringen liggen. Kies bij een volgende stap een tool die je zelf kunt aanpassen.',
				en: 'You need a supplier for every change, but there is no fixed money for it. Then improvements stay on the shelf. For the next step, choose a tool you can adapt yourself.'
			},
			steps: [
				{
					nl: 'Vraag je leverancier welke aanpassingen jullie zelf kunnen leren doen.',
					en: 'Ask your supplier which changes you could learn to make yourselves.'
				},
				{
					nl: 'Kijk bij nieuwe wensen eerst naar een bestaande module of gratis tool, zoals Escher in het Paleis deed.',
					en: 'For new wishes, first look at an existing module or free tool, as Escher in het Paleis did.'
				}
			],
			priority: 'medium',
			effort: 'low',
			horizon: 'season',
			areas: ['duurzaam', 'tijd-en-middelen'],
			references: ['escher-in-het-paleis']
		}
	},
	{
		id: 'kennis-bij-een-persoon',
		kind: 'cross',
		when: {
			all: [
				notAlone,
				// someone does it on the side (level 1): at level 0 nobody does, and the text would not be true
				{ fact: 'answer', question: 'trekker', operator: 'eq', value: 1 },
				{ fact: 'answer', question: 'opschrijven', operator: 'lte', value: 1 }
			]
		},
		advice: {
			title: {
				nl: 'De kennis zit bij één persoon: leg hem vast',
				en: 'The knowledge sits with one person: record it'
			},
			text: {
				nl: 'Digitale projecten hangen af van iemand die het erbij doet, en wat die leert, staat nergens. Als die persoon vertrekt, begin je opnieuw. “Wat je leert, dat wil je kunnen vasthouden voor de toekomst.”',
				en: 'Digital projects depend on someone doing it on the side, and what they learn is not written down. If that person leaves, you start again. “What you learn, you want to be able to keep for the future.”'
			},
			steps: [
				{
					nl: 'Plan een uur met deze collega om de belangrijkste lessen op te schrijven.',
					en: 'Plan an hour with this colleague to write down the key lessons.'
				},
				{
					nl: 'Geef de trekker vaste uren, en wijs een tweede persoon aan die meekijkt.',
					en: 'Give the lead fixed hours, and appoint a second person to stay involved.'
				}
			],
			priority: 'high',
			effort: 'low',
			horizon: 'now',
			areas: ['tijd-en-middelen', 'evaluatie'],
			references: ['whitepaper']
		}
	},
	{
		id: 'klein-en-alleen',
		kind: 'cross',
		when: {
			all: [
				{ fact: 'profile', field: 'size', operator: 'in', value: ['een-persoon', 'klein'] },
				{ fact: 'answer', question: 'leren-van-anderen', operator: 'lte', value: 1 }
			]
		},
		advice: {
			title: {
				nl: 'Je hoeft het niet alleen te doen: zoek anderen op',
				en: 'You do not have to do it alone: find others'
			},
			text: {
				nl: 'Met weinig mensen heb je weinig tijd. Juist dan helpt samenwerken. Deelnemers aan de trajecten van CultuurSchakel zeiden: “Samenwerken levert veel op als het gaat om digitalisering. Maak gebruik van elkaars expertise.”',
				en: 'With few people, time is short. That is exactly when cooperation helps. Participants in CultuurSchakel’s programmes said: “Working together pays off when it comes to digitalisation. Use each other’s expertise.”'
			},
			steps: [
				{
					nl: 'Zoek één organisatie in je buurt of netwerk die al iets digitaals doet, en plan een kop koffie.',
					en: 'Find one organisation in your area or network that already does something digital, and plan a coffee.'
				},
				{
					when: isCultural,
					text: {
						nl: 'Kijk of een digitaliseringstraject bij jou in de buurt past: daar werk je in een groep met andere organisaties.',
						en: 'See whether a digitalisation programme near you fits: there you work in a group with other organisations.'
					}
				},
				{
					when: { not: isCultural },
					text: {
						nl: 'Vraag een culturele partner of een andere school om een keer samen een digitale les te maken.',
						en: 'Ask a cultural partner or another school to make a digital lesson together once.'
					}
				}
			],
			priority: 'medium',
			effort: 'low',
			horizon: 'now',
			areas: ['blijf-leren'],
			references: ['cultuurschakel-aanbod', 'topaze']
		}
	},
	{
		id: 'koploper-deel-kennis',
		kind: 'cross',
		when: { fact: 'overallLevel', operator: 'eq', value: 'koploper' },
		advice: {
			title: {
				nl: 'Deel je kennis en word een voorbeeld voor anderen',
				en: 'Share your knowledge and become an example for others'
			},
			text: {
				nl: 'Jullie hebben digitale cultuureducatie goed geregeld. Andere organisaties kunnen veel van jullie leren. Door te delen leer je zelf ook: je krijgt nieuwe vragen en ideeën terug.',
				en: 'You have arranged digital cultural education well. Other organisations can learn a lot from you. By sharing you also learn yourselves: you get new questions and ideas back.'
			},
			steps: [
				{
					nl: 'Bied aan om in een netwerk of traject te vertellen wat werkt en wat niet.',
					en: 'Offer to tell in a network or programme what works and what does not.'
				},
				{
					nl: 'Zet je beste lesmateriaal open voor andere scholen of organisaties.',
					en: 'Make your best teaching material open to other schools or organisations.'
				}
			],
			priority: 'low',
			effort: 'medium',
			horizon: 'year',
			areas: ['blijf-leren', 'duurzaam'],
			references: ['cultuurschakel-aanbod']
		}
	},
	{
		id: 'gevorderd-zoek-samenwerking',
		kind: 'cross',
		when: {
			all: [
				{ fact: 'overallLevel', operator: 'in', value: ['gevorderd', 'koploper'] },
				{ fact: 'answer', question: 'leren-van-anderen', operator: 'lte', value: 2 }
			]
		},
		advice: {
			title: {
				nl: 'Zoek samenwerking om verder te komen',
				en: 'Look for cooperation to get further'
			},
			text: {
				nl: 'De basis staat. De volgende stap zit vaak in samenwerken: kwaliteiten van organisaties die elkaar versterken. Dat is precies het thema ‘Samen’ van het vervolgtraject.',
				en: 'The foundation is in place. The next step is often cooperation: qualities of organisations that strengthen each other. That is exactly the “Together” theme of the follow-up track.'
			},
			steps: [
				{
					nl: 'Schrijf op waar jullie sterk in zijn, en wat je bij een partner zou zoeken.',
					en: 'Write down what you are strong in, and what you would look for in a partner.'
				},
				{
					nl: 'Kies één partner en bedenk samen een klein gezamenlijk project.',
					en: 'Choose one partner and come up with a small joint project together.'
				}
			],
			priority: 'medium',
			effort: 'medium',
			horizon: 'year',
			areas: ['blijf-leren', 'lange-termijn'],
			references: ['stet', 'cultuurschakel-aanbod']
		}
	},
	{
		id: 'speciaal-onderwijs-voorbereiding',
		kind: 'cross',
		when: {
			all: [
				{
					any: [
						{ fact: 'profile', field: 'targetGroups', operator: 'includes', value: 'so' },
						{ fact: 'profile', field: 'type', operator: 'eq', value: 'speciaal-onderwijs' }
					]
				},
				{ fact: 'areaScore', area: 'voorbereiding', operator: 'lt', value: 60 }
			]
		},
		advice: {
			title: {
				nl: 'Bereid lessen in het speciaal onderwijs extra goed voor',
				en: 'Prepare lessons in special education extra well'
			},
			text: {
				'cultural-organisation': {
					nl: 'Jullie werken ook voor het speciaal onderwijs. Daar vraagt een digitale les extra voorbereiding. Art-S-Cool merkte dat kleine groepen en een goede voorbereiding docenten zekerder maken, ook bij een complexere doelgroep.',
					en: 'You also work for special education. There, a digital lesson needs extra preparation. Art-S-Cool noticed that small groups and good preparation make teachers more confident, also with a more complex target group.'
				},
				school: {
					nl: 'In het speciaal onderwijs vraagt een digitale les extra voorbereiding. Art-S-Cool merkte dat kleine groepen en een goede voorbereiding docenten zekerder maken, ook bij een complexere doelgroep.',
					en: 'In special education, a digital lesson needs extra preparation. Art-S-Cool noticed that small groups and good preparation make teachers more confident, also with a more complex target group.'
				}
			},
			steps: [
				{
					nl: 'Werk in het speciaal onderwijs met kleine groepen en een tweede begeleider.',
					en: 'In special education, work with small groups and a second supervisor.'
				},
				{
					nl: 'Maak een stap-voor-stap-instructie met plaatjes, en oefen die vooraf met de leraar.',
					en: 'Make a step-by-step instruction with pictures, and practise it with the teacher beforehand.'
				}
			],
			priority: 'medium',
			effort: 'medium',
			horizon: 'season',
			areas: ['voorbereiding', 'docenten'],
			references: ['art-s-cool']
		}
	},
	{
		id: 'school-zonder-culturele-partner',
		kind: 'cross',
		when: {
			all: [
				{ fact: 'profile', field: 'audience', operator: 'eq', value: 'school' },
				{ fact: 'answer', question: 'samen-ontwerpen', operator: 'lte', value: 1 }
			]
		},
		advice: {
			title: {
				nl: 'Ontwerp digitale cultuurlessen samen met een culturele partner',
				en: 'Design digital arts lessons together with a cultural partner'
			},
			text: {
				nl: 'Leraren en leerlingen denken nu niet mee over het ontwerp van de culturele partner. Samen ontwerpen levert lessen op die passen bij de klas én bij de kunst. Art-S-Cool werkte met een werkgroep van leraren en eigen docenten.',
				en: 'Teachers and pupils now have no say in what the cultural partner designs. Designing together gives lessons that fit the class and the art. Art-S-Cool worked with a working group of school teachers and its own teachers.'
			},
			steps: [
				{
					nl: 'Nodig de culturele partner uit voor een gesprek over de volgende digitale les, vóórdat die klaar is.',
					en: 'Invite the cultural partner to talk about the next digital lesson, before it is finished.'
				},
				{
					nl: 'Vraag twee leerlingen om mee te denken en de les als eersten te testen.',
					en: 'Ask two pupils to help think and be the first to test the lesson.'
				}
			],
			priority: 'medium',
			effort: 'low',
			horizon: 'season',
			areas: ['betrek-doelgroep'],
			references: ['art-s-cool'],
			claims: [{ question: 'samen-ontwerpen', levels: [0, 1] }]
		}
	},
	{
		id: 'telefoonafspraak-met-scholen',
		kind: 'cross',
		when: {
			all: [
				isCultural,
				{ fact: 'answer', question: 'telefoonafspraken', operator: 'lte', value: 1 }
			]
		},
		advice: {
			title: {
				nl: 'Stem met scholen af wanneer telefoons mogen',
				en: 'Agree with schools when phones are allowed'
			},
			text: {
				nl: 'Sinds 2024 horen telefoons, tablets en smartwatches niet in de klas, tenzij de les ze nodig heeft. Een digitale les van jullie kan zo’n uitzondering zijn, maar alleen als de school dat weet en de leerlingen het vooraf horen.',
				en: 'Since 2024, phones, tablets and smartwatches do not belong in class unless the lesson needs them. A digital lesson of yours can be such an exception, but only if the school knows and the pupils hear it beforehand.'
			},
			steps: [
				{
					nl: 'Zet in je afspraken met elke school of jouw les een apparaat nodig heeft, en wiens apparaat dat is.',
					en: 'State in your agreements with each school whether your lesson needs a device, and whose device it is.'
				},
				{
					nl: 'Vraag aan het begin van de les: wat spreken we af over meldingen? Schrijf het op het bord.',
					en: 'At the start of the lesson, ask: what do we agree about notifications? Write it on the board.'
				}
			],
			priority: 'medium',
			effort: 'low',
			horizon: 'now',
			areas: ['privacy'],
			references: ['telefoonafspraak']
		}
	},
	{
		id: 'invuller-mist-overzicht',
		kind: 'cross',
		when: {
			all: [
				asksOthers,
				{ fact: 'unknownShare', area: 'tijd-en-middelen', operator: 'gte', value: 0.5 },
				{ fact: 'unknownShare', area: 'lange-termijn', operator: 'gte', value: 0.5 }
			]
		},
		advice: {
			title: {
				nl: 'Vul de check samen in met iemand van de leiding',
				en: 'Fill in the check together with someone from management'
			},
			text: {
				nl: 'Je weet veel niet over geld, tijd en beleid. Dat ligt vaak bij de leiding. Als je de check samen invult, wordt het advies beter en zijn jullie het meteen eens over de volgende stap.',
				en: 'You do not know much about money, time and policy. That often lies with management. If you fill in the check together, the advice gets better and you agree on the next step straight away.'
			},
			steps: [
				{
					nl: 'Bewaar je antwoorden als bestand en stuur het naar een collega van de leiding.',
					en: 'Save your answers as a file and send it to a colleague in management.'
				},
				{
					nl: 'Loop samen de vragen over tijd, geld en beleid door.',
					en: 'Go through the questions on time, money and policy together.'
				}
			],
			priority: 'medium',
			effort: 'low',
			horizon: 'now',
			areas: ['tijd-en-middelen', 'lange-termijn'],
			references: []
		}
	},
	{
		id: 'evaluatie-zonder-keuzes',
		kind: 'cross',
		when: {
			all: [
				{ fact: 'answer', question: 'durven-stoppen', operator: 'lte', value: 1 },
				{ fact: 'answer', question: 'evaluatie-gebruiken', operator: 'lte', value: 1 }
			]
		},
		advice: {
			title: {
				nl: 'Gebruik evaluaties om te kiezen wat blijft en wat stopt',
				en: 'Use evaluations to choose what stays and what stops'
			},
			text: {
				nl: 'Oude middelen blijven bestaan en evaluaties hebben weinig gevolg. Zo stapelt het werk zich op. Koppel je evaluatie aan een keuze: doorgaan, verbeteren of stoppen.',
				en: 'Old means remain and evaluations have few consequences. That way the work piles up. Link your evaluation to a choice: continue, improve or stop.'
			},
			steps: [
				{
					nl: 'Zet onder elke evaluatie drie woorden: doorgaan, verbeteren of stoppen, en kies er één.',
					en: 'Under every evaluation, write three words: continue, improve or stop, and choose one.'
				},
				{
					nl: 'Stop dit seizoen met één digitaal middel dat bijna niet gebruikt wordt.',
					en: 'This season, stop using one digital tool that is hardly used.'
				}
			],
			priority: 'medium',
			effort: 'low',
			horizon: 'season',
			areas: ['evaluatie', 'evalueer-bestaand'],
			references: ['whitepaper']
		}
	},
	{
		id: 'ai-bewust-verkennen',
		kind: 'cross',
		when: {
			all: [
				{ fact: 'overallLevel', operator: 'in', value: ['gevorderd', 'koploper'] },
				{ fact: 'answer', question: 'bijhouden', operator: 'gte', value: 3 }
			]
		},
		advice: {
			title: {
				nl: 'Verken AI bewust en verantwoord',
				en: 'Explore AI consciously and responsibly'
			},
			text: {
				nl: 'Jullie volgen nieuwe tools al goed. AI is de volgende grote ontwikkeling. De cultuursector zit volgens DEN nog in de verkennende fase. Verken het bewust: wat levert het op, en wat zijn de keerzijden voor privacy en creativiteit?',
				en: 'You already follow new tools well. AI is the next big development. According to DEN, the cultural sector is still in the exploring phase. Explore it consciously: what does it bring, and what are the downsides for privacy and creativity?'
			},
			steps: [
				{
					when: notAlone,
					text: {
						nl: 'Probeer met het team één AI-tool uit voor een eigen taak, zoals Art-S-Cool ChatGPT gebruikte om programma’s te beschrijven.',
						en: 'Try one AI tool with the team for a task of your own, as Art-S-Cool used ChatGPT to describe programs.'
					}
				},
				{
					nl: 'Spreek af welke gegevens nooit in een AI-tool mogen, zoals namen van leerlingen.',
					en: 'Agree which data may never go into an AI tool, such as pupils’ names.'
				}
			],
			priority: 'low',
			effort: 'low',
			horizon: 'year',
			areas: ['blijf-leren'],
			references: ['den-ai', 'art-s-cool'],
			claims: [{ question: 'bijhouden', levels: [3, 4] }]
		}
	},
	{
		id: 'samen-kwaliteiten',
		kind: 'cross',
		when: { fact: 'answer', question: 'partners', operator: 'lte', value: 1 },
		advice: {
			title: {
				nl: 'Breng met een partner in kaart wat ieder goed kan',
				en: 'Map with a partner what each of you is good at'
			},
			text: {
				nl: 'Niet iedereen hoeft alles zelf te kunnen. Weet je wat een partner goed kan, dan verdeel je het werk zo dat jullie kwaliteiten elkaar versterken: het thema ‘Samen’ van het vervolgtraject van CultuurSchakel.',
				en: 'Not everyone has to be able to do everything. When you know what a partner is good at, you divide the work so that your strengths reinforce each other: the theme ‘Together’ of CultuurSchakel’s follow-up track.'
			},
			steps: [
				{
					nl: 'Schrijf drie dingen op die jullie goed kunnen, en drie die jullie liever aan een ander overlaten.',
					en: 'Write down three things you are good at, and three you would rather leave to someone else.'
				},
				{
					nl: 'Vraag een partner hetzelfde te doen, leg de lijstjes naast elkaar en kies één project waarin jullie elkaar aanvullen.',
					en: 'Ask a partner to do the same, put the lists side by side and choose one project in which you complement each other.'
				}
			],
			priority: 'medium',
			effort: 'low',
			horizon: 'season',
			areas: ['tijd-en-middelen'],
			references: ['cultuurschakel-aanbod'],
			claims: [{ question: 'partners', levels: [0, 1] }]
		}
	},
	{
		id: 'afleiding-afspreken',
		kind: 'cross',
		when: { fact: 'answer', question: 'afleiding', operator: 'lte', value: 1 },
		advice: {
			title: {
				nl: 'Spreek met de leerlingen af dat meldingen niet afleiden',
				en: 'Agree with the pupils that notifications will not distract'
			},
			text: {
				nl: 'De whitepaper raadt aan om samen met de leerlingen te bepalen hoe ze apparaten gebruiken zonder afgeleid te worden door binnenkomende berichten.',
				en: 'The white paper advises deciding together with the pupils how they use devices without being distracted by incoming messages.'
			},
			steps: [
				{
					nl: 'Spreek vóór de les met de leerlingen af: meldingen uit of vliegtuigstand, en wanneer het apparaat weg mag.',
					en: 'Before the lesson, agree with the pupils: notifications off or flight mode, and when the device can be put away.'
				},
				{
					nl: 'Vraag na afloop of de afspraak werkte, en pas hem samen aan als dat nodig is.',
					en: 'Afterwards, ask whether the agreement worked, and adjust it together if needed.'
				}
			],
			priority: 'medium',
			effort: 'low',
			horizon: 'now',
			areas: ['privacy'],
			references: ['whitepaper'],
			claims: [{ question: 'afleiding', levels: [0, 1] }]
		}
	},
	{
		id: 'sociale-media-plan',
		kind: 'cross',
		when: { fact: 'answer', question: 'sociale-media', operator: 'lte', value: 1 },
		advice: {
			title: {
				nl: 'Zet sociale media bewust in om je publiek te bereiken',
				en: 'Use social media deliberately to reach your audience'
			},
			text: {
				nl: 'Een deelnemer aan het vervolgtraject zei: “Sociale media zijn krachtige instrumenten om betrokkenheid te stimuleren en community’s op te bouwen rond kunst en cultuur.” Begin met één groep en één kanaal.',
				en: 'A participant in the follow-up track said: “Social media are powerful tools to stimulate engagement and build communities around arts and culture.” Start with one group and one channel.'
			},
			steps: [
				{
					nl: 'Kies één groep die je wilt bereiken, en zoek uit welk kanaal zij echt gebruiken.',
					en: 'Choose one group you want to reach, and find out which channel they really use.'
				},
				{
					nl: 'Plaats een maand lang elke week iets over een activiteit, en tel daarna wie reageerde of kwam.',
					en: 'For a month, post something about an activity every week, then count who responded or came.'
				}
			],
			priority: 'medium',
			effort: 'low',
			horizon: 'season',
			areas: ['output-impact'],
			references: ['whitepaper'],
			claims: [{ question: 'sociale-media', levels: [0, 1] }]
		}
	},
	{
		id: 'ai-tools-proberen',
		kind: 'cross',
		when: { fact: 'answer', question: 'ai-tools', operator: 'lte', value: 1 },
		advice: {
			title: {
				nl: 'Probeer één AI-tool uit als hulpmiddel',
				en: 'Try one AI tool as an aid'
			},
			text: {
				nl: 'Er zijn honderden handige AI-apps, zegt de whitepaper: voor ontwerpen, beeld bewerken of presentaties. Kies er één voor een klus die je vaak doet.',
				en: 'There are hundreds of handy AI apps, the white paper says: for design, editing images or presentations. Choose one for a task you often do.'
			},
			steps: [
				{
					nl: 'Kies één klus die je vaak doet, zoals de achtergrond uit een foto halen of een presentatie opzetten, en probeer er een gratis AI-tool voor.',
					en: 'Choose one task you often do, such as removing the background from a photo or setting up a presentation, and try a free AI tool for it.'
				},
				{
					nl: 'Schrijf daarna op wat het opleverde, en wat je er nooit in zet, zoals namen en foto’s van leerlingen.',
					en: 'Afterwards, write down what it brought, and what you will never put into it, such as pupils’ names and photos.'
				}
			],
			priority: 'low',
			effort: 'low',
			horizon: 'season',
			areas: ['duurzaam'],
			references: ['den-ai', 'whitepaper'],
			claims: [{ question: 'ai-tools', levels: [0, 1] }]
		}
	}
];
