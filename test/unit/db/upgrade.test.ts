// @vitest-environment node
import { readdirSync } from 'node:fs';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { Repository } from '../../../core/db/repository';
import { CURRENT_VERSION, SCHEMAS } from '../../../core/db/schema';
import {
  AnnotationSchema,
  ArticleSchema,
  PartySchema,
  partyIdsOf,
  type Annotation,
  type Article,
  type Party,
} from '../../../core/model';
import { freshDatabaseName, openTracked } from '../support/database';
import { fixturePath, readFixture } from '../support/fixtures';

/**
 * Each test/fixtures/db/v<N>.json holds data as version N stored it, with version N's
 * store layout. The database is built from it with raw IndexedDB, never with the current
 * code, then opened with the current code: every version's data must survive every
 * later upgrade.
 */
interface StoreLayout {
  keyPath: string;
  indexes: { name: string; keyPath: string | string[]; multiEntry?: boolean }[];
}
interface VersionFixture {
  version: number;
  layout: Record<string, StoreLayout>;
  records: {
    articles: Article[];
    annotations: (Annotation & Record<string, unknown>)[];
    parties: Party[];
    settings: { key: string; value: unknown }[];
  };
}

const fixtures: VersionFixture[] = readdirSync(fixturePath('db'))
  .filter((file) => /^v\d+\.json$/.test(file))
  .map((file) => JSON.parse(readFixture('db', file)) as VersionFixture)
  .sort((a, b) => a.version - b.version);

/** Dexie stores version N as native IndexedDB version 10 × N. */
const DEXIE_VERSION_FACTOR = 10;

