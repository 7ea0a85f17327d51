import { Dexie, type EntityTable } from 'dexie';
import type { Annotation, Article, Party } from '../model';
import type { CollectionRecord, DismissalRecord } from './record-schemas';
import { DB_NAME, SCHEMA_V1, SCHEMA_V2, SCHEMA_V3 } from './schema';

export type { CollectionRecord, DismissalRecord } from './record-schemas';

/** An annotation as stored: with every party it names, for the "by party" index. */
export type StoredAnnotation = Annotation & { partyIds: string[] };

/** A party as stored: with the folded name its list is sorted by. */
export type StoredParty = Party & { sortName: string };

/** Left by a deleted annotation, so that an older write of it arriving late is refused. */
export interface Tombstone {
  id: string;
  deleted: string;
}

/**
 * One distinct text of an article, kept as it was: Readability's cleaned HTML (sanitised)
 * and plain text, compressed. Its id joins the article and the text's hash, so a text seen
 * again updates `lastSeen` instead of being stored twice.
 */
export interface SnapshotRecord {
  id: string;
  articleId: string;
  /** SHA-256 of the plain text, hex. */
  hash: string;
  firstSeen: string;
  lastSeen: string;
  title: string;
  byline: string;
  siteName: string;
  publishedTime: string;
  /** Bytes of the page's HTML when captured, and of the stored (compressed) content. */
  pageBytes: number;
  storedBytes: number;
  /** Hashes of whole-page texts on which this version was seen: a revisit with one of them is unchanged. */
  pageHashes: string[];
  /** gzip of JSON {"html": …, "text": …}. */
  content: Uint8Array;
}

/** An automatic copy of the whole library, in the backup format, compressed. */
export interface BackupRecord {
  id: string;
  created: string;
  /** Collections and dismissals are counted since backups hold them; older backups lack both. */
  counts: { articles: number; annotations: number; parties: number; collections?: number; dismissals?: number };
  storedBytes: number;
  /** gzip of the backup JSON (core/exchange/backup.ts). */
  content: Uint8Array;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type MarginaliaDatabase = Dexie & {
  articles: EntityTable<Article, 'id'>;
  annotations: EntityTable<StoredAnnotation, 'id'>;
  parties: EntityTable<StoredParty, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  tombstones: EntityTable<Tombstone, 'id'>;
  collections: EntityTable<CollectionRecord, 'id'>;
  dismissals: EntityTable<DismissalRecord, 'id'>;
  snapshots: EntityTable<SnapshotRecord, 'id'>;
  backups: EntityTable<BackupRecord, 'id'>;
};

/** The key a party's name sorts by: case, accents and leading punctuation set aside. */
export function partySortName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .toLocaleLowerCase('en');
}

export function toStoredParty(party: Party): StoredParty {
  return { ...party, sortName: partySortName(party.name) };
}

export function fromStoredParty({
  sortName: _sortName,
  ...party
}: StoredParty | (Party & { sortName?: string })): Party {
  return party;
}

/** Opens (creating or upgrading) the database. Only repository.ts and tests call this. */
export function openDatabase(name: string = DB_NAME): MarginaliaDatabase {
  const db = new Dexie(name) as MarginaliaDatabase;
  db.version(1).stores(SCHEMA_V1);
  db.version(2)
    .stores(SCHEMA_V2)
    .upgrade(async (tx) => {
      await tx
        .table<StoredParty, string>('parties')
        .toCollection()
        .modify((party) => {
          party.sortName = partySortName(party.name);
        });
    });
  db.version(3).stores(SCHEMA_V3);
  return db;
}
