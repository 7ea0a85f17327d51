// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { restoreSummary } from '../../../components/settings/restore-summary';
import {
  backUpIfDue,
  listBackups,
  makeBackup,
  previewRestore,
  readBackupRecord,
  restoreBackup,
  undoRestore,
} from '../../../core/backups/backup-store';
import { BACKUP_INTERVAL_MS } from '../../../core/backups/policy';
import { dismissalId } from '../../../core/db/dismissals';
import type { Repository } from '../../../core/db/repository';
import { freshRepository } from '../support/database';
import { annotation, articleMetadata, party } from '../support/records';
import { fillTheDisk } from './storage-faults';

const DAY = BACKUP_INTERVAL_MS;
const T0 = Date.parse('2025-03-01T09:00:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();

async function seed(repo: Repository): Promise<void> {
  const article = await repo.upsertArticle(articleMetadata(), at(-DAY));
  await repo.saveParty(party({ updated: at(-DAY) }));
  await repo.saveAnnotation(annotation({ articleId: article.id, partyId: 'p-1', updated: at(-DAY) }));
  await repo.saveAnnotation(annotation({ id: 'a-2', articleId: article.id, note: 'second', updated: at(-DAY) }));
  await repo.restoreCollection({ ...ESSAY, articleIds: [article.id] });
  await repo.db.dismissals.put({ ...DISMISSAL, articleId: article.id });
}

const ESSAY = { id: 'c-1', name: 'Essay sources', articleIds: [], created: at(-DAY), updated: at(-DAY) };
const DISMISSAL = { id: dismissalId(articleMetadata().url, 'party:someone'), articleId: '', at: at(-DAY) };

async function library(repo: Repository) {
  const { articles, annotations, parties, settings, collections, dismissals } = await repo.readLibrary();
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    articles: byId(articles),
    annotations: byId(annotations),
    parties: byId(parties),
    settings,
    collections: byId(collections),
    dismissals: byId(dismissals),
  };
}

describe('automatic backups', () => {
  it('makes none of an empty library, then one as soon as it holds something', async () => {
    const repo = freshRepository();
    expect(await backUpIfDue(repo, at(0))).toBe('empty');
    await seed(repo);
    expect(await backUpIfDue(repo, at(0))).toBe('due');
    const [made] = await listBackups(repo.db);
    expect(made).toMatchObject({
      created: at(0),
      counts: { articles: 1, annotations: 2, parties: 1, collections: 1, dismissals: 1 },
    });
    expect(made!.storedBytes).toBeGreaterThan(0);
    expect(made).not.toHaveProperty('content');
  });

  it('holds the whole library in the backup format, readable by the import path', async () => {
    const repo = freshRepository();
    await seed(repo);
    await repo.db.settings.put({ key: 'verdictScale', value: ['True', 'False'] });
    const { id } = await makeBackup(repo, { now: at(0) });
    const parsed = await readBackupRecord(repo.db, id);
    const stored = await library(repo);
    expect(parsed.format).toBe('marginalia-backup');
    expect(parsed.articles).toEqual(stored.articles);
    expect(parsed.annotations).toEqual(stored.annotations);
    expect(parsed.parties).toEqual(stored.parties);
    expect(parsed.settings).toEqual(stored.settings);
    expect(parsed.collections).toEqual(stored.collections);
    expect(parsed.dismissals).toEqual(stored.dismissals);
    expect(parsed.collections).toHaveLength(1);
    expect(parsed.dismissals).toHaveLength(1);
  });

  it('sees a collection changed, made or deleted, or a suggestion dismissed, since the newest backup', async () => {
    const repo = freshRepository();
    await seed(repo);
    expect(await backUpIfDue(repo, at(0))).toBe('due');
    expect(await backUpIfDue(repo, at(DAY + 1))).toBe('unchanged');
    await repo.restoreCollection({ ...ESSAY, name: 'Renamed', updated: at(DAY + 2) });
    expect(await backUpIfDue(repo, at(DAY + 3))).toBe('due');
    await repo.db.collections.delete(ESSAY.id);
    expect(await backUpIfDue(repo, at(3 * DAY))).toBe('due');
    await repo.db.dismissals.put({ ...DISMISSAL, id: dismissalId(articleMetadata().url, 'claim:x'), at: at(-DAY) });
    expect(await backUpIfDue(repo, at(5 * DAY))).toBe('due');
    expect(await backUpIfDue(repo, at(7 * DAY))).toBe('unchanged');
    const [newest] = await listBackups(repo.db);
    expect(newest!.counts).toMatchObject({ collections: 0, dismissals: 2 });
  });

  it('makes at most one a day, and none while nothing changed', async () => {
    const repo = freshRepository();
    await seed(repo);
    expect(await backUpIfDue(repo, at(0))).toBe('due');
    await repo.saveAnnotation(annotation({ id: 'a-3', updated: at(60_000) }));
    expect(await backUpIfDue(repo, at(120_000))).toBe('not-due');
    expect(await backUpIfDue(repo, at(DAY + 1))).toBe('due');
    expect(await backUpIfDue(repo, at(3 * DAY))).toBe('unchanged');
    await repo.deleteAnnotation('a-3');
    // A deletion leaves a tombstone dated now: the backup after it sees the change.
    vi.useFakeTimers({ now: T0 + 3 * DAY + 5000, toFake: ['Date'] });
    try {
      await repo.deleteAnnotation('a-2');
    } finally {
      vi.useRealTimers();
    }
    expect(await backUpIfDue(repo, at(3 * DAY + 10_000))).toBe('due');
    expect((await listBackups(repo.db)).map((b) => b.created)).toEqual([at(3 * DAY + 10_000), at(DAY + 1), at(0)]);
  });

  it('keeps only the newest seven, dropping the oldest', async () => {
    const repo = freshRepository();
    await seed(repo);
    for (let day = 0; day < 10; day++) {
      await repo.saveAnnotation(annotation({ id: `day-${day}`, updated: at(day * DAY) }));
      expect(await backUpIfDue(repo, at(day * DAY + 1000))).toBe('due');
    }
    const kept = await listBackups(repo.db);
    expect(kept.map((b) => b.created)).toEqual(Array.from({ length: 7 }, (_, i) => at((9 - i) * DAY + 1000)));
    expect(kept[0]!.counts.annotations).toBe(12);
    expect(await repo.db.backups.count()).toBe(7);
  });
});

