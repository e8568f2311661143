import type { Rule } from '../rules-schema';
import { asksOthers } from './conditions';
import { areaRules, reanswer } from './area-rules';

export const rulesAreas9to12: Rule[] = [
	...areaRules('output-impact', {
		weak: {
			title: {
				nl: 'Schrijf op wat het project moet veranderen voor wie meedoet',
				en: 'Write down what the project should change for those who take part'
			},
			text: {
				'cultural-organisation': {
					nl: 'Wat je maakt, zoals een app, filmpjes of lessen, is output. Impact is wat het verandert voor deelnemers. Wie geld aanvraagt, moet impact laten zien, en het helpt je kiezen wat echt werkt.',
					en: 'What you make, such as an app, videos or lessons, is output. Impact is what it changes for participants. Anyone who applies for funding must show impact, and it helps you choose what really works.'
				},
				school: {
					nl: 'Wat je maakt, zoals een app, filmpjes of lessen, is output. Impact is wat het verandert voor leerlingen. Wie subsidie aanvraagt, moet impact laten zien, en het helpt je kiezen wat echt werkt.',
					en: 'What you make, such as an app, videos or lessons, is output. Impact is what it changes for pupils. Anyone who applies for a grant must show impact, and it helps you choose what really works.'
				}
			},
			steps: [
				{
					'cultural-organisation': {
						nl: 'Maak voor je volgende project twee lijstjes: wat maken we (output) en wat moet het deelnemers opleveren (impact)?',
						en: 'For your next project, make two lists: what will we make (output), and what should it bring participants (impact)?'
					},
					school: {
						nl: 'Maak voor je volgende project twee lijstjes: wat maken we (output) en wat moet het leerlingen opleveren (impact)?',
						en: 'For your next project, make two lists: what will we make (output), and what should it bring pupils (impact)?'
					}
				},
				{
					nl: 'Kies één impactdoel dat je kunt nagaan, bijvoorbeeld: “leerlingen voelen zich zekerder met digitale middelen”.',
					en: 'Choose one impact goal you can check, for example: “pupils feel more confident with digital tools”.'
				},
				{
					// the step for 'ervaring-ophalen' at level 0-1 says the same: then that one stands
					when: {
						not: { fact: 'answer', question: 'ervaring-ophalen', operator: 'lte', value: 1 }
					},
					text: {
						'cultural-organisation': {
							nl: 'Stel na afloop een paar korte vragen aan de deelnemers, zoals Topaze deed na de VR-ervaring.',
							en: 'Afterwards, ask participants a few short questions, as Topaze did after the VR experience.'
						},
						school: {
							nl: 'Stel na afloop een paar korte vragen aan de leerlingen, zoals Topaze deed na de VR-ervaring.',
							en: 'Afterwards, ask the pupils a few short questions, as Topaze did after the VR experience.'
						}
					}
				}
			],
			effort: 'low',
			horizon: 'now',
			references: ['topaze', 'stet']
		},
		middling: {
			title: {
				nl: 'Maak impact zichtbaar in je verslagen',
				en: 'Make impact visible in your reports'
			},
			text: {
				nl: 'Maak impact concreet: vaste vragen na elke activiteit en een apart kopje ‘impact’ in elk verslag, met voorbeelden. STET kon zo laten zien dat 90% van de leerlingen liever digitaal werkte.',
				en: 'Make impact concrete: fixed questions after every activity and a separate “impact” heading in every report, with examples. That is how STET could show that 90% of pupils preferred working digitally.'
			},
			steps: [
				{
					nl: 'Gebruik na elke activiteit dezelfde drie vragen, zodat je kunt vergelijken.',
					en: 'Use the same three questions after every activity, so you can compare.'
				},
				{
					nl: 'Houd bij welke groepen je bereikt, en of er nieuwe groepen bij zijn.',
					en: 'Keep track of which groups you reach, and whether new groups have joined.'
				}
			],
			effort: 'low',
			horizon: 'season',
			references: ['stet']
		},
		unknown: {
			title: {
				nl: 'Ga na wat jullie projecten opleveren voor wie meedoet',
				en: 'Find out what your projects bring those who take part'
			},
			text: {
				nl: 'Je weet niet goed of er doelen zijn voor impact en of die worden nagegaan. Kijk in de plannen en verslagen van het laatste project.',
				en: 'You are not sure whether there are impact goals and whether they are checked. Look at the plans and reports of the last project.'
			},
			steps: [
				{
					'cultural-organisation': {
						nl: 'Lees het plan en verslag van het laatste digitale project: staat er iets over wat het deelnemers opleverde?',
						en: 'Read the plan and report of the last digital project: does it say anything about what it brought participants?'
					},
					school: {
						nl: 'Lees het plan en verslag van het laatste digitale project: staat er iets over wat het leerlingen opleverde?',
						en: 'Read the plan and report of the last digital project: does it say anything about what it brought pupils?'
					}
				},
				reanswer
			],
			effort: 'low',
			horizon: 'now',
			references: []
		}
	}),
	...areaRules('lange-termijn', {
		weak: {
			title: {
				nl: 'Verbind digitale plannen met je missie',
				en: 'Connect digital plans to your mission'
			},
			text: {
				nl: 'Losse projecten stoppen vaak als de subsidie stopt. Als digitale plannen passen bij waar je voor staat, en er een plan voor een paar jaar is, blijft het resultaat bestaan.',
				en: 'Separate projects often stop when the funding stops. If digital plans fit what you stand for, and there is a plan for a few years, the result lasts.'
			},
			steps: [
				{
					// the step for 'past-bij-missie' at level 0-1 says the same: then that one stands
					when: { not: { fact: 'answer', question: 'past-bij-missie', operator: 'lte', value: 1 } },
					text: {
						'cultural-organisation': {
							nl: 'Leg je missie naast je digitale ideeën: welke passen erbij en welke niet? Schrap wat niet past.',
							en: 'Put your mission next to your digital ideas: which fit and which do not? Drop what does not fit.'
						},
						school: {
							nl: 'Leg de visie van de school op cultuuronderwijs naast je digitale ideeën: welke passen erbij? Schrap wat niet past.',
							en: 'Put the school’s vision on arts education next to your digital ideas: which fit? Drop what does not fit.'
						}
					}
				},
				{
					nl: 'Schrijf op één pagina waar je over twee jaar wilt staan met digitale cultuureducatie.',
					en: 'Write on one page where you want to be with digital cultural education in two years.'
				},
				{
					nl: 'Spreek per project af wie het onderhoudt als het project klaar is.',
					en: 'Agree for each project who maintains it once the project is finished.'
				}
			],
			effort: 'medium',
			horizon: 'year',
			references: ['whitepaper']
		},
		middling: {
			title: {
				nl: 'Maak een plan voor meerdere jaren, met keuzemomenten',
				en: 'Make a multi-year plan, with decision points'
			},
			text: {
				nl: 'Een plan voor meerdere jaren dat past bij de missie, met vaste keuzemomenten (doorgaan, aanpassen of stoppen), maakt digitale plannen sterker en laat zien dat je bereid bent bij te sturen.',
				en: 'A multi-year plan that fits the mission, with fixed decision points (continue, adjust or stop), makes digital plans stronger and shows you are willing to change course.'
			},
			steps: [
				{
					nl: 'Plan twee keer per jaar een moment om per project te kiezen: doorgaan, aanpassen of stoppen.',
					en: 'Plan a moment twice a year to choose for each project: continue, adjust or stop.'
				},
				{
					// the step for 'blijft-bestaan' at level 0-1 says the same: then that one stands
					when: { not: { fact: 'answer', question: 'blijft-bestaan', operator: 'lte', value: 1 } },
					text: {
						nl: 'Regel voor elk digitaal aanbod een eigenaar en geld voor onderhoud na het project.',
						en: 'For each digital offer, arrange an owner and money for maintenance after the project.'
					}
				}
			],
			effort: 'medium',
			horizon: 'year',
			references: ['escher-in-het-paleis']
		},
		unknown: {
			title: {
				nl: 'Vraag naar het beleid voor de lange termijn',
				en: 'Ask about the long-term policy'
			},
			text: {
				nl: 'Je weet niet goed hoe digitale plannen passen bij het beleid van de organisatie. Zoek uit wat er in het beleidsplan staat.',
				en: 'You are not sure how digital plans fit the organisation’s policy. Find out what the policy plan says.'
			},
			steps: [
				{
					when: asksOthers,
					text: {
						nl: 'Vraag de directie of er een plan voor meerdere jaren is, en wie beslist of jullie doorgaan.',
						en: 'Ask the management whether there is a plan for several years, and who decides whether you continue.'
					}
				},
				{
					nl: 'Lees het beleidsplan na op digitale cultuureducatie, en vul daarna deze vragen opnieuw in.',
					en: 'Read the policy plan for digital cultural education, then answer these questions again.'
				}
			],
			effort: 'low',
			horizon: 'now',
			references: []
		}
	}),
	...areaRules('evaluatie', {
		weak: {
			title: {
				nl: 'Evalueer samen met de leerlingen, en schrijf het op',
				en: 'Evaluate together with pupils, and write it down'
			},
			text: {
				nl: 'Een deelnemer aan het traject zei: “Neem vooral de leerlingen mee in de evaluatie. Schrijf alles op en laat het zien.” Zonder evaluatie gaat wat je leert verloren, zeker als iemand vertrekt.',
				en: 'A programme participant said: “Above all, involve the pupils in the evaluation. Write everything down and show it.” Without evaluation, what you learn is lost, especially when someone leaves.'
			},
			steps: [
				{
					nl: 'Sluit je volgende digitale activiteit af met vijf minuten evaluatie met de leerlingen: wat was leuk, wat was lastig?',
					en: 'End your next digital activity with five minutes of evaluation with the pupils: what was fun, what was hard?'
				},
				{
					nl: 'Maak één gedeeld document waar je na elk project de lessen opschrijft.',
					en: 'Create one shared document where you record the lessons after every project.'
				},
				{
					nl: 'Kies na elke evaluatie één ding dat je de volgende keer anders doet.',
					en: 'After every evaluation, choose one thing to do differently next time.'
				}
			],
			effort: 'low',
			horizon: 'now',
			references: ['stet']
		},
		middling: {
			title: {
				nl: 'Gebruik je evaluaties om te verbeteren, en laat dat zien',
				en: 'Use your evaluations to improve, and show it'
			},
			text: {
				nl: 'Een evaluatie loont het meest als ze leidt tot een verbetering, die je deelt met partners. STET bood het Macbeth-traject een jaar later verbeterd opnieuw aan.',
				en: 'An evaluation pays off most when it leads to an improvement that you share with partners. STET offered its Macbeth programme again a year later, improved.'
			},
			steps: [
				{
					nl: 'Zet na elke evaluatie op papier: wat veranderen we, wie doet het, en wanneer?',
					en: 'After every evaluation, write down: what will we change, who does it, and when?'
				},
				{
					nl: 'Deel een korte samenvatting met de scholen of partners waar je mee werkt.',
					en: 'Share a short summary with the schools or partners you work with.'
				}
			],
			effort: 'low',
			horizon: 'season',
			references: ['stet']
		},
		unknown: {
			title: {
				nl: 'Ga na hoe digitale projecten geëvalueerd worden',
				en: 'Find out how digital projects are evaluated'
			},
			text: {
				nl: 'Je weet niet goed of en hoe er geëvalueerd wordt. Zoek de laatste evaluatie op, of vraag wie die heeft gemaakt.',
				en: 'You are not sure whether and how evaluation happens. Look up the last evaluation, or ask who made it.'
			},
			steps: [
				{
					nl: 'Zoek de evaluatie van het laatste digitale project op en kijk wie eraan meedeed.',
					en: 'Look up the evaluation of the last digital project and see who took part.'
				},
				reanswer
			],
			effort: 'low',
			horizon: 'now',
			references: []
		}
	}),
	...areaRules('duurzaam', {
		weak: {
			title: {
				nl: 'Pluk eerst het laaghangend fruit',
				en: 'Pick the low-hanging fruit first'
			},
			text: {
				nl: 'Dure oplossingen of een gespecialiseerde leverancier lijken soms de snelste weg. Maar vaak is er al iets wat je gratis of goedkoop kunt gebruiken en zelf kunt aanpassen. Escher in het Paleis maakte een eerste prototype met een quizmodule in het eigen CMS.',
				en: 'Expensive solutions or a specialist supplier sometimes seem the fastest way. But often something exists already that you can use for free or cheaply and adapt yourself. Escher in het Paleis made a first prototype with a quiz module in its own CMS.'
			},
			steps: [
				{
					nl: 'Zoek voor je volgende idee eerst drie bestaande, goedkope tools en probeer ze een middag uit.',
					en: 'For your next idea, first find three existing, affordable tools and try them out for an afternoon.'
				},
				{
					// the step for 'betaalbaar' at level 0-1 says the same: then that one stands
					when: { not: { fact: 'answer', question: 'betaalbaar', operator: 'lte', value: 1 } },
					text: {
						nl: 'Reken bij elke tool de kosten voor drie jaar door: licenties, abonnementen en onderhoud.',
						en: 'For each tool, work out the costs over three years: licences, subscriptions and maintenance.'
					}
				},
				{
					nl: 'Kijk of je website of systeem al iets kan wat je zoekt, zoals een quiz of formulier.',
					en: 'Check whether your website or system can already do what you are looking for, such as a quiz or form.'
				}
			],
			effort: 'low',
			horizon: 'now',
			references: ['escher-in-het-paleis', 'topaze']
		},
		middling: {
			title: {
				nl: 'Kies tools die je zelf kunt aanpassen en opnieuw kunt gebruiken',
				en: 'Choose tools you can adapt yourself and reuse'
			},
			text: {
				nl: 'Kijk bij elke keuze naar de kosten, en maak ook hergebruik en zelf aanpassen een eis, zodat je niet afhankelijk wordt van één leverancier en je materiaal langer meegaat.',
				en: 'Look at the costs of every choice, and also make reuse and self-adaptation a requirement, so you do not depend on one supplier and your material lasts longer.'
			},
			steps: [
				{
					// not for those who already reuse and share what they make (level 3 or 4)
					when: { not: { fact: 'answer', question: 'hergebruik', operator: 'gte', value: 3 } },
					text: {
						nl: 'Maak een vast format voor digitaal lesmateriaal, zodat je het makkelijk kunt aanpassen en delen.',
						en: 'Create a standard format for digital teaching material, so you can easily adapt and share it.'
					}
				},
				{
					when: { not: { fact: 'answer', question: 'betaalbaar', operator: 'gte', value: 3 } },
					text: {
						nl: 'Houd een overzicht bij van alle digitale kosten en bekijk het één keer per jaar.',
						en: 'Keep an overview of all digital costs and review it once a year.'
					}
				},
				{
					nl: 'Vraag bij een nieuwe tool of je je eigen materiaal kunt meenemen als je stopt.',
					en: 'When choosing a new tool, ask whether you can take your own material with you if you stop.'
				}
			],
			effort: 'low',
			horizon: 'season',
			references: ['escher-in-het-paleis']
		},
		unknown: {
			title: {
				nl: 'Breng de kosten van je digitale middelen in kaart',
				en: 'Map the costs of your digital tools'
			},
			text: {
				nl: 'Je weet niet goed wat jullie digitale middelen kosten en of je ze zelf kunt aanpassen. Vraag het na bij de administratie of beheerder.',
				en: 'You are not sure what your digital tools cost and whether you can adapt them yourself. Ask the administration or the administrator.'
			},
			steps: [
				{
					nl: 'Vraag de administratie om een lijst van alle abonnementen en licenties.',
					en: 'Ask the administration for a list of all subscriptions and licences.'
				},
				reanswer
			],
			effort: 'low',
			horizon: 'now',
			references: []
		}
	})
];
