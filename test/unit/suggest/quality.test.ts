// @vitest-environment node
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { measureQuality, type QualityBySet } from '../../../bench/suites/suggest-bench';
import { loadLabelledArticles, type LabelledArticle } from '../../../bench/suites/suggest-corpus';
import { claimantAccuracy, precision, recall } from '../../../core/suggest/evaluate';
import { collapseSpace } from '../../../core/suggest/text';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

// What the rules reached when this test was written (see the bench suite "suggest"),
// less a little: a change that loses more than that is a regression to look at.
// Held-out: measured once on 2026-12-08 (thirty-seventh round), after the rules were frozen,
// on sixteen news pages of GoOse's test sites (The Washington Post, The Wall Street Journal,
// Fox News, Yahoo News (Reuters), The Guardian, NBC News, Bloomberg, the Daily Mail, Business
// Insider, The New York Times, BBC News, ABC News, Inc., CNN, the Puget Sound Business Journal,
// TechCrunch), with 161 parties and 218 claims that count: the three claims targets are met
// (claimant 0.835), and the two parties targets are missed.
// Tuned: 427 articles, the thirty-sixth round's held-out ones moved there.
const FLOORS: Record<QualityBySet['set'], Record<string, number>> = {
  tuned: { partiesPrecision: 0.86, partiesRecall: 0.84, claimsPrecision: 0.95, claimsRecall: 0.84, claimant: 0.85 },
  'held-out': {
    partiesPrecision: 0.75,
    partiesRecall: 0.86,
    claimsPrecision: 0.92,
    claimsRecall: 0.87,
    claimant: 0.82,
  },
};

let articles: LabelledArticle[];
let quality: QualityBySet[];

beforeAll(() => {
  articles = loadLabelledArticles(root);
  quality = measureQuality(articles);
}, 60_000);

describe('labelled articles', () => {
  it('hold at least five own articles besides the demo, eight of them held out', () => {
    expect(articles.filter((a) => a.name !== 'rferl-aleppo').length).toBeGreaterThanOrEqual(5);
    expect(articles.filter((a) => a.labels.set === 'held-out').length).toBeGreaterThanOrEqual(8);
  });

  it('quote their claims word for word from the article text', () => {
    for (const article of articles) {
      const text = collapseSpace(article.text);
      for (const claim of article.labels.claims) expect(text, article.name).toContain(claim.quote);
    }
  });

  it('name claimants and parties a claim is about among their parties', () => {
    for (const article of articles) {
      const names = new Set(article.labels.parties.map((p) => p.name));
      for (const claim of article.labels.claims) {
        if (claim.claimant !== null) expect(names, `${article.name}: ${claim.claimant}`).toContain(claim.claimant);
        for (const about of claim.about) expect(names, `${article.name}: ${about}`).toContain(about);
      }
    }
  });
});

describe.each(['tuned', 'held-out'] as const)('suggestion quality, %s set', (set) => {
  it('does not drop below what the rules reached', () => {
    const { totals } = quality.find((q) => q.set === set) as QualityBySet;
    const floors = FLOORS[set];
    expect(precision(totals.parties)).toBeGreaterThanOrEqual(floors.partiesPrecision as number);
    expect(recall(totals.parties)).toBeGreaterThanOrEqual(floors.partiesRecall as number);
    expect(precision(totals.claims)).toBeGreaterThanOrEqual(floors.claimsPrecision as number);
    expect(recall(totals.claims)).toBeGreaterThanOrEqual(floors.claimsRecall as number);
    expect(claimantAccuracy(totals.claims)).toBeGreaterThanOrEqual(floors.claimant as number);
  });
});
