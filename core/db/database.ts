import { Dexie, type EntityTable } from 'dexie';
import type { Annotation, Article, Party } from '../model';
import { DB_NAME, SCHEMA_V1 } from './schema';

/** An annotation as stored: with every party it names, for the "by party" index. */
export type StoredAnnotation = Annotation & { partyIds: string[] };

export interface SettingRecord {
  key: string;
  value: unknown;
}

export type MarginaliaDatabase = Dexie & {
  articles: EntityTable<Article, 'id'>;
  annotations: EntityTable<StoredAnnotation, 'id'>;
  parties: EntityTable<Party, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
};

/** Opens (creating or upgrading) the database. Only repository.ts and tests call this. */
export function openDatabase(name: string = DB_NAME): MarginaliaDatabase {
  const db = new Dexie(name) as MarginaliaDatabase;
  db.version(1).stores(SCHEMA_V1);
  return db;
}
