#!/usr/bin/env node
// The `digicheck` command: registers tsx so Node can run the TypeScript modules directly.
import { register } from 'tsx/esm/api';

register();
// A computed specifier keeps TypeScript from resolving the .ts file at type-check time.
const entry = new URL('./main.ts', import.meta.url).href;
// Piped into `head`: the reader left, which is fine; stop quietly.
for (const stream of [process.stdout, process.stderr])
	stream.on('error', (error) => {
		if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
		throw error;
	});
try {
	const { main } = await import(entry);
	process.exitCode = await main(process.argv.slice(2));
} catch (error) {
	// never a stack trace: one line, and what to do
	process.stderr.write(
		`digicheck: unexpected failure (${error instanceof Error ? error.message : String(error)}). Please report it with the command you ran.\n`
	);
	process.exitCode = 1;
}
