// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: two names joined by "and", and other names of one party', () => {
  it('splits "The United Nations and European Union" into two organisations', () => {
    const result = suggest('The United Nations and European Union stressed that the border stays where it is.');
    expect(names(result)).toEqual(expect.arrayContaining(['United Nations', 'European Union']));
    expect(names(result)).not.toContain('United Nations and European Union');
  });

  it('keeps one name with "and" in it when its first part is no name by itself', () => {
    const result = suggest('The Bureau of Roads and Bridges Authority said the Food and Drug Administration agreed.');
    expect(names(result)).toContain('Food and Drug Administration');
  });

  it('reads "U.N." as the United Nations the text names in full', () => {
    const result = suggest('The United Nations condemned the attack. The U.N. said more aid was needed.');
    expect(party(result, 'United Nations').aliases).toContain('U.N.');
    expect(claimOf(result, 'The U.N. said').claimant).toBe('United Nations');
  });

  it('reads "ISIS" and "Daesh" as the Islamic State', () => {
    const result = suggest(
      'Fighters of the Islamic State attacked the town. ISIS said it would go on. Daesh later denied it.',
    );
    expect(names(result)).toEqual(['Islamic State']);
    expect(claimOf(result, 'ISIS said').claimant).toBe('Islamic State');
  });

  it('reads "the Government of Syria" as the country, one party with "the Syrian government"', () => {
    const result = suggest('The Government of Syria denied the report. The Syrian government said more.');
    expect(names(result)).toEqual(['Syria']);
    expect(claimOf(result, 'The Government of Syria').claimant).toBe('Syria');
  });

  it('reads "Russia’s foreign ministry" and "the French defence ministry" as its ministry, which speaks', () => {
    const result = suggest(
      'Russia’s foreign ministry said the move was illegal. The French defence ministry said it regrets the decision.',
    );
    expect(claimOf(result, 'Russia’s foreign ministry').claimant).toBe('Russian Foreign Ministry');
    expect(claimOf(result, 'The French defence ministry').claimant).toBe('French Defence Ministry');
  });
});

describe('suggest: a subject of several parties', () => {
  it('gives the claim to the party named first and makes it about the others', () => {
    const result = suggest(
      'The World Bank and the African Union stressed that the loans would continue. ' +
        'Spain, Italy and Greece said the quotas were unfair. ' +
        'Mayor Lena Ortiz and Senator Paul Wexley said the bridge was safe.',
    );
    const bank = claimOf(result, 'The World Bank');
    expect(bank.claimant).toBe('World Bank');
    expect(bank.about).toContain('African Union');
    const quotas = claimOf(result, 'Spain, Italy');
    expect(quotas.claimant).toBe('Spain');
    expect(quotas.about).toEqual(expect.arrayContaining(['Italy', 'Greece']));
    expect(names(result)).toContain('Italy');
    expect(claimOf(result, 'Mayor Lena Ortiz').claimant).toBe('Lena Ortiz');
  });
});
