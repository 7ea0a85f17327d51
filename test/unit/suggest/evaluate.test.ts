// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  claimantAccuracy,
  evaluate,
  precision,
  quoteOverlap,
  recall,
  total,
  type Labels,
} from '../../../core/suggest/evaluate';

function labels(partial: Partial<Labels>): Labels {
  return { article: 'a.html', about: 'synthetic', set: 'tuned', parties: [], claims: [], ...partial };
}

describe('quoteOverlap', () => {
  it('is 1 for the same words whatever the spacing, case and punctuation', () => {
    expect(quoteOverlap('Kerry said,  “Yes.”', 'kerry SAID yes')).toBe(1);
  });

  it('divides the shared words by the longer quote, counting repeats', () => {
    // 4 shared of 5 words in the longer quote.
    expect(quoteOverlap('a b c d', 'a b c d e')).toBeCloseTo(0.8);
    // "the" twice on one side, once on the other: one shared.
    expect(quoteOverlap('the the cat', 'the cat sat')).toBeCloseTo(2 / 3);
    expect(quoteOverlap('', 'x')).toBe(0);
  });
});

describe('evaluate: parties', () => {
  const truth = labels({
    parties: [
      { name: 'John Kerry', kind: 'person', aliases: ['Kerry'], optional: false },
      { name: 'United States', kind: 'country', aliases: ['Washington'], optional: false },
      { name: 'Kenya', kind: 'country', aliases: [], optional: true },
    ],
  });

  it('finds a labelled party through any name or alias, possessives and a leading "the" aside', () => {
    const result = evaluate(
      {
        parties: [
          { name: "Kerry's", kind: 'person', aliases: [] },
          { name: 'The Washington', kind: 'organization', aliases: [] },
        ],
        claims: [],
      },
      truth,
    );
    expect(result.parties).toEqual({ suggested: 2, labelled: 2, found: 2, kindRight: 1 });
    expect(precision(result.parties)).toBe(1);
    expect(recall(result.parties)).toBe(1);
  });

  it('counts a second suggestion for the same party and an unlabelled one against precision', () => {
    const result = evaluate(
      {
        parties: [
          { name: 'John Kerry', kind: 'person', aliases: [] },
          { name: 'Kerry', kind: 'person', aliases: [] },
          { name: 'Aleppo', kind: 'other', aliases: [] },
        ],
        claims: [],
      },
      truth,
    );
    expect(result.parties.found).toBe(1);
    expect(result.parties.suggested).toBe(3);
    expect(result.extraParties).toEqual(['Kerry', 'Aleppo']);
    expect(result.missedParties).toEqual(['United States']);
  });

  it('neither rewards nor punishes optional labels', () => {
    const found = evaluate({ parties: [{ name: 'Kenya', kind: 'country', aliases: [] }], claims: [] }, truth);
    expect(found.parties).toMatchObject({ suggested: 0, labelled: 2, found: 0 });
    const missed = evaluate({ parties: [], claims: [] }, truth);
    expect(missed.missedParties).not.toContain('Kenya');
  });
});

describe('evaluate: claims', () => {
  const truth = labels({
    parties: [
      { name: 'Sergei Lavrov', kind: 'person', aliases: ['Lavrov'], optional: false },
      {
        name: 'Russian Foreign Ministry',
        kind: 'organization',
        aliases: ["Russia's Foreign Ministry"],
        optional: false,
      },
    ],
    claims: [
      {
        quote: 'one two three four five six seven eight nine ten',
        claimant: 'Russian Foreign Ministry',
        about: [],
        optional: false,
      },
      { quote: 'alpha beta gamma delta', claimant: null, about: [], optional: false },
      { quote: 'maybe maybe maybe', claimant: null, about: [], optional: true },
    ],
  });

  it('finds a claim at 80% word overlap and not below', () => {
    const eight = evaluate(
      { parties: [], claims: [{ quote: 'one two three four five six seven eight', claimant: null, about: [] }] },
      truth,
    );
    expect(eight.claims.found).toBe(1);
    const seven = evaluate(
      { parties: [], claims: [{ quote: 'one two three four five six seven', claimant: null, about: [] }] },
      truth,
    );
    expect(seven.claims.found).toBe(0);
  });

  it('judges the claimant through the suggested and labelled parties, and none against none', () => {
    const result = evaluate(
      {
        parties: [{ name: "Russia's Foreign Ministry", kind: 'organization', aliases: [] }],
        claims: [
          {
            quote: 'one two three four five six seven eight nine ten',
            claimant: "Russia's Foreign Ministry",
            about: [],
          },
          { quote: 'alpha beta gamma delta', claimant: 'Lavrov', about: [] },
        ],
      },
      truth,
    );
    expect(result.claims).toEqual({ suggested: 2, labelled: 2, found: 2, claimantRight: 1 });
    expect(claimantAccuracy(result.claims)).toBe(0.5);
    expect(result.wrongClaimants).toEqual([{ quote: 'alpha beta gamma delta', expected: null, got: 'Lavrov' }]);
  });

  it('pairs each labelled claim with one suggestion, best overlap first, and leaves optional ones out', () => {
    const result = evaluate(
      {
        parties: [],
        claims: [
          { quote: 'alpha beta gamma delta epsilon', claimant: null, about: [] },
          { quote: 'alpha beta gamma delta', claimant: null, about: [] },
          { quote: 'maybe maybe maybe', claimant: null, about: [] },
        ],
      },
      truth,
    );
    expect(result.claims).toMatchObject({ suggested: 2, found: 1 });
    expect(result.extraClaims).toEqual(['alpha beta gamma delta epsilon']);
    expect(result.missedClaims.map((c) => c.quote)).toEqual(['one two three four five six seven eight nine ten']);
  });

  it('adds up articles so that every claim weighs the same', () => {
    const a = evaluate(
      { parties: [], claims: [{ quote: 'alpha beta gamma delta', claimant: null, about: [] }] },
      truth,
    );
    const b = evaluate({ parties: [], claims: [] }, truth);
    const sum = total([a, b]);
    expect(sum.claims).toEqual({ suggested: 1, labelled: 4, found: 1, claimantRight: 1 });
    expect(recall(sum.claims)).toBe(0.25);
  });
});
