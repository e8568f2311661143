import type { Area } from '../schema';

export const outputImpact = {
	id: 'output-impact',
	number: 9,
	title: {
		nl: 'Maak onderscheid tussen output en impact',
		en: 'Distinguish between output and impact'
	},
	shortTitle: { nl: 'Output en impact', en: 'Output and impact' },
	recommendation: {
		nl: 'Benadruk het verschil tussen het projectresultaat en de impact ervan voor de deelnemers.',
		en: 'Stress the difference between the project result and its impact for the participants.'
	},
	explanation: {
		nl: 'Een app, 50 filmpjes of 30 lesplannen zijn output: wat je maakt. Impact is wat het verandert voor deelnemers: leren ze iets, voelen ze zich zekerder, doen er groepen mee die anders niet meedoen? Wie dat verschil kent, kiest beter en kan het uitleggen.',
		en: 'An app, 50 videos or 30 lesson plans are output: what you make. Impact is what it changes for participants: do they learn something, do they feel more confident, do groups take part that otherwise would not? If you know that difference, you can choose, report and apply for funding better.'
	},
	questions: [
		{
			id: 'impactdoelen',
			statement: {
				'cultural-organisation': {
					nl: 'We weten wat een digitaal project moet veranderen voor deelnemers, niet alleen wat we gaan maken.',
					en: 'We know what a digital project should change for participants, not only what we are going to make.'
				},
				school: {
					nl: 'We weten wat een digitaal project moet veranderen voor leerlingen, niet alleen wat we gaan maken.',
					en: 'We know what a digital project should change for pupils, not only what we are going to make.'
				}
			},
			weight: 1.5,
			audiences: ['cultural-organisation', 'school'],
			quickScan: true,
			levels: [
				{ nl: 'We hebben geen doelen opgeschreven.', en: 'We have not written down any goals.' },
				{
					nl: 'We hebben alleen doelen voor wat we maken, zoals een app of filmpjes.',
					en: 'We only have goals for what we make, such as an app or videos.'
				},
				{
					nl: 'We noemen ook wat het de deelnemers moet opleveren, maar vaag.',
					en: 'We also mention what it should bring participants, but vaguely.'
				},
				{
					nl: 'We hebben duidelijke doelen voor wat deelnemers leren of ervaren.',
					en: 'We have clear goals for what participants learn or experience.'
				},
				{
					nl: 'Impactdoelen staan in elk plan, en we kijken elk jaar of we ze halen.',
					en: 'Impact goals are in every plan, and every year we check whether we reach them.'
				}
			]
		},
		{
			id: 'output-en-impact-apart',
			statement: {
				nl: 'We beschrijven de stappen van wat we maken (output) naar wat het deelnemers oplevert (impact).',
				en: 'We describe the steps from what we make (output) to what it brings participants (impact).'
			},
			help: {
				nl: 'Bijvoorbeeld: 3 lessen en 40 filmpjes (output) → 120 leerlingen deden mee (bereik) → ze lezen Shakespeare liever zo (ervaring) → ze durven zelf een scène te spelen (impact). STET vroeg leerlingen ernaar: 90% werkte liever zo dan met pen en papier.',
				en: 'For example: 3 lessons and 40 videos (output) → 120 pupils took part (reach) → they prefer reading Shakespeare this way (experience) → they dare to act a scene themselves (impact). STET asked pupils: 90% preferred this to pen and paper.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'We maken geen verslag.', en: 'We do not write a report.' },
				{
					nl: 'We tellen alleen output: lessen, filmpjes, bezoekers.',
					en: 'We only count output: lessons, videos, visitors.'
				},
				{
					nl: 'We noemen impact, maar zonder de stappen ertussen of voorbeelden.',
					en: 'We mention impact, but without the steps in between or examples.'
				},
				{
					nl: 'We beschrijven de stappen van output naar impact, met voorbeelden.',
					en: 'We describe the steps from output to impact, with examples.'
				},
				{
					nl: 'Dit doen we in al onze verslagen, en we gebruiken het om plannen aan te passen.',
					en: 'We do this in all our reports, and use it to adjust plans.'
				}
			]
		},
		{
			id: 'ervaring-ophalen',
			statement: {
				nl: 'We vragen op een eenvoudige manier hoe deelnemers een digitale activiteit ervaren, met een paar vragen of een kort gesprek.',
				en: 'We ask in a simple way how participants experience a digital activity, with a few questions or a short conversation.'
			},
			help: {
				nl: 'Topaze stelde jongeren na de VR-ervaring een paar vragen. Zo zagen ze dat de jongeren nieuwsgierig werden en zelf aan de slag wilden.',
				en: 'Topaze asked young people a few questions after the VR experience. That showed them the young people became curious and wanted to get started themselves.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Dat vragen we niet.', en: 'We do not ask.' },
				{
					nl: 'We letten op de sfeer, maar vragen niets.',
					en: 'We notice the atmosphere, but do not ask anything.'
				},
				{ nl: 'We vragen het soms.', en: 'We sometimes ask.' },
				{
					nl: 'We vragen het na elke activiteit, met dezelfde vragen.',
					en: 'We ask after every activity, with the same questions.'
				},
				{
					nl: 'We vragen het altijd, vergelijken over de jaren en gebruiken het in onze plannen.',
					en: 'We always ask, compare over the years and use it in our plans.'
				}
			]
		},
		{
			id: 'nieuwe-groepen',
			statement: {
				nl: 'We weten of we met digitale middelen ook groepen bereiken die anders niet meedoen.',
				en: 'We know whether our digital work also reaches groups that would otherwise not take part.'
			},
			weight: 1,
			audiences: ['cultural-organisation', 'school'],
			levels: [
				{ nl: 'Daar hebben we niet naar gekeken.', en: 'We have not looked at that.' },
				{
					nl: 'We denken van wel, maar weten het niet.',
					en: 'We think so, but we do not know.'
				},
				{
					nl: 'We hebben er één keer naar gekeken.',
					en: 'We have looked at it once.'
				},
				{
					nl: 'We houden bij wie we bereiken en wie niet.',
					en: 'We keep track of whom we reach and whom we do not.'
				},
				{
					nl: 'We kijken er elk jaar naar en passen ons aanbod erop aan.',
					en: 'We look at it every year and adjust our offer accordingly.'
				}
			]
		},
		{
			id: 'sociale-media',
			statement: {
				nl: 'We gebruiken sociale media om ons publiek te bereiken, en kijken wat het oplevert.',
				en: 'We use social media to reach and involve our audience, and look at what it brings.'
			},
			weight: 1,
			audiences: ['cultural-organisation'],
			levels: [
				{ nl: 'Dat doen we niet.', en: 'We do not do that.' },
				{ nl: 'We plaatsen soms iets, zonder plan.', en: 'We post now and then, without a plan.' },
				{
					nl: 'We plaatsen vaak iets, maar kijken niet wat het oplevert.',
					en: 'We post often, but do not look at what it brings.'
				},
				{
					nl: 'We hebben een plan, en kijken wat het oplevert.',
					en: 'We have a plan for whom and which channels, and look at what it brings.'
				},
				{
					nl: 'Ons publiek doet online mee; het plan passen we elk jaar aan.',
					en: 'Our audience takes part online too, and we adjust the plan every year.'
				}
			]
		}
	]
} satisfies Area;
