/**
 * The assessment the user is filling in: the answers file, kept in `$state`, saved to
 * localStorage after every change. Scores and advice are derived elsewhere, never stored.
 */
import { getContext, setContext } from 'svelte';
import type { AreaId } from '../content/ids';
import { outline } from '../content/outline-data';
import type { AnswersFile, AnswerValue, FileProblem, Profile, StoredPlan } from '../answers/schema';
import { answersLimits, audienceOf, emptyAnswersFile, updateProfile } from '../answers/format';
import type { Locale } from '../i18n/locales';
import type { LoadOutcome, Parsers, SetAside } from './persistence';
import {
	answersKey,
	asidePrefix,
	backupKey,
	emptyClock,
	hasSaves,
	nowIso,
	serialize,
	serializeSave,
	type Clock
} from './save-format';
import {
	browserStore,
	readItem,
	removeAllOwnItems,
	removeItem,
	writeItem,
	writeState
} from './storage';
import { stampChanges } from './stamps';

/** What reads saves (the validator, zod, with reading and merging): loaded on demand. */
type Reader = typeof import('./reader') & { parsers: Parsers };

/** Loads the reader; only when there is a save to read. */
async function loadReader(): Promise<Reader> {
	const reader = await import('./reader');
	return { ...reader, parsers: { text: reader.parseAnswersText, data: reader.parseAnswersData } };
}

export type StorageState = 'ok' | 'unavailable' | 'quota';

/** What the last opened file did, kept on screen until dismissed. */
export interface ImportNotice {
	fileName: string;
	warnings: FileProblem[];
	/** Whether "Ongedaan maken" can bring back what was there before. */
	canUndo: boolean;
	undone: boolean;
}

export class Assessment {
	file = $state<AnswersFile>(emptyAnswersFile('nl'));
	/** Whether the saved check has been read (pages wait for it to avoid a flash of wrong wording). */
	loaded = $state(false);
	/** Whether the last save reached localStorage. */
	storage = $state<StorageState>('ok');
	/** Saves that could not be read, kept aside for download until dismissed. */
	asides = $state<SetAside[]>([]);
	/** Notices about the save that was loaded (made with an older questionnaire, say). */
	loadWarnings = $state<FileProblem[]>([]);
	/** The outcome of the last opened file, until dismissed. */
	lastImport = $state<ImportNotice | null>(null);
	/** True right after "delete my data" (here or in another tab), until the next answer. */
	wiped = $state(false);
	/** Increases with every saved answer, so a live region can announce it. */
	saveCount = $state(0);

	/** When each item last changed, for merging with other tabs (sync.ts). */
	private clock: Clock = emptyClock();
	/** The text this tab last wrote: when the save still holds it, no other tab wrote since. */
	private lastWritten: string | null = null;
	/** The check before the last import, for undo (also when storage is full). */
	private backup: AnswersFile | null = null;
	private reader: Reader | null = null;
	private readerLoading: Promise<Reader> | null = null;
	/** A save waits for the reader, to merge with another tab's save it found (`foreign`). */
	private waiting = false;
	private foreign: string | null = null;

