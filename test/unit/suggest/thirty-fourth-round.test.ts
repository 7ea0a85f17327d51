// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: initials around an ampersand, name particles, short titles and employers in an aside', () => {
  it('reads initials joined by an ampersand as one organisation, with its possessive', () => {
    const result = suggest(
      'AT&T said it will also add this feature next year. PG&E warned customers of outages. ' +
        'Then listen to how AT&T’s John Stankey presented the new service: “We want customers to understand the benefits,” he said.',
    );
    expect(party(result, 'AT&T').kind).toBe('organization');
    expect(claimOf(result, 'AT&T said').claimant).toBe('AT&T');
    expect(claimOf(result, 'PG&E warned').claimant).toBe('PG&E');
    expect(claimOf(result, 'Then listen').claimant).toBe('John Stankey');
  });

  it("keeps an Italian name's particles, a firm named for its trade, and a person after a short, a chief's or a newsroom title", () => {
    const result = suggest(
      'Banca Monte dei Paschi di Siena SpA said it would cut jobs. LG Electronics said sales rose. ' +
        '“What is starting to change is how we make money,” Verizon executive VP Marni Walden said. ' +
        'CNN Correspondent Jane Arraf said the city had fallen. Facebook COO Sheryl Sandberg said there was no rush.',
    );
    expect(party(result, 'Banca Monte dei Paschi di Siena SpA').kind).toBe('organization');
    expect(party(result, 'LG Electronics').kind).toBe('organization');
    expect(claimOf(result, '“What is starting').claimant).toBe('Marni Walden');
    expect(names(result)).toContain('CNN');
    expect(claimOf(result, 'CNN Correspondent').claimant).toBe('Jane Arraf');
    expect(claimOf(result, 'Facebook COO').claimant).toBe('Sheryl Sandberg');
  });

  it('gives the claim to the person named after their employer in an aside, and reads what someone shared', () => {
    const result = suggest(
      'The host, Natural Resources Defense Council board member Nicole Lederer, has said the pipeline is against the best interests of the country. ' +
        'Linda Nolan is ill. She shared that she had forgotten the name of her niece.',
    );
    expect(claimOf(result, 'The host').claimant).toBe('Nicole Lederer');
    expect(claimOf(result, 'She shared').claimant).toBe('Linda Nolan');
  });
});
