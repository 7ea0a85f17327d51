import * as v from 'valibot';
import { AnnotationSchema, ArticleSchema, PartySchema, TimestampSchema } from '../model';
import type { LibrarySnapshot } from './snapshot';

/** The backup format: everything in the library, lossless. Documented in BACKUP-FORMAT.md. */
export const BACKUP_FORMAT = 'marginalia-backup';
export const BACKUP_VERSION = 1;

export const SettingSchema = v.object({
  key: v.pipe(v.string(), v.minLength(1)),
  value: v.unknown(),
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
});
export type Backup = v.InferOutput<typeof BackupSchema>;

export interface BackupOptions {
  exportedAt: string;
}

/** The backup of a snapshot, records sorted by id so two backups of the same data are equal. */
export function toBackup(snapshot: LibrarySnapshot, { exportedAt }: BackupOptions): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: new Date(exportedAt).toISOString(),
    articles: byKey(snapshot.articles, (a) => a.id),
    annotations: byKey(snapshot.annotations, (a) => a.id),
    parties: byKey(snapshot.parties, (p) => p.id),
    settings: byKey(snapshot.settings, (s) => s.key),
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
  return [
    '{',
    `  "format": ${JSON.stringify(backup.format)},`,
    `  "version": ${backup.version},`,
    `  "exportedAt": ${JSON.stringify(backup.exportedAt)},`,
    `  "articles": ${list(backup.articles)},`,
    `  "annotations": ${list(backup.annotations)},`,
    `  "parties": ${list(backup.parties)},`,
    `  "settings": ${list(backup.settings)}`,
    '}',
    '',
  ].join('\n');
}

function byKey<T>(records: T[], key: (record: T) => string): T[] {
  return [...records].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}
