/**
 * When Marginalia makes an automatic backup and which ones it keeps. Pure: the store
 * (backup-store.ts) reads the facts, this decides.
 */

/** At most one automatic backup a day. */
export const BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** The automatic backups kept: a week of daily ones, or the last seven changes of a quieter library. */
export const BACKUPS_KEPT = 7;

export interface LibraryCounts {
  articles: number;
  annotations: number;
  parties: number;
  /** Counted since backups hold them: a backup made before has neither. */
  collections?: number;
  dismissals?: number;
}

/** What is known of the newest backup without opening it. */
export interface BackupSummary {
  id: string;
  created: string;
  counts: LibraryCounts;
}

/**
 * What the library looks like now, read from its indexes: how many records of each kind,
 * and the latest time anything in it was written (an annotation, party or collection
 * updated, an article visited, an annotation deleted).
 */
export interface LibraryState {
  counts: LibraryCounts;
  latestChange: string | undefined;
}

export type BackupDecision = 'due' | 'not-due' | 'unchanged' | 'empty';

/**
 * Whether to make an automatic backup now: none was made in the last day, and the library
 * holds something and changed since the newest backup. A newest backup dated in the
 * future (the clock was set back) does not hold the next one off.
 */
export function decideBackup(newest: BackupSummary | undefined, library: LibraryState, now: string): BackupDecision {
  if (newest) {
    const age = Date.parse(now) - Date.parse(newest.created);
    if (age >= 0 && age < BACKUP_INTERVAL_MS) return 'not-due';
    return changedSince(newest, library) ? 'due' : 'unchanged';
  }
  return isEmpty(library.counts) ? 'empty' : 'due';
}

/**
 * Whether the library changed since a backup: something was written after it, or the
 * number of records differs (an import keeps its records' own, older times; dismissing a
 * suggestion records no time an index can read). A change to the reader's settings alone
 * waits for the next change to the library.
 */
export function changedSince(backup: BackupSummary, library: LibraryState): boolean {
  const kinds = ['articles', 'annotations', 'parties', 'collections', 'dismissals'] as const;
  // A backup that does not count collections or dismissals holds none of them.
  if (kinds.some((kind) => (library.counts[kind] ?? 0) !== (backup.counts[kind] ?? 0))) return true;
  return library.latestChange !== undefined && library.latestChange > backup.created;
}

function isEmpty(counts: LibraryCounts): boolean {
  return counts.articles === 0 && counts.annotations === 0 && counts.parties === 0;
}

/** The backups to delete so that only the newest `keep` remain. */
export function backupsToPrune(backups: { id: string; created: string }[], keep: number = BACKUPS_KEPT): string[] {
  return [...backups]
    .sort((a, b) => (a.created < b.created ? 1 : a.created > b.created ? -1 : a.id < b.id ? 1 : -1))
    .slice(Math.max(0, keep))
    .map((b) => b.id);
}

/** The latest of some ISO times, ignoring missing ones. */
export function latestOf(...times: (string | undefined)[]): string | undefined {
  return times.reduce<string | undefined>(
    (latest, t) => (t !== undefined && (latest === undefined || t > latest) ? t : latest),
    undefined,
  );
}
