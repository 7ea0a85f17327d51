// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: speakers after the verb, bodies named in full, quotations around a caption', () => {
  it('gives a quotation to the person named after an owner’s role, not to the owner', () => {
    const result = suggest(
      'Sophia Gastelum-Vera was arrested on Monday. ' +
        '“I know the parent would not mean for it to happen,” said Gastelum-Vera’s neighbor, Brian Kinder, who lives nearby. ' +
        '“The deal is done,” said Kerry’s spokesman, John Kirby. “It is over,” said his lawyer, Tom Smith.',
    );
    expect(claimOf(result, '“I know the parent').claimant).toBe('Brian Kinder');
    expect(claimOf(result, '“The deal is done').claimant).toBe('John Kirby');
    expect(claimOf(result, '“It is over').claimant).toBe('Tom Smith');
  });

  it('keeps a union’s name whole over "and" between two head words, and a possessive off a devolved government', () => {
    const result = suggest(
      'The Screen Actors Guild-American Federation of Television and Radio Artists said the deal was good. ' +
        'Next on the Welsh government’s plastics hit list are single-use carrier bags.',
    );
    expect(party(result, 'Screen Actors Guild-American Federation of Television and Radio Artists').kind).toBe(
      'organization',
    );
    expect(names(result)).not.toContain('Radio Artists');
    expect(names(result)).toContain('Welsh government');
    expect(names(result)).not.toContain('Welsh government’s');
  });

  it('runs a quotation over paragraphs on past a photo caption set between them', () => {
    const result = suggest(
      'Sarah Bunting is a councillor in Belfast.\n\n' +
        'She said: "I have taken the past couple of days to speak to residents about the posters. I agree that the wording is not appropriate.\n\n' +
        'The signs that have been erected in the Belvoir area\n\n' +
        '"While I condemn any form of racism, I think these posters are a sign of a community pushed to its limit."\n\n' +
        'The signs are being investigated by police.',
    );
    const claim = claimOf(result, 'She said:');
    expect(claim.quote).toContain('pushed to its limit');
    expect(claim.claimant).toBe('Sarah Bunting');
  });
});
