#!/usr/bin/env node
// The command line shares the extension's TypeScript domain code; jiti compiles it on the
// fly so the command works straight after `npm ci`, with no build step.
import { createJiti } from 'jiti';

const jiti = createJiti(import.meta.url);
const { main } = await jiti.import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
