/**
 * "Regel eerst dit": one advice per precondition of the track verdict (tracks.ts, knockouts and
 * schoolKnockouts). Each fires exactly when its precondition is missing, and its title says the
 * same thing as the verdict, as something to do, so the verdict's "Regel eerst dit" is action 1
 * in the same words (issue #27.4). These are Digicheck's own preconditions, not the white
 * paper's; "Hoe we scoren" says so. A content test checks the pairing and the shared words.
 */
import type { Audience } from '../ids';
import type { Rule } from '../rules-schema';
import { trackDecision } from '../tracks';
import {
	alone,
	asksOthers,
	director,
	isCultural,
	isSchool,
	notAlone,
	notDirector
} from './conditions';

/** The id of the advice that does what a precondition asks. */
export const preconditionRuleId = (audience: Audience, knockout: string) =>
	audience === 'school' ? `voorwaarde-school-${knockout}` : `voorwaarde-${knockout}`;

type Advice = Rule['advice'];

/**
 * The advice for one precondition: it fires exactly when the verdict's knockout holds (its
 * condition is the knockout's own, for this audience), it is essential and for now, and it
 * claims the answer levels the knockout reads (so claims and condition cannot drift apart).
 */
function precondition(
	audience: Audience,
	knockout: string,
	advice: Omit<Advice, 'priority' | 'horizon' | 'claims'>
): Rule {
	const knockouts = audience === 'school' ? trackDecision.schoolKnockouts : trackDecision.knockouts;
	const found = knockouts.find((k) => k.id === knockout);
	const leaf = found?.when;
	if (!leaf || !('fact' in leaf) || leaf.fact !== 'answer' || typeof leaf.value !== 'number')
		throw new Error(`precondition ${knockout}: no knockout on one answer for ${audience}`);
	const upTo = leaf.value;
	const levels = leaf.operator === 'lte' ? [0, 1, 2, 3, 4].filter((l) => l <= upTo) : [upTo];
	return {
		id: preconditionRuleId(audience, knockout),
		kind: 'cross',
		when: { all: [audience === 'school' ? isSchool : isCultural, leaf] },
		advice: {
			...advice,
			priority: 'essential',
			horizon: 'now',
			claims: [{ question: leaf.question, levels }]
		}
	};
}

