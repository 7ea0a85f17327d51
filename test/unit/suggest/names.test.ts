// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { names, party } from './support';

describe('suggest: names of parties', () => {
  it('keeps the title of someone known only by a title and one word', () => {
    const result = suggest('“Stay away from that seller,” Dr. Bones, a longtime forum member, wrote in a post.');
    expect(party(result, 'Dr. Bones').kind).toBe('person');
    expect(result.claims[0]?.claimant).toBe('Dr. Bones');
  });

  it('still names a titled surname by the full name when the text gives it', () => {
    const result = suggest('Dr. Hannah Croft runs the clinic. Dr. Croft said the wait was too long.');
    expect(names(result)).toEqual(['Hannah Croft']);
  });

  it('keeps a campus after the comma in a university’s name', () => {
    const result = suggest(
      'The samples went to researchers at the University of Colorado, Denver, who said they were pure.',
    );
    expect(names(result)).toContain('University of Colorado, Denver');
    expect(names(result)).not.toContain('University of Colorado');
  });

  it('joins an institution’s name over "on" and "and" in its complement', () => {
    const result = suggest('The World Office on Roads and Bridges said its budget was cut.');
    expect(names(result)).toEqual(['World Office on Roads and Bridges']);
  });

  it('joins a Spanish or French name over its "y", "de" or "et"', () => {
    const result = suggest(
      'The samples go to the Fundación Salud y Futuro, which runs the lab. The Institut de Recherche et Santé said the tests were sound.',
    );
    expect(names(result)).toEqual(
      expect.arrayContaining(['Fundación Salud y Futuro', 'Institut de Recherche et Santé']),
    );
    expect(names(result)).not.toContain('Futuro');
  });

  it('makes an acronym one party with the full name it stands for, also opening a sentence', () => {
    const result = suggest(
      'She studied at the Massachusetts Institute of Technology in the 1960s. MIT said it would open its archives.',
    );
    const mit = party(result, 'Massachusetts Institute of Technology');
    expect(mit.aliases).toContain('MIT');
    expect(names(result)).not.toContain('MIT');
  });

  it('makes an acronym read as an organisation of its own one party with its full name', () => {
    const result = suggest(
      'She taught at the Massachusetts Institute of Technology for years. ' +
        'Last spring an MIT engineer found her old notebooks in a basement.',
    );
    expect(party(result, 'Massachusetts Institute of Technology').aliases).toContain('MIT');
    expect(names(result)).not.toContain('MIT');
  });

  it('makes a married name and the birth name given with "née" one person', () => {
    const result = suggest(
      'Anna Berg joined the lab in 1962 and wrote its first programs. ' +
        'Decades later, Anna Kowalski, née Berg, said she had loved the work. Kowalski said it was hard.',
    );
    const anna = party(result, 'Anna Berg');
    expect(anna.aliases).toEqual(expect.arrayContaining(['Anna Kowalski']));
    expect(names(result)).not.toContain('Anna Kowalski');
    expect(result.claims.map((c) => c.claimant)).toEqual(['Anna Berg', 'Anna Berg']);
  });

  it('reads no party in a photo credit inside a caption', () => {
    const result = suggest(
      'A technician checks the samples at the Lyon lab | photo by Marta Quiroga\n' +
        'The lab opened in 2011.\nTop photo by Marta Quiroga\nPhotograph by Pieter Lund',
    );
    expect(names(result)).toEqual([]);
  });

  it('reads a name after "playing the …" or "portrays" as a role, not a party', () => {
    const result = suggest(
      'Before long, Jeff Harlan, playing the reclusive inventor Tom Waverly, was on every screen. ' +
        'In the sequel, Nora Quist portrays Ada Brandt, a pilot.',
    );
    expect(names(result)).toEqual(expect.arrayContaining(['Jeff Harlan', 'Nora Quist']));
    expect(names(result)).not.toContain('Tom Waverly');
    expect(names(result)).not.toContain('Ada Brandt');
  });
});

describe('suggest: cues', () => {
  it('reads "had written" as a statement', () => {
    const result = suggest('In the preface, Dana Cole had written, “The river keeps its own time.”');
    expect(result.claims[0]?.claimant).toBe('Dana Cole');
  });
});

describe('suggest: possessive endings', () => {
  it('leaves the possessive ending out of a name that ends in a lower-case head word', () => {
    const result = suggest(
      "Dana Wells, a critic of the Obama administration's plans, said the rules were weak. She said the Obama administration's lawyers had waited.",
    );
    expect(names(result)).toContain('Obama administration');
    expect(names(result).filter((n) => n.endsWith("'s") || n.endsWith('’s'))).toEqual([]);
  });
});

describe('suggest: one person, one place, however the text writes them', () => {
  it('reads a name with soft hyphens as the name it is', () => {
    const result = suggest('Presi\u00addent Mari\u00adanne Lutz said the vote was fair.');
    expect(names(result)).toEqual(['Marianne Lutz']);
    expect(result.claims[0]?.claimant).toBe('Marianne Lutz');
  });

  it('reads an island or a river that a first name opens as a place, not a person', () => {
    const result = suggest(
      'The ferry ran aground off Morgan Island, and fuel reached the Howard River, the coast guard said.',
    );
    expect(names(result).filter((n) => /Morgan|Howard/.test(n))).toEqual([]);
  });

  it('merges the given names of someone with the full name they belong to', () => {
    const result = suggest(
      'Ana Lucia Maria Torres carves canoes. Ana Lucia said the wood came from her grandfather’s farm.',
    );
    expect(names(result)).toEqual(['Ana Lucia Maria Torres']);
    expect(party(result, 'Ana Lucia Maria Torres').aliases).toContain('Ana Lucia');
    expect(result.claims[0]?.claimant).toBe('Ana Lucia Maria Torres');
  });

  it('reads a co-founder’s title as a title, even when a first name that is a common word follows', () => {
    const result = suggest('Co-founder Bill Wexley was an early backer of the firm.');
    expect(party(result, 'Bill Wexley').kind).toBe('person');
  });

  it('merges a double-barrelled surname alone with the full name', () => {
    const result = suggest(
      'Moments earlier, Phoebe Wallis-Grant accepted the award. “It has been a dream,” Wallis-Grant said.',
    );
    expect(names(result)).toEqual(['Phoebe Wallis-Grant']);
    expect(result.claims[0]?.claimant).toBe('Phoebe Wallis-Grant');
  });

  it('reads a name that opens with an initial as a person', () => {
    const result = suggest('“It is worrying,” said C. Eugene Marlow, a fellow at the Lakeside Institute.');
    expect(party(result, 'C. Eugene Marlow').kind).toBe('person');
    expect(result.claims[0]?.claimant).toBe('C. Eugene Marlow');
  });

  it('reads "a Virginia Democrat" as a description of someone, not a party', () => {
    const result = suggest(
      '“The issue has gone,” said Senator Mark Wexford, a Virginia Democrat. Mr. Wexford, the Ohio Republican, disagreed.',
    );
    expect(names(result)).toEqual(['Mark Wexford']);
  });
});
