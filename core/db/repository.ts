import * as v from 'valibot';
import {
  AnchorStatusSchema,
  AnnotationSchema,
  ArticleMetadataSchema,
  IdSchema,
  PartySchema,
  TimestampSchema,
  articleKey,
  candidateKeys,
  newId,
  nowIso,
  partyIdsOf,
  type AnchorStatus,
  type Annotation,
  type Article,
  type ArticleMetadata,
  type Party,
} from '../model';
import {
  fromStoredParty,
  openDatabase,
  toStoredParty,
  type CollectionRecord,
  type DismissalRecord,
  type MarginaliaDatabase,
  type SettingRecord,
  type SnapshotRecord,
  type StoredAnnotation,
} from './database';
import { unpackVersion, type ArticleVersion } from './snapshots';

const AnchorResultsSchema = v.array(v.object({ id: IdSchema, anchor: AnchorStatusSchema }));

/** The whole library as plain records: what exports and backups are made from. */
export interface LibraryRecords {
  articles: Article[];
  annotations: Annotation[];
  parties: Party[];
  settings: SettingRecord[];
  collections: CollectionRecord[];
  dismissals: DismissalRecord[];
  /** Every stored version of every article, unpacked. */
  versions: ArticleVersion[];
}

/** When a version was first and last seen: what an import compares, and may widen. */
export type VersionSpan = Pick<SnapshotRecord, 'id' | 'firstSeen' | 'lastSeen'>;

/** Records as an import reads and writes them: versions as stored, compressed. */
export interface ImportRecords {
  articles: Article[];
  annotations: Annotation[];
  parties: Party[];
  settings: SettingRecord[];
  collections?: CollectionRecord[];
  dismissals?: DismissalRecord[];
  versions?: SnapshotRecord[];
  /** Versions the library has, seen over a wider span than it knew. */
  versionSpans?: VersionSpan[];
}

/** The ids and keys of an import's records, to read what the library holds under them. */
export interface ImportKeys {
  articleIds: string[];
  /** Addresses to match articles by, for files that know pages only by address. */
  articleUrls: string[];
  annotationIds: string[];
  settingKeys: string[];
  collectionIds?: string[];
  dismissalIds?: string[];
  versionIds?: string[];
}

/** What a write did: lets callers and tests tell a first write from a retry. */
export type WriteOutcome = 'created' | 'updated' | 'unchanged' | 'stale';

function stripStored({ partyIds: _partyIds, ...annotation }: StoredAnnotation): Annotation {
  return annotation;
}

function later(a: string, b: string): string {
  return a > b ? a : b;
}

function earlier(a: string, b: string): string {
  return a < b ? a : b;
}

/**
 * The only code that touches Dexie. Every write is idempotent: records carry
 * client-made ids and an `updated` time, a write equal to what is stored changes
 * nothing, and an older write never overwrites a newer one, so a message retried after
 * the service worker was stopped neither doubles nor loses anything.
 */
export class Repository {
  constructor(readonly db: MarginaliaDatabase = openDatabase()) {}

  /**
   * Records a visit to a page, creating its article or merging what is now known of it.
   * A page already stored under another of its addresses (saved before it declared a
   * canonical link, or the other way round) keeps that record, so its annotations stay
   * with it.
   */
  async upsertArticle(input: ArticleMetadata, seenAt: string): Promise<Article> {
    const meta = v.parse(ArticleMetadataSchema, input);
    const seen = v.parse(TimestampSchema, seenAt);
    const keys = candidateKeys(meta.url, meta.canonicalUrl);
    return this.db.transaction('rw', this.db.articles, async () => {
      const existing = await this.lookUpArticle(keys);
      const next: Article = existing
        ? {
            ...existing,
            ...pickKnown(meta),
            urls: [...new Set([...existing.urls, ...keys])],
            isArticle: existing.isArticle || meta.isArticle,
            firstVisit: earlier(existing.firstVisit, seen),
            lastVisit: later(existing.lastVisit, seen),
          }
        : {
            ...meta,
            id: articleKey(meta.url, meta.canonicalUrl),
            urls: keys,
            firstVisit: seen,
            lastVisit: seen,
          };
      await this.db.articles.put(next);
      return next;
    });
  }

  /** The article stored for a page, looked up by any of its addresses. */
  findArticle(url: string, canonicalUrl?: string): Promise<Article | undefined> {
    return this.lookUpArticle(candidateKeys(url, canonicalUrl));
  }