	/** The audience whose wording applies. */
	audience = $derived(audienceOf(this.file.profile));
	/** Number of questions for this audience. */
	total = $derived(outline.areas.reduce((n, a) => n + a.questions[this.audience].length, 0));
	/** Number of those questions answered (a level or "do not know"). */
	answered = $derived(
		outline.areas.reduce(
			(n, a) =>
				n + a.questions[this.audience].filter((id) => this.file.answers[id] !== undefined).length,
			0
		)
	);
	/** Whether there is anything worth resuming. */
	hasProgress = $derived(this.answered > 0 || this.file.profile.name.trim() !== '');
	/** Where "continue where you were" leads: the profile, the first area with open questions, or the review. */
	resumePath = $derived.by(() => {
		if (this.file.mode === 'quick') return '/snelle-scan/';
		if (!this.profileComplete) return '/profiel/';
		return this.firstOpenPath;
	});
	/** The first area with an open question, or the review when none is open. */
	firstOpenPath = $derived.by(() => {
		const open = outline.areas.find((a) =>
			a.questions[this.audience].some((id) => this.file.answers[id] === undefined)
		);
		return open ? `/check/${open.id}/` : '/nakijken/';
	});
	/** Whether there is news about a save or an opened file (set aside, imported, repaired). */
	hasSaveNotices = $derived(
		this.asides.length > 0 || this.lastImport !== null || this.loadWarnings.length > 0
	);
	/** Whether there is anything to tell about storing the check (StorageNotice). */
	hasStorageNotices = $derived(this.storage !== 'ok' || this.wiped || this.hasSaveNotices);
	/** Whether the profile has what the check needs. */
	profileComplete = $derived(
		this.file.profile.name.trim() !== '' && this.file.profile.audience !== undefined
	);

	/**
	 * Reads the saved check from localStorage; call once in the browser. The reader (zod too) is
	 * loaded only when there is a save to read (a first visit has none). Always finishes: a
	 * full, blocked or corrupt storage becomes a notice.
	 */
	async load(locale: Locale): Promise<void> {
		const store = browserStore();
		if (!store) {
			this.storage = 'unavailable';
			this.file = emptyAnswersFile(locale);
			this.loaded = true;
			return;
		}
		const reader = hasSaves(store) ? await this.withReader() : null;
		const outcome: LoadOutcome = reader
			? reader.loadSaved(store, reader.parsers)
			: { kind: 'empty', asides: [] };
		if (outcome.kind === 'loaded') {
			this.file = outcome.file;
			this.clock = outcome.clock;
			this.lastWritten = readItem(answersKey);
			this.loadWarnings = outcome.warnings;
		} else this.file = emptyAnswersFile(locale);
		this.asides = outcome.asides;
		// read first, then see whether writing works (a full storage still shows the answers)
		this.storage = writeState(Math.max(8192, (this.lastWritten ?? '').length));
		this.loaded = true;
		if (typeof window !== 'undefined') window.addEventListener('storage', this.onStorage);
	}

	/** The reader, loaded once, when the first save must be read. */
	private withReader(): Promise<Reader> {
		this.readerLoading ??= loadReader().then(
			(reader) => (this.reader = reader),
			(error: unknown) => {
				// offline before the code was cached, say: a later save tries again
				this.readerLoading = null;
				throw error;
			}
		);
		return this.readerLoading;
	}

	/** Another tab saved, restarted or wiped: take its changes in, item by item. */
	private onStorage = (event: StorageEvent) => {
		if (event.key !== null && event.key !== answersKey) return;
		const raw = readItem(answersKey);
		if (raw === this.lastWritten) return;
		if (raw === null) {
			this.removedElsewhere();
			return;
		}
		if (!this.loaded) return;
		const reader = this.reader;
		if (!reader) {
			// the first save of another tab: read it once the reader is here
			this.withReader().then(
				() => this.onStorage(event),
				() => {}
			);
			return;
		}
		const theirs = reader.parseSave(raw, reader.parsers);
		if (!theirs.ok) return;
		const merged = reader.merge(
			{ file: $state.snapshot(this.file) as AnswersFile, clock: this.clock },
			theirs
		);
		this.file = merged.file;
		this.clock = { ...merged.clock, rev: theirs.clock.rev };
		this.lastWritten = raw;
		this.foreign = null;
		// Tabs see each other's writes a moment late: the other tab may have written over a
		// change of this one it had not seen yet. Then this tab writes the merged check back,
		// and both end with every answer.
		if (!reader.sameItems(merged.file, theirs.file)) this.persist();
	};

