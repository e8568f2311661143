/**
 * Joint advice for a school and the cultural organisation it works with ("Samen met je
 * partner"). Each rule reads the answers of both: `school` the school's file, `partner` the
 * cultural organisation's. A rule that fires on either side says "minstens één van jullie";
 * the report names which side it was, with the answer.
 */
import type { PartnerRule } from '../rules-schema';

const atMost = (question: string, value: number) =>
	({ fact: 'answer', question, operator: 'lte', value }) as const;
const atLeast = (question: string, value: number) =>
	({ fact: 'answer', question, operator: 'gte', value }) as const;
const unknown = (question: string) =>
	({ fact: 'answer', question, operator: 'eq', value: 'unknown' }) as const;

/** Either side answered at most `value`. */
const eitherAtMost = (question: string, value: number) => ({
	any: [{ school: atMost(question, value) }, { partner: atMost(question, value) }]
});

/**
 * When the partner view says a side "brings" a topic: it scores at least the strength threshold
 * there (bands.ts) and this many points above the other side; and how many levels apart two
 * answers must be to list the question as seen differently.
 */
export const partnerSettings = { bringsMargin: 25, apartLevels: 2 } as const;

export const partnerRules: PartnerRule[] = [
	{
		id: 'samen-privacy-uitzoeken',
		kind: 'together',
		when: {
			any: [
				{ school: unknown('apps-gecontroleerd') },
				{ partner: unknown('apps-gecontroleerd') },
				{ school: unknown('uitleg-gegevens') },
				{ partner: unknown('uitleg-gegevens') }
			]
		},
		advice: {
			title: {
				nl: 'Zoek samen uit hoe de privacy van leerlingen geregeld is',
				en: 'Find out together how pupils’ privacy is arranged'
			},
			text: {
				nl: 'Minstens één van jullie weet niet hoe apps of gegevens van leerlingen nu geregeld zijn. In een gezamenlijk project gaan gegevens van leerlingen van de school naar de partner, of andersom. Zoek dit uit voordat het project begint.',
				en: 'At least one of you does not know how apps or pupils’ data are handled now. In a joint project, pupils’ data pass from the school to the partner, or the other way round. Find this out before the project starts.'
			},
			steps: [
				{
					nl: 'Vraag het na bij de privacy- of ict-coördinator van de school.',
					en: 'Ask the school’s privacy or ICT coordinator.'
				},
				{
					nl: 'Vraag bij de partner wie gaat over apps en gegevens, en zet de namen bij elkaar.',
					en: 'Ask the partner who is in charge of apps and data, and put the names side by side.'
				},
				{
					nl: 'Plan een kort gesprek met die twee mensen, vóór de eerste les.',
					en: 'Plan a short talk with those two people, before the first lesson.'
				}
			],
			priority: 'essential',
			areas: ['privacy'],
			references: ['whitepaper']
		}
	},
	{
		id: 'samen-apps-controleren',
		kind: 'together',
		when: eitherAtMost('apps-gecontroleerd', 1),
		advice: {
			title: {
				nl: 'Controleer samen de apps van het project, vóór de eerste les',
				en: 'Check the project’s apps together, before the first lesson'
			},
			text: {
				nl: 'Minstens één van jullie controleert apps nog niet vast op wat ze met persoonsgegevens doen. In een gezamenlijk project gebruiken leerlingen apps van de partner op school, of apps van de school bij de partner. Spreek vooraf af wie elke app controleert en wie afspraken maakt met de leverancier.',
				en: 'At least one of you does not yet check apps as a rule for what they do with personal data. In a joint project, pupils use the partner’s apps at school, or the school’s apps at the partner. Agree beforehand who checks each app and who makes agreements with the supplier.'
			},
			steps: [
				{
					nl: 'Maak een lijst van elke app en online dienst van het project, met wie hem aanbiedt.',
					en: 'List every app and online service in the project, with who provides it.'
				},
				{
					nl: 'Laat de school elke app controleren: de school is verantwoordelijk voor de gegevens van haar leerlingen.',
					en: 'Let the school check each app: the school is responsible for its pupils’ data.'
				},
				{
					nl: 'Leg vast of er een verwerkersovereenkomst nodig is, en wie die afsluit.',
					en: 'Write down whether a data processing agreement is needed, and who signs it.'
				}
			],
			priority: 'essential',
			areas: ['privacy'],
			references: ['whitepaper']
		}
	},
	{
		id: 'samen-gegevens-uitleggen',
		kind: 'together',
		when: eitherAtMost('uitleg-gegevens', 1),
		advice: {
			title: {
				nl: 'Vertel ouders en leerlingen samen welke gegevens het project gebruikt',
				en: 'Tell parents and pupils together which data the project uses'
			},
			text: {
				nl: 'Minstens één van jullie vertelt nog weinig over de gegevens die worden gedeeld. Voor ouders is het duidelijk als ze één bericht krijgen, van de school, waarin ook staat wat de partner met gegevens doet.',
				en: 'At least one of you says little yet about the data that are shared. Parents find it clear when they get one message, from the school, that also says what the partner does with data.'
			},
			steps: [
				{
					nl: 'Schrijf samen in gewone taal op welke gegevens het project gebruikt, met wie en waarom.',
					en: 'Write down together, in plain language, which data the project uses, with whom and why.'
				},
				{
					nl: 'Laat de school het bericht vóór het project naar ouders en leerlingen sturen.',
					en: 'Let the school send the message to parents and pupils before the project.'
				},
				{
					nl: 'Vraag toestemming waar dat nodig is, en geef de partner de uitkomst.',
					en: 'Ask for consent where needed, and give the partner the outcome.'
				}
			],
			priority: 'high',
			areas: ['privacy'],
			references: ['whitepaper']
		}
	},
	{
		id: 'samen-toestemming-beeld',
		kind: 'together',
		when: eitherAtMost('toestemming-beeld', 2),
		advice: {
			title: {
				nl: 'Spreek af wie toestemming vraagt voor foto’s en video’s',
				en: 'Agree who asks consent for photos and videos'
			},
			text: {
				nl: 'Bij minstens één van jullie is toestemming voor foto’s en video’s nog niet goed geregeld. In een project met een partner maken ook makers en docenten van buiten de school beelden. Zij moeten weten welke leerlingen niet in beeld mogen.',
				en: 'For at least one of you, consent for photos and videos is not yet well arranged. In a project with a partner, makers and teachers from outside the school also take pictures. They must know which pupils may not be filmed or photographed.'
			},
			steps: [
				{
					nl: 'Laat de school vooraf nagaan welke leerlingen niet in beeld mogen.',
					en: 'Let the school check beforehand which pupils may not be in pictures.'
				},
				{
					nl: 'Geef de makers van de partner die lijst vóór elke les, op een manier die de privacy van de leerlingen beschermt.',
					en: 'Give the partner’s makers that list before each lesson, in a way that protects the pupils’ privacy.'
				},
				{
					nl: 'Spreek af waar de beelden worden bewaard en wanneer ze worden verwijderd.',
					en: 'Agree where the pictures are kept and when they are deleted.'
				}
			],
			priority: 'high',
			areas: ['privacy'],
			references: ['whitepaper']
		}
	},
	{
		id: 'samen-apparaten',
		kind: 'together',
		when: eitherAtMost('apparaten-voor-iedereen', 2),
		advice: {
			title: {
				nl: 'Spreek af wie de apparaten regelt',
				en: 'Agree who arranges the devices'
			},
			text: {
				nl: 'Minstens één van jullie kan nog niet zeggen dat er genoeg geschikte apparaten zijn voor iedereen. Bij Art-S-Cool bleek de juiste apparatuur, zoals iPads en statieven, een obstakel. Spreek vooraf af wie welke apparaten meeneemt, zodat de les niet verloren gaat aan techniek.',
				en: 'At least one of you cannot yet say that there are enough suitable devices for everyone. At Art-S-Cool, the right equipment, such as iPads and tripods, turned out to be an obstacle. Agree beforehand who brings which devices, so the lesson is not lost to technology.'
			},
			steps: [
				{
					nl: 'Tel samen hoeveel apparaten de les nodig heeft, en wie ze meeneemt.',
					en: 'Count together how many devices the lesson needs, and who brings them.'
				},
				{
					nl: 'Spreek af wie zorgt dat ze opgeladen en bijgewerkt zijn.',
					en: 'Agree who makes sure they are charged and updated.'
				},
				{
					nl: 'Test vooraf of de apparaten van de partner op het wifi van de school werken.',
					en: 'Test beforehand whether the partner’s devices work on the school’s wifi.'
				}
			],
			priority: 'high',
			areas: ['privacy'],
			references: ['art-s-cool', 'whitepaper']
		}
	},
	{
		id: 'samen-telefoonafspraken',
		kind: 'together',
		when: eitherAtMost('telefoonafspraken', 1),
		advice: {
			title: {
				nl: 'Maak samen afspraken over telefoons in de les',
				en: 'Make agreements together about phones in the lesson'
			},
			text: {
				nl: 'Volgens de landelijke afspraak horen telefoons niet in de klas, behalve als de les ze nodig heeft. Minstens één van jullie heeft hier nog geen afspraken over die iedereen volgt. Als de partner een les met telefoons geeft, moet vooraf duidelijk zijn wanneer ze mogen.',
				en: 'Under the national agreement, phones do not belong in class unless the lesson needs them. At least one of you has no agreements on this yet that everyone follows. If the partner gives a lesson with phones, it must be clear beforehand when they are allowed.'
			},
			steps: [
				{
					nl: 'Leg samen vast in welk deel van de les een telefoon mag, en waarom.',
					en: 'Write down together in which part of the lesson a phone is allowed, and why.'
				},
				{
					nl: 'Spreek met de klas af hoe ze niet worden afgeleid door berichten.',
					en: 'Agree with the class how they will not be distracted by messages.'
				},
				{
					nl: 'Zorg voor een schoolapparaat voor wie geen telefoon heeft of wil gebruiken.',
					en: 'Have a school device ready for anyone who has no phone or does not want to use it.'
				}
			],
			priority: 'medium',
			areas: ['privacy'],
			references: ['telefoonafspraak', 'whitepaper']
		}
	},
	{
		id: 'samen-leraren-voorbereiden',
		kind: 'together',
		when: eitherAtMost('leraren-voorbereid', 1),
		advice: {
			title: {
				nl: 'Bereid de leraren samen voor',
				en: 'Prepare the teachers together'
			},
			text: {
				nl: 'Minstens één van jullie bereidt leraren nog niet, of alleen met een e-mail of document, voor op een digitale les. De leraar kent de klas en de partner kent de digitale aanpak. Samen voorbereiden helpt allebei.',
				en: 'At least one of you does not yet prepare teachers for a digital lesson, or only with an email or document. The teacher knows the class and the partner knows the digital approach. Preparing together helps both.'
			},
			steps: [
				{
					nl: 'Plan vóór de eerste les een moment waarop leraar en maker de les samen doorlopen.',
					en: 'Before the first lesson, plan a moment where teacher and maker go through the lesson together.'
				},
				{
					nl: 'Laat de leraar de apps en apparaten zelf uitproberen.',
					en: 'Let the teacher try out the apps and devices themselves.'
				},
				{
					nl: 'Spreek af wat de leraar doet en wat de maker doet tijdens de les.',
					en: 'Agree what the teacher does and what the maker does during the lesson.'
				}
			],
			priority: 'high',
			areas: ['voorbereiding'],
			references: ['whitepaper']
		}
	},
	{
		id: 'samen-rooster',
		kind: 'together',
		when: { school: atMost('ruimte-in-rooster', 1) },
		advice: {
			title: {
				nl: 'Plan het project samen in het rooster',
				en: 'Plan the project into the timetable together'
			},
			text: {
				nl: 'Op school is er nog geen vaste ruimte in het rooster voor digitale cultuurlessen. Een partner van buiten kan alleen goed plannen als hij vroeg weet wanneer, waar en met welke apparaten de les kan.',
				en: 'At school there is no fixed room in the timetable for digital arts lessons yet. A partner from outside can only plan well when they know early when, where and with which devices the lesson can take place.'
			},
			steps: [
				{
					nl: 'Geef de partner vroeg de data, het lokaal en de apparaten die er zijn.',
					en: 'Give the partner the dates, the room and the available devices early.'
				},
				{
					nl: 'Zet de lessen van het project in de jaarplanning, niet tussen andere lessen door.',
					en: 'Put the project’s lessons in the year plan, not squeezed between other lessons.'
				}
			],
			priority: 'medium',
			areas: ['voorbereiding'],
			references: ['whitepaper']
		}
	},
	{
		id: 'samen-vervolg',
		kind: 'together',
		when: eitherAtMost('vervolg', 1),
		advice: {
			title: {
				nl: 'Spreek af wat er na het project gebeurt',
				en: 'Agree what happens after the project'
			},
			text: {
				nl: 'Minstens één van jullie heeft nog geen vast vervolg na een digitale les of project. Als de partner weg is, ligt het vervolg bij de school. Spreek daarom vooraf af wie de vervolgles geeft en wat de school mag houden.',
				en: 'At least one of you has no fixed follow-up yet after a digital lesson or project. When the partner has gone, the follow-up lies with the school. So agree beforehand who gives the follow-up lesson and what the school may keep.'
			},
			steps: [
				{
					nl: 'Plan samen één vervolgles of vervolgopdracht, met een datum.',
					en: 'Plan one follow-up lesson or task together, with a date.'
				},
				{
					nl: 'Spreek af welk materiaal en welke apps de school na het project mag blijven gebruiken.',
					en: 'Agree which materials and apps the school may keep using after the project.'
				}
			],
			priority: 'medium',
			areas: ['voorbereiding', 'lange-termijn'],
			references: ['whitepaper']
		}
	},
	{
		id: 'samen-impactdoelen',
		kind: 'together',
		when: eitherAtMost('impactdoelen', 1),
		advice: {
			title: {
				nl: 'Kies samen wat het project leerlingen moet opleveren',
				en: 'Choose together what the project should give pupils'
			},
			text: {
				nl: 'Minstens één van jullie heeft nog geen doelen voor wat een project deelnemers of leerlingen moet opleveren, alleen voor wat er gemaakt wordt. Als jullie samen kiezen wat leerlingen na het project kunnen, weten of ervaren, letten jullie allebei op hetzelfde en kun je het later meten.',
				en: 'At least one of you has no goals yet for what a project should give participants or pupils, only for what will be made. If you choose together what pupils can do, know or experience after the project, you both watch the same thing and can measure it later.'
			},
			steps: [
				{
					nl: 'Schrijf samen twee of drie doelen op voor wat leerlingen na het project kunnen, weten of ervaren.',
					en: 'Write down together two or three goals for what pupils can do, know or experience after the project.'
				},
				{
					nl: 'Kies bij elk doel hoe jullie het merken, bijvoorbeeld met een korte vraag aan de klas.',
					en: 'For each goal, choose how you will notice it, for example with a short question to the class.'
				}
			],
			priority: 'high',
			areas: ['output-impact'],
			references: ['whitepaper']
		}
	},
	{
		id: 'samen-evalueren',
		kind: 'together',
		when: {
			any: [
				{ school: atMost('leerlingen-evalueren-mee', 1) },
				{ partner: atMost('leerlingen-evalueren-mee', 1) },
				{ school: atMost('opschrijven', 1) },
				{ partner: atMost('opschrijven', 1) }
			]
		},
		advice: {
			title: {
				nl: 'Evalueer samen, met de leerlingen erbij',
				en: 'Evaluate together, with the pupils'
			},
			text: {
				nl: 'Minstens één van jullie evalueert nog niet met leerlingen, of schrijft nog niet vast op wat jullie leren. Na een gezamenlijk project weet de school wat het in de klas deed, en de partner wat werkte in de aanpak. Alleen samen krijg je het hele beeld.',
				en: 'At least one of you does not yet evaluate with pupils, or does not yet write down what you learn. After a joint project, the school knows what it did in class, and the partner what worked in the approach. Only together do you get the whole picture.'
			},
			steps: [
				{
					nl: 'Plan één evaluatie met de leraar, de maker en een paar leerlingen.',
					en: 'Plan one evaluation with the teacher, the maker and a few pupils.'
				},
				{
					nl: 'Schrijf de uitkomst samen op, op een plek die jullie allebei kunnen vinden.',
					en: 'Write down the outcome together, in a place you can both find.'
				},
				{
					nl: 'Kies samen één ding dat jullie de volgende keer anders doen.',
					en: 'Choose together one thing you will do differently next time.'
				}
			],
			priority: 'high',
			areas: ['evaluatie'],
			references: ['whitepaper']
		}
	},
	{
		id: 'partner-brengt-lesinstructie',
		kind: 'partner-brings',
		when: {
			all: [
				{ partner: atLeast('digitale-lesinstructie', 3) },
				{ school: atMost('digitale-lesinstructie', 2) }
			]
		},
		advice: {
			title: {
				nl: 'De partner heeft duidelijke lesinstructies: gebruik ze op school',
				en: 'The partner has clear lesson instructions: use them at school'
			},
			text: {
				nl: 'De culturele partner heeft bij elke digitale les een duidelijke instructie. Op school is die er nog niet bij elke les. Begin met de instructies van de partner, en voeg toe wat jullie leraren en klassen nodig hebben.',
				en: 'The cultural partner has a clear instruction for every digital lesson. At school there is not one for every lesson yet. Start with the partner’s instructions, and add what your teachers and classes need.'
			},
			steps: [
				{
					nl: 'Vraag de partner om de instructies van de lessen in het project.',
					en: 'Ask the partner for the instructions of the lessons in the project.'
				},
				{
					nl: 'Laat een leraar ze lezen en zeggen wat er voor de klas nog mist.',
					en: 'Let a teacher read them and say what is still missing for the class.'
				}
			],
			priority: 'medium',
			areas: ['voorbereiding'],
			references: ['whitepaper']
		}
	},
	{
		id: 'partner-brengt-makers',
		kind: 'partner-brings',
		when: {
			all: [
				{ partner: atLeast('makers-in-de-klas', 3) },
				{ school: { fact: 'answer', question: 'vaardigheid', operator: 'in', value: [1, 2] } }
			]
		},
		advice: {
			title: {
				nl: 'De makers van de partner kunnen leraren laten zien hoe het gaat',
				en: 'The partner’s makers can show teachers how it is done'
			},
			text: {
				nl: 'De makers en docenten van de partner weten hoe je een digitale les in een klas begeleidt. Op school vindt nog niet iedere leraar de digitale middelen makkelijk. Leraren leren het snelst door eerst mee te doen met een maker. Bij Art-S-Cool werd de drempel om zelf een workshop te geven daardoor lager.',
				en: 'The partner’s makers and teachers know how to guide a digital lesson in a class. At school, not every teacher finds the digital tools easy yet. Teachers learn fastest by first joining in with a maker. At Art-S-Cool, this made the step to giving a workshop yourself smaller.'
			},
			steps: [
				{
					nl: 'Laat de leraar in de eerste les meedoen met de maker.',
					en: 'Let the teacher join in with the maker in the first lesson.'
				},
				{
					nl: 'Laat de leraar de volgende keer zelf een deel van de les geven, met de maker erbij.',
					en: 'Next time, let the teacher give part of the lesson, with the maker present.'
				}
			],
			priority: 'medium',
			areas: ['docenten'],
			references: ['art-s-cool']
		}
	},
	{
		id: 'school-brengt-technische-hulp',
		kind: 'school-brings',
		when: {
			all: [{ school: atLeast('technische-hulp', 3) }, { partner: atMost('technische-hulp', 2) }]
		},
		advice: {
			title: {
				nl: 'De school heeft snelle technische hulp: spreek af dat die er ook is voor de partner',
				en: 'The school has quick technical help: agree that it is there for the partner too'
			},
			text: {
				nl: 'De school heeft een vast aanspreekpunt dat snel helpt als de techniek het niet doet. Bij de partner komt hulp nog niet altijd snel. Tijdens een les op school is de hulp van de school het dichtstbij.',
				en: 'The school has a fixed contact who helps quickly when the technology fails. At the partner, help does not always come quickly yet. During a lesson at school, the school’s help is the closest.'
			},
			steps: [
				{
					nl: 'Vraag of het aanspreekpunt van de school ook helpt als de partner op school lesgeeft.',
					en: 'Ask whether the school’s contact also helps when the partner teaches at school.'
				},
				{
					nl: 'Geef de makers van de partner de naam en het nummer van dat aanspreekpunt.',
					en: 'Give the partner’s makers the name and number of that contact.'
				}
			],
			priority: 'medium',
			areas: ['docenten'],
			references: ['whitepaper']
		}
	},
	{
		id: 'school-brengt-meedenkers',
		kind: 'school-brings',
		when: {
			all: [{ school: atLeast('samen-ontwerpen', 3) }, { partner: atMost('samen-ontwerpen', 2) }]
		},
		advice: {
			title: {
				nl: 'De school wil meedenken: haal leraren en leerlingen aan tafel',
				en: 'The school wants to think along: bring teachers and pupils to the table'
			},
			text: {
				nl: 'Op school denken leraren en leerlingen mee over het ontwerp van digitale lessen. Bij de partner mogen leraren nu hooguit reageren op een plan. Bij Art-S-Cool zaten leerkrachten en docenten samen in een werkgroep. Zij weten wat in de klas werkt.',
				en: 'At school, teachers and pupils help design digital lessons. At the partner, teachers may at most react to a plan now. At Art-S-Cool, school teachers and arts teachers sat together in a working group. They know what works in class.'
			},
			steps: [
				{
					nl: 'Nodig een leraar en een paar leerlingen uit bij het ontwerp van dit project.',
					en: 'Invite a teacher and a few pupils to the design of this project.'
				},
				{
					nl: 'Laat ze een eerste versie uitproberen voordat de hele klas het doet.',
					en: 'Let them try a first version before the whole class does it.'
				}
			],
			priority: 'medium',
			areas: ['betrek-doelgroep'],
			references: ['art-s-cool', 'design-thinking']
		}
	}
];
