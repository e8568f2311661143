/**
 * The tests' answers files (tests/fixtures/: nine organisations, the partner pairs, a
 * version 1 file), read and parsed; a fixture that does not parse fails with its problems.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAnswersText, type AnswersFile } from '../answers/schema';

/** Where a fixture is on disk ("partner/filmhuis" is tests/fixtures/partner/filmhuis.json). */
export function fixturePath(name: string): string {
	return fileURLToPath(new URL(`../../../tests/fixtures/${name}.json`, import.meta.url));
}

/** A fixture's text, as a user's file would hold it. */
export function fixtureText(name: string): string {
	return readFileSync(fixturePath(name), 'utf8');
}

/** A fixture, parsed as the app parses an opened file. */
export function loadFixture(name: string): AnswersFile {
	const parsed = parseAnswersText(fixtureText(name));
	if (!parsed.ok) throw new Error(`fixture ${name}: ${JSON.stringify(parsed.problems)}`);
	return parsed.value;
}
