// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { names, party } from './support';

describe('suggest: legislatures, political parties and a president’s administration', () => {
  it('reads "Republicans", "House Republicans" and "the Republican Party" as one party, and Congress as a body', () => {
    const result = suggest(
      'Republicans have vowed to block the deal. House Republicans introduced a bill on Monday. ' +
        'Democrats objected, and Congress has not acted. The Republican Party said it would not back down.',
    );
    const republicans = party(result, 'Republican Party');
    expect(republicans.kind).toBe('organization');
    expect(republicans.aliases).toContain('Republicans');
    expect(names(result)).toEqual(expect.arrayContaining(['Democrats', 'Congress']));
    expect(names(result).filter((n) => n.includes('Republican'))).toEqual(['Republican Party']);
  });

  it('merges "Congress" with the "US Congress" the text names with its country', () => {
    const result = suggest('He lobbied members of US Congress who remain opposed. He said Congress would come round.');
    expect(names(result)).toEqual(['US Congress']);
    expect(party(result, 'US Congress').aliases).toContain('Congress');
  });

  it('keeps "President Obama" apart from the "Obama administration"', () => {
    const result = suggest(
      'The Obama administration will announce a new strategy on Friday. ' +
        'The order that President Obama plans to sign will last six months.',
    );
    expect(party(result, 'Obama administration').kind).toBe('organization');
    expect(party(result, 'President Obama')).toMatchObject({ kind: 'person', aliases: ['Obama'] });
  });

  it('reads a library named with its city or its institution as a body', () => {
    const result = suggest('The Tarvik Public Library said it would open on Sundays.');
    expect(party(result, 'Tarvik Public Library').kind).toBe('organization');
    expect(result.claims[0]?.claimant).toBe('Tarvik Public Library');
  });

  it('reads "a House Democratic source" and "the Republican Senate candidate" as descriptions, not bodies', () => {
    const result = suggest(
      'A House Democratic source gave reporters a memo. Her view changed when she became the Republican Senate candidate.',
    );
    expect(names(result)).not.toContain('House Democratic');
    expect(names(result)).not.toContain('Republican Senate');
  });
});

describe('suggest: a dateline glued to a headline', () => {
  it('reads "… privatization Washington (CNN) -- Democrats said" as a dateline, not the government', () => {
    const result = suggest(
      'Party vows to fight privatization Washington (CNN) -- Democrats said on Friday that they would defend the program.',
    );
    expect(names(result)).not.toContain('United States');
  });
});
