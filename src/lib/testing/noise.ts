/**
 * Letters that do not compress well (a seeded linear congruential generator): long free text
 * in a plan or a note, for tests of what a share link or a file can hold. Same seed, same text.
 */
export function noise(length: number, seed = 7): string {
	let state = seed;
	let out = '';
	for (let i = 0; i < length; i++) {
		state = (state * 1103515245 + 12345) % 2147483648;
		out += String.fromCharCode(97 + (state % 26));
	}
	return out;
}
