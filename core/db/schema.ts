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

export const CURRENT_VERSION = 1;