  private async lookUpArticle(keys: string[]): Promise<Article | undefined> {
    const direct = await this.db.articles.bulkGet(keys);
    const hit = direct.find((a) => a !== undefined);
    if (hit) return hit;
    return this.db.articles.where('urls').anyOf(keys).first();
  }

  getArticle(id: string): Promise<Article | undefined> {
    return this.db.articles.get(id);
  }

  async saveAnnotation(input: Annotation): Promise<WriteOutcome> {
    const annotation = v.parse(AnnotationSchema, input);
    return this.db.transaction('rw', this.db.annotations, this.db.tombstones, async () => {
      const existing = await this.db.annotations.get(annotation.id);
      if (existing && existing.updated > annotation.updated) return 'stale';
      const tombstone = existing ? undefined : await this.db.tombstones.get(annotation.id);
      if (tombstone && tombstone.deleted >= annotation.updated) return 'stale';
      // Where the annotation was last found is the page's report, not the writer's: a
      // write that does not carry one (a retry, an edit) keeps it.
      const anchor = annotation.anchor ?? existing?.anchor;
      const stored: StoredAnnotation = {
        ...annotation,
        ...(anchor && { anchor }),
        partyIds: partyIdsOf(annotation),
      };
      if (existing && sameRecord(existing, stored)) return 'unchanged';
      await this.db.annotations.put(stored);
      return existing ? 'updated' : 'created';
    });
  }

  async getAnnotation(id: string): Promise<Annotation | undefined> {
    const stored = await this.db.annotations.get(id);
    return stored && stripStored(stored);
  }

  /** Deletes an annotation, leaving a tombstone so a late retry of an earlier save cannot revive it. */
  async deleteAnnotation(id: string): Promise<Annotation | undefined> {
    return this.db.transaction('rw', this.db.annotations, this.db.tombstones, async () => {
      const stored = await this.db.annotations.get(id);
      if (stored) await this.db.annotations.delete(id);
      await this.db.tombstones.put({ id, deleted: later(nowIso(), stored?.updated ?? '') });
      return stored && stripStored(stored);
    });
  }

  /** Brings back a deleted annotation as it was (the reader's undo), tombstone and all. */
  async restoreAnnotation(input: Annotation): Promise<void> {
    const annotation = v.parse(AnnotationSchema, input);
    await this.db.transaction('rw', this.db.annotations, this.db.tombstones, async () => {
      await this.db.tombstones.delete(annotation.id);
      await this.db.annotations.put({ ...annotation, partyIds: partyIdsOf(annotation) });
    });
  }

  async annotationsForArticle(articleId: string): Promise<Annotation[]> {
    const rows = await this.db.annotations.where('articleId').equals(articleId).sortBy('created');
    return rows.map(stripStored);
  }

  countForArticle(articleId: string): Promise<number> {
    return this.db.annotations.where('articleId').equals(articleId).count();
  }

  async annotationsByTag(tag: string): Promise<Annotation[]> {
    return (await this.db.annotations.where('tags').equals(tag).toArray()).map(stripStored);
  }

  async annotationsByParty(partyId: string): Promise<Annotation[]> {
    return (await this.db.annotations.where('partyIds').equals(partyId).toArray()).map(stripStored);
  }

  /**
   * Stores how each annotation was found on its page this time. Unknown ids are skipped,
   * and so is a report older than the one stored (two tabs of the same page).
   */
  async recordAnchorResults(results: { id: string; anchor: AnchorStatus }[]): Promise<number> {
    const checked = v.parse(AnchorResultsSchema, results);
    return this.db.transaction('rw', this.db.annotations, async () => {
      let changed = 0;
      for (const { id, anchor } of checked) {
        const stored = await this.db.annotations.get(id);
        if (!stored || (stored.anchor && stored.anchor.at > anchor.at)) continue;
        changed += await this.db.annotations.update(id, { anchor });
      }
      return changed;
    });
  }

  async saveParty(input: Party): Promise<WriteOutcome> {
    const party = v.parse(PartySchema, input);
    return this.db.transaction('rw', this.db.parties, async () => {
      const existing = await this.db.parties.get(party.id);
      if (existing && existing.updated > party.updated) return 'stale';
      const stored = toStoredParty(party);
      if (existing && sameRecord(existing, stored)) return 'unchanged';
      await this.db.parties.put(stored);
      return existing ? 'updated' : 'created';
    });
  }

  async getParty(id: string): Promise<Party | undefined> {
    const stored = await this.db.parties.get(id);
    return stored && fromStoredParty(stored);
  }

