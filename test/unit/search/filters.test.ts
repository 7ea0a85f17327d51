// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../core/model';
import {
  EMPTY_FILTER,
  filterAnnotations,
  filterArticles,
  isFilterEmpty,
  type FilterContext,
  type LibraryFilter,
} from '../../../core/search/filters';
import { LibrarySearch } from '../../../core/search/library-search';
import { countByArticle, countByParty, countByTag } from '../../../core/search/summaries';
import { sortAnnotations, sortArticles, sortParties } from '../../../core/search/sort';
import { annotation, party } from '../support/records';
import { article } from './records';

const BBC = 'https://www.bbc.co.uk/news/world-1.html';
const RFERL = 'https://www.rferl.org/a/aleppo.html';
const articles = [
  article({ id: BBC, title: 'Talks resume', siteName: 'BBC', lastVisit: '2024-06-01T00:00:00.000Z' }),
  article({ id: RFERL, title: 'Aleppo under fire', siteName: 'RFE/RL', lastVisit: '2024-05-01T00:00:00.000Z' }),
];
const claim = (id: string, over: Partial<Annotation> & { claimant?: string; about?: string[]; verdict?: string }) =>
  annotation({
    id,
    kind: 'claim',
    claim: { claimantId: over.claimant, aboutIds: over.about ?? [], verdict: over.verdict ?? 'Unrated', evidence: [] },
    ...over,
  });
const annotations: Annotation[] = [
  claim('c1', {
    articleId: RFERL,
    claimant: 'kirby',
    about: ['russia'],
    verdict: 'True',
    tags: ['syria'],
    created: '2024-05-01T10:00:00.000Z',
  }),
  claim('c2', {
    articleId: RFERL,
    claimant: 'russia',
    about: ['kirby'],
    verdict: 'False',
    created: '2024-05-03T10:00:00.000Z',
    anchor: { state: 'orphan', at: '2024-05-04T00:00:00.000Z' },
  }),
  annotation({
    id: 'h1',
    articleId: BBC,
    tags: ['syria', 'talks'],
    note: 'ceasefire talks',
    created: '2024-05-02T10:00:00.000Z',
  }),
  annotation({
    id: 'm1',
    articleId: BBC,
    kind: 'party-mention',
    partyId: 'kirby',
    created: '2024-05-05T10:00:00.000Z',
  }),
];

function run(change: Partial<LibraryFilter>) {
  const f = { ...EMPTY_FILTER, ...change };
  const search = new LibrarySearch();
  annotations.forEach((a) => search.setAnnotation(a));
  articles.forEach((a) => search.setArticle(a));
  const ctx: FilterContext = {
    articles: new Map(articles.map((a) => [a.id, a])),
    hits: search.search(f.text),
    collectionArticleIds: f.collectionId === 'bbc-only' ? new Set([BBC]) : null,
  };
  const kept = filterAnnotations(annotations, f, ctx);
  return { annotations: kept.map((a) => a.id), articles: filterArticles(articles, f, ctx, kept).map((a) => a.title) };
}

