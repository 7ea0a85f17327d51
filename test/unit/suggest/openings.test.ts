// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf } from './support';

describe('suggest: a sentence opened by a speech participle', () => {
  it('gives it to the subject of the main clause, also after a dateline', () => {
    const result = suggest(
      'Declaring “the soul of the town” at stake, Mayor Ada Lund has ordered a review of the pier. ' +
        'DOVER (May 2) -- Warning that the ferry was unsafe, Tom Wallis closed the harbour.',
    );
    expect(claimOf(result, 'Declaring').claimant).toBe('Ada Lund');
    expect(claimOf(result, 'DOVER').claimant).toBe('Tom Wallis');
  });

  it('makes no claim of an opening gerund without a speaking subject', () => {
    const result = suggest('Telling stories to the children, the evenings went by fast.');
    expect(result.claims).toEqual([]);
  });
});

describe('suggest: an accusation after a long object', () => {
  it('reads "accused X, who …, of" as a statement', () => {
    const result = suggest(
      'Ada Lund accused the members of the old harbour board, who ran the pier for years, of wasting money.',
    );
    expect(claimOf(result, 'Ada Lund accused').claimant).toBe('Ada Lund');
  });
});