  /** Every party, by name as a reader sorts: case and accents aside. */
  async listParties(): Promise<Party[]> {
    return (await this.db.parties.orderBy('sortName').toArray()).map(fromStoredParty);
  }

  /**
   * The whole library as plain records, read in one transaction so an export shows one
   * moment. Versions are unpacked after it: gunzip is no IndexedDB request, and awaiting
   * it inside would let the transaction close. `versions: false` leaves the saved copies
   * of articles out (the automatic backups keep the reader's notes; the copies are the
   * bulk of the data and stay in the database).
   */
  async readLibrary({ versions = true }: { versions?: boolean } = {}): Promise<LibraryRecords> {
    const { articles, annotations, parties, settings, collections, dismissals, snapshots } = this.db;
    const stores = [articles, annotations, parties, settings, collections, dismissals, snapshots];
    const records = await this.db.transaction('r', stores, async () => ({
      articles: await articles.toArray(),
      annotations: (await annotations.toArray()).map(stripStored),
      parties: (await parties.toArray()).map(fromStoredParty),
      settings: await settings.toArray(),
      collections: await collections.toArray(),
      dismissals: await dismissals.toArray(),
      snapshots: versions ? await snapshots.toArray() : [],
    }));
    const { snapshots: stored, ...rest } = records;
    return { ...rest, versions: await Promise.all(stored.map(unpackVersion)) };
  }

  /**
   * The stored records an import may touch: articles by id or by any of their addresses,
   * annotations, settings, collections, dismissals and versions by id, and every party
   * (imports match parties by name).
   */
  async readForImport(keys: ImportKeys): Promise<
    Omit<ImportRecords, 'versionSpans'> & {
      collections: CollectionRecord[];
      dismissals: DismissalRecord[];
      versions: SnapshotRecord[];
    }
  > {
    return this.db.transaction('r', this.importStores(), async () => {
      const { articles, annotations, parties, settings, collections, dismissals, snapshots } = this.db;
      const byId = await articles.bulkGet(keys.articleIds);
      const byUrl = keys.articleUrls.length > 0 ? await articles.where('urls').anyOf(keys.articleUrls).toArray() : [];
      const found = new Map([...byId, ...byUrl].filter((a): a is Article => a !== undefined).map((a) => [a.id, a]));
      return {
        articles: [...found.values()],
        annotations: (await annotations.bulkGet(keys.annotationIds)).filter((a) => a !== undefined).map(stripStored),
        parties: (await parties.toArray()).map(fromStoredParty),
        settings: (await settings.bulkGet(keys.settingKeys)).filter((s) => s !== undefined),
        collections: (await collections.bulkGet(keys.collectionIds ?? [])).filter((c) => c !== undefined),
        dismissals: (await dismissals.bulkGet(keys.dismissalIds ?? [])).filter((d) => d !== undefined),
        versions: (await snapshots.bulkGet(keys.versionIds ?? [])).filter((s) => s !== undefined),
      };
    });
  }

  /**
   * Writes imported records, all of them or none; annotations get their party index. The
   * import reader (core/exchange/import) has checked every record against the model's
   * schemas: checking 100,000 records twice would double an import's wait. Versions come
   * already compressed, since compressing inside the transaction would let it close.
   */
  async writeImported(records: ImportRecords): Promise<void> {
    const { articles, annotations, parties, settings, collections, dismissals, snapshots } = this.db;
    await this.db.transaction('rw', this.importStores(), async () => {
      await articles.bulkPut(records.articles);
      await parties.bulkPut(records.parties.map(toStoredParty));
      await annotations.bulkPut(records.annotations.map((a) => ({ ...a, partyIds: partyIdsOf(a) })));
      await settings.bulkPut(records.settings);
      if (records.collections) await collections.bulkPut(records.collections);
      if (records.dismissals) await dismissals.bulkPut(records.dismissals);
      if (records.versions) await snapshots.bulkPut(records.versions);
      for (const { id, firstSeen, lastSeen } of records.versionSpans ?? []) {
        await snapshots.update(id, { firstSeen, lastSeen });
      }
    });
  }

  /**
   * Runs `work` in one read-write transaction over every store an import touches, so what
   * it reads is still what it writes over, and its writes land together or not at all.
   */
  inOneTransaction<T>(work: () => Promise<T>): Promise<T> {
    return this.db.transaction('rw', this.importStores(), work);
  }

  /** Every store an import reads and writes. */
  private importStores() {
    const { articles, annotations, parties, settings, collections, dismissals, snapshots } = this.db;
    return [articles, annotations, parties, settings, collections, dismissals, snapshots];
  }

