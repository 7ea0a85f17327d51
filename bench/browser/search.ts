import { LibraryStore, type LibraryState } from '../../components/library/library-store';
import { openDatabase, toStoredParty } from '../../core/db/database';
import { Repository } from '../../core/db/repository';
import { partyIdsOf, type Annotation, type Article, type Party } from '../../core/model';
import { EMPTY_FILTER, filterAnnotations, filterArticles, type FilterContext } from '../../core/search/filters';
import { LibrarySearch } from '../../core/search/library-search';
import { sortAnnotations, sortArticles, sortParties } from '../../core/search/sort';
import { countByArticle, countByParty, countByTag } from '../../core/search/summaries';
import { makeRecords } from '../browser-lib/annotation-records';
import { deleteDatabase } from '../browser-lib/raw-idb';
import { median } from '../browser-lib/stats';

export interface SearchArgs {
  mode: 'search';
  sizes: number[];
  articles: number;
  parties: number;
  /** What the reader types, a key at a time; each prefix is one keystroke's query. */
  phrases: string[];
  /** Times each phrase is typed; the first pass also warms the engine up and is not counted. */
  passes: number;
  /** Annotations edited (re-indexed) one at a time, for the cost of keeping the index current. */
  updates: number;
}

export interface SearchSizeResult {
  size: number;
  buildMs: number;
  /** Memory the built index holds, from the browser's own measurement; null where it has none. */
  indexBytes: number | null;
  keystrokes: number;
  searchMs: { median: number; p95: number; max: number };
  pipelineMs: { median: number; p95: number; max: number };
  updateMs: number;
  deleteMs: number;
  /** Hits for the whole of each phrase, to show the queries are not trivially empty. */
  hits: Record<string, number>;
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function summary(times: number[]) {
  return { median: median(times), p95: quantile(times, 0.95), max: Math.max(...times) };
}

function articlesFor(ids: string[]): Article[] {
  return ids.map((id, i) => ({
    id,
    url: id,
    urls: [id],
    title: `Story ${i}: talks resume as the ceasefire holds in the north`,
    byline: 'Staff reporter',
    siteName: 'Example News',
    publishedTime: '2025-01-01T00:00:00.000Z',
    language: 'en',
    excerpt: '',
    isArticle: true,
    firstVisit: '2025-01-02T00:00:00.000Z',
    lastVisit: '2025-01-02T00:00:00.000Z',
  }));
}

function partiesFor(ids: string[]): Party[] {
  return ids.map((id, i) => ({
    id,
    name: `Party ${i} ${['Ministry', 'Council', 'Army', 'Agency'][i % 4]}`,
    kind: 'organization',
    aliases: [],
    description: '',
    created: '2025-01-01T00:00:00.000Z',
    updated: '2025-01-01T00:00:00.000Z',
  }));
}

/**
 * Bytes the page's JavaScript holds, measured after a garbage collection (Chromium waits
 * for one). It needs a cross-origin isolated page, which the bench server makes.
 */
async function memoryInUse(): Promise<number | null> {
  const measure = (performance as Performance & { measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }> })
    .measureUserAgentSpecificMemory;
  if (!measure || !crossOriginIsolated) return null;
  return (await measure.call(performance)).bytes;
}

/**
 * The library page's search at scale, in the page's main thread as the library runs it:
 * building the index over generated annotations (with their articles and parties), then,
 * for every keystroke of typing a few words, the search alone and the search with the
 * filtering that turns hits into the lists shown (no rendering: the list draws only the
 * rows in view).
 */
async function runSearch(args: SearchArgs): Promise<SearchSizeResult[]> {
  const results: SearchSizeResult[] = [];
  for (const size of args.sizes) {
    const { annotations, articleIds, partyIds } = makeRecords(size, args.articles, args.parties, 7);
    const articles = articlesFor(articleIds);
    const parties = partiesFor(partyIds);
    const before = await memoryInUse();
    const search = new LibrarySearch();
    const buildStarted = performance.now();
    for (const p of parties) search.setParty(p);
    for (const a of articles) search.setArticle(a);
    for (const a of annotations) search.setAnnotation(a);
    const buildMs = performance.now() - buildStarted;
    const after = await memoryInUse();
    const indexBytes = before !== null && after !== null ? after - before : null;

    const ctx: Omit<FilterContext, 'hits'> = {
      articles: new Map(articles.map((a) => [a.id, a])),
      collectionArticleIds: null,
    };
    const searchTimes: number[] = [];
    const pipelineTimes: number[] = [];
    const hits: Record<string, number> = {};
    for (let pass = 0; pass < args.passes; pass++) {
      for (const phrase of args.phrases) {
        for (let end = 1; end <= phrase.length; end++) {
          const query = phrase.slice(0, end);
          const started = performance.now();
          const found = search.search(query);
          const searched = performance.now();
          const filter = { ...EMPTY_FILTER, text: query };
          const kept = filterAnnotations(annotations, filter, { ...ctx, hits: found });
          filterArticles(articles, filter, { ...ctx, hits: found }, kept);
          const filtered = performance.now();
          if (pass === 0) continue;
          searchTimes.push(searched - started);
          pipelineTimes.push(filtered - started);
          if (end === phrase.length) hits[phrase] = found?.annotations.length ?? 0;
        }
        // Let the page breathe between phrases, as a reader pauses.
        await new Promise((resolve) => setTimeout(resolve));
      }
    }

    const edited = annotations.slice(0, args.updates);
    const updateStarted = performance.now();
    for (const a of edited) search.setAnnotation({ ...a, note: `${a.note} revised after the vote` } as Annotation);
    const updateMs = (performance.now() - updateStarted) / edited.length;
    const deleteStarted = performance.now();
    for (const a of edited) search.deleteAnnotation(a.id);
    const deleteMs = (performance.now() - deleteStarted) / edited.length;

    results.push({
      size,
      buildMs,
      indexBytes,
      keystrokes: searchTimes.length,
      searchMs: summary(searchTimes),
      pipelineMs: summary(pipelineTimes),
      updateMs,
      deleteMs,
      hits,
    });
  }
  return results;
}

