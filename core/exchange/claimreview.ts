import { jsonLdText } from './json-ld-text';
import type { Annotation, Article, Party } from '../model';
import { recordIri } from './iri';
import { annotationsByArticle, partiesById, type LibrarySnapshot } from './snapshot';

/**
 * Numbers for the ratings of the default scale that are points on a true–false line.
 * "Misleading" and "Unverifiable" (and ratings the reader adds) are not on that line, so
 * they carry only their name, as fact-checkers' own ClaimReview markup does.
 */
const RATING_VALUES: Record<string, number> = {
  True: 5,
  'Mostly true': 4,
  'Half true': 3,
  'Mostly false': 2,
  False: 1,
};
const BEST_RATING = 5;
const WORST_RATING = 1;

export const UNRATED = 'Unrated';
export const DEFAULT_REVIEWER = 'Marginalia user';

export interface ClaimReviewOptions {
  /** Who the reviews are by: the reader's name, or their organisation's. */
  reviewer?: string;
  reviewerKind?: 'Person' | 'Organization';
}

type Agent = { '@type': 'Person' | 'Organization'; name: string };

export interface ClaimReview {
  '@type': 'ClaimReview';
  identifier: string;
  url: string;
  claimReviewed: string;
  datePublished: string;
  author: Agent;
  reviewRating: {
    '@type': 'Rating';
    alternateName: string;
    ratingValue?: number;
    bestRating?: number;
    worstRating?: number;
  };
  reviewBody?: string;
  keywords?: string;
  citation?: { '@type': 'CreativeWork'; url: string; name?: string }[];
  itemReviewed: {
    '@type': 'Claim';
    author?: Agent;
    about?: { '@type': 'Thing'; name: string }[];
    appearance: { '@type': 'CreativeWork'; url: string; headline?: string; datePublished?: string };
  };
}

export interface ClaimReviewDocument {
  '@context': 'https://schema.org';
  '@graph': ClaimReview[];
}

/** A schema.org ClaimReview for every claim the reader has rated ("Unrated" ones are left out). */
export function toClaimReviews(snapshot: LibrarySnapshot, options: ClaimReviewOptions = {}): ClaimReviewDocument {
  const parties = partiesById(snapshot);
  const articles = new Map(snapshot.articles.map((a) => [a.id, a]));
  const author: Agent = {
    '@type': options.reviewerKind ?? 'Person',
    name: options.reviewer?.trim() || DEFAULT_REVIEWER,
  };
  const reviews = [...annotationsByArticle(snapshot).values()]
    .flat()
    .filter((a) => a.kind === 'claim' && a.claim && a.claim.verdict !== UNRATED)
    .map((a) => toClaimReview(a, articles.get(a.articleId), parties, author));
  return { '@context': 'https://schema.org', '@graph': reviews };
}

export function claimReviewText(snapshot: LibrarySnapshot, options: ClaimReviewOptions = {}): string {
  return jsonLdText(toClaimReviews(snapshot, options));
}

function toClaimReview(
  a: Annotation,
  article: Article | undefined,
  parties: Map<string, Party>,
  author: Agent,
): ClaimReview {
  const claim = a.claim!;
  const value = RATING_VALUES[claim.verdict];
  const claimant = claim.claimantId ? parties.get(claim.claimantId) : undefined;
  const about = claim.aboutIds.flatMap((id) => {
    const party = parties.get(id);
    return party ? [{ '@type': 'Thing' as const, name: party.name }] : [];
  });
  const published = article && isoDate(article.publishedTime);
  return {
    '@type': 'ClaimReview',
    identifier: recordIri(a.id),
    url: linkToQuote(a.target.source, a.target.quote.exact),
    claimReviewed: a.target.quote.exact,
    datePublished: a.updated,
    author,
    reviewRating: {
      '@type': 'Rating',
      alternateName: claim.verdict,
      ...(value !== undefined && { ratingValue: value, bestRating: BEST_RATING, worstRating: WORST_RATING }),
    },
    ...(a.note.trim() && { reviewBody: a.note }),
    ...(a.tags.length > 0 && { keywords: a.tags.join(', ') }),
    ...(claim.evidence.length > 0 && {
      citation: claim.evidence.map((e) => ({
        '@type': 'CreativeWork' as const,
        url: e.url,
        ...(e.title && { name: e.title }),
      })),
    }),
    itemReviewed: {
      '@type': 'Claim',
      ...(claimant && { author: agentOf(claimant) }),
      ...(about.length > 0 && { about }),
      appearance: {
        '@type': 'CreativeWork',
        url: article?.url ?? a.target.source,
        ...(article?.title && { headline: article.title }),
        ...(published && { datePublished: published }),
      },
    },
  };
}

/** People are Persons; everyone else who can say something (a ministry, a country's government, a group) an Organization. */
function agentOf(party: Party): Agent {
  return { '@type': party.kind === 'person' ? 'Person' : 'Organization', name: party.name };
}

function isoDate(text: string): string | undefined {
  if (!text) return undefined;
  const time = Date.parse(text);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** Quotes longer than this are linked by their first and last words, as text fragments allow. */
const MAX_FRAGMENT_QUOTE = 80;
const FRAGMENT_EDGE_WORDS = 4;

/**
 * The page address with a text fragment (`#:~:text=`) that browsers scroll to and highlight:
 * the review's `url` then opens the claim itself, not just the article.
 */
export function linkToQuote(pageUrl: string, quote: string): string {
  const page = new URL(pageUrl);
  page.hash = '';
  const words = quote.trim().split(/\s+/);
  const directive =
    quote.length <= MAX_FRAGMENT_QUOTE || words.length <= FRAGMENT_EDGE_WORDS * 2
      ? fragmentPart(words.join(' '))
      : `${fragmentPart(words.slice(0, FRAGMENT_EDGE_WORDS).join(' '))},${fragmentPart(words.slice(-FRAGMENT_EDGE_WORDS).join(' '))}`;
  return `${page.href}#:~:text=${directive}`;
}

/** Text fragments reserve "-", "," and "&" on top of what URI components do. */
function fragmentPart(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D');
}
