import type { Annotation, AnnotationKind, Article } from '../model';
import { hostOf, type SearchHits } from './library-search';

/** Whose claims a party filter keeps: the party's own, those about it, or either (mentions too). */
export type PartyRole = 'any' | 'claimant' | 'subject';
/** Whether an annotation was found on its page when last looked for. */
export type FoundState = 'any' | 'found' | 'not-found';

/** What the reader narrowed the library to; empty strings mean "any". */
export interface LibraryFilter {
  text: string;
  kind: AnnotationKind | '';
  tag: string;
  partyId: string;
  partyRole: PartyRole;
  verdict: string;
  /** A site's host name, as `hostOf` gives it. */
  site: string;
  /** First and last day annotated, `YYYY-MM-DD` in the reader's time zone, both included. */
  from: string;
  to: string;
  found: FoundState;
  collectionId: string;
}

export const EMPTY_FILTER: LibraryFilter = {
  text: '',
  kind: '',
  tag: '',
  partyId: '',
  partyRole: 'any',
  verdict: '',
  site: '',
  from: '',
  to: '',
  found: 'any',
  collectionId: '',
};

/** What filtering needs besides the records: the search's hits and the chosen collection's articles. */
export interface FilterContext {
  articles: ReadonlyMap<string, Article>;
  hits: SearchHits | null;
  collectionArticleIds: ReadonlySet<string> | null;
}

/** Whether any criterion about annotations themselves is set (not text, site or collection). */
export function narrowsAnnotations(f: LibraryFilter): boolean {
  return !!(f.kind || f.tag || f.partyId || f.verdict || f.from || f.to || f.found !== 'any');
}

export function isFilterEmpty(f: LibraryFilter): boolean {
  return !narrowsAnnotations(f) && !f.text.trim() && !f.site && !f.collectionId;
}

/** The instants a day range covers, as ISO times comparable with `created`. */
export function dayBounds(f: Pick<LibraryFilter, 'from' | 'to'>): { from: string | null; to: string | null } {
  const start = (day: string) => {
    const time = new Date(`${day}T00:00:00`);
    return Number.isNaN(time.getTime()) ? null : time;
  };
  const from = f.from ? start(f.from) : null;
  const dayAfter = f.to ? start(f.to) : null;
  dayAfter?.setDate(dayAfter.getDate() + 1);
  return { from: from?.toISOString() ?? null, to: dayAfter?.toISOString() ?? null };
}

/** The part of a filter that looks at one annotation, made once per filtering (dates parsed once). */
export function annotationTest(f: LibraryFilter, ctx: Pick<FilterContext, 'articles' | 'collectionArticleIds'>) {
  const { from, to } = dayBounds(f);
  return (a: Annotation): boolean => {
    if (f.kind && a.kind !== f.kind) return false;
    if (f.tag && !a.tags.includes(f.tag)) return false;
    if (f.verdict && (a.kind !== 'claim' || (a.claim?.verdict ?? 'Unrated') !== f.verdict)) return false;
    if (f.partyId && !namesParty(a, f.partyId, f.partyRole)) return false;
    if (from && a.created < from) return false;
    if (to && a.created >= to) return false;
    if (f.found !== 'any' && (a.anchor?.state === 'orphan') !== (f.found === 'not-found')) return false;
    if (ctx.collectionArticleIds && !ctx.collectionArticleIds.has(a.articleId)) return false;
    if (f.site) {
      const article = ctx.articles.get(a.articleId);
      if (!article || hostOf(article.url) !== f.site) return false;
    }
    return true;
  };
}

function namesParty(a: Annotation, partyId: string, role: PartyRole): boolean {
  const claimant = a.claim?.claimantId === partyId;
  const subject = !!a.claim?.aboutIds.includes(partyId) || a.partyId === partyId;
  return role === 'claimant' ? claimant : role === 'subject' ? subject : claimant || subject;
}

/**
 * The annotations the filter keeps: in search rank when there is a query, else in the
 * order given.
 */
export function filterAnnotations(all: readonly Annotation[], f: LibraryFilter, ctx: FilterContext): Annotation[] {
  const passes = annotationTest(f, ctx);
  return (ctx.hits ? ctx.hits.annotations : all).filter(passes);
}

/**
 * The articles the filter keeps. An article stays when one of its annotations passes
 * (`matched`), or, when only text, site or collection narrow the library, when its own
 * title, site or byline answers the query.
 */
export function filterArticles(
  all: readonly Article[],
  f: LibraryFilter,
  ctx: FilterContext,
  matched: readonly Annotation[],
): Article[] {
  const onlyArticleCriteria = !narrowsAnnotations(f);
  if (isFilterEmpty(f)) return [...all];
  const withMatches = new Set(matched.map((a) => a.articleId));
  const titleHits = ctx.hits && onlyArticleCriteria ? new Set(ctx.hits.articles.map((a) => a.id)) : null;
  return all.filter((article) => {
    if (f.site && hostOf(article.url) !== f.site) return false;
    if (ctx.collectionArticleIds && !ctx.collectionArticleIds.has(article.id)) return false;
    if (withMatches.has(article.id)) return true;
    if (titleHits) return titleHits.has(article.id);
    return onlyArticleCriteria && !ctx.hits;
  });
}
