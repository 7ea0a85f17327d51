import * as v from 'valibot';
import { CollectionSchema, DismissalSchema } from '../db/record-schemas';
import { AnnotationSchema, ArticleSchema, PartySchema, TimestampSchema, WebUrlSchema } from '../model';
import type { LibrarySnapshot } from './snapshot';

/** The backup format: everything in the library, lossless. Documented in BACKUP-FORMAT.md. */
export const BACKUP_FORMAT = 'marginalia-backup';
export const BACKUP_VERSION = 1;

export const SettingSchema = v.object({
  key: v.pipe(v.string(), v.minLength(1)),
  value: v.unknown(),
});

/**
 * One stored version of an article: what it said, and from when to when it was seen
 * saying it. The text's hash and the id made from it are checked against the text on
 * import (core/exchange/import/versions.ts), since checking needs an async digest.
 */
export const VersionSchema = v.object({
  /** The article's id and the hash, joined (core/db/snapshots.ts snapshotId). */
  id: v.string(),
  articleId: WebUrlSchema,
  hash: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'Must be a SHA-256 hash in lower-case hex')),
  firstSeen: TimestampSchema,
  lastSeen: TimestampSchema,
  title: v.string(),
  byline: v.string(),
  siteName: v.string(),
  publishedTime: v.string(),
  pageBytes: v.pipe(v.number(), v.safeInteger(), v.minValue(0)),
  html: v.string(),
  text: v.string(),
});

/**
 * A whole backup file. Records use the model's own schemas, so a backup holds exactly what
 * the library may hold; derived fields (the annotations' party index) are left out and
 * rebuilt on import.
 */
export const BackupSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  version: v.literal(BACKUP_VERSION),
  exportedAt: TimestampSchema,
  articles: v.array(ArticleSchema),
  annotations: v.array(AnnotationSchema),
  parties: v.array(PartySchema),
  settings: v.array(SettingSchema),
  /** Added after version 1 was released, like `versions`; optional, so files without them stay valid. */
  collections: v.optional(v.array(CollectionSchema)),
  dismissals: v.optional(v.array(DismissalSchema)),
  /** Added after version 1 was released; optional, so files without it stay valid. */
  versions: v.optional(v.array(VersionSchema)),
});
export type Backup = v.InferOutput<typeof BackupSchema>;

export interface BackupOptions {
  exportedAt: string;
}

/**
 * The backup of a snapshot, records sorted by id so two backups of the same data are equal.
 * A collection lists only articles of the snapshot, so that the file stands alone and
 * imports (an address with no article is one the library shows no article for).
 */
export function toBackup(snapshot: LibrarySnapshot, { exportedAt }: BackupOptions): Backup {
  const articleIds = new Set(snapshot.articles.map((a) => a.id));
  const collections = snapshot.collections?.map((c) => ({
    ...c,
    articleIds: c.articleIds.filter((id) => articleIds.has(id)),
  }));
  // The optional lists are left out when empty, so a library without them backs up as before.
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    articles: byKey(snapshot.articles, (a) => a.id),
    annotations: byKey(snapshot.annotations, (a) => a.id),
    parties: byKey(snapshot.parties, (p) => p.id),
    settings: byKey(snapshot.settings, (s) => s.key),
    ...(collections?.length && { collections: byKey(collections, (c) => c.id) }),
    ...(snapshot.dismissals?.length && { dismissals: byKey(snapshot.dismissals, (d) => d.id) }),
    ...(snapshot.versions?.length && { versions: byKey(snapshot.versions, (s) => s.id) }),
  };
}

/**
 * The backup as text: one record per line, so a large backup stays readable, greppable
 * and diffable without being twice the size of compact JSON.
 */
export function backupText(snapshot: LibrarySnapshot, options: BackupOptions): string {
  const backup = toBackup(snapshot, options);
  const list = (records: unknown[]) =>
    records.length === 0 ? '[]' : `[\n    ${records.map((r) => JSON.stringify(r)).join(',\n    ')}\n  ]`;
  const lists: [string, unknown[] | undefined][] = [
    ['articles', backup.articles],
    ['annotations', backup.annotations],
    ['parties', backup.parties],
    ['settings', backup.settings],
    ['collections', backup.collections],
    ['dismissals', backup.dismissals],
    ['versions', backup.versions],
  ];
  const fields = [
    `  "format": ${JSON.stringify(backup.format)}`,
    `  "version": ${backup.version}`,
    `  "exportedAt": ${JSON.stringify(backup.exportedAt)}`,
    ...lists.flatMap(([key, records]) => (records ? [`  "${key}": ${list(records)}`] : [])),
  ];
  return `{\n${fields.join(',\n')}\n}\n`;
}

function byKey<T>(records: T[], key: (record: T) => string): T[] {
  return [...records].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
