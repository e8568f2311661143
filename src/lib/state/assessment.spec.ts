import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Assessment } from './assessment.svelte';
import { answersKey, corruptKey } from './persistence';

/** A localStorage stand-in; `failWrites` imitates a full or blocked storage. */
function installStorage(options: { failWrites?: 'quota' | 'blocked' } = {}) {
	const data = new Map<string, string>();
	const storage = {
		getItem: (k: string) => data.get(k) ?? null,
		setItem: (k: string, v: string) => {
			if (options.failWrites === 'quota' && k === answersKey)
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
			version: 2,
			profile: { audience: 'school' },
			answers: { vervolg: 3, 'ruimte-in-rooster': 'unknown' }
		});

		const second = new Assessment();
		await second.load('nl');
		expect(second.file.answers).toEqual({ vervolg: 3, 'ruimte-in-rooster': 'unknown' });
		expect(second.answered).toBe(2);
		expect(second.total).toBe(53);
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
		expect(assessment.unreadable?.raw).toBe('{"format":"digicheck-answers"');
		expect(data.get(corruptKey)).toBe('{"format":"digicheck-answers"');
		expect(assessment.file.locale).toBe('en');
		expect(assessment.answered).toBe(0);
	});

	it('refuses a bad import and leaves the answers as they were', async () => {
		installStorage();
		const assessment = new Assessment();
		await assessment.load('nl');
		assessment.setAnswer('vervolg', 4);
		const result = await assessment.importText('{"format":"digicheck-answers","version":1}');
		expect(result.ok).toBe(false);
		expect(assessment.file.answers).toEqual({ vervolg: 4 });
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
