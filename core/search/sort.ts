import type { Annotation, Article, Party } from '../model';
import { foldText } from './fold';
import { hostOf } from './library-search';
import type { ArticleCounts, PartyCounts } from './summaries';

export type SortDirection = 'ascending' | 'descending';

/**
 * Sorts by a key computed once per item (not once per comparison: 100,000 rows), ties
 * kept in the order given, so a relevance or date order stays under an equal key.
 */
export function sortByKey<T>(items: readonly T[], key: (item: T) => string | number, direction: SortDirection): T[] {
  const keyed = items.map((item, index) => ({ item, index, key: key(item) }));
  const sign = direction === 'ascending' ? 1 : -1;
  keyed.sort((a, b) => (a.key < b.key ? -sign : a.key > b.key ? sign : a.index - b.index));
  return keyed.map((k) => k.item);
}

export const ARTICLE_SORTS = {
  lastVisit: 'Last visit',
  title: 'Title',
  site: 'Site',
  published: 'Date published',
  annotations: 'Most annotations',
  claims: 'Most claims',
} as const;
export type ArticleSort = keyof typeof ARTICLE_SORTS;

/** Articles in the reader's chosen order; text keys compare case and accents aside. */
export function sortArticles(
  articles: readonly Article[],
  sort: ArticleSort,
  direction: SortDirection,
  counts: ReadonlyMap<string, ArticleCounts>,
): Article[] {
  const total = (a: Article) => {
    const c = counts.get(a.id);
    return c ? c.claims + c.highlights + c.mentions : 0;
  };
  const keys: Record<ArticleSort, (a: Article) => string | number> = {
    lastVisit: (a) => a.lastVisit,
    title: (a) => foldText(a.title || a.url),
    site: (a) => foldText(a.siteName || hostOf(a.url)),
    published: (a) => publishedKey(a.publishedTime),
    annotations: total,
    claims: (a) => counts.get(a.id)?.claims ?? 0,
  };
  return sortByKey(articles, keys[sort], direction);
}

/** A published time as a sortable key: unparseable or missing dates sort as the oldest. */
function publishedKey(text: string): number {
  const time = Date.parse(text);
  return Number.isNaN(time) ? -Infinity : time;
}

export const ANNOTATION_SORTS = {
  created: 'Date annotated',
  article: 'Article',
  claimant: 'Claimant',
  verdict: 'Verdict',
  kind: 'Kind',
} as const;
export type AnnotationSort = keyof typeof ANNOTATION_SORTS;

export interface AnnotationSortContext {
  articles: ReadonlyMap<string, Article>;
  parties: ReadonlyMap<string, Party>;
  /** The rating scale, in its order: verdicts sort as the scale lists them. */
  verdicts: readonly string[];
}

export function sortAnnotations(
  annotations: readonly Annotation[],
  sort: AnnotationSort,
  direction: SortDirection,
  ctx: AnnotationSortContext,
): Annotation[] {
  const titles = new Map<string, string>();
  const title = (id: string) => {
    let t = titles.get(id);
    if (t === undefined) titles.set(id, (t = foldText(ctx.articles.get(id)?.title || id)));
    return t;
  };
  const names = new Map<string, string>();
  const name = (id: string | undefined) => {
    if (!id) return '\uffff';
    let n = names.get(id);
    if (n === undefined) names.set(id, (n = foldText(ctx.parties.get(id)?.name ?? '')));
    return n;
  };
  const rank = new Map(ctx.verdicts.map((v, i) => [v, i]));
  const keys: Record<AnnotationSort, (a: Annotation) => string | number> = {
    created: (a) => a.created,
    article: (a) => `${title(a.articleId)}\u0000${String(a.target.position.start).padStart(10, '0')}`,
    claimant: (a) => name(a.claim?.claimantId),
    verdict: (a) => (a.claim ? (rank.get(a.claim.verdict) ?? ctx.verdicts.length) : ctx.verdicts.length + 1),
    kind: (a) => a.kind,
  };
  return sortByKey(annotations, keys[sort], direction);
}

export const PARTY_SORTS = {
  name: 'Name',
  claimsBy: 'Claims by',
  claimsAbout: 'Claims about',
  mentions: 'Mentions',
} as const;
export type PartySort = keyof typeof PARTY_SORTS;

export function sortParties(
  parties: readonly Party[],
  sort: PartySort,
  direction: SortDirection,
  counts: ReadonlyMap<string, PartyCounts>,
): Party[] {
  const count = (p: Party, field: keyof PartyCounts) => counts.get(p.id)?.[field] ?? 0;
  const keys: Record<PartySort, (p: Party) => string | number> = {
    name: (p) => foldText(p.name),
    claimsBy: (p) => count(p, 'claimsBy'),
    claimsAbout: (p) => count(p, 'claimsAbout'),
    mentions: (p) => count(p, 'mentions'),
  };
  return sortByKey(parties, keys[sort], direction);
}
