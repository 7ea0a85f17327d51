import type { BackupRecord, MarginaliaDatabase } from '../db/database';
import type { Repository } from '../db/repository';
import { toBackup, type Backup } from '../exchange/backup';
import { importKeysOf, previewImport } from '../exchange/import/apply';
import { planImport, type ImportPlan } from '../exchange/import/plan';
import { readImportData, type ParsedImport } from '../exchange/import/read';
import { newId, nowIso } from '../model';
import { gunzipJson, gzipJson } from '../snapshots/compress';
import {
  backupsToPrune,
  BACKUPS_KEPT,
  decideBackup,
  latestOf,
  type BackupDecision,
  type BackupSummary,
  type LibraryState,
} from './policy';
import { undoOfWrites, type RestoreUndo } from './restore-undo';

/** A backup as the settings list it: everything but its content. */
export type BackupListing = Omit<BackupRecord, 'content'>;

/** The automatic backups, newest first, without their content. */
export async function listBackups(db: MarginaliaDatabase): Promise<BackupListing[]> {
  const records = await db.backups.orderBy('created').reverse().toArray();
  return records.map(({ content: _content, ...listing }) => listing);
}

/** What the library holds and when it last changed, from its indexes: no record is read whole. */
export async function readLibraryState(db: MarginaliaDatabase): Promise<LibraryState> {
  const { articles, annotations, parties, collections, dismissals, tombstones } = db;
  return db.transaction('r', [articles, annotations, parties, collections, dismissals, tombstones], async () => {
    const [counts, changes] = await Promise.all([
      Promise.all([articles.count(), annotations.count(), parties.count(), collections.count(), dismissals.count()]),
      Promise.all([
        articles.orderBy('lastVisit').lastKey(),
        annotations.orderBy('updated').lastKey(),
        parties.orderBy('updated').lastKey(),
        collections.orderBy('updated').lastKey(),
        tombstones.orderBy('deleted').lastKey(),
      ]),
    ]);
    const [articleCount, annotationCount, partyCount, collectionCount, dismissalCount] = counts;
    return {
      counts: {
        articles: articleCount,
        annotations: annotationCount,
        parties: partyCount,
        collections: collectionCount,
        dismissals: dismissalCount,
      },
      latestChange: latestOf(...(changes as (string | undefined)[])),
    };
  });
}

async function newestBackup(db: MarginaliaDatabase): Promise<BackupSummary | undefined> {
  const newest = await db.backups.orderBy('created').last();
  return newest && { id: newest.id, created: newest.created, counts: newest.counts };
}

/**
 * Backs up the whole library now, in the backup format (core/exchange/backup.ts),
 * compressed, and deletes the oldest automatic backups beyond the last `keep`.
 */
export async function makeBackup(
  repo: Repository,
  { now = nowIso(), keep = BACKUPS_KEPT }: { now?: string; keep?: number } = {},
): Promise<BackupListing> {
  const backup = toBackup(await repo.readLibrary({ versions: false }), { exportedAt: now });
  const content = await gzipJson(backup);
  const record: BackupRecord = {
    id: newId(),
    created: backup.exportedAt,
    counts: {
      articles: backup.articles.length,
      annotations: backup.annotations.length,
      parties: backup.parties.length,
      collections: backup.collections?.length ?? 0,
      dismissals: backup.dismissals?.length ?? 0,
    },
    storedBytes: content.byteLength,
    content,
  };
  const { db } = repo;
  await db.transaction('rw', db.backups, async () => {
    await db.backups.add(record);
    const all = await db.backups.toArray();
    await db.backups.bulkDelete(backupsToPrune(all, keep));
  });
  const { content: _content, ...listing } = record;
  return listing;
}

/** Makes the day's automatic backup if one is due (see policy.ts), and says what it did. */
export async function backUpIfDue(repo: Repository, now: string = nowIso()): Promise<BackupDecision> {
  const [newest, library] = await Promise.all([newestBackup(repo.db), readLibraryState(repo.db)]);
  const decision = decideBackup(newest, library, now);
  if (decision === 'due') await makeBackup(repo, { now });
  return decision;
}

/** A backup's content, read and checked as an import file is (core/exchange/import). */
export async function readBackupRecord(db: MarginaliaDatabase, id: string): Promise<ParsedImport> {
  const record = await db.backups.get(id);
  if (!record) throw new Error('That backup no longer exists.');
  return readImportData(await gunzipJson<Backup>(record.content));
}

/** What restoring a backup would do, for the reader to confirm. Writes nothing. */
export async function previewRestore(repo: Repository, id: string): Promise<ImportPlan> {
  return previewImport(repo, await readBackupRecord(repo.db, id));
}

/**
 * Restores a backup the way a backup file is imported: planned against the library as it
 * is inside the same transaction, and written all at once or not at all. Records the
 * library no longer has come back; records changed since the backup keep their newer
 * version. Returns the plan and what undoes it.
 */
export async function restoreBackup(repo: Repository, id: string): Promise<{ plan: ImportPlan; undo: RestoreUndo }> {
  const incoming = await readBackupRecord(repo.db, id);
  return repo.inOneTransaction(async () => {
    const before = await repo.readForImport(importKeysOf(incoming));
    const plan = planImport(incoming, before);
    await repo.writeImported(plan.writes);
    return { plan, undo: undoOfWrites(plan.writes, before) };
  });
}

/** Takes a restore back, in one transaction. */
export async function undoRestore(repo: Repository, undo: RestoreUndo): Promise<void> {
  const { db } = repo;
  await repo.inOneTransaction(async () => {
    await db.annotations.bulkDelete(undo.remove.annotations);
    await db.parties.bulkDelete(undo.remove.parties);
    await db.articles.bulkDelete(undo.remove.articles);
    await db.settings.bulkDelete(undo.remove.settings);
    await db.collections.bulkDelete(undo.remove.collections);
    await db.dismissals.bulkDelete(undo.remove.dismissals);
    await repo.writeImported(undo.restore);
  });
}
