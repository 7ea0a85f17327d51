/**
 * Every version of the database's stores, oldest first. A version is never edited once
 * released: a change adds a new entry with its upgrade in database.ts, and a fixture of
 * the previous version's data in test/fixtures/db/ that the upgrade test opens.
 */
export const DB_NAME = 'marginalia';

export const SCHEMA_V1 = {
  articles: 'id, *urls, lastVisit, siteName',
  annotations: 'id, articleId, kind, *tags, *partyIds, updated, [articleId+kind]',
  parties: 'id, name, *aliases, updated',
  settings: 'key',
} as const;

/**
 * Version 2: parties sort by a folded name (case and accents aside), deleted annotations
 * leave a tombstone so a late retry of an earlier save cannot bring them back, the
 * reader's collections of articles, and the suggestions a reader dismissed per article.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  parties: 'id, name, sortName, *aliases, updated',
  tombstones: 'id, deleted',
  collections: 'id, name, *articleIds, updated',
  dismissals: 'id, articleId',
} as const;

/**
 * Version 3: what an article said when it was annotated (each distinct text once, with
 * when it was first and last seen), and the automatic local backups. Both are new stores;
 * nothing stored before changes.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  snapshots: 'id, articleId, [articleId+firstSeen], lastSeen',
  backups: 'id, created',
} as const;

/** Every version's stores, by version number, as the upgrade test checks its fixtures against. */
export const SCHEMAS: Record<number, Record<string, string>> = { 1: SCHEMA_V1, 2: SCHEMA_V2, 3: SCHEMA_V3 };

export const CURRENT_VERSION = 3;
