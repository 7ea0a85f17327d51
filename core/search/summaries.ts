import type { Annotation } from '../model';

/** What an article's row counts. */
export interface ArticleCounts {
  claims: number;
  highlights: number;
  mentions: number;
  /** Distinct parties its annotations name. */
  parties: number;
  /** Its annotations not found on the page when last looked for. */
  notFound: number;
}

/** What a party's row counts. */
export interface PartyCounts {
  claimsBy: number;
  claimsAbout: number;
  mentions: number;
}

export function emptyArticleCounts(): ArticleCounts {
  return { claims: 0, highlights: 0, mentions: 0, parties: 0, notFound: 0 };
}

/** Per-article counts over a set of annotations, in one pass. */
export function countByArticle(annotations: Iterable<Annotation>): Map<string, ArticleCounts> {
  const counts = new Map<string, ArticleCounts>();
  const parties = new Map<string, Set<string>>();
  for (const a of annotations) {
    let c = counts.get(a.articleId);
    let named = parties.get(a.articleId);
    if (!c || !named) {
      c = emptyArticleCounts();
      named = new Set();
      counts.set(a.articleId, c);
      parties.set(a.articleId, named);
    }
    if (a.kind === 'claim') c.claims++;
    else if (a.kind === 'highlight') c.highlights++;
    else c.mentions++;
    if (a.anchor?.state === 'orphan') c.notFound++;
    if (a.partyId) named.add(a.partyId);
    if (a.claim?.claimantId) named.add(a.claim.claimantId);
    for (const id of a.claim?.aboutIds ?? []) named.add(id);
  }
  for (const [id, named] of parties) counts.get(id)!.parties = named.size;
  return counts;
}

/** Per-party counts: claims it made, claims about it, mentions naming it. */
export function countByParty(annotations: Iterable<Annotation>): Map<string, PartyCounts> {
  const counts = new Map<string, PartyCounts>();
  const of = (id: string) => {
    let c = counts.get(id);
    if (!c) counts.set(id, (c = { claimsBy: 0, claimsAbout: 0, mentions: 0 }));
    return c;
  };
  for (const a of annotations) {
    if (a.claim?.claimantId) of(a.claim.claimantId).claimsBy++;
    for (const id of new Set(a.claim?.aboutIds ?? [])) of(id).claimsAbout++;
    if (a.partyId) of(a.partyId).mentions++;
  }
  return counts;
}

/** How many annotations carry each tag. */
export function countByTag(annotations: Iterable<Annotation>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of annotations) for (const tag of a.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return counts;
}
