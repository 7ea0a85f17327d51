// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: people and bodies', () => {
  it('reads "the Scottish government" as a body of its own, and "the British government" as the state', () => {
    const result = suggest(
      'A healthcare worker has been diagnosed with Ebola, the Scottish government said on Monday. ' +
        '"The risk is low," the Scottish government added. The British government said it would help.',
    );
    expect(party(result, 'Scottish government').kind).toBe('organization');
    expect(claimOf(result, 'A healthcare worker').claimant).toBe('Scottish government');
    expect(claimOf(result, '"The risk').claimant).toBe('Scottish government');
    expect(claimOf(result, 'The British government').claimant).toBe('United Kingdom');
  });

  it('reads a compound of common words or people by their trade opening a sentence as no name', () => {
    const result = suggest(
      'Fifty-one percent say that the president should be impeached. ' +
        'Singer-guitarists Tom Johnston and Patrick Simmons will tour. "You might remember him," Johnston said.',
    );
    expect(names(result)).not.toContain('Fifty-one');
    expect(party(result, 'Tom Johnston').kind).toBe('person');
    expect(claimOf(result, '"You might').claimant).toBe('Tom Johnston');
  });

  it('joins a firm named with its head word once in the plural, and initials that spell a firm’s name', () => {
    const airline = suggest(
      'The plane is operated by Emirates Airlines. Dubai carrier Emirates Airline finalized a deal with Boeing. ' +
        'Emirates said it would expand its fleet.',
    );
    const airlines = airline.parties.filter((p) => p.name.startsWith('Emirates'));
    expect(airlines).toHaveLength(1);
    expect([airlines[0]?.name, ...(airlines[0]?.aliases ?? [])]).toEqual(
      expect.arrayContaining(['Emirates Airline', 'Emirates Airlines', 'Emirates']),
    );
    expect(claimOf(airline, 'Emirates said').claimant).toBe(airlines[0]?.name);
    const bank = suggest(
      'JPMorgan Chase earned $4.9 billion, the company announced. Under Jamie Dimon, J.P. Morgan has grown. ' +
        'J.J. Abrams directed the film.',
    );
    expect(party(bank, 'JPMorgan Chase').aliases).toContain('J.P. Morgan');
    expect(party(bank, 'J.J. Abrams').kind).toBe('person');
  });
});
