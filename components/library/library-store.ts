import { Dexie, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { CollectionRecord } from '../../core/db/database';
import type { Repository } from '../../core/db/repository';
import { getVerdictScale } from '../../core/db/settings';
import { partyIdsOf, type Annotation, type Article, type Party } from '../../core/model';
import { LibrarySearch } from '../../core/search/library-search';

/** Everything the library page shows, in memory, with its search index. */
export interface LibraryState {
  /** False until every annotation is read the first time. */
  ready: boolean;
  /** Annotations read so far out of all of them, for the first load's progress bar. */
  progress: { done: number; total: number };
  /**
   * Annotations in the search index out of those read. The index is built after the
   * lists show, a slice at a time; until `done` reaches `total` a search finds only
   * the annotations indexed so far.
   */
  indexed: { done: number; total: number };
  /** Goes up by one with every change, so views know when to work out their lists again. */
  version: number;
  /**
   * Goes up by one when the search index changed after its version was published (a slice
   * of the first build, annotations re-indexed after a party was renamed), so views search again.
   */
  searchVersion: number;
  articles: ReadonlyMap<string, Article>;
  annotations: ReadonlyMap<string, Annotation>;
  parties: ReadonlyMap<string, Party>;
  collections: readonly CollectionRecord[];
  verdicts: readonly string[];
  search: LibrarySearch;
}

/** Annotations read per step of the first load; each step lets the page paint its progress. */
const PAGE_SIZE = 5000;
/** Time spent indexing before the page gets the main thread back: typing stays smooth. */
const INDEX_SLICE_MS = 30;
/** The index's progress is published at most this often (each publish redraws the page). */
const INDEX_PROGRESS_MS = 250;
/** Changes arriving this close together are applied in one go. */
const BATCH_MS = 60;

type Listener = (state: LibraryState) => void;

/**
 * Holds the whole library in memory for the library page and keeps it current. Every
 * write to the database, from this page, another tab or the background, is announced by
 * Dexie's `storagemutated` event with the keys it touched; those records are read again
 * and re-indexed. A write too large for Dexie to list its keys (an import, a bulk undo)
 * reloads the annotations.
 */
export class LibraryStore {
  private state: LibraryState = {
    ready: false,
    progress: { done: 0, total: 0 },
    indexed: { done: 0, total: 0 },
    version: 0,
    searchVersion: 0,
    articles: new Map(),
    annotations: new Map(),
    parties: new Map(),
    collections: [],
    verdicts: [],
    search: new LibrarySearch(),
  };
  private readonly listeners = new Set<Listener>();
  private pending: Pending = emptyPending();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private work: Promise<void> = Promise.resolve();
  private indexing: Promise<void> = Promise.resolve();
  /** Counts indexing runs: a run stops once a newer one (after a reload) has begun. */
  private indexRun = 0;
  private stopped = false;

  constructor(private readonly repo: Repository) {}

  get current(): LibraryState {
    return this.state;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Loads the library and follows its changes until the returned function is called. */
  start(): () => void {
    const onMutation = (parts: ObservabilitySet) => this.note(parts);
    Dexie.on('storagemutated', onMutation);
    this.work = this.loadAll();
    return () => {
      this.stopped = true;
      clearTimeout(this.timer);
      Dexie.on('storagemutated').unsubscribe(onMutation);
    };
  }

  /** Resolves once every change noted so far is in memory and indexed (tests, and views after their own writes). */
  async settled(): Promise<void> {
    for (;;) {
      const seen = this.work;
      const indexing = this.indexing;
      await seen;
      await indexing;
      if (this.timer !== undefined) await new Promise((resolve) => setTimeout(resolve, BATCH_MS));
      else if (seen === this.work && indexing === this.indexing) return;
    }
  }

  private note(parts: ObservabilitySet): void {
    const prefix = `idb://${this.repo.db.name}/`;
    for (const [part, tree] of Object.entries(parts)) {
      if (!part.startsWith(prefix)) continue;
      const [table, index] = part.slice(prefix.length).split('/');
      if (table === 'annotations') {
        if (index === '') addKeys(tree, this.pending);
      } else if (table && table in TABLE_RELOADS) this.pending.tables.add(table as keyof typeof TABLE_RELOADS);
    }
    if (isEmpty(this.pending) || this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const batch = this.pending;
      this.pending = emptyPending();
      this.work = this.work
        .then(() => this.apply(batch))
        .catch((error: unknown) => {
          console.error('Marginalia: the library could not follow a change', error);
        });
    }, BATCH_MS);
  }

  private async apply(batch: Pending): Promise<void> {
    if (this.stopped) return;
    const next = { ...this.state };
    const search = next.search;
    if (batch.tables.has('articles')) next.articles = await this.readArticles(search);
    if (batch.tables.has('collections')) next.collections = await this.repo.listCollections();
    if (batch.tables.has('settings')) next.verdicts = await getVerdictScale(this.repo.db);
    let renamed: string[] = [];
    if (batch.tables.has('parties'))
      ({ parties: next.parties, renamed } = await this.readParties(search, next.annotations));
    if (batch.everyAnnotation) {
      next.annotations = await this.readAnnotations(() => {});
    } else if (batch.annotationIds.size > 0) {
      const ids = [...batch.annotationIds];
      const records = await this.repo.annotationsByIds(ids);
      const annotations = new Map(next.annotations);
      ids.forEach((id, i) => {
        const record = records[i];
        if (record) {
          annotations.set(id, record);
          search.setAnnotation(record);
        } else {
          annotations.delete(id);
          search.deleteAnnotation(id);
        }
      });
      next.annotations = annotations;
    }
    // The index's progress may have moved on while this batch was read.
    this.publish({
      ...next,
      indexed: this.state.indexed,
      searchVersion: this.state.searchVersion,
      version: this.state.version + 1,
    });
    if (batch.everyAnnotation) this.indexAnnotations();
    else if (renamed.length > 0) this.reindexAnnotations(renamed);
  }

  private async loadAll(): Promise<void> {
    const search = this.state.search;
    const [articles, collections, verdicts] = await Promise.all([
      this.readArticles(search),
      this.repo.listCollections(),
      getVerdictScale(this.repo.db),
    ]);
    const { parties } = await this.readParties(search, new Map());
    const annotations = await this.readAnnotations((done, total) =>
      this.publish({ ...this.state, progress: { done, total } }),
    );
    this.publish({
      ...this.state,
      ready: true,
      version: this.state.version + 1,
      articles,
      parties,
      collections,
      verdicts,
      annotations,
    });
    this.indexAnnotations();
  }

  private async readArticles(search: LibrarySearch): Promise<Map<string, Article>> {
    const articles = new Map((await this.repo.listArticles()).map((a) => [a.id, a]));
    for (const id of this.state.articles.keys()) if (!articles.has(id)) search.deleteArticle(id);
    for (const article of articles.values()) search.setArticle(article);
    return articles;
  }

  /**
   * Reads and indexes the parties. Annotations are indexed with the names of the parties
   * they name: those naming a party renamed or deleted are handed back, to be indexed again.
   */
  private async readParties(
    search: LibrarySearch,
    annotations: ReadonlyMap<string, Annotation>,
  ): Promise<{ parties: Map<string, Party>; renamed: string[] }> {
    const parties = new Map((await this.repo.listParties()).map((p) => [p.id, p]));
    const changed = new Set<string>();
    for (const id of this.state.parties.keys()) {
      if (parties.has(id)) continue;
      search.deleteParty(id);
      changed.add(id);
    }
    for (const party of parties.values()) {
      const before = this.state.parties.get(party.id);
      search.setParty(party);
      if (!before || before.name !== party.name || before.aliases.join('\n') !== party.aliases.join('\n')) {
        changed.add(party.id);
      }
    }
    if (changed.size === 0 || annotations.size === 0) return { parties, renamed: [] };
    const renamed = new Set<string>();
    for (const a of annotations.values()) if (partyIdsOf(a).some((id) => changed.has(id))) renamed.add(a.id);
    return { parties, renamed: [...renamed] };
  }

  /** Reads every annotation a page at a time, reporting progress. */
  private async readAnnotations(onProgress: (done: number, total: number) => void): Promise<Map<string, Annotation>> {
    const total = await this.repo.db.annotations.count();
    const annotations = new Map<string, Annotation>();
    let after: string | undefined;
    for (;;) {
      const page = await this.repo.annotationPage(after, PAGE_SIZE);
      for (const a of page) annotations.set(a.id, a);
      onProgress(annotations.size, Math.max(total, annotations.size));
      if (page.length < PAGE_SIZE || this.stopped) return annotations;
      after = page[page.length - 1]!.id;
      await new Promise((resolve) => setTimeout(resolve));
    }
  }

  /**
   * Builds the annotations' search index afresh from those in memory, in slices between
   * which the page draws and takes input, publishing its progress now and then.
   */
  private indexAnnotations(): void {
    const run = ++this.indexRun;
    const ids = [...this.state.annotations.keys()];
    this.state.search.annotations.clear();
    this.publish({ ...this.state, indexed: { done: 0, total: ids.length } });
    let published = Date.now();
    this.indexing = this.indexInSlices(run, ids, (done) => {
      if (done < ids.length && Date.now() - published < INDEX_PROGRESS_MS) return;
      published = Date.now();
      this.publish({
        ...this.state,
        indexed: { done, total: ids.length },
        searchVersion: this.state.searchVersion + 1,
      });
    });
  }

  /** Indexes these annotations again, in slices: a party renamed in a large library can name thousands. */
  private reindexAnnotations(ids: string[]): void {
    const slices = this.indexInSlices(this.indexRun, ids, (done) => {
      if (done === ids.length) this.publish({ ...this.state, searchVersion: this.state.searchVersion + 1 });
    });
    this.indexing = Promise.all([this.indexing, slices]).then(() => {});
  }

  /**
   * Indexes the annotations with these ids a slice at a time, calling `onSlice` after each.
   * Changes applied meanwhile index their own records; a record is read from the current
   * state when its turn comes, so an edit or deletion made before that is what gets
   * indexed. Stops when a newer full build (`run`) has begun or the store stopped.
   */
  private async indexInSlices(run: number, ids: readonly string[], onSlice: (done: number) => void): Promise<void> {
    const { search } = this.state;
    let done = 0;
    while (done < ids.length) {
      await new Promise((resolve) => setTimeout(resolve));
      if (run !== this.indexRun || this.stopped) return;
      const until = Date.now() + INDEX_SLICE_MS;
      const annotations = this.state.annotations;
      while (done < ids.length && Date.now() < until) {
        for (const end = Math.min(done + 20, ids.length); done < end; done++) {
          const a = annotations.get(ids[done]!);
          if (a) search.setAnnotation(a);
        }
      }
      onSlice(done);
    }
  }

  private publish(state: LibraryState): void {
    this.state = state;
    for (const listener of this.listeners) listener(state);
  }
}

/** Small stores re-read whole when anything in them changes. */
const TABLE_RELOADS = { articles: true, parties: true, collections: true, settings: true };

interface Pending {
  tables: Set<keyof typeof TABLE_RELOADS>;
  annotationIds: Set<string>;
  everyAnnotation: boolean;
}

function emptyPending(): Pending {
  return { tables: new Set(), annotationIds: new Set(), everyAnnotation: false };
}

function isEmpty(p: Pending): boolean {
  return p.tables.size === 0 && p.annotationIds.size === 0 && !p.everyAnnotation;
}

/**
 * Collects the keys of a Dexie range tree. Across tabs the tree arrives as plain objects
 * (structured clone), so it is walked by its fields rather than through RangeSet. A
 * range of keys rather than single ones means "too many to list": reload everything.
 */
function addKeys(tree: IntervalTree, pending: Pending): void {
  if (!('from' in tree)) return;
  if (tree.from === tree.to && typeof tree.from === 'string') pending.annotationIds.add(tree.from);
  else pending.everyAnnotation = true;
  if (tree.l) addKeys(tree.l, pending);
  if (tree.r) addKeys(tree.r, pending);
}
