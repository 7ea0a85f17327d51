import type { CollectionRecord, DismissalRecord, SettingRecord } from '../../db/database';
import type { ArticleVersion } from '../../db/snapshots';
import { nowIso, type Annotation, type Article, type Party } from '../../model';
import { ImportError } from './errors';
import { parseJsonText, type ReadJsonOptions } from './json-text';
import { readBackup } from './read-backup';
import { foreignFormatOf, readForeign } from './read-foreign';

export type ImportFormat = 'marginalia-backup' | 'w3c' | 'hypothesis';

/** A file read and checked, before anything is compared with the library or written. */
export interface ParsedImport {
  format: ImportFormat;
  articles: Article[];
  annotations: Annotation[];
  parties: Party[];
  settings: SettingRecord[];
  /** The reader's collections and dismissed suggestions; only Marginalia backups have them. */
  collections: CollectionRecord[];
  dismissals: DismissalRecord[];
  /** Saved versions of the articles' text, unpacked; only Marginalia backups have them. */
  versions: ArticleVersion[];
  /**
   * Another tool's file knows pages by address and parties by name: such records are
   * matched with the library's by those before ids are compared.
   */
  matchByAddressAndName: boolean;
  undated: Set<string>;
  positionsEstimated: number;
  /** Records of the file left out, and why (page notes, PDFs…). */
  skipped: { where: string; reason: string }[];
}

export interface ReadImportOptions extends ReadJsonOptions {
  /** Time given to annotations whose file has none; defaults to now. */
  now?: string;
}

/** Reads an import file: a Marginalia backup, W3C Web Annotation JSON(-LD) or Hypothesis JSON. */
export function readImportText(text: string, options: ReadImportOptions = {}): ParsedImport {
  return readImportData(parseJsonText(text, options), options);
}

export function readImportData(data: unknown, options: ReadImportOptions = {}): ParsedImport {
  const isObject = typeof data === 'object' && data !== null && !Array.isArray(data);
  if (isObject && 'format' in data) {
    const backup = readBackup(data as Record<string, unknown>);
    return {
      ...backup,
      collections: backup.collections ?? [],
      dismissals: backup.dismissals ?? [],
      versions: backup.versions ?? [],
      format: 'marginalia-backup',
      matchByAddressAndName: false,
      undated: new Set(),
      positionsEstimated: 0,
      skipped: [],
    };
  }
  const format = foreignFormatOf(data);
  if (!format) {
    if (Array.isArray(data) && data.length === 0)
      throw new ImportError('The file holds an empty list: there is nothing to import.');
    throw new ImportError(
      'This is not a file Marginalia can import. It reads its own backups (.backup.json), W3C Web Annotation files (.jsonld) and Hypothesis exports (.json).',
    );
  }
  const foreign = readForeign(data, format, options.now ?? nowIso());
  return {
    ...foreign,
    settings: [],
    collections: [],
    dismissals: [],
    versions: [],
    matchByAddressAndName: true,
    skipped: foreign.skipped.map(({ where, reason }) => ({ where, reason })),
  };
}