export const preconditionRules: Rule[] = [
	precondition('cultural-organisation', 'geen-tijd', {
		title: {
			nl: 'Maak tijd vrij om te onderzoeken en uit te proberen',
			en: 'Set aside time to research and try things out'
		},
		text: {
			nl: 'Er is nu geen tijd vrijgemaakt om digitale mogelijkheden te onderzoeken en uit te proberen. Juist daar gaat in een digitaal project de meeste tijd naartoe, zegt de whitepaper.',
			en: 'No time has been set aside yet to research and try out digital options. That is exactly where most of the time in a digital project goes, the white paper says.'
		},
		steps: [
			{
				when: alone,
				text: {
					nl: 'Zet elke maand een vast dagdeel in je agenda om een digitaal idee uit te proberen.',
					en: 'Put a fixed half-day in your diary every month to try out a digital idea.'
				}
			},
			{
				when: { all: [director, notAlone] },
				text: {
					nl: 'Geef één of twee medewerkers vaste uren om uit te proberen, bijvoorbeeld een dagdeel per maand.',
					en: 'Give one or two staff members fixed hours to try things out, for example a half-day a month.'
				}
			},
			{
				when: asksOthers,
				text: {
					nl: 'Vraag de directie om vaste uren om uit te proberen, bijvoorbeeld een dagdeel per maand.',
					en: 'Ask management for fixed hours to try things out, for example a half-day a month.'
				}
			},
			{
				nl: 'Zet die uren in de jaarplanning, zodat ze niet verdwijnen als het druk wordt.',
				en: 'Put those hours in the year plan, so they do not disappear when it gets busy.'
			}
		],
		effort: 'medium',
		owner: 'directie',
		areas: ['tijd-en-middelen'],
		references: ['whitepaper']
	}),
	precondition('cultural-organisation', 'geen-budget', {
		title: {
			nl: 'Reserveer geld voor digitale projecten',
			en: 'Set money aside for digital projects'
		},
		text: {
			nl: 'Er is nu geen geld voor digitale projecten gereserveerd. Een klein vast bedrag maakt al een eerste stap mogelijk.',
			en: 'No money has been set aside for digital projects yet. A small fixed amount already makes a first step possible.'
		},
		steps: [
			{
				when: alone,
				text: {
					nl: 'Zet een klein bedrag apart voor je eerste digitale project, en zoek een subsidie of opdracht die de rest betaalt.',
					en: 'Put a small amount aside for your first digital project, and look for a grant or commission that pays the rest.'
				}
			},
			{
				when: notAlone,
				text: {
					nl: 'Zet voor volgend jaar een eigen bedrag voor digitale projecten in de begroting, ook als het klein is.',
					en: 'Put an amount of its own for digital projects in next year’s budget, even if it is small.'
				}
			},
			{
				nl: 'Schrijf bij elk plan op hoeveel uren het kost: ook je eigen uren zijn kosten.',
				en: 'Write down for every plan how many hours it takes: your own hours are costs too.'
			}
		],
		effort: 'medium',
		owner: 'directie',
		areas: ['tijd-en-middelen'],
		references: ['whitepaper']
	}),
	precondition('school', 'geen-tijd', {
		title: {
			nl: 'Geef leraren tijd om digitale lessen uit te proberen',
			en: 'Give teachers time to try out digital lessons'
		},
		text: {
			nl: 'Leraren krijgen nu geen tijd om digitale lessen uit te proberen. Zonder die tijd lukt een digitaal project met een culturele partner niet: de meeste tijd gaat naar zoeken en proberen.',
			en: 'Teachers do not get time yet to try out digital lessons. Without that time a digital project with a cultural partner will not work: most of the time goes into searching and trying.'
		},
		steps: [
			{
				when: director,
				text: {
					nl: 'Geef één of twee leraren taakuren om digitale lessen uit te proberen, bijvoorbeeld een middag per maand.',
					en: 'Give one or two teachers task hours to try out digital lessons, for example an afternoon a month.'
				}
			},
			{
				when: notDirector,
				text: {
					nl: 'Vraag de schoolleiding om taakuren voor één of twee leraren, bijvoorbeeld een middag per maand.',
					en: 'Ask school management for task hours for one or two teachers, for example an afternoon a month.'
				}
			},
			{
				nl: 'Zet die uren in de jaarplanning, zodat ze niet verdwijnen als het druk wordt.',
				en: 'Put those hours in the year plan, so they do not disappear when it gets busy.'
			}
		],
		effort: 'medium',
		owner: 'directie',
		areas: ['tijd-en-middelen'],
		references: []
	}),
	precondition('school', 'apps-niet-gecontroleerd', {
		title: {
			nl: 'Laat apps vast controleren op wat ze met gegevens van leerlingen doen',
			en: 'Have apps checked as a rule for what they do with pupils’ data'
		},
		text: {
			nl: 'Apps worden nu niet vast gecontroleerd voordat leerlingen ze gebruiken. De AVG vraagt dat wel, en in een project met een culturele partner komen er nieuwe apps bij.',
			en: 'Apps are not yet checked as a rule before pupils use them. The GDPR does ask for that, and a project with a cultural partner brings in new apps.'
		},
		steps: [
			{
				nl: 'Spreek af wie op school apps controleert, bijvoorbeeld de privacy- of ict-coördinator.',
				en: 'Agree who checks apps at school, for example the privacy or ICT coordinator.'
			},
			{
				nl: 'Maak een lijst van de apps die nu in de les gebruikt worden, en laat die eerst controleren.',
				en: 'List the apps used in lessons now, and have those checked first.'
			},
			{
				nl: 'Gebruik tot dan alleen apps zonder account voor leerlingen.',
				en: 'Until then, use only apps without an account for pupils.'
			}
		],
		effort: 'low',
		owner: 'privacy',
		areas: ['privacy'],
		references: []
	}),
	precondition('school', 'geen-apparaten', {
		title: {
			nl: 'Kijk of alle leerlingen een geschikt apparaat kunnen gebruiken',
			en: 'Check whether every pupil can use a suitable device'
		},
		text: {
			nl: 'Er is nog niet gekeken of alle leerlingen in de les een geschikt apparaat kunnen gebruiken. Dat moet je weten voordat je een digitale les plant, zodat niemand buiten de les valt.',
			en: 'Nobody has yet checked whether every pupil can use a suitable device in class. You need to know that before you plan a digital lesson, so that nobody is left out.'
		},
		steps: [
			{
				nl: 'Tel per groep hoeveel leerlingen in de les een geschikt apparaat kunnen gebruiken.',
				en: 'Count per class how many pupils can use a suitable device in the lesson.'
			},
			{
				nl: 'Zoek voor wie er geen heeft een oplossing: schoolapparaten, lenen of werken in tweetallen.',
				en: 'Find a solution for those without one: school devices, borrowing or working in pairs.'
			}
		],
		effort: 'low',
		owner: 'team',
		areas: ['privacy'],
		references: []
	}),
	precondition('school', 'geen-trekker', {
		title: {
			nl: 'Zoek iemand die digitale projecten trekt',
			en: 'Find someone to lead digital projects'
		},
		text: {
			nl: 'Er is nog niemand die digitale projecten trekt. Een culturele partner heeft op school één aanspreekpunt nodig, met uren om het te doen.',
			en: 'There is nobody yet who leads digital projects. A cultural partner needs one contact person at school, with hours to do it.'
		},
		steps: [
			{
				nl: 'Vraag de cultuur- of ict-coördinator of een enthousiaste leraar om het te trekken.',
				en: 'Ask the arts or ICT coordinator, or a keen teacher, to lead it.'
			},
			{
				nl: 'Geef die persoon uren en een korte opdracht op papier: wat, met wie en tot wanneer.',
				en: 'Give that person hours and a short written brief: what, with whom and until when.'
			}
		],
		effort: 'low',
		owner: 'directie',
		areas: ['tijd-en-middelen'],
		references: []
	})
];
