import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serialize } from '../state/save-format';
import { answersFileArbitrary } from '../testing/arbitraries';
import { loadFixture } from '../testing/fixtures';
import { noise } from '../testing/noise';
import { linkPrefix, maxLinkLength, readLink, shareLink } from './link';

const origin = 'https://digicheck.example';

describe('share links', () => {
	it('any valid answers file survives the round trip through a link', async () => {
		await fc.assert(
			fc.asyncProperty(answersFileArbitrary, async (file) => {
				const made = await shareLink(origin, serialize(file));
				if (!made.ok) return; // too long for a link: refused, tested below
				expect(made.link.startsWith(`${origin}/${linkPrefix}`)).toBe(true);
				expect(made.link.length).toBeLessThanOrEqual(maxLinkLength);
				const read = await readLink(new URL(made.link).hash);
				expect(read.ok).toBe(true);
				if (read.ok) expect(read.value).toEqual(file);
			}),
			{ numRuns: 100, seed: 42 }
		);
	});

	it('any string fed to the decoder gives a clear problem, never a throw', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.oneof(
					fc.string(),
					fc.string().map((s) => `${linkPrefix}${s}`),
					fc.base64String().map((s) => `${linkPrefix}${s.replace(/=/g, '')}`)
				),
				async (fragment) => {
					const read = await readLink(fragment);
					if (!read.ok) expect(read.problems[0]?.message.nl.length).toBeGreaterThan(10);
				}
			),
			{ numRuns: 300, seed: 7 }
		);
	});

	it('refuses a tampered link and a decompression bomb, and a link that would be too long', async () => {
		const file = JSON.parse(
			'{"format":"digicheck-answers","version":2,"contentVersion":"2.0.0","locale":"nl","profile":{"name":"Zoë","targetGroups":[]},"answers":{"vervolg":2},"savedAt":"2026-11-29T08:00:00.000Z"}'
		);
		const made = await shareLink(origin, serialize(file));
		expect(made.ok).toBe(true);
		if (!made.ok) return;
		const hash = new URL(made.link).hash;
		const tampered = `${hash.slice(0, -6)}AAAAAA`;
		expect((await readLink(tampered)).ok).toBe(false);
		// two megabytes of spaces compress to a tiny link, and are refused while unpacking
		const bomb = await shareLink(origin, ' '.repeat(2_000_000));
		expect(bomb.ok).toBe(true);
		if (bomb.ok) {
			const read = await readLink(new URL(bomb.link).hash);
			expect(read.ok).toBe(false);
		}
		// random text does not compress: far too long for a link
		let seed = 12345;
		const noise = Array.from({ length: 20_000 }, () => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return String.fromCharCode(33 + (seed % 90));
		}).join('');
		const long = await shareLink(origin, noise);
		expect(long.ok).toBe(false);
		if (!long.ok) expect(long.problems[0]?.message.nl).toContain('als bestand');
	});

	it('leaves out a project plan that makes the link too long, says so, and keeps every answer', async () => {
		const { draftPlan, toStored } = await import('../plan/model');
		const base = loadFixture('museum-groot');
		const plan = toStored(draftPlan(base, new Date('2027-01-04T12:00:00Z')));
		// a plan that fits: it travels with the answers
		const small = await shareLink(origin, serialize({ ...base, version: 3, plan }));
		expect(small.ok && small.planLeftOut).toBe(false);
		if (!small.ok) return;
		const smallRead = await readLink(new URL(small.link).hash);
		expect(smallRead.ok && smallRead.value.plan?.idea).toBe(plan.idea);
		// long free text in every field (what compresses badly): the plan stays out of the link
		const long = {
			...plan,
			idea: noise(600, 1),
			partner: noise(600, 2),
			outcome: noise(600, 3),
			measure: noise(600, 4),
			phases: plan.phases.map((p, i) => ({
				...p,
				who: noise(600, 10 + i),
				activity: noise(600, 20 + i),
				test: noise(600, 30 + i)
			}))
		};
		const made = await shareLink(origin, serialize({ ...base, version: 3, plan: long }));
		expect(made.ok).toBe(true);
		if (!made.ok) return;
		expect(made.planLeftOut).toBe(true);
		const read = await readLink(new URL(made.link).hash);
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.value.plan).toBeUndefined();
		expect(read.value.answers).toEqual(base.answers);
		expect(read.value.profile).toEqual(base.profile);
	});
});
