/** Every interface text in English; the shape is checked against the Dutch source. */
import type { DictionaryShape } from '../translate';
import type { nl } from './nl';

export const en: DictionaryShape<typeof nl> = {
	app: {
		name: 'Digicheck',
		tagline: 'How digitally ready is your organisation for cultural education?',
		titleSuffix: 'Digicheck'
	},
	shell: {
		skipLink: 'Skip to content',
		homeLink: 'Digicheck, go to the start page',
		mainNav: 'Main menu',
		languageSwitch: 'Nederlands',
		languageSwitchLabel: 'Schakel over naar Nederlands',
		footerPrivacy:
			'Your answers stay on this device. We use no cookies, no tracking, and we send nothing to a server.',
		footerSource:
			'Based on the checklist "12 digitalisation recommendations" from the CultuurSchakel white paper Digitalisering in de cultuursector.',
		menu: 'Menu',
		footerNav: 'More information'
	},
	nav: {
		start: 'Start',
		check: 'The check',
		questions: 'All questions',
		scoring: 'How we score',
		results: 'Results'
	},
	start: {
		title: 'How digitally ready is your organisation?',
		startButton: 'Start the check',
		openFileTitle: 'Do you already have an answers file?',
		openFile:
			'For example from a colleague, or from a check on another device. Open it here; it stays on this device.',
		resumeButton: 'Continue where you were',
		restartButton: 'Start again'
	},
	error: {
		notFoundTitle: 'This page does not exist',
		notFound:
			'Perhaps the address was mistyped, or the page has moved. Your answers are not lost: they are still on this device.',
		otherTitle: 'Something went wrong',
		other: 'Please try reloading the page. Your answers are still on this device.',
		home: 'Go to the start page'
	},
	common: {
		cancel: 'Cancel',
		close: 'Close',
		loading: 'Loading…',
		required: 'required',
		optional: 'optional',
		choose: 'Choose…',
		score: 'Score',
		outOf100: '{score} out of 100'
	},
	profile: {
		title: 'About your organisation',
		intro:
			'These questions do not count towards the score. They make sure the questions and advice fit your organisation.',
		errorSummary: 'Something is still missing:',
		nameRequired: 'Fill in the name of your organisation or school.',
		audienceRequired: 'Choose whether you are a school or a cultural organisation.',
		next: 'Continue to the questions'
	},
	area: {
		position: 'Topic {n} of {total}',
		recommendationLabel: 'The recommendation from the checklist',
		whyLabel: 'Why does this matter?',
		levelLabel: 'Level {n}',
		unknown: 'I don’t know',
		notApplicable: 'Not applicable',
		answerHint:
			'Choose “I don’t know” if you do not know the answer: the report then shows what you can still find out. Choose “Not applicable” if the question does not concern you: that question then does not count.',
		noteLabel: 'Explanation or evidence, for whoever reads the report',
		noteHelp:
			'Optional. For example: what you already do, or where it is written down. This goes into your report under this topic. At most 1,000 characters.',
		previousShort: 'Previous',
		previousRest: ' topic',
		nextShort: 'Next',
		nextRest: ' topic',
		answerHintTitle: 'Don’t know, or does a question not apply to you?',
		backShort: 'Back',
		backRest: ' to profile',
		toReview: 'Go to review',
		areaProgress: '{answered} of {total} questions answered in this topic',
		noAudience:
			'You have not chosen yet whether you are a school or a cultural organisation. The questions are now worded for cultural organisations.',
		noAudienceLink: 'Choose in your profile',
		navigation: 'Go to another topic'
	},
	progress: {
		label: 'Progress',
		answered: '{answered} of {total} questions answered',
		saved: 'Your answer has been saved on this device.',
		savedInMemory: 'Your answer has been kept, but only while this window stays open.',
		overviewTitle: 'All topics',
		areaDone: 'done',
		areaCount: '{answered}/{total}',
		profileStep: 'Profile',
		reviewStep: 'Review',
		resultStep: 'Results'
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
	},
	storage: {
		unavailableTitle: 'Your answers are not being saved',
		unavailable:
			'This browser does not let Digicheck save anything, for example in a private window. You can still finish the check. Save your answers as a file or download the report before you close this window.',
		quota:
			'There is no more room to save your answers on this device. You can continue, but save your answers as a file before you close this window.'
	},
	wipe: {
		button: 'Delete my data',
		title: 'Delete all data?',
		confirm:
			'This deletes your answers, your profile and your language choice from this device. This cannot be undone. Want to keep them? Then first save your answers as a file.',
		yes: 'Yes, delete everything',
		download: 'First download my answers',
		done: 'Your data has been deleted from this device.'
	},
	questions: {
		title: 'All questions',
		intro:
			'Here is the whole questionnaire, so that anyone can read and review it. Where the wording for schools differs from that for cultural organisations, you see both versions.',
		version: 'Questionnaire version: {version}',
		forCultural: 'For cultural organisations',
		forSchool: 'For schools',
		onlyFor: 'Only for: {audience}',
		weight: 'Weight in the score: {weight}',
		freeText: 'Free text',
		levelsLabel: 'Answer options',
		help: 'Explanation',
		profileTitle: 'Questions about your organisation',
		profileIntro: 'These questions do not count towards the score.',
		toc: 'Contents'
	},
	scoring: {
		title: 'How we score',
		intro:
			'Digicheck does not judge your organisation. The score shows where you stand, so that you can choose what to tackle first. This is how we calculate it:',
		levelsTitle: 'From answer to points',
		levelsText: 'Every answer is a level from 0 to 4. It is converted into points:',
		levelColumn: 'Level',
		pointsColumn: 'Points',
		weightsTitle: 'Some questions weigh more',
		weightsText:
			'Most questions have weight 1. Questions that matter extra weigh more: {weights}. A cultural organisation gets {culturalTotal} questions, {culturalHeavy} of them heavier; a school {schoolTotal}, {schoolHeavy} of them heavier. The page All questions shows the weight of every question.',
		areaTitle: 'The score per topic',
		areaText:
			'The score of a topic is the weighted average of the points of the answered questions. “I don’t know” does not count in the average, but we do count how often you choose it.',
		unknownText:
			'Did you choose “I don’t know” for half or more of a topic’s questions? Then you see “not enough information” instead of a score, with the advice to find out first how things stand. Such a topic does not count as zero.',
		notApplicableText:
			'“Not applicable” is different from “I don’t know”. A question that does not concern you is left out completely: not in the score, not in the advice.',
		criticalText:
			'For a few questions, “I don’t know” matters on its own: {questions}. Then “find this out first” is at the top of your advice.',
		overallTitle: 'The overall score and level',
		overallText:
			'The overall score is the mean of the topics that have a score. That is only possible when at least {min} of the 12 topics have a score. With fewer, you see “not enough information”: no overall score, no level and no track. The overall score comes with a level:',
		bandColumn: 'Level',
		rangeColumn: 'Overall score',
		range: '{min} to under {max}',
		rangeTop: '{min} up to and including 100',
		verdictTitle: 'Strength or point for attention',
		verdictText:
			'A topic with a score of {strong} or more is a strength. Below {weak} it needs attention first. In between, you are making progress. If no topic reaches {strong}, we name the {relative} strongest topics “relatively strong”.',
		adviceTitle: 'How the advice is made',
		adviceText:
			'The advice comes from {count} rules. Each rule looks at your scores, your answers and your profile. For example: “a school where pupils use their own phones and apps are not checked”. With every piece of advice you see which answers led to it.',
		rankingText:
			'The order: first what matters most, then a topic below the target you chose yourself, then where the gap to your target (or to 100) is largest, and when equal, first what takes little effort.',
		trackTitle: 'Which track fits?',
		trackText:
			'A cultural organisation gets advice on a track. Experience counts first: an organisation that never ran a digital project fits a starters’ track; one that took part in a programme before fits a follow-up track. Then it counts whether the basics are in place. The starters’ track fits when one of these is missing, or when the overall score is below {min}:',
		schoolText:
			'Digitalisation programmes are meant for cultural organisations. So a school gets advice of its own: is the school ready to run a digital project with a cultural partner, or must something be arranged first? This must be arranged first:',
		provisionalText:
			'If a question that decides the advice is still open, or you chose “I don’t know”, and the answer could change the advice, then the advice is provisional and names that question.',
		tracksTitle: 'The tracks',
		monotoneText:
			'The calculation is always the same: the same answers give the same result, and a higher answer never gives a lower score.'
	},
	results: {
		title: 'Your results',
		intro:
			'The results of {name}. Of the {total} questions: {known} with a level, {unknown} “I don’t know”, {na} “not applicable” and {open} open.',
		noAnswers: 'You have not answered any questions yet. Start the check to see your results.',
		overallTitle: 'Overall picture',
		overallScore: 'Overall score',
		level: 'Level',
		noScore: 'No score yet',
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
			'Too few topics have a score for an overall picture: {scored} of the 12, and at least {min} are needed. Still without a score: {areas}.',
		provisional: 'Provisional advice',
		undecided: 'No advice yet',
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
		planEmpty: 'Nothing planned for this period.',
		trackTitle: 'Which track suits you?',
		trackMore: 'More about this advice',
		keepTitle: 'Keep and share',
		downloadPdf: 'Download report (PDF)',
		downloadHtml: 'Download as a web page',
		preparingPdf: 'Creating the report…',
		pdfReady: 'The report has been downloaded.',
		pdfFailed: 'The report could not be created. Please try again.',
		exportAnswers: 'Save answers as a file',
		importAnswers: 'Open answers from a file',
		importHint: 'Or drag the file onto this page.',
		importFailed: 'This file could not be opened. Your own answers have not changed.',
		print: 'Print',
		changeAnswers: 'Change answers',
		meta: '{priority} · {effort} · {horizon} · who: {owner}'
	}
};
