/** The English texts of the results and the review; the shape is checked against the Dutch. */
import type { DictionaryShape } from '../translate';
import type { nlReport } from './nl-report';

export const enReport: DictionaryShape<typeof nlReport> = {
	results: {
		title: 'Your results',
		intro:
			'The results of {name}. Of the {total} questions: {known} with a level, {unknown} “I don’t know”, {na} “not applicable” and {open} open.',
		/** Where the intro names the organisation and none was given. */
		noName: 'your organisation',
		noAnswers: 'You have not answered any questions yet. Start the check to see your results.',
		overallTitle: 'Overall picture',
		overallScore: 'Overall score',
		level: 'Level',
		noScore: 'Not enough information',
		chartTitle: 'Scores per topic',
		chartLabel:
			'Radar chart with the score per topic. The numbers match the table. Without a score (–) the line is broken: that is not a zero.',
		tableCaption: 'Score per topic',
		areaColumn: 'Topic',
		scoreColumn: 'Score',
		statusColumn: 'Meaning',
		strengthsTitle: 'Your strengths',
		noStrengths: 'No topic has a score yet.',
		relativeStrengths:
			'No topic has a score of {min} or more yet. These are your relatively strongest topics:',
		insufficientOverall:
			'Topics with a score: {scored} of the 12. An overall picture needs at least {min}.',
		/** Opens the level's meaning (folded on a phone). */
		levelMore: 'What does this level mean?',
		/** Opens the list of topics without a score, when there is no overall picture. */
		missingAreas: 'Which topics have no score yet?',
		provisional: 'Provisional advice',
		schoolTitle: 'Ready for a digital project?',
		noteLabel: 'Your explanation',
		planWho: 'Who: {owner}',
		prioritiesTitle: 'Tackle first',
		quickWinsTitle: 'Quick wins (low-hanging fruit)',
		quickWinsIntro: 'These give a lot for little effort.',
		noQuickWins: 'No quick wins found.',
		areasTitle: 'Advice per topic',
		noAdviceForArea: 'No separate advice: this is going well.',
		whyTitle: 'Why do I see this advice?',
		stepsTitle: 'What can you do?',
		referencesTitle: 'Read more',
		planTitle: 'Action plan',
		planIntro:
			'The most important advice, seven at most, spread over time: start small, and start at the top. The other advice is with its topic.',
		planNowAbove: 'The actions under ‘Tackle first’ above, in that order.',
		planEmpty: 'Nothing planned for this period.',
		planLink: 'From advice to plan: make a project plan for your first digital project',
		trackTitle: 'Which track suits you?',
		trackMore: 'More about this advice',
		keepTitle: 'Keep and share',
		downloadPdf: 'Download report (PDF)',
		downloadHtml: 'Download as a web page',
		preparingPdf: 'Creating the report…',
		pdfReady: 'The report has been downloaded.',
		pdfFailed: 'The report could not be created. Please try again.',
		exportAnswers: 'Save answers as a file',
		print: 'Print',
		changeAnswers: 'Change answers',
		meta: '{priority} · {effort} · {horizon} · who: {owner}'
	},
	review: {
		title: 'Review',
		intro:
			'Here you see which questions are still open. You can go back to any topic to add or change something.',
		allDone: 'You have answered all questions. Well done!',
		openCount: '{count} questions still open',
		openCountOne: '1 question still open',
		areaOpen: '{count} open',
		areaComplete: 'All answered',
		toResults: 'See your results',
		resultsAnyway:
			'You can also go to your results now. Open questions then do not count towards the score.',
		profileMissing: 'Your profile is not complete yet.',
		profileLink: 'Complete your profile'
	}
};