function createAsVersion(name: string, fixture: VersionFixture): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name, fixture.version * DEXIE_VERSION_FACTOR);
    request.onupgradeneeded = () => {
      const db = request.result;
      for (const [storeName, layout] of Object.entries(fixture.layout)) {
        const store = db.createObjectStore(storeName, { keyPath: layout.keyPath });
        for (const index of layout.indexes) {
          store.createIndex(index.name, index.keyPath, { multiEntry: index.multiEntry ?? false });
        }
        for (const record of fixture.records[storeName as keyof VersionFixture['records']] ?? []) {
          store.put(record);
        }
      }
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

const ids = (list: { id: string }[]) => list.map((record) => record.id).sort();

/** Opens a database holding a fixture's data with the current code, checking it opened cleanly. */
async function openUpgraded(fixture: VersionFixture): Promise<Repository> {
  const name = freshDatabaseName();
  await createAsVersion(name, fixture);
  const warn = vi.spyOn(console, 'warn');
  const db = openTracked(name);
  await db.open();
  // Dexie patches a layout that differs from the declared one, with a warning: the
  // fixture's layout (or an upgrade) would then not be what the code declares.
  expect(warn).not.toHaveBeenCalled();
  expect(db.verno).toBe(CURRENT_VERSION);
  expect(db.backendDB().version).toBe(CURRENT_VERSION * DEXIE_VERSION_FACTOR);
  return new Repository(db);
}

describe('database versions', () => {
  it('has a data fixture for every version before the current one, and for version 1', () => {
    const versions = fixtures.map((f) => f.version);
    for (let version = 1; version < Math.max(CURRENT_VERSION, 2); version++) {
      expect(versions).toContain(version);
    }
  });

  it.each(fixtures.map((f) => [f.version, f] as const))(
    'describes version %i in its fixture exactly as schema.ts declares it',
    (version, fixture) => {
      expect(fixture.layout).toEqual(layoutFromDexie(SCHEMAS[version]!));
    },
  );
});

describe.each(fixtures.map((f) => [f.version, f] as const))('data stored by version %i', (_version, fixture) => {
  const { articles, annotations, parties, settings } = fixture.records;

  it('opens with the current code and loses nothing', async () => {
    const repo = await openUpgraded(fixture);
    for (const [storeName, records] of Object.entries(fixture.records)) {
      const table = repo.db.table(storeName);
      expect(await table.count()).toBe(records.length);
      for (const record of records as Record<string, unknown>[]) {
        const key = record[table.schema.primKey.keyPath as string];
        expect(await table.get(key as string)).toMatchObject(record);
      }
    }
  });

  it('reads back every record equal and valid against the current schemas', async () => {
    const repo = await openUpgraded(fixture);
    for (const article of articles) {
      const stored = await repo.getArticle(article.id);
      expect(stored).toEqual(article);
      expect(v.parse(ArticleSchema, stored)).toEqual(stored);
    }
    for (const { partyIds: _partyIds, ...annotation } of annotations) {
      const stored = await repo.getAnnotation(annotation.id);
      expect(stored).toEqual(annotation);
      expect(v.parse(AnnotationSchema, stored)).toEqual(stored);
    }
    // From version 2 a stored party also carries its sort key, which reads leave out.
    for (const { sortName: _sortName, ...party } of parties as (Party & { sortName?: string })[]) {
      const stored = await repo.getParty(party.id);
      expect(stored).toEqual(party);
      expect(v.parse(PartySchema, stored)).toEqual(stored);
    }
    for (const setting of settings) {
      expect(await repo.db.settings.get(setting.key)).toEqual(setting);
    }
  });

  it('answers every index', async () => {
    const repo = await openUpgraded(fixture);
    for (const article of articles) {
      for (const url of article.urls) expect((await repo.findArticle(url))?.id).toBe(article.id);
      expect((await repo.findArticle(article.url, article.canonicalUrl))?.id).toBe(article.id);
      const onArticle = annotations
        .filter((a) => a.articleId === article.id)
        .sort((a, b) => a.created.localeCompare(b.created));
      expect((await repo.annotationsForArticle(article.id)).map((a) => a.id)).toEqual(onArticle.map((a) => a.id));
    }
    expect((await repo.db.articles.orderBy('lastVisit').toArray()).map((a) => a.id)).toEqual(
      [...articles].sort((a, b) => a.lastVisit.localeCompare(b.lastVisit)).map((a) => a.id),
    );

    for (const tag of new Set(annotations.flatMap((a) => a.tags))) {
      expect(ids(await repo.annotationsByTag(tag))).toEqual(ids(annotations.filter((a) => a.tags.includes(tag))));
    }
    const partyIds = new Set(annotations.flatMap(partyIdsOf));
    expect(partyIds.size).toBeGreaterThan(0);
    for (const partyId of partyIds) {
      expect(ids(await repo.annotationsByParty(partyId))).toEqual(
        ids(annotations.filter((a) => partyIdsOf(a).includes(partyId))),
      );
    }
    for (const kind of new Set(annotations.map((a) => a.kind))) {
      expect(ids(await repo.db.annotations.where('kind').equals(kind).toArray())).toEqual(
        ids(annotations.filter((a) => a.kind === kind)),
      );
    }
    expect((await repo.db.annotations.orderBy('updated').toArray()).map((a) => a.updated)).toEqual(
      annotations.map((a) => a.updated).sort(),
    );

    expect((await repo.listParties()).map((p) => p.name)).toEqual(parties.map((p) => p.name).sort());
    for (const party of parties) {
      for (const alias of party.aliases) {
        expect((await repo.db.parties.where('aliases').equals(alias).first())?.id).toBe(party.id);
      }
    }
  });

  it('takes the stored records back as unchanged: the current code stores them the same way', async () => {
    const repo = await openUpgraded(fixture);
    for (const { partyIds: _partyIds, ...annotation } of annotations) {
      expect(await repo.saveAnnotation(annotation)).toBe('unchanged');
    }
    for (const party of parties) expect(await repo.saveParty(party)).toBe('unchanged');
  });
});

/** Reads Dexie's store syntax ("id, *tags, [a+b]") into the fixture's layout form. */
function layoutFromDexie(schema: Record<string, string>): Record<string, StoreLayout> {
  return Object.fromEntries(
    Object.entries(schema).map(([storeName, spec]) => {
      const [primaryKey = '', ...indexSpecs] = spec.split(',').map((part) => part.trim());
      const indexes = indexSpecs.map((index) => {
        if (index.startsWith('*')) return { name: index.slice(1), keyPath: index.slice(1), multiEntry: true };
        if (index.startsWith('[')) return { name: index, keyPath: index.slice(1, -1).split('+') };
        return { name: index, keyPath: index };
      });
      return [storeName, { keyPath: primaryKey, indexes }];
    }),
  );
}
