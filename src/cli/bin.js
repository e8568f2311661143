#!/usr/bin/env node
// The `digicheck` command: registers tsx so Node can run the TypeScript modules directly.
import { register } from 'tsx/esm/api';

register();
// A computed specifier keeps TypeScript from resolving the .ts file at type-check time.
const entry = new URL('./main.ts', import.meta.url).href;
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
