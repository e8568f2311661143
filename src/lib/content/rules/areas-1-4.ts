import type { Rule } from '../rules-schema';
import { asksOthers, notAlone } from './conditions';
import { areaRules, reanswer } from './area-rules';

export const rulesAreas1to4: Rule[] = [
	...areaRules('evalueer-bestaand', {
		weak: {
			title: {
				nl: 'Maak eerst een lijst van je digitale middelen',
				en: 'First list your digital tools'
			},
			text: {
				nl: 'Wie aan iets nieuws begint zonder te weten wat er al is en hoe goed dat werkt, geeft tijd en geld uit aan dingen die misschien al bestaan. Begin met een eenvoudig overzicht.',
				en: 'Starting something new without knowing what exists and how well it works spends time and money on things that may already be there. Start with a simple overview.'
			},
			steps: [
				{
					// the step for 'overzicht-middelen' at level 0-1 says the same: then that one stands
					when: {
						all: [
							notAlone,
							{ not: { fact: 'answer', question: 'overzicht-middelen', operator: 'lte', value: 1 } }
						]
					},
					text: {
						nl: 'Maak in één uur met twee collega’s een lijst: apparaten, apps en accounts, website, digitaal lesmateriaal.',
						en: 'In one hour, make a list with two colleagues: devices, apps and accounts, website, digital teaching material.'
					}
				},
				{
					nl: 'Zet bij elk punt: wie gebruikt het, hoe vaak, en werkt het goed (ja / nee / soms)?',
					en: 'For each item note: who uses it, how often, and does it work well (yes / no / sometimes)?'
				},
				{
					nl: 'Kies één ding van de lijst dat je eerst verbetert, voordat je iets nieuws koopt.',
					en: 'Pick one item on the list to improve first, before you buy anything new.'
				}
			],
			effort: 'low',
			horizon: 'now',
			references: ['topaze', 'whitepaper']
		},
		middling: {
			title: {
				nl: 'Maak ‘eerst kijken wat er is’ een vaste stap',
				en: 'Make “first look at what exists” a fixed step'
			},
			text: {
				nl: 'Kijken wat er al is, werkt het best als vaste stap in elk nieuw plan. Dan hangt het niet af van wie het plan schrijft.',
				en: 'Looking at what exists works best as a fixed step in every new plan. Then it does not depend on who writes the plan.'
			},
			steps: [
				{
					// the step for 'verbeteren-voor-nieuw' at level 0-1 says the same: then that one stands
					when: {
						not: { fact: 'answer', question: 'verbeteren-voor-nieuw', operator: 'lte', value: 1 }
					},
					text: {
						nl: 'Zet in je projectformat een vraag: “Wat hebben we al, en kunnen we dat verbeteren?”',
						en: 'Add a question to your project template: “What do we already have, and can we improve it?”'
					}
				},
				{
					nl: 'Werk je overzicht van digitale middelen één keer per jaar bij, bijvoorbeeld aan het begin van het seizoen.',
					en: 'Update your overview of digital tools once a year, for example at the start of the season.'
				},
				{
					nl: 'Spreek af wanneer je met een middel stopt, bijvoorbeeld als het een jaar niet gebruikt is.',
					en: 'Agree when you stop using something, for example when it has not been used for a year.'
				}
			],
			effort: 'low',
			horizon: 'season',
			references: ['whitepaper']
		},
		unknown: {
			title: {
				nl: 'Zoek uit welke digitale middelen er al zijn',
				en: 'Find out which digital tools you have'
			},
			text: {
				nl: 'Je wist bij veel vragen over jullie bestaande middelen het antwoord niet. Dat is normaal als het nergens is vastgelegd. Vraag het na; daarna kun je deze vragen opnieuw invullen.',
				en: 'You did not know the answer to many questions about your digital tools. That is normal when nothing is recorded. Ask around; then you can answer these questions again.'
			},
			steps: [
				{
					when: notAlone,
					text: {
						nl: 'Vraag de collega die apparaten, accounts of de website beheert om een lijst.',
						en: 'Ask the colleague who manages devices, accounts or the website for a list.'
					}
				},
				{
					nl: 'Vul daarna deze vragen opnieuw in, voor een eerlijker advies.',
					en: 'Then answer these questions again, for fairer advice.'
				}
			],
			effort: 'low',
			horizon: 'now',
			references: []
		}
	}),
	...areaRules('tijd-en-middelen', {
		weak: {
			title: {
				nl: 'Maak een eerlijke begroting, met je eigen uren erin',
				en: 'Make an honest budget, including your own hours'
			},
			text: {
				nl: 'Een digitaal project kost tijd en mensen. Als daar niets vast voor geregeld is, loopt een project vaak halverwege vast. Een deelnemer aan het traject zei: “Maak een goede begroting en onderschat je eigen uren niet.”',
				en: 'A digital project takes time and people. When nothing is arranged for that, a project often gets stuck halfway. A programme participant said: “Make a good budget and do not underestimate your own hours.”'
			},
			steps: [
				{
					// the step for 'eigen-uren' at level 0-1 says the same: then that one stands
					when: { not: { fact: 'answer', question: 'eigen-uren', operator: 'lte', value: 1 } },
					text: {
						nl: 'Schrijf voor je volgende digitale project op hoeveel uur het kost: zoeken, uitproberen, lesgeven en evalueren.',
						en: 'For your next digital project, write down how many hours it takes: searching, trying out, teaching and evaluating.'
					}
				},
				{
					when: asksOthers,
					text: {
						'cultural-organisation': {
							nl: 'Reserveer een vast bedrag in de begroting van volgend jaar, ook als het klein is.',
							en: 'Set aside a fixed amount in next year’s budget, even if it is small.'
						},
						school: {
							nl: 'Vraag de directie om taakuren voor de cultuurcoördinator of een werkgroep, en een klein vast budget.',
							en: 'Ask the management for task hours for the arts coordinator or a working group, and a small fixed budget.'
						}
					}
				},
				{
					// the step for 'trekker' at level 0-1 says the same: then that one stands
					when: {
						all: [
							notAlone,
							{ not: { fact: 'answer', question: 'trekker', operator: 'lte', value: 1 } }
						]
					},
					text: {
						nl: 'Wijs één trekker aan met uren op papier.',
						en: 'Appoint one lead with hours on paper.'
					}
				}
			],
			effort: 'medium',
			horizon: 'season',
			references: ['topaze', 'escher-in-het-paleis']
		},
		middling: {
			title: {
				nl: 'Houd bij hoeveel tijd het echt kost',
				en: 'Track how much time it really takes'
			},
			text: {
				nl: 'Vaste uren en een eigen budget maken een project minder afhankelijk van toeval. Als je bijhoudt hoeveel tijd een project echt kost, kun je de volgende keer beter plannen en sterker onderbouwen waarom er meer nodig is.',
				en: 'Fixed hours and a budget of its own make a project depend less on chance. If you track how much time a project really takes, you can plan better next time and argue more strongly why more is needed.'
			},
			steps: [
				{
					nl: 'Schrijf een seizoen lang per week de uren op die naar digitale projecten gaan.',
					en: 'For one season, write down each week the hours that go into digital projects.'
				},
				{
					nl: 'Vergelijk aan het eind plan en werkelijkheid, en pas de begroting voor volgend jaar aan.',
					en: 'At the end, compare plan and reality, and adjust next year’s budget.'
				},
				{
					nl: 'Zet tijd voor onderzoek en uitproberen als aparte post in elk plan.',
					en: 'Put time for research and trying out as a separate item in every plan.'
				}
			],
			effort: 'low',
			horizon: 'season',
			references: []
		},
		unknown: {
			title: {
				nl: 'Vraag na hoeveel tijd en geld er is',
				en: 'Ask how much time and money there is'
			},
			text: {
				nl: 'Je weet niet goed hoeveel tijd en geld er voor digitale projecten is. Dat is belangrijk om te weten voordat je een aanvraag doet.',
				en: 'You do not really know how much time and money there is for digital projects. That is important to know before you apply.'
			},
			steps: [
				{
					when: asksOthers,
					text: {
						'cultural-organisation': {
							nl: 'Vraag de zakelijk leider of directeur naar het budget en de uren voor educatie en digitaal.',
							en: 'Ask the business manager or director about the budget and hours for education and digital work.'
						},
						school: {
							nl: 'Vraag de directie naar het budget en de taakuren voor cultuur en ict.',
							en: 'Ask the management about the budget and task hours for arts and ICT.'
						}
					}
				},
				reanswer
			],
			effort: 'low',
			horizon: 'now',
			references: []
		}
	}),
	...areaRules('begin-klein', {
		weak: {
			title: {
				nl: 'Kies één kleine stap en zet die deze maand',
				en: 'Choose one small step and take it this month'
			},
			text: {
				nl: 'Grote plannen zonder tussenstappen blijven vaak plannen. Een kleine, praktische stap levert meteen iets op en leert je wat werkt. Topaze begon met een VR-bril en een app die ze al hadden.',
				en: 'Big plans without steps in between often remain plans. A small, practical step gives results right away and teaches you what works. Topaze started with a VR headset and an app they already had.'
			},
			steps: [
				{
					'cultural-organisation': {
						nl: 'Kies één activiteit die je al geeft en voeg één digitaal onderdeel toe, zoals een stop-motion-opdracht met een tablet.',
						en: 'Choose one activity you already run and add one digital part, such as a stop-motion task with a tablet.'
					},
					school: {
						nl: 'Kies één klas en één les, en probeer één digitale opdracht uit, zoals een stop-motion-filmpje met tablets.',
						en: 'Choose one class and one lesson, and try one digital task, such as a stop-motion video with tablets.'
					}
				},
				{
					'cultural-organisation': {
						nl: 'Spreek vooraf af wat een goed resultaat is, en vraag na afloop de deelnemers wat ze ervan vonden.',
						en: 'Agree beforehand what a good result is, and afterwards ask the participants what they thought.'
					},
					school: {
						nl: 'Spreek vooraf af wat een goed resultaat is, en vraag na afloop de leerlingen wat ze ervan vonden.',
						en: 'Agree beforehand what a good result is, and ask the pupils afterwards what they thought of it.'
					}
				},
				{
					nl: 'Besluit pas daarna of je het groter maakt.',
					en: 'Only then decide whether to scale it up.'
				}
			],
			effort: 'low',
			horizon: 'now',
			references: ['topaze', 'art-s-cool']
		},
		middling: {
			title: {
				nl: 'Maak van elke grote wens een stappenplan',
				en: 'Turn every big wish into a step-by-step plan'
			},
			text: {
				nl: 'Maak kleine stappen een gewoonte: elk groot plan krijgt tussenstappen met een eigen doel, en na elke stap kies je bewust of je verdergaat.',
				en: 'Make small steps a habit: every big plan gets intermediate steps with their own goal, and after each step you consciously choose whether to continue.'
			},
			steps: [
				{
					// the step for 'kleine-stappen' at level 0-1 says the same: then that one stands
					when: { not: { fact: 'answer', question: 'kleine-stappen', operator: 'lte', value: 1 } },
					text: {
						nl: 'Deel je grootste digitale wens op in drie stappen van hooguit een paar weken.',
						en: 'Break your biggest digital wish into three steps of a few weeks at most.'
					}
				},
				{
					nl: 'Test elke stap eerst met één groep of klas voordat je hem groter maakt.',
					en: 'Test each step with one group or class before you scale it up.'
				}
			],
			effort: 'low',
			horizon: 'season',
			references: ['escher-in-het-paleis']
		},
		unknown: {
			title: {
				nl: 'Ga na welke digitale stappen al gezet zijn',
				en: 'Check which digital steps have already been taken'
			},
			text: {
				nl: 'Je weet niet goed hoe er nu met nieuwe digitale ideeën wordt omgegaan. Vraag collega’s welke kleine proeven er het afgelopen jaar waren.',
				en: 'You are not sure how new digital ideas are handled now. Ask colleagues which small trials there were in the past year.'
			},
			steps: [
				{
					when: notAlone,
					text: {
						nl: 'Vraag in het teamoverleg: welke digitale dingen hebben we het afgelopen jaar uitgeprobeerd?',
						en: 'Ask in the team meeting: which digital things did we try out in the past year?'
					}
				},
				reanswer
			],
			effort: 'low',
			horizon: 'now',
			references: []
		}
	}),
	...areaRules('betrek-doelgroep', {
		weak: {
			title: {
				nl: 'Vraag de doelgroep vooraf wat ze nodig heeft',
				en: 'Ask the target group beforehand what it needs'
			},
			text: {
				nl: 'Wie vanuit het eigen idee ontwerpt, maakt vaak iets wat niet aansluit. STET leerde: niet van jezelf uitgaan, maar “uitgaan van wat werkt voor de jongeren”.',
				en: 'Designing from your own idea often makes something that does not fit. STET learned: do not start from yourself, but “start from what works for young people”.'
			},
			steps: [
				{
					// the step for 'behoeften-vooraf' at level 0-1 says the same: then that one stands
					when: {
						not: { fact: 'answer', question: 'behoeften-vooraf', operator: 'lte', value: 1 }
					},
					text: {
						'cultural-organisation': {
							nl: 'Praat voor je volgende project 30 minuten met twee leraren en een paar leerlingen: wat willen ze, wat lukt nu niet?',
							en: 'Before your next project, talk for 30 minutes with two teachers and a few pupils: what do they want, what does not work now?'
						},
						school: {
							nl: 'Vraag voor de volgende digitale cultuurles in één klas: wat vinden jullie leuk om te maken, en wat hebben jullie nodig?',
							en: 'Before the next digital arts lesson, ask one class: what do you enjoy making, and what do you need?'
						}
					}
				},
				{
					nl: 'Plan in elk project minstens één testmoment met de doelgroep, halverwege.',
					en: 'Plan at least one test moment with the target group halfway through every project.'
				},
				{
					// the step for 'aanpak-vanuit-gebruiker' at level 0-1 says the same: then that one stands
					when: {
						not: { fact: 'answer', question: 'aanpak-vanuit-gebruiker', operator: 'lte', value: 1 }
					},
					text: {
						nl: 'Lees over de vijf stappen van Design Thinking en probeer de eerste twee: je inleven en het probleem omschrijven.',
						en: 'Read about the five steps of Design Thinking and try the first two: empathise and define the problem.'
					}
				}
			],
			effort: 'low',
			horizon: 'now',
			references: ['stet', 'design-thinking']
		},
		middling: {
			title: {
				nl: 'Plan vaste test- en feedbackmomenten',
				en: 'Plan fixed test and feedback moments'
			},
			text: {
				nl: 'Maak het betrekken van de doelgroep vast: vooraf vragen, tussendoor testen, en achteraf bijsturen. Zo wordt het product elke ronde beter, zoals bij de cyclus van Design Thinking.',
				en: 'Make involving the target group standard: ask beforehand, test along the way, and adjust afterwards. That way the product gets better every round, as in the Design Thinking cycle.'
			},
			steps: [
				{
					nl: 'Zet in elk projectplan drie momenten: behoeften ophalen, prototype testen, eindversie testen.',
					en: 'Put three moments in every project plan: collect needs, test the prototype, test the final version.'
				},
				{
					nl: 'Vraag een leraar of leerling om in een werkgroep mee te denken over het ontwerp.',
					en: 'Ask a teacher or pupil to join a working group to help shape the design.'
				}
			],
			effort: 'medium',
			horizon: 'season',
			references: ['design-thinking', 'art-s-cool']
		},
		unknown: {
			title: {
				nl: 'Ga na hoe de doelgroep nu betrokken wordt',
				en: 'Find out how the target group is involved now'
			},
			text: {
				nl: 'Je weet niet goed of leerlingen en leraren meedenken over digitale projecten. Vraag het na bij wie de projecten maakt.',
				en: 'You are not sure whether pupils and teachers help shape digital projects. Ask the people who make the projects.'
			},
			steps: [
				{
					nl: 'Vraag wie het laatste digitale project heeft gemaakt: wie uit de doelgroep heeft het getest?',
					en: 'Ask whoever made the last digital project: who from the target group tested it?'
				},
				reanswer
			],
			effort: 'low',
			horizon: 'now',
			references: []
		}
	})
];
