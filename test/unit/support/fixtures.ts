import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Paths are built with node:path: under happy-dom the global URL is the DOM's, which
// node:url does not take.
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures');

export function fixturePath(...parts: string[]): string {
  return join(FIXTURES, ...parts);
}

export function readFixture(...parts: string[]): string {
  return readFileSync(fixturePath(...parts), 'utf8');
}
