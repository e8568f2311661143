import type { Area } from '../schema';

export const duurzaam = {
	id: 'duurzaam',
	number: 12,
	title: {
		nl: 'Denk duurzaam en pluk het laaghangend fruit',
		en: 'Think sustainably and pick the low-hanging fruit'
	},
	shortTitle: { nl: 'Duurzaam', en: 'Sustainable' },
	recommendation: {
		nl: 'Investeer niet van de ene op de andere dag in dure digitale oplossingen of een specialistische provider. Kijk eerst wat er al is, wat je gemakkelijk in kunt zetten en wat je zo nodig ook gemakkelijk zelf kunt aanpassen.',
		en: 'Do not invest overnight in expensive digital solutions or a specialist provider. First look at what already exists, what you can easily use and what you can easily adapt yourself if needed.'
	},
	explanation: {
		nl: '“Digitalisering hoeft helemaal niet duur of ingewikkeld te zijn”, zeiden deelnemers. Escher in het Paleis bouwde een eerste prototype van een app met een quizmodule in het eigen CMS. Wie eerst gebruikt wat er al is en tools kiest die je zelf kunt aanpassen, houdt geld over en blijft onafhankelijk.',
		en: '“Digitalisation does not have to be expensive or complicated at all”, participants said. Escher in het Paleis built a first app prototype with a quiz module in its own CMS. If you first use what already exists and choose tools you can adapt yourself, you save money and stay independent.'
	},
	questions: [
		{
			id: 'eerst-kijken-wat-er-is',
			statement: {
				nl: 'Voordat we iets kopen of laten maken, kijken we wat er al is en wat we zelf kunnen inzetten.',
				en: 'Before we buy something or have it made, we look at what already exists and what we can use ourselves.'
			},
			weight: 1.5,
			audiences: ['cultural-organisation', 'school'],
			quickScan: true,
			levels: [
				{
					nl: 'We kopen of bestellen meteen wat ons goed lijkt.',
					en: 'We buy or order straight away whatever seems good.'
				},
				{
					nl: 'Soms kijken we eerst rond, maar niet vaak.',
					en: 'Sometimes we look around first, but not often.'
				},
				{
					nl: 'We kijken eerst rond bij grote aankopen.',
					en: 'We look around first for big purchases.'
				},
				{
					nl: 'We kijken altijd eerst wat er al is, ook gratis of bij partners.',
					en: 'We always look first at what exists, including free options or at partners.'
				},
				{
					nl: 'Dit is een vaste stap, en we delen elk jaar wat we vonden met anderen.',
					en: 'This is a fixed step, and every year we share what we found with others.'
				}
			]
		},
		{
			id: 'betaalbaar',
			statement: {
				nl: 'We kiezen tools die betaalbaar blijven, ook op lange termijn (licenties en abonnementen).',
				en: 'We choose tools that stay affordable, also in the long run (licences and subscriptions).'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Daar letten we niet op.', en: 'We do not pay attention to that.' },
				{
					nl: 'We merken de kosten pas als de rekening komt.',
					en: 'We notice the costs only when the bill arrives.'
				},
				{
					nl: 'We kijken naar de prijs nu, niet naar later.',
					en: 'We look at the price now, not later.'
				},
				{
					nl: 'We rekenen de kosten voor meerdere jaren door voordat we kiezen.',
					en: 'We work out the costs for several years before we choose.'
				},
				{
					nl: 'We hebben een overzicht van alle kosten, en bekijken het elk jaar.',
					en: 'We have an overview of all costs, and review it every year.'
				}
			]
		},
		{
			id: 'zelf-aanpassen',
			statement: {
				nl: 'We kunnen onze digitale middelen zelf aanpassen, zonder steeds een dure leverancier nodig te hebben.',
				en: 'We can adapt our digital tools ourselves, without always needing an expensive supplier.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Daar hebben we niet naar gekeken.', en: 'We have not looked at that.' },
				{
					nl: 'Voor elke kleine wijziging hebben we een leverancier nodig.',
					en: 'For every small change we need a supplier.'
				},
				{
					nl: 'Kleine dingen kunnen we zelf, maar weinig.',
					en: 'We can do a few small things ourselves.'
				},
				{
					nl: 'We kunnen de meeste aanpassingen zelf doen.',
					en: 'We can make most changes ourselves.'
				},
				{
					nl: 'We kiezen bewust tools die we zelf kunnen aanpassen, en houden die kennis in huis.',
					en: 'We deliberately choose tools we can adapt ourselves, and keep that knowledge in-house.'
				}
			]
		},
		{
			id: 'hergebruik',
			statement: {
				nl: 'Wat we maken, kunnen we opnieuw gebruiken of delen, zoals lesmateriaal of een vaste opzet voor een les.',
				en: 'What we make can be reused or shared, such as teaching material or a standard lesson format.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{
					nl: 'Alles wordt één keer gebruikt.',
					en: 'Everything is used once.'
				},
				{
					nl: 'We gebruiken soms iets opnieuw, als we het nog kunnen vinden.',
					en: 'We sometimes reuse something, if we can still find it.'
				},
				{
					nl: 'We gebruiken materiaal opnieuw, maar passen het weinig aan.',
					en: 'We reuse material, but rarely adapt it.'
				},
				{
					nl: 'We maken materiaal zo dat het opnieuw te gebruiken en aan te passen is.',
					en: 'We make material so that it can be reused and adapted.'
				},
				{
					nl: 'We delen ons materiaal ook met anderen, en werken het elk jaar bij.',
					en: 'We also share our material with others, and update it every year.'
				}
			]
		},
		{
			id: 'ai-tools',
			statement: {
				nl: 'We zetten AI-tools bewust in als hulpmiddel, zoals voor beeld of tekst.',
				en: 'We use AI tools deliberately as an aid, such as for images or text.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Daar hebben we nog niet naar gekeken.', en: 'We have not looked at that yet.' },
				{
					nl: 'Iemand probeert weleens iets.',
					en: 'Someone tries something now and then, without talking about it.'
				},
				{
					nl: 'We gebruiken een paar AI-tools, zonder afspraken.',
					en: 'We use a few AI tools, without agreements.'
				},
				{
					nl: 'We kiezen bewust welke tools, en letten op privacy.',
					en: 'We choose deliberately which tools we use for what, and mind privacy.'
				},
				{
					nl: 'Dit is vast: we delen wat werkt en kijken er elk jaar naar.',
					en: 'This is fixed: we share what works and review it every year.'
				}
			]
		}
	]
} satisfies Area;
