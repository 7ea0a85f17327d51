import * as v from 'valibot';
import { openDatabase, type StoredAnnotation } from '../../core/db/database';
import { Repository } from '../../core/db/repository';
import { AnnotationSchema, partyIdsOf, type Annotation } from '../../core/model';
import { makeRecords } from '../browser-lib/annotation-records';
import { interleave } from '../browser-lib/interleave';
import {
  countByIndex,
  deleteDatabase,
  describeStores,
  getAllByIndex,
  openRawDatabase,
  putAll,
  saveOne,
} from '../browser-lib/raw-idb';

export interface DatabaseArgs {
  sizes: number[];
  articles: number;
  parties: number;
  /** Records written per transaction in the bulk insert. */
  bulkChunk: number;
  /** Records saved one per transaction, into a store that already holds `size` records. */
  singleSaves: number;
  /** Each query runs, on both sides together, at least this long. */
  queryMinMs: number;
}

/** One comparison; rates are per second, ours through Repository/Dexie, raw through plain IndexedDB. */
export interface Comparison {
  name: string;
  unit: 'records/s' | 'queries/s';
  ours: number;
  raw: number;
}

export interface SizeResult {
  size: number;
  comparisons: Comparison[];
  parseRecordsPerSecond: number;
}

const STORE = 'annotations';

function stored(annotation: Annotation): StoredAnnotation {
  return { ...annotation, partyIds: partyIdsOf(annotation) };
}

/** JSON with object keys sorted, so records that differ only in key order compare equal. */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}

// Raw IndexedDB must be handed exactly what Repository stores after validation.
function checkRecordsAreCanonical(records: readonly Annotation[]): void {
  for (const record of records.slice(0, 1000)) {
    if (sortedJson(v.parse(AnnotationSchema, record)) !== sortedJson(record)) {
      throw new Error(`generated record ${record.id} changes when validated`);
    }
  }
}

function byCreated(a: StoredAnnotation, b: StoredAnnotation): number {
  return a.created < b.created ? -1 : a.created > b.created ? 1 : 0;
}

/** Dexie creates the stores from SCHEMA_V1; the raw copy takes their shape from the browser. */
async function freshPair(size: number) {
  const oursName = `bench-ours-${size}`;
  const rawName = `bench-raw-${size}`;
  await deleteDatabase(oursName);
  await deleteDatabase(rawName);
  const repository = new Repository(openDatabase(oursName));
  await repository.db.open();
  const raw = await openRawDatabase(rawName, await describeStores(repository.db.backendDB()));
  return {
    repository,
    raw,
    async drop() {
      repository.db.close();
      raw.close();
      await deleteDatabase(oursName);
      await deleteDatabase(rawName);
    },
  };
}

function rate(name: string, unit: Comparison['unit'], count: number, seconds: { ours: number; raw: number }): Comparison {
  return { name, unit, ours: count / seconds.ours, raw: count / seconds.raw };
}

async function compareQuery<K, R extends unknown[] | number>(
  name: string,
  keys: readonly K[],
  minMs: number,
  ours: (key: K) => Promise<R>,
  raw: (key: K) => Promise<R>,
): Promise<Comparison> {
  const sizeOf = (result: R) => (typeof result === 'number' ? result : result.length);
  let returned = 0;
  for (const key of keys.slice(0, 3)) {
    // Both sides must answer the same question, or the rates compare nothing.
    if (sizeOf(await ours(key)) !== sizeOf(await raw(key))) {
      throw new Error(`${name}: Repository and raw IndexedDB disagree for ${String(key)}`);
    }
  }
  const seconds = await interleave(
    5,
    (i) => ours(keys[i % keys.length]!),
    async (i) => {
      const result = await raw(keys[i % keys.length]!);
      if (typeof result !== 'number') returned += result.length;
    },
    minMs,
  );
  const label = returned > 0 ? `${name} (~${Math.round(returned / seconds.steps)} records each)` : name;
  return rate(label, 'queries/s', seconds.steps, seconds);
}

/** The list in an order unlike the order it was inserted in. */
function spread<T>(list: readonly T[]): T[] {
  return list.map((_, i) => list[(i * 7919) % list.length]!);
}

async function benchSize(size: number, args: DatabaseArgs): Promise<SizeResult> {
  const set = makeRecords(size + args.singleSaves, args.articles, args.parties);
  const bulkRecords = set.annotations.slice(0, size);
  const laterRecords = set.annotations.slice(size);
  checkRecordsAreCanonical(set.annotations);

  const parseStarted = performance.now();
  for (const record of bulkRecords) v.parse(AnnotationSchema, record);
  const parseRecordsPerSecond = size / ((performance.now() - parseStarted) / 1000);

  const { repository, raw, drop } = await freshPair(size);
  const comparisons: Comparison[] = [];

  console.log(`${size}: bulk insert, ${args.bulkChunk} per transaction…`);
  const chunk = (i: number) => bulkRecords.slice(i * args.bulkChunk, (i + 1) * args.bulkChunk);
  const bulk = await interleave(
    Math.ceil(size / args.bulkChunk),
    (i) => repository.db.annotations.bulkPut(chunk(i).map(stored)),
    (i) => putAll(raw, STORE, chunk(i).map(stored)),
  );
  comparisons.push(
    rate(`insert ${args.bulkChunk} per transaction (Dexie bulkPut: Repository has no bulk save)`, 'records/s', size, bulk),
  );

  console.log(`${size}: queries…`);
  const articleIds = spread(set.articleIds);
  comparisons.push(
    await compareQuery(
      'query: annotations of one article',
      articleIds,
      args.queryMinMs,
      (id) => repository.annotationsForArticle(id),
      async (id) => (await getAllByIndex<StoredAnnotation>(raw, STORE, 'articleId', id)).sort(byCreated),
    ),
    await compareQuery(
      'query: by tag',
      spread(set.tags),
      args.queryMinMs,
      (tag) => repository.annotationsByTag(tag),
      (tag) => getAllByIndex(raw, STORE, 'tags', tag),
    ),
    await compareQuery(
      'query: by party',
      spread(set.partyIds),
      args.queryMinMs,
      (id) => repository.annotationsByParty(id),
      (id) => getAllByIndex(raw, STORE, 'partyIds', id),
    ),
    await compareQuery(
      'query: count for one article',
      articleIds,
      args.queryMinMs,
      (id) => repository.countForArticle(id),
      (id) => countByIndex(raw, STORE, 'articleId', id),
    ),
  );

  console.log(`${size}: ${args.singleSaves} saves, one per transaction…`);
  const single = await interleave(
    laterRecords.length,
    (i) => repository.saveAnnotation(laterRecords[i]!),
    (i) => saveOne(raw, STORE, stored(laterRecords[i]!)),
  );
  comparisons.push(
    rate('save one per transaction (Repository.saveAnnotation)', 'records/s', laterRecords.length, single),
  );

  await drop();
  return { size, comparisons, parseRecordsPerSecond };
}

/**
 * Inserts and queries through the project's Repository against plain IndexedDB doing the
 * same work on the same records, with the same stores and indexes, in the same page.
 */
export async function run(args: DatabaseArgs): Promise<SizeResult[]> {
  const results: SizeResult[] = [];
  for (const size of args.sizes) results.push(await benchSize(size, args));
  return results;
}
