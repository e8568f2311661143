#!/usr/bin/env node
// The `digicheck` command: registers tsx so Node can run the TypeScript modules directly.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
