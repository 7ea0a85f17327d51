import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import type { LibrarySnapshot } from '../../../core/exchange/snapshot';
import { readImportText } from '../../../core/exchange/import/read';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
export const VALIDATORS = join(ROOT, 'test/validators');
export const SAMPLE_PATH = join(ROOT, 'test/fixtures/sample-backup.json');
export const EXPORTED_AT = '2026-11-25T12:00:00.000Z';

export function sampleText(): string {
  return readFileSync(SAMPLE_PATH, 'utf8');
}

/** The sample backup as a snapshot, read by the import reader (which checks every record). */
export function sampleSnapshot(): LibrarySnapshot {
  const { articles, annotations, parties, settings, collections, dismissals } = readImportText(sampleText());
  return { articles, annotations, parties, settings, collections, dismissals };
}

export function naughtyStrings(): string[] {
  return JSON.parse(readFileSync(join(ROOT, 'test/fixtures/naughty-strings.json'), 'utf8')) as string[];
}

let scratch: string | undefined;

/** Writes `content` to a file in a temporary folder removed after the test file's tests. */
export function scratchFile(name: string, content: string): string {
  scratch ??= mkdtempSync(join(tmpdir(), 'marginalia-exchange-'));
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
  scratch = undefined;
});

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runNode(args: string[], cwd = ROOT): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, args, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** The W3C annotation-model checks: which test file checks what. */
export const W3C_TESTS = {
  annotation: 'annotations/annotationMusts.test',
  collection: 'collections/collectionMusts.test',
  page: 'collections/pages/pageMusts.test',
} as const;

/** Runs the web-platform-tests "Musts" for one JSON document; returns the closing line. */
export async function runW3CMusts(test: keyof typeof W3C_TESTS, document: unknown, name: string): Promise<string> {
  const file = scratchFile(`${name}.json`, JSON.stringify(document));
  const { stdout } = await runNode(['wpt-anno-run.cjs', 'w3c-annotation-model', W3C_TESTS[test], file], VALIDATORS);
  return stdout.trim().split('\n').at(-1) ?? '';
}

export async function runClaimReviewCheck(document: unknown): Promise<RunResult> {
  const file = scratchFile('claimreview.json', JSON.stringify(document));
  return runNode(['claimreview-check.mjs', file], VALIDATORS);
}

/** Runs `task` over `items`, two at a time: the machine has two cores and other work on them. */
export async function inPairs<T, R>(items: T[], task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i]!, i);
    }
  };
  await Promise.all([worker(), worker()]);
  return results;
}
