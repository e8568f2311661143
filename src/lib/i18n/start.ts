/** The start page's texts, in both languages: build-time page data, not in every page's dictionary. */
import type { LocalizedText } from '../content/ids';

export const startTexts = {
	intro: {
		nl: 'Met Digicheck kijk je hoe ver jouw organisatie is met digitale cultuureducatie. Je beantwoordt vragen over 12 onderwerpen. Daarna krijg je een advies op maat dat je als PDF kunt bewaren.',
		en: 'With Digicheck you find out how far your organisation has come with digital cultural education. You answer questions on 12 topics. Then you get tailored advice that you can keep as a PDF.'
	},
	forWhoTitle: {
		nl: 'Voor wie?',
		en: 'Who is it for?'
	},
	forWho: {
		nl: 'Voor culturele organisaties, zoals musea, theaters, kunstencentra en makerscollectieven. En voor scholen die willen weten hoe zij digitale cultuureducatie aanpakken.',
		en: 'For cultural organisations, such as museums, theatres, arts centres and artists’ collectives. And for schools that want to know how they approach digital cultural education.'
	},
	howLongTitle: {
		nl: 'Hoe lang duurt het?',
		en: 'How long does it take?'
	},
	howLong: {
		nl: 'De snelle scan: 12 vragen, ongeveer {quickMinutes} minuten. De volledige check: {questions} vragen, ongeveer {minutes} minuten. Elke vraag heeft vijf korte beschrijvingen om uit te kiezen. Je kunt altijd stoppen: je antwoorden worden na elke vraag bewaard, en je gaat later verder waar je was.',
		en: 'The quick scan: 12 questions, about {quickMinutes} minutes. The full check: {questions} questions, about {minutes} minutes. Each question has five short descriptions to choose from. You can stop at any time: your answers are saved after every question, and you continue later where you left off.'
	},
	newLead: {
		nl: 'Nieuw hier? Begin met de snelle scan.',
		en: 'New here? Start with the quick scan.'
	},
	doneLead: {
		nl: 'Je check op dit apparaat is af: alle {total} vragen zijn beantwoord.',
		en: 'Your check on this device is complete: all {total} questions are answered.'
	},
	seeResults: { nl: 'Bekijk je resultaat', en: 'See your results' },
	haveFileTitle: { nl: 'Ik heb al een bestand', en: 'I already have a file' },
	compare: { nl: 'Vergelijk twee checks', en: 'Compare two checks' },
	compareText: {
		nl: 'Zie wat er veranderd is sinds een eerdere check, bijvoorbeeld na een jaar.',
		en: 'See what has changed since an earlier check, for example after a year.'
	},
	privacyTitle: {
		nl: 'Wat gebeurt er met je antwoorden?',
		en: 'What happens to your answers?'
	},
	privacy: {
		nl: 'Je antwoorden blijven op dit apparaat, in je eigen browser. Er is geen account nodig. Niemand anders ziet ze, tenzij je zelf een bestand of rapport deelt.',
		en: 'Your answers stay on this device, in your own browser. No account is needed. Nobody else sees them, unless you share a file or report yourself.'
	},
	whatYouGetTitle: {
		nl: 'Wat krijg je?',
		en: 'What do you get?'
	},
	whatYouGet1: {
		nl: 'Een score per onderwerp en een totaalbeeld in een webgrafiek.',
		en: 'A score per topic and an overall picture in a radar chart.'
	},
	whatYouGet2: {
		nl: 'Je sterke punten, wat het eerst aandacht nodig heeft en snelle winst.',
		en: 'Your strengths, what needs attention first, and quick wins.'
	},
	whatYouGet3: {
		nl: 'Concrete stappen en een advies over welk traject bij je past.',
		en: 'Concrete steps and advice on which programme track suits you.'
	},
	whatYouGet4: {
		nl: 'Een rapport als PDF, om mee te sturen met een aanvraag.',
		en: 'A PDF report to attach to an application.'
	},
	basedOn: {
		nl: 'De vragen komen uit de checklist van 12 aanbevelingen in de whitepaper Digitalisering in de cultuursector van CultuurSchakel (Den Haag).',
		en: 'The questions come from the checklist of 12 recommendations in the white paper Digitalisering in de cultuursector by CultuurSchakel (The Hague).'
	},
	resumeInfo: {
		nl: 'Je hebt al een check op dit apparaat: {answered} van de {total} vragen beantwoord.',
		en: 'There is already a check on this device: {answered} of {total} questions answered.'
	},
	restartConfirm: {
		nl: 'Weet je zeker dat je opnieuw wilt beginnen? Je huidige antwoorden worden dan gewist.',
		en: 'Are you sure you want to start again? Your current answers will be deleted.'
	},
	restartConfirmYes: {
		nl: 'Ja, wis en begin opnieuw',
		en: 'Yes, delete and start again'
	},
	restartConfirmNo: {
		nl: 'Nee, houd mijn antwoorden',
		en: 'No, keep my answers'
	}
} satisfies Record<string, LocalizedText>;
