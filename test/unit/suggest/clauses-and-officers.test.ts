// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf } from './support';

describe('suggest: clauses with quoted words, officers behind role words', () => {
  it('keeps the subject of a clause that quotes a word or two before its cue', () => {
    const result = suggest(
      'Councillor Ruth Abbot called the plan a “disgrace” and said: “Nobody asked the people who live here.”',
    );
    expect(claimOf(result, 'Councillor Ruth Abbot').claimant).toBe('Ruth Abbot');
  });

  it('gives a clause opened by a description in front of a name to the person, not to its first word', () => {
    const result = suggest(
      'Local councillor Ruth Abbot called the plan a “disgrace” and said: “Nobody asked the people who live here.”',
    );
    expect(claimOf(result, 'Local councillor').claimant).toBe('Ruth Abbot');
    expect(result.parties.map((p) => p.name)).toEqual(['Ruth Abbot']);
  });

  it('gives an inverted "said" to the officer behind an organisation and a lower-case role word', () => {
    const result = suggest(
      '“The pier is safe for now,” said Harbour Board head Tom Wallis. ' +
        '“We will reopen it in May,” said BRX spokeswoman Ada Lund.',
    );
    expect(claimOf(result, '“The pier').claimant).toBe('Tom Wallis');
    expect(claimOf(result, '“We will reopen').claimant).toBe('Ada Lund');
  });

  it('gives an inverted "said" to the officer behind an acronym the text spelled out before', () => {
    const result = suggest(
      'Inspectors from the Coastal Safety Authority (CSA) visited the pier in March. ' +
        '“The pier is safe for now,” said CSA head Tom Wallis at a briefing.',
    );
    expect(claimOf(result, '“The pier').claimant).toBe('Tom Wallis');
  });

  it('reads "reiterated" as a statement', () => {
    const result = suggest('Anna Berg reiterated that the school would stay open next year.');
    expect(claimOf(result, 'Anna Berg reiterated').claimant).toBe('Anna Berg');
  });
});
