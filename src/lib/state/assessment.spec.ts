import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Assessment } from './assessment.svelte';
import { emptyAnswersFile } from '../answers/schema';
import { questionCount } from '../content/index';
import { answersKey, asidePrefix, backupKey } from './persistence';

/** A localStorage stand-in; `failWrites` imitates a full or blocked storage. */
function installStorage(options: { failWrites?: 'quota' | 'quota-all' | 'blocked' } = {}) {
	const data = new Map<string, string>();
	const storage = {
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => {
			if (
				(options.failWrites === 'quota' && k === answersKey) ||
				options.failWrites === 'quota-all'
			)
				throw new DOMException('full', 'QuotaExceededError');
			if (options.failWrites === 'blocked') throw new DOMException('blocked', 'SecurityError');
			data.set(k, v);
		},
		removeItem: (k: string) => void data.delete(k),
		key: (i: number) => [...data.keys()][i] ?? null,
		get length() {
			return data.size;
		}
	};
	const proxy = new Proxy(storage, {
		ownKeys: () => [...data.keys()],
		getOwnPropertyDescriptor: (_t, k) =>
			data.has(String(k))
				? { enumerable: true, configurable: true, value: data.get(String(k)) }
				: undefined
	});
	vi.stubGlobal('localStorage', proxy);
	return data;
}