  /** Every article, in no particular order (the library sorts them as the reader asks). */
  listArticles(): Promise<Article[]> {
    return this.db.articles.toArray();
  }

  /**
   * Annotations in id order, `limit` at a time, starting after the id `after`: the library
   * page reads 100,000 of them in steps, painting its progress in between.
   */
  async annotationPage(after: string | undefined, limit: number): Promise<Annotation[]> {
    const ordered =
      after === undefined ? this.db.annotations.orderBy(':id') : this.db.annotations.where(':id').above(after);
    return (await ordered.limit(limit).toArray()).map(stripStored);
  }

  /** The annotations stored under these ids, in the same order; undefined where there is none. */
  async annotationsByIds(ids: string[]): Promise<(Annotation | undefined)[]> {
    return (await this.db.annotations.bulkGet(ids)).map((a) => a && stripStored(a));
  }

  /** The reader's collections, by name. */
  listCollections(): Promise<CollectionRecord[]> {
    return this.db.collections.orderBy('name').toArray();
  }

  async createCollection(name: string, articleIds: string[] = []): Promise<CollectionRecord> {
    const at = nowIso();
    const collection: CollectionRecord = {
      id: newId(),
      name: collectionName(name),
      articleIds: [...new Set(articleIds)],
      created: at,
      updated: at,
    };
    await this.db.collections.add(collection);
    return collection;
  }

  renameCollection(id: string, name: string): Promise<void> {
    const trimmed = collectionName(name);
    return this.reviseCollection(id, (c) => ({ ...c, name: trimmed }));
  }

  /** Adds articles to a collection; those already in it stay where they are. */
  addToCollection(id: string, articleIds: string[]): Promise<void> {
    return this.reviseCollection(id, (c) => ({ ...c, articleIds: [...new Set([...c.articleIds, ...articleIds])] }));
  }

  removeFromCollection(id: string, articleIds: string[]): Promise<void> {
    const gone = new Set(articleIds);
    return this.reviseCollection(id, (c) => ({ ...c, articleIds: c.articleIds.filter((a) => !gone.has(a)) }));
  }

  /** Deletes a collection (not its articles) and returns it, for the reader's undo. */
  async deleteCollection(id: string): Promise<CollectionRecord | undefined> {
    return this.db.transaction('rw', this.db.collections, async () => {
      const collection = await this.db.collections.get(id);
      await this.db.collections.delete(id);
      return collection;
    });
  }

  async restoreCollection(collection: CollectionRecord): Promise<void> {
    await this.db.collections.put(collection);
  }

  private async reviseCollection(id: string, revise: (c: CollectionRecord) => CollectionRecord): Promise<void> {
    await this.db.transaction('rw', this.db.collections, async () => {
      const collection = await this.db.collections.get(id);
      if (!collection) throw new Error('That collection no longer exists.');
      await this.db.collections.put({ ...revise(collection), updated: nowIso() });
    });
  }

  /**
   * Deletes everything in the library, in one transaction, and returns what was there so
   * the reader can take it back (restoreLibrary) while the page is open.
   */
  async wipeLibrary(): Promise<WipedLibrary> {
    const tables = this.db.tables;
    return this.db.transaction('rw', tables, async () => {
      const wiped: WipedLibrary = {};
      for (const table of tables) {
        wiped[table.name] = await table.toArray();
        await table.clear();
      }
      return wiped;
    });
  }

  /** Puts back what wipeLibrary removed, over whatever was stored since. */
  async restoreLibrary(wiped: WipedLibrary): Promise<void> {
    const tables = this.db.tables.filter((t) => t.name in wiped);
    await this.db.transaction('rw', tables, async () => {
      for (const table of tables) await table.bulkPut(wiped[table.name]!);
    });
  }
}

/** Fields of fresh metadata worth keeping: an empty value never wipes a known one. */
function pickKnown(meta: ArticleMetadata): Partial<ArticleMetadata> {
  return Object.fromEntries(
    Object.entries(meta).filter(([, value]) => value !== '' && value !== undefined),
  ) as Partial<ArticleMetadata>;
}

/** Equal as data: key order differs between a record as written and as later updated in place. */
function sameRecord(a: unknown, b: unknown): boolean {
  return sortedJson(a) === sortedJson(b);
}

function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : field,
  );
}

/** Every store's records as they were before a wipe, by store name. */
export type WipedLibrary = Record<string, unknown[]>;

function collectionName(name: string): string {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A collection needs a name.');
  return trimmed;
}