export interface LoadArgs {
  mode: 'load';
  sizes: number[];
  articles: number;
  parties: number;
  runs: number;
}

export interface LoadResult {
  size: number;
  /** Reading every annotation page by page as the library does, nothing else. */
  readMs: number;
  /** The library page's store from start to ready (its lists can show): reading, with progress. */
  storeMs: number;
  /** From start until the search index holds every annotation. */
  indexedMs: number;
  /** The lists the page first shows, worked out from the loaded store (counts, filters, sorts). */
  firstListsMs: number;
}

async function fillDatabase(name: string, size: number, articleCount: number, partyCount: number): Promise<Repository> {
  await deleteDatabase(name);
  const repo = new Repository(openDatabase(name));
  const { annotations, articleIds, partyIds } = makeRecords(size, articleCount, partyCount, 7);
  const stored = annotations.map((a) => ({ ...a, partyIds: partyIdsOf(a) }));
  for (let i = 0; i < stored.length; i += 5000) await repo.db.annotations.bulkPut(stored.slice(i, i + 5000));
  await repo.db.articles.bulkPut(articlesFor(articleIds));
  await repo.db.parties.bulkPut(partiesFor(partyIds).map(toStoredParty));
  return repo;
}

/** What useLibraryView works out for the first screen: every list with no filter. */
function firstLists(state: LibraryState): void {
  const all = [...state.annotations.values()];
  const articleCounts = countByArticle(all);
  const partyCounts = countByParty(all);
  countByTag(all);
  const ctx: FilterContext = { articles: state.articles, hits: null, collectionArticleIds: null };
  const annotations = filterAnnotations(all, EMPTY_FILTER, ctx);
  const articles = filterArticles([...state.articles.values()], EMPTY_FILTER, ctx, annotations);
  const sortCtx = { articles: state.articles, parties: state.parties, verdicts: state.verdicts };
  sortAnnotations(annotations, 'created', 'descending', sortCtx);
  sortArticles(articles, 'lastVisit', 'descending', articleCounts);
  sortParties([...state.parties.values()], 'name', 'ascending', partyCounts);
}

async function loadOnce(repo: Repository): Promise<{ storeMs: number; indexedMs: number; firstListsMs: number }> {
  const store = new LibraryStore(repo);
  const started = performance.now();
  const stop = store.start();
  let storeMs = 0;
  let firstListsMs = 0;
  await new Promise<void>((resolve) => {
    const unsubscribe = store.subscribe((state) => {
      if (!state.ready) return;
      if (!storeMs) {
        storeMs = performance.now() - started;
        const listsStarted = performance.now();
        firstLists(state);
        firstListsMs = performance.now() - listsStarted;
      }
      if (state.indexed.done < state.indexed.total || state.indexed.total < state.annotations.size) return;
      unsubscribe();
      resolve();
    });
  });
  const indexedMs = performance.now() - started;
  stop();
  return { storeMs, indexedMs, firstListsMs };
}

async function readOnce(repo: Repository): Promise<number> {
  const started = performance.now();
  let after: string | undefined;
  for (;;) {
    const page = await repo.annotationPage(after, 5000);
    if (page.length < 5000) break;
    after = page[page.length - 1]!.id;
  }
  return performance.now() - started;
}

/**
 * The library page's first load over a database of each size, against reading the
 * annotations alone: until the lists can show, the lists worked out, and until the search
 * index holds every annotation. Medians of `runs` loads.
 */
async function runLoad(args: LoadArgs): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  for (const size of args.sizes) {
    const name = `bench-library-${size}`;
    const repo = await fillDatabase(name, size, args.articles, args.parties);
    const reads: number[] = [];
    const stores: number[] = [];
    const lists: number[] = [];
    const indexed: number[] = [];
    for (let run = 0; run < args.runs; run++) {
      reads.push(await readOnce(repo));
      const { storeMs, indexedMs, firstListsMs } = await loadOnce(repo);
      stores.push(storeMs);
      indexed.push(indexedMs);
      lists.push(firstListsMs);
    }
    repo.db.close();
    await deleteDatabase(name);
    results.push({
      size,
      readMs: median(reads),
      storeMs: median(stores),
      indexedMs: median(indexed),
      firstListsMs: median(lists),
    });
  }
  return results;
}

/** The suite's two parts, one page each: the search (`mode: 'search'`) and the page's first load. */
export function run(args: SearchArgs | LoadArgs): Promise<SearchSizeResult[] | LoadResult[]> {
  return args.mode === 'load' ? runLoad(args) : runSearch(args);
}
