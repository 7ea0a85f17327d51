import { afterEach } from 'vitest';
import { openDatabase, type MarginaliaDatabase } from '../../../core/db/database';
import { Repository } from '../../../core/db/repository';

const opened: MarginaliaDatabase[] = [];

/** A database of its own for each test, deleted afterwards. */
export function freshDatabaseName(): string {
  return `marginalia-test-${crypto.randomUUID()}`;
}

export function openTracked(name: string): MarginaliaDatabase {
  const db = openDatabase(name);
  opened.push(db);
  return db;
}

export function freshRepository(name: string = freshDatabaseName()): Repository {
  return new Repository(openTracked(name));
}

afterEach(async () => {
  const names = new Set(opened.map((db) => db.name));
  for (const db of opened.splice(0)) db.close();
  for (const name of names) await deleteDatabase(name);
});

export function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}
