import { beforeAll, describe, expect, it } from 'vitest';
import { generatedLibrary } from '../../../bench/suites/exchange-library';
import { backupText } from '../../../core/exchange/backup';
import { applyImport } from '../../../core/exchange/import/apply';
import { ImportError } from '../../../core/exchange/import/errors';
import { planImport } from '../../../core/exchange/import/plan';
import { readImportText } from '../../../core/exchange/import/read';
import { freshRepository } from '../support/database';
import { EXPORTED_AT } from './support';

// Large inputs are made here, never committed. 100,000 generated annotations make a backup
// of about 80 MB: it stands for both "a 50 MB file" and "100k records". Writing that many to
// fake-indexeddb takes over half a minute, so the database part is done with 10,000 (the
// benchmark writes 100,000).
const LARGE = 100_000;
let text: string;
let firstId: string;

function failure(read: () => unknown): ImportError {
  try {
    read();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected the import to fail');
}

/** The large backup with one annotation line replaced: lines are records, one per line. */
function withAnnotation(index: number, change: (record: Record<string, unknown>) => Record<string, unknown>): string {
  const start = text.indexOf('  "annotations": [\n') + '  "annotations": [\n'.length;
  let lineStart = start;
  for (let i = 0; i < index; i++) lineStart = text.indexOf('\n', lineStart) + 1;
  const lineEnd = text.indexOf('\n', lineStart);
  const line = text.slice(lineStart, lineEnd);
  const comma = line.endsWith(',') ? ',' : '';
  const record = JSON.parse(line.trim().replace(/,$/, '')) as Record<string, unknown>;
  return `${text.slice(0, lineStart)}    ${JSON.stringify(change(record))}${comma}${text.slice(lineEnd)}`;
}

beforeAll(() => {
  const library = generatedLibrary(LARGE);
  firstId = [...library.annotations].sort((a, b) => (a.id < b.id ? -1 : 1))[0]!.id;
  text = backupText(library, { exportedAt: EXPORTED_AT });
}, 60_000);

describe('large imports', () => {
  it('reads and plans a backup of over 50 MB with 100,000 annotations', () => {
    expect(text.length).toBeGreaterThan(50_000_000);
    const parsed = readImportText(text);
    expect(parsed.annotations).toHaveLength(LARGE);
    const plan = planImport(parsed, { articles: [], annotations: [], parties: [], settings: [] });
    expect(plan.counts.annotations.new).toBe(LARGE);
    expect(plan.writes.annotations).toHaveLength(LARGE);
    // Planned against a library that holds it all already: nothing to write.
    const again = planImport(parsed, parsed);
    expect(again.counts.annotations.unchanged).toBe(LARGE);
    expect(again.writes.annotations).toEqual([]);
  }, 60_000);

  it('names the one bad record among 100,000: the last one', () => {
    const bad = withAnnotation(LARGE - 1, (r) => ({ ...r, kind: 'doodle' }));
    const error = failure(() => readImportText(bad));
    expect(error.where).toBe(`annotations[${LARGE - 1}].kind`);
  }, 60_000);

  it('finds a duplicate id 100,000 records apart', () => {
    const duplicated = withAnnotation(LARGE - 1, (r) => ({ ...r, id: firstId }));
    const error = failure(() => readImportText(duplicated));
    expect(error.where).toBe(`annotations[${LARGE - 1}].id`);
    expect(error.message).toContain('(also annotations[0])');
  }, 60_000);

  it('refuses a file over the size limit before parsing it', () => {
    const error = failure(() => readImportText(text, { maxCharacters: 50_000_000 }));
    expect(error.message).toMatch(/^The file is too large to import \(\d+ MB; the limit is 50 MB\)/);
  });

  it('writes 10,000 annotations in one transaction, and a second import of them writes nothing', async () => {
    const parsed = readImportText(backupText(generatedLibrary(10_000, 7), { exportedAt: EXPORTED_AT }));
    const repo = freshRepository();
    const plan = await applyImport(repo, parsed);
    expect(plan.counts.annotations.new).toBe(10_000);
    expect(await repo.db.annotations.count()).toBe(10_000);
    const again = await applyImport(repo, parsed);
    expect(again.counts.annotations.unchanged).toBe(10_000);
    expect(again.writes.annotations).toEqual([]);
  }, 60_000);

  it('writes nothing of a large file with a bad record at its end', async () => {
    const bad = withAnnotation(LARGE - 1, (r) => ({ ...r, created: 'not a time' }));
    const repo = freshRepository();
    await expect(async () => applyImport(repo, readImportText(bad))).rejects.toThrow(ImportError);
    expect(await repo.db.annotations.count()).toBe(0);
    expect(await repo.db.articles.count()).toBe(0);
  }, 60_000);
});
