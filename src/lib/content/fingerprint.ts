/**
 * The content fingerprint: a short hash over everything that changes the meaning of saved
 * answers (area and question ids, audiences, weights, the number of levels, level points).
 * A test compares it with the recorded one, so an editor who changes any of these must also
 * raise the content version.
 */
import type { Area, ScoringSettings } from './schema';

/** FNV-1a, 32 bit, as 8 hex digits: small, fast and stable across runtimes. */
export function fnv1a(text: string): string {
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		hash ^= text.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193) >>> 0;
	}
	return hash.toString(16).padStart(8, '0');
}

/** The fingerprint of a questionnaire's structure. */
export function contentFingerprint(areas: readonly Area[], scoring: ScoringSettings): string {
	const structure = areas.map((area) => [
		area.id,
		area.questions.map((q) => [q.id, q.weight, [...q.audiences].sort(), q.levels.length])
	]);
	return fnv1a(JSON.stringify([structure, scoring.levelPoints]));
}