describe('library filters', () => {
  it('keep everything when empty', () => {
    expect(isFilterEmpty(EMPTY_FILTER)).toBe(true);
    expect(run({})).toEqual({ annotations: ['c1', 'c2', 'h1', 'm1'], articles: ['Talks resume', 'Aleppo under fire'] });
  });

  it('combine: every criterion must hold', () => {
    expect(run({ tag: 'syria' }).annotations).toEqual(['c1', 'h1']);
    expect(run({ tag: 'syria', kind: 'claim' })).toEqual({ annotations: ['c1'], articles: ['Aleppo under fire'] });
    expect(run({ tag: 'syria', verdict: 'False' }).annotations).toEqual([]);
    expect(run({ verdict: 'False', site: 'rferl.org' }).annotations).toEqual(['c2']);
    expect(run({ verdict: 'False', site: 'bbc.co.uk' })).toEqual({ annotations: [], articles: [] });
  });

  it('tell a party as claimant from a party as subject (claims about it and mentions)', () => {
    expect(run({ partyId: 'kirby' }).annotations).toEqual(['c1', 'c2', 'm1']);
    expect(run({ partyId: 'kirby', partyRole: 'claimant' }).annotations).toEqual(['c1']);
    expect(run({ partyId: 'kirby', partyRole: 'subject' }).annotations).toEqual(['c2', 'm1']);
  });

  it('take a date range in whole days, both ends included', () => {
    const day = (iso: string) => {
      const d = new Date(iso);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    };
    expect(run({ from: day('2024-05-02T10:00:00.000Z'), to: day('2024-05-03T10:00:00.000Z') }).annotations).toEqual([
      'c2',
      'h1',
    ]);
    expect(run({ from: day('2024-05-05T10:00:00.000Z') }).annotations).toEqual(['m1']);
  });

  it('tell annotations found on their page from those not found', () => {
    expect(run({ found: 'not-found' }).annotations).toEqual(['c2']);
    expect(run({ found: 'found' }).annotations).toEqual(['c1', 'h1', 'm1']);
  });

  it('keep an article for its title, or for its annotations, when searching', () => {
    expect(run({ text: 'aleppo' })).toEqual({ annotations: [], articles: ['Aleppo under fire'] });
    expect(run({ text: 'ceasefire' })).toEqual({ annotations: ['h1'], articles: ['Talks resume'] });
    // With a criterion on annotations, a title alone does not keep an article.
    expect(run({ text: 'aleppo', kind: 'claim' }).articles).toEqual([]);
  });

  it('narrow to a collection', () => {
    expect(run({ collectionId: 'bbc-only' })).toEqual({ annotations: ['h1', 'm1'], articles: ['Talks resume'] });
  });
});

describe('library counts and orders', () => {
  it('count per article, per party and per tag', () => {
    expect(countByArticle(annotations).get(RFERL)).toEqual({
      claims: 2,
      highlights: 0,
      mentions: 0,
      parties: 2,
      notFound: 1,
    });
    expect(countByArticle(annotations).get(BBC)).toEqual({
      claims: 0,
      highlights: 1,
      mentions: 1,
      parties: 1,
      notFound: 0,
    });
    expect(countByParty(annotations).get('kirby')).toEqual({ claimsBy: 1, claimsAbout: 1, mentions: 1 });
    expect([...countByTag(annotations)]).toEqual([
      ['syria', 2],
      ['talks', 1],
    ]);
  });

  it('sort articles, annotations and parties by the chosen key, ties in the given order', () => {
    const counts = countByArticle(annotations);
    expect(sortArticles(articles, 'title', 'ascending', counts).map((a) => a.title)).toEqual([
      'Aleppo under fire',
      'Talks resume',
    ]);
    expect(sortArticles(articles, 'lastVisit', 'descending', counts).map((a) => a.title)).toEqual([
      'Talks resume',
      'Aleppo under fire',
    ]);
    expect(sortArticles(articles, 'claims', 'descending', counts)[0]!.id).toBe(RFERL);
    const ctx = {
      articles: new Map(articles.map((a) => [a.id, a])),
      parties: new Map(
        [party({ id: 'kirby', name: 'Kirby' }), party({ id: 'russia', name: 'Élysée' })].map((p) => [p.id, p]),
      ),
      verdicts: ['Unrated', 'True', 'False'],
    };
    expect(sortAnnotations(annotations, 'verdict', 'ascending', ctx).map((a) => a.id)).toEqual([
      'c1',
      'c2',
      'h1',
      'm1',
    ]);
    expect(sortAnnotations(annotations, 'claimant', 'ascending', ctx).map((a) => a.id)).toEqual([
      'c2',
      'c1',
      'h1',
      'm1',
    ]);
    expect(sortAnnotations(annotations, 'created', 'descending', ctx).map((a) => a.id)).toEqual([
      'm1',
      'c2',
      'h1',
      'c1',
    ]);
    const parties = [party({ id: 'kirby', name: 'Kirby' }), party({ id: 'russia', name: 'Russia' })];
    expect(sortParties(parties, 'claimsBy', 'descending', countByParty(annotations)).map((p) => p.id)).toEqual([
      'kirby',
      'russia',
    ]);
  });
});