describe('the assessment state', () => {
	beforeEach(() => vi.unstubAllGlobals());
	afterEach(() => vi.unstubAllGlobals());

	it('saves every answer in the answers file format and reads it back', async () => {
		const data = installStorage();
		const first = new Assessment();
		await first.load('nl');
		first.setProfile({ name: 'Het Haags Lyceum', audience: 'school' });
		first.setAnswer('vervolg', 3);
		first.setAnswer('ruimte-in-rooster', 'unknown');
		const saved = JSON.parse(data.get(answersKey) ?? '{}');
		expect(saved).toMatchObject({
			format: 'digicheck-answers',
			version: 3,
			profile: { audience: 'school' },
			answers: { vervolg: 3, 'ruimte-in-rooster': 'unknown' }
		});

		const second = new Assessment();
		await second.load('nl');
		expect(second.file.answers).toEqual({ vervolg: 3, 'ruimte-in-rooster': 'unknown' });
		expect(second.answered).toBe(2);
		expect(second.total).toBe(questionCount('school'));
		expect(second.profileComplete).toBe(true);
	});

	it('keeps working in memory when storage is blocked, and says so', async () => {
		installStorage({ failWrites: 'blocked' });
		const assessment = new Assessment();
		await assessment.load('nl');
		expect(assessment.storage).toBe('unavailable');
		assessment.setAnswer('vervolg', 2);
		expect(assessment.file.answers.vervolg).toBe(2);
	});

	it('tells a full storage apart from a blocked one', async () => {
		installStorage({ failWrites: 'quota' });
		const assessment = new Assessment();
		await assessment.load('nl');
		assessment.setAnswer('vervolg', 2);
		expect(assessment.storage).toBe('quota');
		expect(assessment.file.answers.vervolg).toBe(2);
	});

	it('keeps an unreadable save aside and starts empty', async () => {
		const data = installStorage();
		data.set(answersKey, '{"format":"digicheck-answers"');
		const assessment = new Assessment();
		await assessment.load('en');
		expect(assessment.asides[0]?.raw).toBe('{"format":"digicheck-answers"');
		const aside = [...data.keys()].find((k) => k.startsWith(`${asidePrefix}.`));
		expect(aside && data.get(aside)).toBe('{"format":"digicheck-answers"');
		expect(data.has(answersKey)).toBe(false);
		expect(assessment.file.locale).toBe('en');
		expect(assessment.answered).toBe(0);
	});

	it('opens a file in place of the answers, keeps a backup, and undoes it', async () => {
		const data = installStorage();
		const assessment = new Assessment();
		await assessment.load('nl');
		assessment.setProfile({ name: 'Mijn school', audience: 'school' });
		assessment.setAnswer('vervolg', 4);
		const other = {
			...emptyAnswersFile('nl'),
			profile: {
				name: 'Ander museum',
				audience: 'cultural-organisation' as const,
				targetGroups: []
			},
			answers: { 'budget-digitaal': 1 as const }
		};
		assessment.importFile(other, 'museum.json', []);
		expect(assessment.file.profile.name).toBe('Ander museum');
		expect(assessment.file.answers).toEqual({ 'budget-digitaal': 1 });
		expect(JSON.parse(data.get(backupKey) ?? '{}').answers).toEqual({ vervolg: 4 });
		expect(assessment.lastImport).toMatchObject({ fileName: 'museum.json', canUndo: true });
		assessment.undoImport();
		expect(assessment.file.profile.name).toBe('Mijn school');
		expect(assessment.file.answers).toEqual({ vervolg: 4 });
		expect(JSON.parse(data.get(answersKey) ?? '{}').answers).toEqual({ vervolg: 4 });
		expect(data.has(backupKey)).toBe(false);
		expect(assessment.lastImport).toMatchObject({ undone: true, canUndo: false });
	});

	// On a first visit neither tab has read a save, so neither has the validator yet: the tab
	// that finds the other's save waits for it, then merges. With a save, both have it at once.
	for (const visit of ['first visit', 'with a save'] as const) {
		/** Two tabs on the same storage; waits for a tab's pending write. */
		async function twoTabs() {
			const data = installStorage();
			if (visit === 'with a save')
				data.set(answersKey, JSON.stringify({ ...emptyAnswersFile('nl'), answers: { ict: 2 } }));
			const a = new Assessment();
			const b = new Assessment();
			await a.load('nl');
			await b.load('nl');
			return { data, a, b, before: visit === 'with a save' ? { ict: 2 } : {} };
		}

		it(`merges two tabs item by item: neither loses the other’s answers (${visit})`, async () => {
			const { data, a, b, before } = await twoTabs();
			a.setAnswer('vervolg', 1);
			b.setAnswer('budget-digitaal', 2);
			a.setAnswer('vervolg', 3);
			b.setLocale('en');
			await vi.waitFor(() => expect(JSON.parse(data.get(answersKey) ?? '{}').locale).toBe('en'));
			const c = new Assessment();
			await c.load('nl');
			expect(c.file.answers).toEqual({ ...before, vervolg: 3, 'budget-digitaal': 2 });
			expect(c.file.locale).toBe('en');
		});

		it(`a tab whose save was wiped elsewhere does not write the old answers back (${visit})`, async () => {
			const { data, a, b } = await twoTabs();
			a.setAnswer('vervolg', 1);
			b.setAnswer('budget-digitaal', 2);
			a.wipeAll('nl');
			b.setLocale('en');
			await vi.waitFor(() => expect(b.wiped).toBe(true));
			expect(b.answered).toBe(0);
			expect(data.has(answersKey)).toBe(false);
		});
	}

	it('shows saved answers when storage is full, and says it is full', async () => {
		const data = installStorage({ failWrites: 'quota-all' });
		data.set(answersKey, JSON.stringify({ ...emptyAnswersFile('nl'), answers: { vervolg: 2 } }));
		const assessment = new Assessment();
		await assessment.load('nl');
		expect(assessment.file.answers).toEqual({ vervolg: 2 });
		expect(assessment.storage).toBe('quota');
	});

	it('with storage full, an unreadable save stays where it is and is offered all the same', async () => {
		const data = installStorage({ failWrites: 'quota-all' });
		data.set(answersKey, '{"broken"');
		const assessment = new Assessment();
		await assessment.load('nl');
		expect(assessment.loaded).toBe(true);
		expect(assessment.asides.map((a) => a.raw)).toEqual(['{"broken"']);
		assessment.setAnswer('vervolg', 1);
		expect(data.get(answersKey)).toBe('{"broken"');
	});

	it('moves an unreadable save aside once there is room, before writing, under the key it offers', async () => {
		const data = installStorage();
		data.set(answersKey, '{"broken"');
		const assessment = new Assessment();
		// the aside could not be copied at load (as with a full storage): it is still in place
		await assessment.load('nl');
		data.set(answersKey, '{"broken"');
		assessment.asides = [{ key: answersKey, raw: '{"broken"', problems: [] }];
		assessment.setAnswer('vervolg', 1);
		const key = assessment.asides[0]?.key ?? '';
		expect(key.startsWith(`${asidePrefix}.`)).toBe(true);
		expect(data.get(key)).toBe('{"broken"');
		expect(JSON.parse(data.get(answersKey) ?? '{}').answers).toEqual({ vervolg: 1 });
		assessment.discardAside(key);
		expect(data.has(key)).toBe(false);
	});

	it('says when a save was made with an older questionnaire', async () => {
		const data = installStorage();
		data.set(
			answersKey,
			JSON.stringify({
				...emptyAnswersFile('nl'),
				contentVersion: '1.0.0',
				answers: { vervolg: 2 }
			})
		);
		const assessment = new Assessment();
		await assessment.load('nl');
		expect(assessment.loadWarnings.map((w) => w.message.nl).join(' ')).toContain(
			'vragenlijst 1.0.0'
		);
		expect(assessment.file.answers).toEqual({ vervolg: 2 });
	});

	it('wipes everything it stored, and nothing else', async () => {
		const data = installStorage();
		data.set('other-app', 'keep me');
		const assessment = new Assessment();
		await assessment.load('nl');
		assessment.setAnswer('vervolg', 1);
		data.set('digicheck.locale', 'nl');
		assessment.wipeAll('nl');
		expect([...data.keys()]).toEqual(['other-app']);
		expect(assessment.answered).toBe(0);
		expect(assessment.wiped).toBe(true);
	});

	it('keeps a note per area, saves it, and removes it when emptied', async () => {
		const data = installStorage();
		const assessment = new Assessment();
		await assessment.load('nl');
		assessment.setNote('privacy', 'Zie ons privacyreglement.');
		expect(JSON.parse(data.get(answersKey) ?? '{}').notes).toEqual({
			privacy: 'Zie ons privacyreglement.'
		});
		assessment.setNote('privacy', '  ');
		expect(JSON.parse(data.get(answersKey) ?? '{}').notes).toEqual({});
		assessment.setNote('evaluatie', 'x'.repeat(2000));
		expect(assessment.file.notes?.evaluatie).toHaveLength(1000);
	});

	it('saves "n.v.t." apart from "weet ik niet"', async () => {
		const data = installStorage();
		const assessment = new Assessment();
		await assessment.load('nl');
		assessment.setAnswer('nieuwe-groepen', 'na');
		assessment.setAnswer('vervolg', 'unknown');
		expect(JSON.parse(data.get(answersKey) ?? '{}').answers).toEqual({
			'nieuwe-groepen': 'na',
			vervolg: 'unknown'
		});
	});
});
