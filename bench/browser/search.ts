import type { Annotation, Article, Party } from '../../core/model';
import { EMPTY_FILTER, filterAnnotations, filterArticles, type FilterContext } from '../../core/search/filters';
import { LibrarySearch } from '../../core/search/library-search';
import { makeRecords } from '../browser-lib/annotation-records';
import { median } from '../browser-lib/stats';

export interface SearchArgs {
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
 * The library page's search at scale, in the page's main thread as the library runs it:
 * building the index over generated annotations (with their articles and parties), then,
 * for every keystroke of typing a few words, the search alone and the search with the
 * filtering that turns hits into the lists shown (no rendering: the list draws only the
 * rows in view).
 */
export async function run(args: SearchArgs): Promise<SearchSizeResult[]> {
  const results: SearchSizeResult[] = [];
  for (const size of args.sizes) {
    const { annotations, articleIds, partyIds } = makeRecords(size, args.articles, args.parties, 7);
    const articles = articlesFor(articleIds);
    const parties = partiesFor(partyIds);
    const search = new LibrarySearch();
    const buildStarted = performance.now();
    for (const p of parties) search.setParty(p);
    for (const a of articles) search.setArticle(a);
    for (const a of annotations) search.setAnnotation(a);
    const buildMs = performance.now() - buildStarted;

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
