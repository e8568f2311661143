/**
 * A small, safe wrapper around localStorage. Browsers in private mode, with storage disabled or
 * full, throw on access; here that becomes a value the UI can show. Reading never needs a
 * write: with the quota full, saved answers are still read and shown.
 */
import type { Locale } from '../i18n/locales';

/** The part of the Storage API we use; the browser's localStorage fits it (see below). */
export interface KeyValueStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
	keys(): string[];
}

export type StorageResult<T> =
	{ ok: true; value: T } | { ok: false; reason: 'unavailable' | 'quota' };

/** Whether an exception from storage means "full". */
function isQuota(error: unknown): boolean {
	return (
		error instanceof DOMException &&
		(/quota/i.test(error.name) || error.code === 22 || error.code === 1014)
	);
}

/** The browser's localStorage when it can be read, else null. Writes nothing. */
function readableStorage(): Storage | null {
	try {
		if (typeof localStorage === 'undefined') return null;
		localStorage.getItem(`${storagePrefix}answers`);
		return localStorage;
	} catch {
		return null;
	}
}

/** localStorage as a KeyValueStore (calls may throw; persistence.ts catches them), or null. */
export function browserStore(): KeyValueStore | null {
	const storage = readableStorage();
	if (!storage) return null;
	return {
		getItem: (key) => storage.getItem(key),
		setItem: (key, value) => storage.setItem(key, value),
		removeItem: (key) => storage.removeItem(key),
		keys: () => Object.keys(storage)
	};
}

/**
 * Whether a save of `size` characters would fit now: 'ok', 'quota' (full) or 'unavailable'
 * (blocked, private mode). The probe is as large as a save, since a nearly full storage still
 * takes a few bytes.
 */
export function writeState(size = 8192): 'ok' | 'quota' | 'unavailable' {
	const storage = readableStorage();
	if (!storage) return 'unavailable';
	const probe = `${storagePrefix}probe`;
	try {
		storage.setItem(probe, 'x'.repeat(size));
		storage.removeItem(probe);
		return 'ok';
	} catch (error) {
		try {
			storage.removeItem(probe);
		} catch {
			// nothing was written
		}
		return isQuota(error) ? 'quota' : 'unavailable';
	}
}

/** Writes a key; tells apart a full storage (quota) from one that cannot be used at all. */
export function writeItem(key: string, value: string): StorageResult<null> {
	const storage = readableStorage();
	if (!storage) return { ok: false, reason: 'unavailable' };
	try {
		storage.setItem(key, value);
		return { ok: true, value: null };
	} catch (error) {
		return { ok: false, reason: isQuota(error) ? 'quota' : 'unavailable' };
	}
}

/** Reads a key; null when absent or unreadable. */
export function readItem(key: string): string | null {
	try {
		return readableStorage()?.getItem(key) ?? null;
	} catch {
		return null;
	}
}

/** Removes a key; silently does nothing when storage cannot be used. */
export function removeItem(key: string): void {
	try {
		readableStorage()?.removeItem(key);
	} catch {
		// nothing stored, nothing to remove
	}
}

/** All storage keys this app owns start with this prefix, so "wipe my data" can find them. */
export const storagePrefix = 'digicheck.';

/** Removes every key this app owns. */
export function removeAllOwnItems(): void {
	const storage = readableStorage();
	if (!storage) return;
	try {
		for (const key of Object.keys(storage)) {
			if (key.startsWith(storagePrefix)) storage.removeItem(key);
		}
	} catch {
		// storage went away: nothing left to remove
	}
}

/** Where a language choice is kept (static/lang.js reads the same key). */
export const localeKey = `${storagePrefix}locale`;

/** Remembers a language choice (when storage allows it), for the next visit. */
export function rememberLocale(locale: Locale): void {
	writeItem(localeKey, locale);
}