	/** Another tab wiped or restarted: this tab forgets its copy and must not write it back. */
	private removedElsewhere(): void {
		if (!this.hasProgress) return;
		this.file = emptyAnswersFile(this.file.locale);
		this.clock = emptyClock();
		this.lastWritten = null;
		this.saveCount = 0;
		this.wiped = true;
	}

	/** Answered count of one area. */
	areaProgress(id: AreaId): { answered: number; total: number } {
		const questions = outline.areas.find((a) => a.id === id)?.questions[this.audience] ?? [];
		return {
			answered: questions.filter((q) => this.file.answers[q] !== undefined).length,
			total: questions.length
		};
	}

	/** Records one answer and saves. */
	setAnswer(questionId: string, value: AnswerValue): void {
		this.change((file) => (file.answers[questionId] = value));
	}

	/** Records the respondent's note for an area (empty removes it) and saves. */
	setNote(areaId: AreaId, text: string): void {
		const note = text.slice(0, answersLimits.maxNoteLength);
		this.change((file) => {
			const notes = { ...file.notes };
			if (note.trim() === '') delete notes[areaId];
			else notes[areaId] = note;
			file.notes = notes;
		});
	}

	/** Sets (or, with undefined, removes) the target level of an area and saves. */
	setTarget(areaId: AreaId, level: 0 | 1 | 2 | 3 | 4 | undefined): void {
		this.change((file) => {
			const targets = { ...file.targets };
			if (level === undefined) delete targets[areaId];
			else targets[areaId] = level;
			if (Object.keys(targets).length > 0) file.targets = targets;
			else delete file.targets;
		});
	}

	/** Sets (or, with undefined, removes) the project plan and saves. */
	setPlan(plan: StoredPlan | undefined): void {
		this.change((file) => {
			if (plan) file.plan = plan;
			else delete file.plan;
		});
	}

	/** Changes profile fields and saves. */
	setProfile(patch: Partial<Profile>): void {
		this.change((file) => (file.profile = updateProfile(file.profile, patch)));
	}

	/** Sets the check's form: the quick scan, or the full check (a quick scan grows into it). */
	setMode(mode: 'full' | 'quick'): void {
		if ((this.file.mode ?? 'full') === mode) return;
		this.change((file) => {
			if (mode === 'quick') file.mode = 'quick';
			else delete file.mode;
		}, false);
	}

	/** Remembers the language in the file (exports open in it), without counting as an answer. */
	setLocale(locale: Locale): void {
		if (this.file.locale === locale) return;
		if (!this.hasProgress) {
			this.file.locale = locale;
			return;
		}
		this.change((file) => (file.locale = locale), false);
	}

	/**
	 * Replaces the whole check with a file the user opened (and confirmed). What was there is
	 * kept as a backup, on this device and in memory, for "Ongedaan maken".
	 */
	importFile(file: AnswersFile, fileName: string, warnings: FileProblem[]): void {
		const before = $state.snapshot(this.file) as AnswersFile;
		const hadProgress = this.hasProgress;
		this.backup = hadProgress ? before : null;
		if (hadProgress) writeItem(backupKey, serializeSave(before, this.clock));
		this.change((draft) => {
			for (const key of Object.keys(draft) as (keyof AnswersFile)[]) delete draft[key];
			// a JSON copy: the file may be a Svelte state proxy, which structuredClone refuses
			Object.assign(draft, JSON.parse(JSON.stringify(file)) as AnswersFile);
		});
		this.lastImport = { fileName, warnings, canUndo: hadProgress, undone: false };
	}

	/** Brings back the check from before the last import. */
	undoImport(): void {
		const backup = this.backup;
		if (!backup || !this.lastImport) return;
		this.change((draft) => {
			for (const key of Object.keys(draft) as (keyof AnswersFile)[]) delete draft[key];
			Object.assign(draft, JSON.parse(JSON.stringify(backup)) as AnswersFile);
		});
		removeItem(backupKey);
		this.backup = null;
		this.lastImport = { ...this.lastImport, canUndo: false, undone: true };
	}

