/**
 * A small, safe wrapper around localStorage. Browsers in private mode, with storage
 * disabled or full, throw on access; here that becomes a value the UI can show.
 */
export type StorageResult<T> =
	{ ok: true; value: T } | { ok: false; reason: 'unavailable' | 'quota' };

/** Returns the browser's localStorage when it can be used, else null. */
export function getStorage(): Storage | null {
	try {
		if (typeof localStorage === 'undefined') return null;
		const probe = '__digicheck_probe__';
		localStorage.setItem(probe, probe);
		localStorage.removeItem(probe);
		return localStorage;
	} catch {
		return null;
	}
}

/** Reads a key; `null` when the key is absent, an error result when storage cannot be used. */
export function readItem(key: string): StorageResult<string | null> {
	const storage = getStorage();
	if (!storage) return { ok: false, reason: 'unavailable' };
	try {
		return { ok: true, value: storage.getItem(key) };
	} catch {
		return { ok: false, reason: 'unavailable' };
	}
}

/** Writes a key; tells apart a full storage (quota) from one that cannot be used at all. */
export function writeItem(key: string, value: string): StorageResult<null> {
	const storage = getStorage();
	if (!storage) return { ok: false, reason: 'unavailable' };
	try {
		storage.setItem(key, value);
		return { ok: true, value: null };
	} catch (error) {
		const quota = error instanceof DOMException && /quota/i.test(error.name);
		return { ok: false, reason: quota ? 'quota' : 'unavailable' };
	}
}

/** Removes a key; silently does nothing when storage cannot be used. */
export function removeItem(key: string): void {
	try {
		getStorage()?.removeItem(key);
	} catch {
		// nothing stored, nothing to remove
	}
}

/** All storage keys this app owns start with this prefix, so "wipe my data" can find them. */
export const storagePrefix = 'digicheck.';

/** Removes every key this app owns. */
export function removeAllOwnItems(): void {
	const storage = getStorage();
	if (!storage) return;
	for (const key of Object.keys(storage)) {
		if (key.startsWith(storagePrefix)) storage.removeItem(key);
	}
}
