import type { Rule } from '../rules-schema';
import { notAlone, notNewcomer } from './conditions';
import { areaRules, reanswer } from './area-rules';

export const rulesAreas5to8: Rule[] = [
	...areaRules('privacy', {
		weak: {
			title: {
				nl: 'Regel de privacy van leerlingen voordat je verdergaat',
				en: 'Sort out pupils’ privacy before you go further'
			},
			text: {
				'cultural-organisation': {
					nl: 'Als je met apps en online diensten werkt, gebruik je gegevens van leerlingen. De wet (AVG) vraagt dat je dat zorgvuldig doet en er open over bent. Scholen vragen hier ook steeds vaker naar.',
					en: 'When you work with apps and online services, you use pupils’ data. The law (GDPR/AVG) asks you to do that carefully and openly. Schools ask about this more and more often.'
				},
				school: {
					nl: 'Als leerlingen met apps en online diensten werken, deelt de school gegevens van leerlingen. De AVG vraagt dat je dat zorgvuldig doet en ouders en leerlingen goed informeert. Dat geldt ook voor apps van een culturele partner.',
					en: 'When pupils work with apps and online services, the school shares pupils’ data. The GDPR (AVG) asks you to do that carefully and inform parents and pupils well. That also applies to apps from a cultural partner.'
				}
			},
			steps: [
				{
					nl: 'Maak een lijst van alle apps en diensten waar leerlingen mee werken, en zet erbij welke gegevens ze krijgen.',
					en: 'List all apps and services pupils work with, and note which data they receive.'
				},
				{
					'cultural-organisation': {
						nl: 'Kies waar het kan apps waarvoor leerlingen geen account nodig hebben, en vraag scholen naar hun privacyafspraken.',
						en: 'Where possible, choose apps that do not need pupil accounts, and ask schools about their privacy agreements.'
					},
					school: {
						nl: 'Vraag de privacy- of ict-coördinator om elke app te controleren en een verwerkersovereenkomst te regelen waar dat nodig is.',
						en: 'Ask the privacy or ICT coordinator to check every app and arrange a data processing agreement where needed.'
					}
				},
				{
					// the step for 'uitleg-gegevens' at level 0-1 says the same: then that one stands
					when: { not: { fact: 'answer', question: 'uitleg-gegevens', operator: 'lte', value: 1 } },
					text: {
						nl: 'Schrijf in gewone taal een korte uitleg voor ouders en leerlingen: welke gegevens, met wie, en waarom.',
						en: 'Write a short explanation in plain language for parents and pupils: which data, with whom, and why.'
					}
				}
			],
			effort: 'medium',
			horizon: 'now',
			priorityFor: { school: 'essential' },
			references: ['whitepaper']
		},
		middling: {
			title: {
				nl: 'Maak je privacy- en telefoonafspraken compleet',
				en: 'Complete your privacy and phone agreements'
			},
			text: {
				nl: 'Maak de afspraken over gegevens, beeld, telefoons en afleiding duidelijk voor iedereen, en maak ze samen met de leerlingen.',
				en: 'Make the agreements on data, images, phones and distraction clear to everyone, and make them together with the pupils.'
			},
			steps: [
				{
					nl: 'Maak een lijst met goedgekeurde apps die iedereen kan inzien.',
					en: 'Make a list of approved apps that everyone can see.'
				},
				{
					nl: 'Spreek met de groep af hoe je omgaat met meldingen tijdens een opdracht, bijvoorbeeld ‘niet storen’ aan.',
					en: 'Agree with the group how to handle notifications during a task, for example “do not disturb” on.'
				},
				{
					nl: 'Zorg voor een paar extra apparaten voor wie er zelf geen heeft.',
					en: 'Arrange a few spare devices for those who do not have one.'
				}
			],
			effort: 'low',
			horizon: 'season',
			priorityFor: { school: 'high' },
			references: ['telefoonafspraak']
		},
		unknown: {
			title: {
				nl: 'Zoek uit hoe het zit met privacy en apparaten',
				en: 'Find out how privacy and devices are arranged'
			},
			text: {
				'cultural-organisation': {
					nl: 'Je weet niet goed hoe er met gegevens van leerlingen en met apparaten wordt omgegaan. Dat is belangrijk: een school of fonds kan ernaar vragen.',
					en: 'You are not sure how pupils’ data and devices are handled. That matters: a school or funder may ask about it.'
				},
				school: {
					nl: 'Je weet niet goed hoe er met gegevens van leerlingen en met apparaten wordt omgegaan. Dat is belangrijk: ouders en een culturele partner kunnen ernaar vragen.',
					en: 'You are not sure how pupils’ data and devices are handled. That matters: parents and a cultural partner may ask about it.'
				}
			},
			steps: [
				{
					'cultural-organisation': {
						nl: 'Vraag wie bij jullie over privacy gaat, en vraag partnerscholen naar hun regels.',
						en: 'Ask who is responsible for privacy in your organisation, and ask partner schools about their rules.'
					},
					school: {
						nl: 'Vraag de privacy- of ict-coördinator naar de afspraken over apps, gegevens en telefoons.',
						en: 'Ask the privacy or ICT coordinator about the agreements on apps, data and phones.'
					}
				},
				reanswer
			],
			effort: 'low',
			horizon: 'now',
			references: []
		}
	}),
	...areaRules('voorbereiding', {
		weak: {
			title: {
				nl: 'Bereid leraren en leerlingen voor, en plan een vervolg',
				en: 'Prepare teachers and pupils, and plan a follow-up'
			},
			text: {
				nl: 'Zonder voorbereiding gaat er in een digitale les veel tijd verloren aan uitleg en techniek. Bij Art-S-Cool bleek hoeveel voorbereiding en begeleiding zo’n les vraagt. Een korte instructie en een vervolg maken al veel verschil.',
				en: 'Without preparation, a digital lesson loses a lot of time to explanations and technology. Art-S-Cool found out how much preparation and guidance such a lesson takes. A short instruction and a follow-up already make a big difference.'
			},
			steps: [
				{
					// the step for 'digitale-lesinstructie' at level 0-1 says the same: then that one stands
					when: {
						all: [
							notNewcomer,
							{
								not: {
									fact: 'answer',
									question: 'digitale-lesinstructie',
									operator: 'lte',
									value: 1
								}
							}
						]
					},
					text: {
						nl: 'Maak voor je meest gegeven digitale les een lesbrief van één pagina of een korte video voor de leraar.',
						en: 'For your most frequently given digital lesson, make a one-page lesson sheet or a short video for the teacher.'
					}
				},
				{
					nl: 'Stuur leerlingen een week vooraf wat ze gaan doen en wat ze nodig hebben, zoals een account of opgeladen tablet.',
					en: 'A week beforehand, tell pupils what they will do and what they need, such as an account or a charged tablet.'
				},
				{
					// the step for 'vervolg' at level 0-1 says the same: then that one stands
					when: { not: { fact: 'answer', question: 'vervolg', operator: 'lte', value: 1 } },
					text: {
						nl: 'Geef elke les een vervolgopdracht mee, zodat het geleerde niet blijft liggen.',
						en: 'Give every lesson a follow-up task, so that what was learned is not left behind.'
					}
				}
			],
			effort: 'medium',
			horizon: 'season',
			references: ['art-s-cool']
		},
		middling: {
			title: {
				nl: 'Maak voorbereiding en vervolg vast',
				en: 'Make preparation and follow-up standard'
			},
			text: {
				nl: 'Maak een vaste aanpak voor elke les, zodat elke leraar en elke groep weet wat er komt en wat erna gebeurt.',
				en: 'Create a standard approach for every lesson, so every teacher and group knows what is coming and what happens next.'
			},
			steps: [
				{
					nl: 'Maak één vast format voor lesinstructies en gebruik het voor alle digitale lessen.',
					en: 'Create one standard format for lesson instructions and use it for all digital lessons.'
				},
				{
					nl: 'Plan vóór elke reeks een oefenmoment voor leraren.',
					en: 'Plan a practice moment for teachers before every series.'
				}
			],
			effort: 'medium',
			horizon: 'season',
			references: ['art-s-cool']
		},
		unknown: {
			title: {
				nl: 'Ga na hoe digitale lessen worden voorbereid',
				en: 'Find out how digital lessons are prepared'
			},
			text: {
				nl: 'Je weet niet goed hoe leraren en leerlingen worden voorbereid en of er een vervolg is. Vraag het na bij wie de lessen geeft.',
				en: 'You are not sure how teachers and pupils are prepared and whether there is a follow-up. Ask the people who teach the lessons.'
			},
			steps: [
				{
					nl: 'Vraag twee leraren of docenten hoe zij zich voorbereiden en wat ze daarbij missen.',
					en: 'Ask two teachers how they prepare and what they miss.'
				},
				reanswer
			],
			effort: 'low',
			horizon: 'now',
			references: []
		}
	}),
	...areaRules('docenten', {
		weak: {
			title: {
				nl: 'Breng eerst de docenten op niveau',
				en: 'First bring the teachers up to standard'
			},
			text: {
				nl: 'Een digitale methode heeft pas meerwaarde als de docent hem goed kan overbrengen. Art-S-Cool merkte: je moet eerst je docenten meekrijgen voordat je met leerlingen aan de slag gaat. Begin met een korte, praktische workshop.',
				en: 'A digital method only adds value when the teacher can convey it well. Art-S-Cool noticed: you must bring your teachers along before you start with pupils. Start with a short, practical workshop.'
			},
			steps: [
				{
					when: notAlone,
					text: {
						nl: 'Organiseer een workshop van twee uur waarin collega’s zelf iets maken, zoals een korte stop-motion-film.',
						en: 'Organise a two-hour workshop where colleagues make something themselves, such as a short stop-motion film.'
					}
				},
				{
					when: notAlone,
					text: {
						nl: 'Koppel een collega die het al kan aan iemand die het nog lastig vindt.',
						en: 'Pair a colleague who can already do it with someone who finds it hard.'
					}
				},
				{
					nl: 'Spreek af wie er technische hulp geeft als het in de les misgaat.',
					en: 'Agree who gives technical help when something goes wrong in class.'
				}
			],
			effort: 'medium',
			horizon: 'season',
			references: ['art-s-cool']
		},
		middling: {
			title: {
				nl: 'Maak training en technische hulp vast',
				en: 'Make training and technical help standard'
			},
			text: {
				nl: 'Om alle docenten mee te krijgen, helpen een vast trainingsaanbod en hulp die er ook tijdens de les is.',
				en: 'To bring all teachers along, a regular training offer and help that is there during lessons too will help.'
			},
			steps: [
				{
					nl: 'Neem digitale vaardigheden op in het scholings- of professionaliseringsplan.',
					en: 'Include digital skills in the training or professional development plan.'
				},
				{
					nl: 'Vraag docenten één keer per jaar wat hen zou helpen, en pas het aanbod daarop aan.',
					en: 'Once a year, ask teachers what would help them, and adjust the offer accordingly.'
				}
			],
			effort: 'medium',
			horizon: 'year',
			references: ['art-s-cool']
		},
		unknown: {
			title: {
				nl: 'Vraag docenten hoe zij over digitaal werken denken',
				en: 'Ask teachers how they feel about working digitally'
			},
			text: {
				nl: 'Je weet niet goed hoe gemotiveerd en vaardig de docenten zijn. Een korte peiling geeft snel een beeld.',
				en: 'You are not sure how motivated and skilled the teachers are. A short poll quickly gives a picture.'
			},
			steps: [
				{
					nl: 'Stel docenten drie vragen: wil je digitaal werken, kun je het, en wat heb je nodig?',
					en: 'Ask teachers three questions: do you want to work digitally, can you, and what do you need?'
				},
				reanswer
			],
			effort: 'low',
			horizon: 'now',
			references: []
		}
	}),
	...areaRules('blijf-leren', {
		weak: {
			title: {
				nl: 'Maak tijd om samen te leren over digitale tools',
				en: 'Make time to learn about digital tools together'
			},
			text: {
				nl: 'De digitale wereld verandert snel. Als niemand bijhoudt wat er is en kennis niet wordt gedeeld, blijft alles bij een paar mensen. Leren van anderen scheelt veel zoektijd.',
				en: 'The digital world changes fast. If nobody keeps track of what exists and knowledge is not shared, everything stays with a few people. Learning from others saves a lot of search time.'
			},
			steps: [
				{
					// the step for 'kennis-delen' at level 0-1 says the same: then that one stands
					when: {
						all: [
							notAlone,
							{ not: { fact: 'answer', question: 'kennis-delen', operator: 'lte', value: 1 } }
						]
					},
					text: {
						nl: 'Zet in elk teamoverleg tien minuten voor “één tool die ik heb uitgeprobeerd”.',
						en: 'Reserve ten minutes in every team meeting for “one tool I tried out”.'
					}
				},
				{
					nl: 'Kijk naar een netwerk of traject, zoals het starttraject van CultuurSchakel, om van andere organisaties te leren.',
					en: 'Look into a network or programme, such as CultuurSchakel’s starters’ track, to learn from other organisations.'
				},
				{
					nl: 'Probeer eens een tool uit de lijst van Art-S-Cool, zoals Canva, CapCut of Tinkercad. Kijk eerst wat de gratis versie kan.',
					en: 'Try a tool from Art-S-Cool’s list, such as Canva, CapCut or Tinkercad. First see what the free version can do.'
				}
			],
			effort: 'low',
			horizon: 'now',
			references: ['art-s-cool', 'cultuurschakel-aanbod']
		},
		middling: {
			title: {
				nl: 'Deel ook wat niet werkte',
				en: 'Also share what did not work'
			},
			text: {
				nl: 'Leren over digitale tools werkt het best als je het bewust doet: kies per jaar wat je onderzoekt, en deel ook twijfel en mislukkingen. Art-S-Cool vond juist dat het meest waardevol.',
				en: 'Learning about digital tools works best when you do it deliberately: choose each year what you will explore, and share doubts and failures too. Art-S-Cool found exactly that most valuable.'
			},
			steps: [
				{
					nl: 'Kies aan het begin van het jaar twee digitale onderwerpen om te onderzoeken, bijvoorbeeld AI of VR.',
					en: 'At the start of the year, choose two digital topics to explore, for example AI or VR.'
				},
				{
					nl: 'Houd een gedeelde lijst bij van tools: wat werkt, wat niet, en voor welke groep.',
					en: 'Keep a shared list of tools: what works, what does not, and for which group.'
				}
			],
			effort: 'low',
			horizon: 'season',
			references: ['art-s-cool', 'den-ai']
		},
		unknown: {
			title: {
				nl: 'Ga na hoe er nu geleerd wordt over digitale tools',
				en: 'Find out how people learn about digital tools now'
			},
			text: {
				nl: 'Je weet niet goed of collega’s nieuwe tools volgen en kennis delen. Vraag het in het team.',
				en: 'You are not sure whether colleagues follow new tools and share knowledge. Ask the team.'
			},
			steps: [
				{
					when: notAlone,
					text: {
						nl: 'Vraag in het team: wie probeert weleens iets nieuws, en hoe delen we dat?',
						en: 'Ask the team: who tries something new now and then, and how do we share it?'
					}
				},
				reanswer
			],
			effort: 'low',
			horizon: 'now',
			references: []
		}
	})
];
