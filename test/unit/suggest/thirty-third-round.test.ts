// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: forces, statements, titled speakers and quotations in single marks', () => {
  it("reads a country's forces as a body of their own, and a statement's words as its issuer's", () => {
    const result = suggest(
      'The Indian army said Pakistani troops fired first. India denied the claim. ' +
        'UN spokesperson Stephane Dujarric said in a statement that Secretary General Antonio Guterres is calling for restraint. ' +
        '“The world cannot afford a military confrontation between India and Pakistan,” the statement read.',
    );
    expect(party(result, 'Indian army').kind).toBe('organization');
    expect(claimOf(result, 'The Indian army said').claimant).toBe('Indian army');
    expect(claimOf(result, 'India denied').claimant).toBe('India');
    expect(claimOf(result, '“The world cannot').claimant).toBe('Stephane Dujarric');
  });

  it('gives the quotation to the person named with a title before a role, or with letters after the name', () => {
    const result = suggest(
      'Cllr Louise Gittins, Chair of the Local Government Association said: “The unrest is shameful.” ' +
        'The Leader of Burnley Council, Councillor Afrasiab Anwar MBE, has issued the following statement: ' +
        '“What type of evil individual does this?”',
    );
    expect(claimOf(result, 'Cllr Louise Gittins').claimant).toBe('Louise Gittins');
    expect(claimOf(result, 'The Leader of Burnley Council').claimant).toBe('Afrasiab Anwar');
  });

  it('keeps a group named for a cause whole at the start of a sentence, and reads a quotation in single marks whole', () => {
    const result = suggest(
      'Physicians for Human Rights said the clinic was bombed. Americans for Financial Reform said the rule was weak. ' +
        'Lawyers for Epstein’s victims said the interview would help them. ' +
        'Sweden sent a brochure to every home. The Swedish brochure says ‘If Sweden is attacked, we will never surrender. ' +
        'Any suggestion to the contrary is false.’ It was first sent in 1943.',
    );
    expect(party(result, 'Physicians for Human Rights').kind).toBe('organization');
    expect(claimOf(result, 'Americans for Financial Reform').claimant).toBe('Americans for Financial Reform');
    expect(names(result).some((n) => n.startsWith('Lawyers'))).toBe(false);
    expect(claimOf(result, 'The Swedish brochure').quote).toContain('is false.’');
  });
});
