/**
 * The assessment the user is filling in: the answers file, kept in `$state`, saved to
 * localStorage after every change. Scores and advice are derived elsewhere, never stored.
 */
import { getContext, setContext } from 'svelte';
import { content, questionsFor } from '../content/index';
import type { AreaId } from '../content/schema';
import type { AnswersFile, AnswerValue, FileProblem, Profile } from '../engine/answers';
import { answersLimits, audienceOf, emptyAnswersFile, updateProfile } from '../engine/answers-file';
import type { Locale } from '../i18n/locales';
import { answersKey, corruptKey, loadSaved, nowIso, serialize } from './persistence';
import { getStorage, removeAllOwnItems, removeItem, writeItem } from './storage';

export type StorageState = 'ok' | 'unavailable' | 'quota';

export class Assessment {
	file = $state<AnswersFile>(emptyAnswersFile('nl'));
	/** Whether the saved check has been read (pages wait for it to avoid a flash of wrong wording). */
	loaded = $state(false);
	/** Whether the last save reached localStorage. */
	storage = $state<StorageState>('ok');
	/** A save that could not be read, kept aside for download. */
	unreadable = $state<{ raw: string; problems: FileProblem[] } | null>(null);
	/** True right after "delete my data", until the next answer: the layout confirms it. */
	wiped = $state(false);
	/** Increases with every saved answer, so a live region can announce it. */
	saveCount = $state(0);

	/** The audience whose wording applies. */
	audience = $derived(audienceOf(this.file.profile));
	/** Number of questions for this audience. */
	total = $derived(content.areas.reduce((n, a) => n + questionsFor(a, this.audience).length, 0));
	/** Number of those questions answered (a level or "do not know"). */
	answered = $derived(
		content.areas.reduce(
			(n, a) =>
				n +
				questionsFor(a, this.audience).filter((q) => this.file.answers[q.id] !== undefined).length,
			0
		)
	);
	/** Whether there is anything worth resuming. */
	hasProgress = $derived(this.answered > 0 || this.file.profile.name.trim() !== '');
	/** Where "continue where you were" leads: the profile, the first area with open questions, or the review. */
	resumePath = $derived.by(() => {
		if (!this.profileComplete) return '/profiel/';
		const open = content.areas.find((a) =>
			questionsFor(a, this.audience).some((q) => this.file.answers[q.id] === undefined)
		);
		return open ? `/check/${open.id}/` : '/nakijken/';
	});
	/** Whether the profile has what the check needs. */
	profileComplete = $derived(
		this.file.profile.name.trim() !== '' && this.file.profile.audience !== undefined
	);

	/**
	 * Reads the saved check from localStorage; call once in the browser. The validator is
	 * loaded here, after the page is on screen, rather than with the page itself.
	 */
	async load(locale: Locale): Promise<void> {
		const { parseAnswersText } = await import('../engine/answers');
		const store = getStorage();
		if (!store) {
			this.storage = 'unavailable';
			this.file = emptyAnswersFile(locale);
			this.loaded = true;
			return;
		}
		const outcome = loadSaved(store, parseAnswersText);
		if (outcome.kind === 'loaded') this.file = outcome.file;
		else this.file = emptyAnswersFile(locale);
		this.unreadable =
			outcome.kind === 'unreadable' ? { raw: outcome.raw, problems: outcome.problems } : null;
		this.loaded = true;
	}

	/** Answered count of one area. */
	areaProgress(id: AreaId): { answered: number; total: number } {
		const area = content.areas.find((a) => a.id === id);
		const questions = area ? questionsFor(area, this.audience) : [];
		return {
			answered: questions.filter((q) => this.file.answers[q.id] !== undefined).length,
			total: questions.length
		};
	}

	/** Records one answer and saves. */
	setAnswer(questionId: string, value: AnswerValue): void {
		this.file.answers[questionId] = value;
		this.save();
	}

	/** Records the respondent's note for an area (empty removes it) and saves. */
	setNote(areaId: AreaId, text: string): void {
		const note = text.slice(0, answersLimits.maxNoteLength);
		const notes = { ...this.file.notes };
		if (note.trim() === '') delete notes[areaId];
		else notes[areaId] = note;
		this.file.notes = notes;
		this.save();
	}

	/** Changes profile fields and saves. */
	setProfile(patch: Partial<Profile>): void {
		this.file.profile = updateProfile(this.file.profile, patch);
		this.save();
	}

	/** Remembers the language in the file (exports open in it), without counting as an answer. */
	setLocale(locale: Locale): void {
		if (this.file.locale === locale) return;
		this.file.locale = locale;
		if (this.hasProgress) this.persist();
	}

	/** Replaces the whole check with a file the user opened; returns the problems if it is not valid. */
	async importText(
		text: string
	): Promise<{ ok: true; warnings: FileProblem[] } | { ok: false; problems: FileProblem[] }> {
		const { parseAnswersText } = await import('../engine/answers');
		const parsed = parseAnswersText(text);
		if (!parsed.ok) return parsed;
		this.file = parsed.value;
		this.save();
		return { ok: true, warnings: parsed.warnings };
	}

	/** Starts a new, empty check (after the user confirmed). */
	restart(locale: Locale): void {
		this.file = emptyAnswersFile(locale);
		removeItem(answersKey);
		this.saveCount = 0;
	}

	/** Removes the kept-aside unreadable save. */
	discardUnreadable(): void {
		removeItem(corruptKey);
		this.unreadable = null;
	}

	/** Deletes everything Digicheck stored on this device. */
	wipeAll(locale: Locale): void {
		removeAllOwnItems();
		this.file = emptyAnswersFile(locale);
		this.unreadable = null;
		this.saveCount = 0;
		this.wiped = true;
	}

	/** The answers file as text, for "save as file". */
	toText(): string {
		return serialize(this.file);
	}

	private save(): void {
		this.wiped = false;
		this.file.savedAt = nowIso();
		this.persist();
		this.saveCount++;
	}

	private persist(): void {
		const result = writeItem(answersKey, serialize($state.snapshot(this.file) as AnswersFile));
		this.storage = result.ok ? 'ok' : result.reason;
	}
}

const key = Symbol('assessment');

/** Provides the assessment to the component tree (the root layout calls this). */
export function setAssessmentContext(assessment: Assessment): Assessment {
	return setContext(key, assessment);
}

/** The assessment of the nearest provider. */
export function getAssessmentContext(): Assessment {
	return getContext<Assessment>(key);
}