	/** Hides the import notice (the backup stays until the next import or wipe). */
	dismissImport(): void {
		this.lastImport = null;
	}

	/** Starts a new, empty check (after the user confirmed). */
	restart(locale: Locale): void {
		this.file = emptyAnswersFile(locale);
		this.clock = emptyClock();
		this.lastWritten = null;
		removeItem(answersKey);
		this.saveCount = 0;
	}

	/** Removes one kept-aside unreadable save (the user downloaded it or does not want it). */
	discardAside(key: string): void {
		removeItem(key);
		this.asides = this.asides.filter((a) => a.key !== key);
	}

	/** Deletes everything Digicheck stored on this device (other tabs follow, see onStorage). */
	wipeAll(locale: Locale): void {
		removeAllOwnItems();
		this.file = emptyAnswersFile(locale);
		this.clock = emptyClock();
		this.lastWritten = null;
		this.backup = null;
		this.lastImport = null;
		this.asides = [];
		this.loadWarnings = [];
		this.saveCount = 0;
		this.wiped = true;
	}

	/** The answers file as text, for "save as file". */
	toText(): string {
		return serialize(this.file);
	}

	/** Applies a change to a copy of the file, stamps what changed, and saves. */
	private change(mutate: (file: AnswersFile) => void, counts = true): void {
		const before = $state.snapshot(this.file) as AnswersFile;
		const after = structuredClone(before);
		mutate(after);
		after.savedAt = nowIso();
		// later than every change this tab has seen, also one made in the same millisecond elsewhere
		const now = Math.max(Date.now(), ...Object.values(this.clock.stamps).map((t) => t + 1));
		this.clock = stampChanges(this.clock, before, after, now);
		this.file = after;
		if (counts) this.wiped = false;
		this.persist();
		if (counts) this.saveCount++;
	}

	/** Writes the check, merged with whatever another tab saved since this tab last wrote. */
	private persist(): void {
		// nothing is written before the save was read, nor while a save waits (it writes the latest)
		if (!this.loaded || this.waiting) return;
		// an unreadable save that could not be set aside is never written over
		const inPlace = this.asides.find((a) => a.key === answersKey);
		if (inPlace) {
			const key = `${asidePrefix}.${nowIso()}`;
			const moved = writeItem(key, inPlace.raw);
			if (!moved.ok) {
				this.storage = moved.reason;
				return;
			}
			this.asides = [...this.asides.filter((a) => a !== inPlace), { ...inPlace, key }];
		}
		let mine = { file: $state.snapshot(this.file) as AnswersFile, clock: this.clock };
		const raw = readItem(answersKey);
		const seenSave = this.lastWritten !== null || this.foreign !== null;
		if (raw === null && seenSave && writeState(16) === 'ok') {
			// the save this tab wrote or found is gone: wiped or restarted in another tab
			this.foreign = null;
			this.removedElsewhere();
			return;
		}
		if (raw !== null && raw !== this.lastWritten) {
			const reader = this.reader;
			if (!reader) {
				// Another tab saved first, and this tab has not read a save yet (a first visit
				// loads no reader). Write when it is here: then the latest check is merged.
				this.waiting = true;
				this.foreign = raw;
				const resume = () => {
					this.waiting = false;
					if (this.reader) this.persist();
				};
				this.withReader().then(resume, resume);
				return;
			}
			const theirs = reader.parseSave(raw, reader.parsers);
			if (theirs.ok) {
				mine = reader.merge(mine, theirs);
				this.file = mine.file;
			}
		} else mine = { ...mine, clock: { ...mine.clock, rev: mine.clock.rev + 1 } };
		this.clock = mine.clock;
		const text = serializeSave(mine.file, mine.clock);
		const result = writeItem(answersKey, text);
		if (result.ok) {
			this.lastWritten = text;
			this.foreign = null;
		}
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
