/**
 * Question-level steps: for each question, the first step to take when it was answered at level
 * 0 or 1. An area's advice starts from these, so two organisations with the same area score but
 * different gaps get different steps. Where a step has variants, the first whose `when` holds
 * for this respondent is shown (for example a one-person organisation, or a director).
 */
import type { Step } from '../rules-schema';
import { alone, director, newcomer } from './conditions';

export const questionSteps: Record<string, Step[]> = {
	'overzicht-middelen': [
		{
			when: newcomer,
			text: {
				nl: 'Schrijf op wat je al in huis hebt en digitaal kunt gebruiken: telefoons, een laptop, een beamer, een website.',
				en: 'Write down what you already have that could be used digitally: phones, a laptop, a projector, a website.'
			}
		},
		{
			nl: 'Zet alle digitale middelen in één lijst: apparaten, apps en accounts, website en lesmateriaal.',
			en: 'Put all your digital tools in one list: devices, apps and accounts, website and teaching material.'
		}
	],
	'gebruik-geevalueerd': [
		{
			nl: 'Zet bij elk digitaal middel hoe vaak het het afgelopen jaar gebruikt is, en of het werkte.',
			en: 'For each digital tool, note how often it was used last year, and whether it worked.'
		}
	],
	'verbeteren-voor-nieuw': [
		{
			nl: 'Stel bij elk nieuw idee eerst de vraag: kunnen we iets wat we al hebben verbeteren?',
			en: 'For every new idea, first ask: can we improve something we already have?'
		}
	],
	'durven-stoppen': [
		{
			nl: 'Kies één digitaal middel dat bijna niemand gebruikt, en spreek een datum af om ermee te stoppen.',
			en: 'Choose one digital tool that hardly anyone uses, and set a date to stop using it.'
		}
	],
	'budget-digitaal': [
		{
			when: director,
			text: {
				nl: 'Neem in de volgende begroting een eigen regel op voor digitale projecten, ook als het bedrag klein is.',
				en: 'Include a separate line for digital projects in the next budget, even if the amount is small.'
			}
		},
		{
			when: alone,
			text: {
				nl: 'Zet in je eigen jaarbegroting een vast bedrag apart voor digitaal werk, en reken het mee in je tarieven.',
				en: 'Set aside a fixed amount for digital work in your own annual budget, and include it in your rates.'
			}
		},
		{
			nl: 'Vraag de leiding om een eigen regel voor digitale projecten in de volgende begroting, en neem een kostenschatting mee.',
			en: 'Ask management for a separate line for digital projects in the next budget, and bring a cost estimate.'
		}
	],
	'eigen-uren': [
		{
			nl: 'Schat bij je volgende digitale project de eigen uren voor zoeken, proberen en testen, en zet ze in de begroting.',
			en: 'For your next digital project, estimate your own hours for searching, trying and testing, and put them in the budget.'
		}
	],
	'tijd-voor-onderzoek': [
		{
			when: alone,
			text: {
				nl: 'Blok elke maand een vaste halve dag in je agenda om digitale mogelijkheden uit te proberen.',
				en: 'Block a fixed half day in your diary every month to try out digital options.'
			}
		},
		{
			when: director,
			text: {
				nl: 'Geef één collega vaste uren per maand om digitale mogelijkheden te onderzoeken en uit te proberen.',
				en: 'Give one colleague fixed hours per month to research and try out digital options.'
			}
		},
		{
			'cultural-organisation': {
				nl: 'Vraag de leiding om vaste uren per maand om digitale mogelijkheden uit te proberen.',
				en: 'Ask management for fixed hours per month to try out digital options.'
			},
			school: {
				nl: 'Vraag de schoolleiding om taakuren voor leraren die digitale cultuurlessen willen uitproberen.',
				en: 'Ask school management for task hours for teachers who want to try out digital arts lessons.'
			}
		}
	],
	trekker: [
		{
			when: alone,
			text: {
				nl: 'Jij bent de trekker: zet je digitale werk als vast project in je planning, met eigen uren.',
				en: 'You are the lead: put your digital work in your planning as a fixed project, with its own hours.'
			}
		},
		{
			nl: 'Wijs één trekker aan voor digitale projecten, en zet de uren daarvoor in de planning.',
			en: 'Appoint one lead for digital projects, and put the hours for it in the planning.'
		}
	],
	'kleine-stappen': [
		{
			nl: 'Knip je grootste digitale plan in stappen van hooguit een maand, en kies de eerste.',
			en: 'Cut your biggest digital plan into steps of at most a month, and choose the first one.'
		}
	],
	'eerst-uitproberen': [
		{
			'cultural-organisation': {
				nl: 'Probeer je volgende digitale idee eerst uit met één groep, voordat je het breed aanbiedt.',
				en: 'Try your next digital idea with one group first, before you offer it widely.'
			},
			school: {
				nl: 'Probeer de volgende digitale cultuurles eerst uit in één klas, voordat de hele school meedoet.',
				en: 'Try the next digital arts lesson in one class first, before the whole school joins.'
			}
		}
	],
	'praktisch-boven-complex': [
		{
			nl: 'Zoek voor je volgende idee de eenvoudigste oplossing die werkt, bijvoorbeeld een telefoon in plaats van een eigen app.',
			en: 'For your next idea, find the simplest solution that works, for example a phone instead of an app of your own.'
		}
	],
	'stap-gezet': [
		{
			when: newcomer,
			text: {
				nl: 'Kies één klein digitaal experiment dat je binnen een maand kunt doen, zoals Topaze met één VR-bril begon.',
				en: 'Choose one small digital experiment you can do within a month, as Topaze started with one VR headset.'
			}
		},
		{
			nl: 'Zet dit kwartaal één kleine digitale stap die echt af komt, en vertel het team wat het opleverde.',
			en: 'This quarter, take one small digital step that really gets finished, and tell the team what it brought.'
		}
	],
	'behoeften-vooraf': [
		{
			'cultural-organisation': {
				nl: 'Vraag vóór je volgende digitale project vijf deelnemers of leraren wat ze nodig hebben.',
				en: 'Before your next digital project, ask five participants or teachers what they need.'
			},
			school: {
				nl: 'Vraag vóór de volgende digitale cultuurles een paar leerlingen en leraren wat ze nodig hebben.',
				en: 'Before the next digital arts lesson, ask a few pupils and teachers what they need.'
			}
		}
	],
	testmomenten: [
		{
			nl: 'Plan twee vaste testmomenten in je volgende project: één met een schets, één met een eerste versie.',
			en: 'Plan two fixed test moments in your next project: one with a sketch, one with a first version.'
		}
	],
	'aanpak-vanuit-gebruiker': [
		{
			nl: 'Werk je volgende project uit in de vijf stappen van Design Thinking: je inleven in de eindgebruiker, het probleem bepalen, ideeën verzinnen, een prototype maken en het ontwerp testen.',
			en: 'Work out your next project in the five steps of Design Thinking: empathise with the end user, define the problem, come up with ideas, make a prototype and test the design.'
		}
	],
	'samen-ontwerpen': [
		{
			'cultural-organisation': {
				nl: 'Nodig twee leraren van een partnerschool uit om mee te denken over je volgende digitale aanbod.',
				en: 'Invite two teachers from a partner school to help shape your next digital offer.'
			},
			school: {
				nl: 'Vraag de culturele partner om de volgende digitale les samen met leraren en leerlingen te ontwerpen.',
				en: 'Ask the cultural partner to design the next digital lesson together with teachers and pupils.'
			}
		}
	],
	toegankelijk: [
		{
			nl: 'Laat je digitale aanbod testen door iemand met een beperking of weinig digitale ervaring, en pas aan wat misgaat.',
			en: 'Have your digital offer tested by someone with a disability or little digital experience, and fix what goes wrong.'
		}
	],
	'uitleg-gegevens': [
		{
			nl: 'Schrijf in gewone taal op welke gegevens je deelt, met wie en waarom, en geef het vooraf aan ouders.',
			en: 'Write down in plain language which data you share, with whom and why, and give it to parents beforehand.'
		}
	],
	'apps-gecontroleerd': [
		{
			'cultural-organisation': {
				nl: 'Zet bij elke app die je met leerlingen gebruikt: welke gegevens, waar opgeslagen, en vanaf welke leeftijd.',
				en: 'For each app you use with pupils, note: which data, stored where, and from what age.'
			},
			school: {
				nl: 'Laat de privacy- of ict-coördinator elke app van de cultuurlessen controleren op gegevens en leeftijdsgrens.',
				en: 'Have the privacy or ICT coordinator check every app used in arts lessons for data and age limits.'
			}
		}
	],
	telefoonafspraken: [
		{
			'cultural-organisation': {
				nl: 'Vraag elke school vooraf hoe zij de telefoonafspraak toepassen, en zeg wanneer jouw les een apparaat nodig heeft.',
				en: 'Ask each school beforehand how they apply the phone agreement, and say when your lesson needs a device.'
			},
			school: {
				nl: 'Zet in de schoolregels wanneer een digitale cultuurles een uitzondering is op de telefoonafspraak.',
				en: 'State in the school rules when a digital arts lesson is an exception to the phone agreement.'
			}
		}
	],
	'toestemming-beeld': [
		{
			'cultural-organisation': {
				nl: 'Vraag vóór een activiteit toestemming voor beeld, en geef wie beelden maakt een lijst van wie nee zei.',
				en: 'Ask for consent for images before an activity, and give whoever takes pictures a list of who said no.'
			},
			school: {
				nl: 'Geef de begeleider van elke digitale les de lijst van leerlingen die niet in beeld mogen.',
				en: 'Give whoever leads a digital lesson the list of pupils who may not be filmed or photographed.'
			}
		}
	],
	'apparaten-voor-iedereen': [
		{
			'cultural-organisation': {
				nl: 'Zorg voor een paar eigen tablets of laptops, zodat niemand zijn eigen telefoon hoeft te gebruiken.',
				en: 'Arrange a few tablets or laptops of your own, so nobody has to use their own phone.'
			},
			school: {
				nl: 'Tel hoeveel geschikte apparaten er zijn per klas, en regel een leenset voor digitale cultuurlessen.',
				en: 'Count the suitable devices per class, and arrange a loan set for digital arts lessons.'
			}
		}
	],
	'digitale-lesinstructie': [
		{
			when: newcomer,
			text: {
				nl: 'Maak bij je eerste digitale les meteen een lesbrief van één pagina, zodat een leraar hem ook kan geven.',
				en: 'With your first digital lesson, make a one-page lesson sheet straight away, so a teacher can give it too.'
			}
		},
		{
			nl: 'Maak voor je meest gegeven digitale les een lesbrief van één pagina of een korte video.',
			en: 'For your most frequently given digital lesson, make a one-page lesson sheet or a short video.'
		}
	],
	'leraren-voorbereid': [
		{
			'cultural-organisation': {
				nl: 'Plan vóór elke digitale les een kort gesprek of video voor de leraar: wat gebeurt er, en wat moet de leraar doen?',
				en: 'Before each digital lesson, plan a short talk or video for the teacher: what will happen, and what must the teacher do?'
			},
			school: {
				nl: 'Laat elke leraar de digitale les eerst zelf een keer doorlopen, samen met de culturele partner.',
				en: 'Let every teacher go through the digital lesson once themselves first, together with the cultural partner.'
			}
		}
	],
	'deelnemers-voorbereid': [
		{
			nl: 'Stuur een week vooraf een kort bericht: wat gaan we doen, en wat moet je meenemen of klaarzetten?',
			en: 'Send a short message a week beforehand: what will we do, and what should you bring or prepare?'
		}
	],
	vervolg: [
		{
			nl: 'Geef elke digitale les een vervolgopdracht mee die de leraar zonder jou kan doen.',
			en: 'Give every digital lesson a follow-up task the teacher can do without you.'
		}
	],
	'ruimte-in-rooster': [
		{
			nl: 'Reserveer in het rooster vaste blokken voor digitale cultuurlessen, met een lokaal en apparaten die klaarstaan.',
			en: 'Reserve fixed slots in the timetable for digital arts lessons, with a room and devices ready.'
		}
	],
	motivatie: [
		{
			nl: 'Laat een collega die enthousiast is in een teamoverleg tien minuten laten zien wat een digitale les opleverde.',
			en: 'Have an enthusiastic colleague show in a team meeting, in ten minutes, what a digital lesson brought.'
		}
	],
	vaardigheid: [
		{
			when: alone,
			text: {
				nl: 'Oefen met één digitaal middel tot je het zonder handleiding kunt uitleggen, voordat je het in een les gebruikt.',
				en: 'Practise one digital tool until you can explain it without a manual, before you use it in a lesson.'
			}
		},
		{
			nl: 'Laat docenten een digitaal middel eerst zelf gebruiken in een korte workshop, voordat ze het in een les inzetten.',
			en: 'Let teachers use a digital tool themselves in a short workshop first, before they use it in a lesson.'
		}
	],
	training: [
		{
			when: alone,
			text: {
				nl: 'Zoek één korte cursus of een maatje bij een andere organisatie om een digitaal middel onder de knie te krijgen.',
				en: 'Find one short course, or a buddy at another organisation, to master a digital tool.'
			}
		},
		{
			nl: 'Plan dit jaar twee korte trainingen voor wie digitale methoden wil leren gebruiken.',
			en: 'Plan two short training sessions this year for those who want to learn digital methods.'
		}
	],
	'technische-hulp': [
		{
			nl: 'Zet op één kaartje wie je belt als de techniek het niet doet, en leg het bij de apparaten.',
			en: 'Put on one card who to call when the technology fails, and keep it with the devices.'
		}
	],
	'makers-in-de-klas': [
		{
			when: alone,
			text: {
				nl: 'Loop eerst een digitale les mee met een ervaren leraar, en let op groepsgrootte, niveau en tijd.',
				en: 'First shadow an experienced teacher in a digital lesson, and watch group size, level and time.'
			}
		},
		{
			nl: 'Laat wie bij jullie digitale lessen geeft er eerst één meelopen met een ervaren leraar, en let op groepsgrootte, niveau en tijd.',
			en: 'Let whoever gives your digital lessons first shadow one with an experienced teacher, and watch group size, level and time.'
		}
	],
	bijhouden: [
		{
			nl: 'Volg één nieuwsbrief of netwerk over digitale cultuureducatie, en deel elke maand één tip.',
			en: 'Follow one newsletter or network on digital cultural education, and share one tip every month.'
		}
	],
	'kennis-delen': [
		{
			when: alone,
			text: {
				nl: 'Schrijf na elk digitaal project drie dingen op die je hebt geleerd, en deel ze met een vakgenoot.',
				en: 'After each digital project, write down three things you learned, and share them with a peer.'
			}
		},
		{
			nl: 'Maak in elk teamoverleg vijf minuten vrij voor één ding dat iemand leerde over een digitale tool.',
			en: 'Set aside five minutes in every team meeting for one thing someone learned about a digital tool.'
		}
	],
	uitproberen: [
		{
			nl: 'Probeer elk kwartaal één nieuwe tool uit in een uur, zonder dat het meteen moet lukken.',
			en: 'Every quarter, try one new tool for an hour, without it having to work straight away.'
		}
	],
	'leren-van-anderen': [
		{
			nl: 'Bezoek dit seizoen één organisatie die al digitaal werkt, en vraag wat ze anders zouden doen.',
			en: 'This season, visit one organisation that already works digitally, and ask what they would do differently.'
		}
	],
	'ethiek-ai': [
		{
			nl: 'Bespreek samen één vraag: welke gegevens en welk werk laten we nooit aan een AI-tool over, en waarom?',
			en: 'Discuss one question together: which data and which work do we never hand to an AI tool, and why?'
		}
	],
	impactdoelen: [
		{
			'cultural-organisation': {
				nl: 'Schrijf voor je volgende project in één zin op wat deelnemers na afloop anders doen, denken of kunnen.',
				en: 'For your next project, write in one sentence what participants will do, think or be able to do differently afterwards.'
			},
			school: {
				nl: 'Schrijf voor de volgende digitale cultuurles in één zin op wat leerlingen daarna anders doen, denken of kunnen.',
				en: 'For the next digital arts lesson, write in one sentence what pupils will do, think or be able to do differently afterwards.'
			}
		}
	],
	'output-en-impact-apart': [
		{
			nl: 'Zet in je volgende verslag vier kopjes: wat we maakten, wie meededen, hoe ze het ervoeren, wat het veranderde.',
			en: 'Use four headings in your next report: what we made, who took part, how they experienced it, what it changed.'
		}
	],
	'ervaring-ophalen': [
		{
			'cultural-organisation': {
				nl: 'Stel na de volgende digitale activiteit een paar korte vragen aan de deelnemers, zoals Topaze deed.',
				en: 'After the next digital activity, ask participants a few short questions, as Topaze did.'
			},
			school: {
				nl: 'Stel na de volgende digitale les een paar korte vragen aan de leerlingen, zoals Topaze deed.',
				en: 'After the next digital lesson, ask the pupils a few short questions, as Topaze did.'
			}
		}
	],
	'nieuwe-groepen': [
		{
			'cultural-organisation': {
				nl: 'Tel bij je volgende digitale activiteit hoeveel deelnemers nieuw zijn, en vraag hoe ze erbij kwamen.',
				en: 'At your next digital activity, count how many participants are new, and ask how they found it.'
			},
			school: {
				nl: 'Kijk bij je volgende digitale les welke leerlingen anders weinig met kunst en cultuur doen, en vraag hen wat hen aansprak.',
				en: 'At your next digital lesson, notice which pupils otherwise do little with arts and culture, and ask them what appealed to them.'
			}
		}
	],
	'past-bij-missie': [
		{
			nl: 'Leg je digitale plannen naast je missie, en schrap wat er niet bij past.',
			en: 'Put your digital plans next to your mission, and drop what does not fit.'
		}
	],
	meerjarenplan: [
		{
			when: { any: [director, alone] },
			text: {
				nl: 'Schrijf een plan van één pagina voor drie jaar: waar willen we staan, en wat doen we elk jaar?',
				en: 'Write a one-page plan for three years: where do we want to be, and what do we do each year?'
			}
		},
		{
			nl: 'Stel de leiding voor om samen een plan van één pagina voor drie jaar te schrijven.',
			en: 'Suggest to management that you write a one-page plan for three years together.'
		}
	],
	'durven-bijsturen': [
		{
			nl: 'Spreek bij de start van een project af wanneer je stopt of bijstuurt, bijvoorbeeld na de eerste test.',
			en: 'At the start of a project, agree when you will stop or change course, for example after the first test.'
		}
	],
	'blijft-bestaan': [
		{
			nl: 'Wijs voor elk digitaal aanbod een eigenaar aan, en spreek af wie het onderhoud betaalt als de subsidie stopt.',
			en: 'Appoint an owner for each digital offer, and agree who pays for upkeep when the grant ends.'
		}
	],
	meebewegen: [
		{
			nl: 'Bespreek één keer per jaar wat er verandert in techniek, onderwijs en samenleving, en wat dat voor je plan betekent.',
			en: 'Once a year, discuss what is changing in technology, education and society, and what it means for your plan.'
		}
	],
	'leerlingen-evalueren-mee': [
		{
			nl: 'Vraag na de volgende digitale les drie leerlingen wat ze ervan vonden en wat beter kan.',
			en: 'After the next digital lesson, ask three pupils what they thought of it and what could be better.'
		}
	],
	opschrijven: [
		{
			when: alone,
			text: {
				nl: 'Houd per project één document bij met wat je leerde, zodat je het bij een volgend project terugvindt.',
				en: 'Keep one document per project with what you learned, so you can find it for the next project.'
			}
		},
		{
			nl: 'Schrijf na elk digitaal project op één pagina op wat werkte en wat niet, en bewaar het op een vaste plek.',
			en: 'After each digital project, write on one page what worked and what did not, and keep it in a fixed place.'
		}
	],
	'uitkomsten-delen': [
		{
			nl: 'Deel de uitkomst van je laatste evaluatie met je partners, in een korte mail of een gesprek.',
			en: 'Share the outcome of your last evaluation with your partners, in a short email or a conversation.'
		}
	],
	'evaluatie-gebruiken': [
		{
			nl: 'Kies uit je laatste evaluatie één verbetering, en voer die uit vóór de volgende keer.',
			en: 'Choose one improvement from your last evaluation, and carry it out before the next time.'
		}
	],
	'eerst-kijken-wat-er-is': [
		{
			nl: 'Kijk vóór een aankoop eerst of een gratis tool of iets wat je al hebt het ook kan.',
			en: 'Before a purchase, first check whether a free tool or something you already have can do it.'
		}
	],
	betaalbaar: [
		{
			nl: 'Reken voor elke tool uit wat die over drie jaar kost, met licenties en abonnementen.',
			en: 'For each tool, work out what it costs over three years, including licences and subscriptions.'
		}
	],
	'zelf-aanpassen': [
		{
			nl: 'Kies bij een volgende tool er een die je zelf kunt aanpassen, zonder leverancier.',
			en: 'For your next tool, choose one you can adapt yourself, without a supplier.'
		}
	],
	hergebruik: [
		{
			nl: 'Maak van je beste digitale les een vaste opzet die jij en anderen opnieuw kunnen gebruiken.',
			en: 'Turn your best digital lesson into a fixed format that you and others can reuse.'
		}
	],
	partners: [
		{
			'cultural-organisation': {
				nl: 'Zet met één partner op papier wat ieder van jullie goed kan, en kies één project waarin jullie elkaar aanvullen.',
				en: 'With one partner, write down what each of you is good at, and choose one project in which you complement each other.'
			},
			school: {
				nl: 'Zet met je culturele partner op papier wat de school en de partner ieder goed kunnen, en kies één project waarin jullie elkaar aanvullen.',
				en: 'With your cultural partner, write down what the school and the partner are each good at, and choose one project in which you complement each other.'
			}
		}
	],
	afleiding: [
		{
			nl: 'Spreek bij de volgende digitale les met de leerlingen af wat er met meldingen gebeurt, bijvoorbeeld meldingen uit of vliegtuigstand.',
			en: 'At the next digital lesson, agree with the pupils what happens to notifications, for example notifications off or flight mode.'
		}
	],
	'sociale-media': [
		{
			nl: 'Kies één groep die je wilt bereiken en één kanaal dat zij gebruiken, en kijk na drie maanden wat het opleverde.',
			en: 'Choose one group you want to reach and one channel they use, and after three months look at what it brought.'
		}
	],
	'ai-tools': [
		{
			when: alone,
			text: {
				nl: 'Probeer één gratis AI-tool uit voor een klus die je vaak doet, en schrijf op wat je er nooit in zet.',
				en: 'Try one free AI tool for a task you often do, and write down what you will never put into it.'
			}
		},
		{
			nl: 'Probeer met twee collega’s één gratis AI-tool uit voor een klus die jullie vaak doen, en spreek af wat je er wel en niet in zet.',
			en: 'With two colleagues, try one free AI tool for a task you often do, and agree what you will and will not put into it.'
		}
	]
};
