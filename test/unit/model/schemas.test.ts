// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import {
  AnnotationSchema,
  ArticleMetadataSchema,
  ArticleSchema,
  PartySchema,
  TextPositionSelectorSchema,
  TextQuoteSelectorSchema,
  TimestampSchema,
  partyIdsOf,
} from '../../../core/model';
import { ARTICLE_URL, annotation, articleMetadata, party } from '../support/records';

/** Replaces (or with `undefined`, removes) one field of a valid record, however deep. */
function withField(record: object, path: string, value: unknown): unknown {
  const copy = structuredClone(record) as Record<string, unknown>;
  const keys = path.split('.');
  const last = keys.pop() as string;
  let node = copy;
  for (const key of keys) node = node[key] as Record<string, unknown>;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

describe('AnnotationSchema', () => {
  it('accepts a highlight and fills the optional fields', () => {
    const { note, tags, ...bare } = annotation();
    expect(note).toBe('');
    expect(tags).toEqual([]);
    const parsed = v.parse(AnnotationSchema, bare);
    expect(parsed.note).toBe('');
    expect(parsed.tags).toEqual([]);
    expect(parsed.target.quote.prefix).toBe('before ');
  });

  it('accepts a claim with claimant, subjects, verdict and evidence', () => {
    const parsed = v.parse(
      AnnotationSchema,
      annotation({
        kind: 'claim',
        tags: [' economy ', 'jobs'],
        claim: {
          claimantId: 'p-1',
          aboutIds: ['p-2'],
          verdict: 'False',
          evidence: [{ url: 'https://stats.example.gov/table', title: 'Table 4' }],
        },
      }),
    );
    expect(parsed.claim?.evidence[0]?.url).toBe('https://stats.example.gov/table');
    expect(parsed.tags).toEqual(['economy', 'jobs']);
  });

  it('gives a claim without details no subjects, no evidence and the verdict "Unrated"', () => {
    const parsed = v.parse(AnnotationSchema, annotation({ kind: 'claim', claim: {} as never }));
    expect(parsed.claim).toEqual({ aboutIds: [], verdict: 'Unrated', evidence: [] });
  });

  it('drops fields it does not know', () => {
    const parsed = v.parse(AnnotationSchema, { ...annotation(), extra: 'x' });
    expect(parsed).not.toHaveProperty('extra');
  });

  it.each([
    ['a missing id', 'id', undefined],
    ['an empty id', 'id', ''],
    ['a numeric id', 'id', 7],
    ['an unknown kind', 'kind', 'comment'],
    ['a relative article id', 'articleId', '/2024/story'],
    ['a javascript: article id', 'articleId', 'javascript:alert(1)'],
    ['a missing target', 'target', undefined],
    ['a target source that is not a URL', 'target.source', 'not a url'],
    ['a file: target source', 'target.source', 'file:///home/me/story.html'],
    ['an empty exact quote', 'target.quote.exact', ''],
    ['a missing exact quote', 'target.quote.exact', undefined],
    ['a wrong selector type', 'target.quote.type', 'TextPositionSelector'],
    ['a position ending before it starts', 'target.position', { type: 'TextPositionSelector', start: 9, end: 3 }],
    ['a negative position', 'target.position.start', -1],
    ['a fractional position', 'target.position.end', 26.5],
    ['a position given as text', 'target.position.end', '26'],
    ['a blank tag', 'tags', ['ok', '  ']],
    ['tags given as text', 'tags', 'economy'],
    ['a note that is not text', 'note', 42],
    ['a missing creation time', 'created', undefined],
    ['a creation time that is not ISO 8601', 'created', 'May 2, 2024'],
    ['an update time without a zone', 'updated', '2024-05-02T10:00:00'],
    ['an unknown anchor state', 'anchor', { state: 'lost', at: '2024-05-02T10:00:00Z' }],
    ['an evidence link to a javascript: URL', 'claim', { evidence: [{ url: 'javascript:alert(1)' }] }],
    ['an evidence link that is not a URL', 'claim', { evidence: [{ url: 'see the report' }] }],
    ['a claimant id that is not text', 'claim', { claimantId: 3 }],
  ])('rejects %s', (_label, path, value) => {
    expect(v.safeParse(AnnotationSchema, withField(annotation(), path, value)).success).toBe(false);
  });
});

describe('TimestampSchema', () => {
  it.each([
    ['2024-05-02T10:00:00Z', '2024-05-02T10:00:00.000Z'],
    ['2024-05-02T10:00:00.5Z', '2024-05-02T10:00:00.500Z'],
    ['2024-05-02T12:00:00+02:00', '2024-05-02T10:00:00.000Z'],
  ])('stores %s as %s so that times sort as text', (input, stored) => {
    expect(v.parse(TimestampSchema, input)).toBe(stored);
  });

  it('orders normalised times as the instants they name', () => {
    const times = ['2024-05-02T10:00:00Z', '2024-05-02T10:00:00.500Z', '2024-05-02T11:30:00+02:00'];
    const sorted = times.map((t) => v.parse(TimestampSchema, t)).sort();
    expect(sorted).toEqual(['2024-05-02T09:30:00.000Z', '2024-05-02T10:00:00.000Z', '2024-05-02T10:00:00.500Z']);
  });
});

describe('selectors', () => {
  it('accept an empty range and a quote with no context', () => {
    expect(v.is(TextPositionSelectorSchema, { type: 'TextPositionSelector', start: 4, end: 4 })).toBe(true);
    expect(v.parse(TextQuoteSelectorSchema, { type: 'TextQuoteSelector', exact: 'x' })).toEqual({
      type: 'TextQuoteSelector',
      exact: 'x',
      prefix: '',
      suffix: '',
    });
  });
});

describe('ArticleMetadataSchema and ArticleSchema', () => {
  it('accept a page known only by its address', () => {
    expect(v.parse(ArticleMetadataSchema, { url: ARTICLE_URL })).toEqual({
      url: ARTICLE_URL,
      title: '',
      byline: '',
      siteName: '',
      publishedTime: '',
      language: '',
      excerpt: '',
      isArticle: false,
    });
  });

  it('accept a stored article', () => {
    const article = {
      ...articleMetadata({ canonicalUrl: ARTICLE_URL }),
      id: ARTICLE_URL,
      urls: [ARTICLE_URL],
      firstVisit: '2024-05-01T10:00:00.000Z',
      lastVisit: '2024-05-03T10:00:00.000Z',
    };
    expect(v.parse(ArticleSchema, article)).toEqual(article);
  });

  it.each([
    ['a missing address', { url: undefined }],
    ['an address that is not a URL', { url: 'news.example.org/story' }],
    ['a browser page', { url: 'chrome://settings' }],
    ['a canonical link that is not a URL', { canonicalUrl: 'story.html' }],
    ['a data: canonical link', { canonicalUrl: 'data:text/html,hi' }],
    ['a title that is not text', { title: null }],
    ['an article flag that is not a boolean', { isArticle: 'yes' }],
  ])('reject %s', (_label, override) => {
    const input = { ...articleMetadata(), ...override };
    expect(v.safeParse(ArticleMetadataSchema, input).success).toBe(false);
  });

  it('reject an article without its visit times or with a bad address list', () => {
    const article = { ...articleMetadata(), id: ARTICLE_URL, urls: [ARTICLE_URL], firstVisit: '2024-05-01T10:00:00Z' };
    expect(v.safeParse(ArticleSchema, article).success).toBe(false);
    const withBadUrls = { ...article, lastVisit: '2024-05-01T10:00:00Z', urls: ['about:blank'] };
    expect(v.safeParse(ArticleSchema, withBadUrls).success).toBe(false);
    expect(v.safeParse(ArticleSchema, { ...withBadUrls, urls: [ARTICLE_URL] }).success).toBe(true);
  });
});

describe('PartySchema', () => {
  it('accepts a party and trims its name', () => {
    const parsed = v.parse(PartySchema, party({ name: '  Jane Doe ' }));
    expect(parsed.name).toBe('Jane Doe');
  });

  it.each([
    ['a blank name', { name: '   ' }],
    ['an unknown kind', { kind: 'animal' }],
    ['aliases that are not a list', { aliases: 'Doe' }],
    ['a missing id', { id: undefined }],
    ['a bad update time', { updated: 'yesterday' }],
  ])('rejects %s', (_label, override) => {
    expect(v.safeParse(PartySchema, { ...party(), ...override }).success).toBe(false);
  });
});

describe('partyIdsOf', () => {
  it('is empty for a plain highlight', () => {
    expect(partyIdsOf({})).toEqual([]);
  });

  it('names the party of a mention', () => {
    expect(partyIdsOf({ partyId: 'p-1' })).toEqual(['p-1']);
  });

  it('names the claimant and every subject of a claim, once each', () => {
    const claim = { claimantId: 'p-1', aboutIds: ['p-2', 'p-1', 'p-3', 'p-2'], verdict: 'Unrated', evidence: [] };
    expect(partyIdsOf({ claim }).sort()).toEqual(['p-1', 'p-2', 'p-3']);
    expect(partyIdsOf({ claim, partyId: 'p-4' }).sort()).toEqual(['p-1', 'p-2', 'p-3', 'p-4']);
  });

  it('handles a claim without a claimant', () => {
    expect(partyIdsOf({ claim: { aboutIds: ['p-2'], verdict: 'Unrated', evidence: [] } })).toEqual(['p-2']);
  });
});
