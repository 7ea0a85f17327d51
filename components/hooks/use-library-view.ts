import { useMemo } from 'preact/hooks';
import type { Annotation, Article, Party } from '../../core/model';
import { filterAnnotations, filterArticles, type FilterContext, type LibraryFilter } from '../../core/search/filters';
import { foldText } from '../../core/search/fold';
import type { SearchHits } from '../../core/search/library-search';
import {
  sortAnnotations,
  sortArticles,
  sortByKey,
  sortParties,
  type AnnotationSort,
  type ArticleSort,
  type PartySort,
  type SortDirection,
} from '../../core/search/sort';
import {
  countByArticle,
  countByParty,
  countByTag,
  type ArticleCounts,
  type PartyCounts,
} from '../../core/search/summaries';
import type { LibraryState } from '../library/library-store';

/** How each list is ordered; 'relevance' follows the search's ranking while there is a query. */
export interface LibrarySorts {
  articles: { key: ArticleSort | 'relevance'; direction: SortDirection };
  annotations: { key: AnnotationSort | 'relevance'; direction: SortDirection };
  parties: { key: PartySort; direction: SortDirection };
  tags: { key: 'count' | 'name'; direction: SortDirection };
}

export const DEFAULT_SORTS: LibrarySorts = {
  articles: { key: 'lastVisit', direction: 'descending' },
  annotations: { key: 'created', direction: 'descending' },
  parties: { key: 'name', direction: 'ascending' },
  tags: { key: 'count', direction: 'descending' },
};

/** The library's lists as the filter and the reader's orders make them. */
export interface LibraryView {
  hits: SearchHits | null;
  annotations: Annotation[];
  articles: Article[];
  parties: Party[];
  tags: { tag: string; count: number }[];
  /** Every tag in the library with its count, whatever the query, by name. */
  allTags: { tag: string; count: number }[];
  articleCounts: ReadonlyMap<string, ArticleCounts>;
  partyCounts: ReadonlyMap<string, PartyCounts>;
}

/**
 * Works out every list from the library in memory. Each step is kept until what it
 * depends on changes: typing a query re-runs the search and the filtering, not the counts.
 */
export function useLibraryView(state: LibraryState, given: LibraryFilter, sorts: LibrarySorts): LibraryView {
  const { version } = state;
  // The page hands a new filter object with every keystroke, though the text searched waits
  // for a pause: an equal filter must not filter and sort 100,000 annotations again.
  const filterKey = JSON.stringify(given);
  const filter = useMemo(() => given, [filterKey]);
  const all = useMemo(() => [...state.annotations.values()], [version]);
  const allArticles = useMemo(() => [...state.articles.values()], [version]);
  const articleCounts = useMemo(() => countByArticle(all), [all]);
  const partyCounts = useMemo(() => countByParty(all), [all]);
  const tagCounts = useMemo(() => countByTag(all), [all]);
  const hits = useMemo(() => state.search.search(filter.text), [version, state.searchVersion, filter.text]);
  const collectionArticleIds = useMemo(() => {
    if (!filter.collectionId) return null;
    return new Set(state.collections.find((c) => c.id === filter.collectionId)?.articleIds ?? []);
  }, [version, filter.collectionId]);

  const filtered = useMemo(() => {
    const ctx: FilterContext = {
      articles: state.articles,
      hits,
      collectionArticleIds,
    };
    const annotations = filterAnnotations(all, filter, ctx);
    return { annotations, articles: filterArticles(allArticles, filter, ctx, annotations) };
  }, [all, allArticles, hits, collectionArticleIds, filter]);

  const annotations = useMemo(() => {
    const { key, direction } = sorts.annotations;
    if (key === 'relevance') {
      return hits
        ? filtered.annotations
        : sortAnnotations(filtered.annotations, 'created', 'descending', sortContext(state));
    }
    return sortAnnotations(filtered.annotations, key, direction, sortContext(state));
  }, [filtered, sorts.annotations, version]);

  const articles = useMemo(() => {
    const { key, direction } = sorts.articles;
    if (key !== 'relevance') return sortArticles(filtered.articles, key, direction, articleCounts);
    if (!hits) return sortArticles(filtered.articles, 'lastVisit', 'descending', articleCounts);
    const rank = new Map(hits.articles.map((a, i) => [a.id, i]));
    return sortByKey(filtered.articles, (a) => rank.get(a.id) ?? rank.size, 'ascending');
  }, [filtered, sorts.articles, articleCounts, hits]);

  const parties = useMemo(() => {
    const list = hits ? hits.parties : [...state.parties.values()];
    return sortParties(list, sorts.parties.key, sorts.parties.direction, partyCounts);
  }, [version, hits, sorts.parties, partyCounts]);

  const tags = useMemo(() => {
    const query = foldText(filter.text.trim());
    const list = [...tagCounts].map(([tag, count]) => ({ tag, count })).filter((t) => foldText(t.tag).includes(query));
    const { key, direction } = sorts.tags;
    return sortByKey(list, key === 'count' ? (t) => t.count : (t) => foldText(t.tag), direction);
  }, [tagCounts, filter.text, sorts.tags]);

  const allTags = useMemo(
    () =>
      sortByKey(
        [...tagCounts].map(([tag, count]) => ({ tag, count })),
        (t) => foldText(t.tag),
        'ascending',
      ),
    [tagCounts],
  );

  return { hits, annotations, articles, parties, tags, allTags, articleCounts, partyCounts };
}

function sortContext(state: LibraryState) {
  return { articles: state.articles, parties: state.parties, verdicts: state.verdicts };
}