describe('restoring a backup', () => {
  it('previews, then brings back what was lost, keeps what changed since, and can be undone', async () => {
    const repo = freshRepository();
    await seed(repo);
    const { id } = await makeBackup(repo, { now: at(0) });

    await repo.deleteAnnotation('a-1');
    await repo.db.parties.delete('p-1');
    await repo.deleteCollection(ESSAY.id);
    await repo.db.dismissals.clear();
    const edited = annotation({
      id: 'a-2',
      articleId: articleMetadata().url,
      note: 'edited after the backup',
      updated: at(1000),
    });
    await repo.saveAnnotation(edited);
    await repo.saveAnnotation(annotation({ id: 'a-new', note: 'made after the backup', updated: at(2000) }));
    const beforeRestore = await library(repo);

    const plan = await previewRestore(repo, id);
    expect(plan.counts.annotations).toMatchObject({ new: 1, updated: 0, skipped: 1 });
    expect(plan.counts.parties).toMatchObject({ new: 1 });
    expect(plan.counts.collections).toMatchObject({ new: 1 });
    expect(plan.counts.dismissals).toMatchObject({ new: 1 });
    expect(await library(repo)).toEqual(beforeRestore);

    const { undo } = await restoreBackup(repo, id);
    const restored = await library(repo);
    expect(restored.annotations.map((a) => [a.id, a.note])).toEqual([
      ['a-1', ''],
      ['a-2', 'edited after the backup'],
      ['a-new', 'made after the backup'],
    ]);
    expect(restored.parties.map((p) => p.id)).toEqual(['p-1']);
    expect(await repo.annotationsByParty('p-1')).toHaveLength(1);
    expect(restored.collections).toEqual([{ ...ESSAY, articleIds: [articleMetadata().url] }]);
    expect(restored.dismissals.map((d) => d.id)).toEqual([DISMISSAL.id]);

    await undoRestore(repo, undo);
    expect(await library(repo)).toEqual(beforeRestore);
  });

  it('brings back a deleted collection even when nothing else was lost, and says so', async () => {
    const repo = freshRepository();
    await seed(repo);
    const { id } = await makeBackup(repo, { now: at(0) });
    await repo.deleteCollection(ESSAY.id);
    const plan = await previewRestore(repo, id);
    expect(restoreSummary(plan)).toBe(
      'It brings back 1 collection that the library no longer has. Everything changed since the backup keeps its newer version.',
    );
    const { undo } = await restoreBackup(repo, id);
    expect((await repo.listCollections()).map((c) => c.name)).toEqual(['Essay sources']);
    await undoRestore(repo, undo);
    expect(await repo.listCollections()).toEqual([]);
  });

  it('writes nothing when the disk fills up part way through', async () => {
    const repo = freshRepository();
    await seed(repo);
    const { id } = await makeBackup(repo, { now: at(0) });
    const { articles, annotations, parties } = repo.db;
    await repo.db.transaction('rw', [articles, annotations, parties], async () => {
      for (const table of [articles, annotations, parties]) await table.clear();
    });
    const before = await library(repo);
    // The article and the party are written, then the first annotation finds the disk full.
    const freeTheDisk = fillTheDisk({ after: 2 });
    try {
      await expect(restoreBackup(repo, id)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    } finally {
      freeTheDisk();
    }
    expect(await library(repo)).toEqual(before);
    await restoreBackup(repo, id);
    expect((await library(repo)).annotations.map((a) => a.id)).toEqual(['a-1', 'a-2']);
    expect((await library(repo)).parties.map((p) => p.id)).toEqual(['p-1']);
  });
});
