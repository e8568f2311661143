import { beforeEach, describe, expect, it, vi } from 'vitest';

/** A fresh copy of the modules (they hold the loaded packs) and packs that count their loads. */
async function setup(failFirstEnglish = false) {
	vi.resetModules();
	const { contentLocale, showContentIn } = await import('./content-locale');
	const { textsOf } = await import('./content-texts');
	const loads = { nl: 0, en: 0 };
	const packs = {
		nl: ['Begin klein', 'Privacy'],
		en: ['Start small', 'Privacy']
	};
	const loaders = {
		nl: async () => (loads.nl++, { default: packs.nl }),
		en: async () => {
			loads.en++;
			if (failFirstEnglish && loads.en === 1) throw new Error('offline');
			return { default: packs.en };
		}
	};
	return { contentLocale, showContentIn, textsOf, loads, loaders };
}

describe('the content texts in the browser', () => {
	beforeEach(() => vi.resetModules());

	it('loads only the page’s language, and fills in the other when the reader switches', async () => {
		const { showContentIn, textsOf, loads, loaders } = await setup();
		await showContentIn('nl');
		const text = await textsOf(loaders);
		const title = text(0);
		expect(title.nl).toBe('Begin klein');
		expect(loads).toEqual({ nl: 1, en: 0 });

		await showContentIn('en');
		expect(loads).toEqual({ nl: 1, en: 1 });
		// the object made before reads English now: the engine holds on to it
		expect(title).toEqual({ nl: 'Begin klein', en: 'Start small' });
		expect(text(1)).toEqual({ nl: 'Privacy', en: 'Privacy' });

		await showContentIn('nl');
		expect(loads).toEqual({ nl: 1, en: 1 });
	});

	it('before any content is used, saying the language loads nothing', async () => {
		const { showContentIn, contentLocale, loads } = await setup();
		await showContentIn('en');
		expect(loads).toEqual({ nl: 0, en: 0 });
		expect(contentLocale.wanted).toBe('en');
	});

	it('starts in the language the layout asked for, also when content arrives later', async () => {
		const { showContentIn, textsOf, loads, loaders } = await setup();
		await showContentIn('en');
		const text = await textsOf(loaders);
		expect(text(0).en).toBe('Start small');
		expect(loads).toEqual({ nl: 0, en: 1 });
	});

	it('a pack that fails to load (offline) is tried again on the next page', async () => {
		const { showContentIn, textsOf, loads, loaders } = await setup(true);
		await showContentIn('nl');
		const title = (await textsOf(loaders))(0);
		await expect(showContentIn('en')).rejects.toThrow('offline');
		await showContentIn('en');
		expect(loads.en).toBe(2);
		expect(title.en).toBe('Start small');
	});
});
