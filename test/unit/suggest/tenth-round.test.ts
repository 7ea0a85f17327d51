// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: speakers named by a description', () => {
  it('gives "his office said" to the man "his" means', () => {
    const result = suggest(
      'Gov. Ana Lopez stayed home. Mayor Carl Weiss was away on a trip. ' +
        'His office said he was meeting investors in Denver.',
    );
    expect(claimOf(result, 'His office said').claimant).toBe('Carl Weiss');
  });

  it('gives "the governor said" to the person the text titled that way, short title included', () => {
    const result = suggest(
      'Gov. Eric Halvorsen signed the budget on Monday. Teachers marched to the capitol. ' +
        'The governor said he was waiting for the pay commission to report.',
    );
    expect(claimOf(result, 'The governor said').claimant).toBe('Eric Halvorsen');
  });

  it('takes "the president" for the president the text names most, not the last "president of" a bank', () => {
    const result = suggest(
      'President Maria Okafor met farmers on Monday. Ms. Okafor promised new roads. ' +
        'Ms. Okafor also visited a school. “Growth is slowing,” said Tomas Berg, the president of the Central Bank. ' +
        'The president says her plan has already created jobs.',
    );
    expect(claimOf(result, 'The president says').claimant).toBe('Maria Okafor');
  });

  it('gives "the doctors stated" to the named group whose name holds that word', () => {
    const result = suggest(
      'A recently formed group Doctors for Safe Shelters offered free vaccines on Monday. ' +
        '“We can start next week,” the doctors stated.',
    );
    expect(party(result, 'Doctors for Safe Shelters').kind).toBe('organization');
    expect(claimOf(result, '“We can start next week,”').claimant).toBe('Doctors for Safe Shelters');
  });

  it('gives "the utility said" to the last organisation named', () => {
    const result = suggest(
      'Pacific Gas & Electric Co. cut power to 50,000 homes. The utility said it would watch the weather closely.',
    );
    expect(claimOf(result, 'The utility said').claimant).toMatch(/^Pacific Gas & Electric Co/);
  });

  it('does not take the outlet spoken to for "the agency" that speaks next', () => {
    const result = suggest(
      'The Border Patrol Service will not give the shots. A spokesperson said in a statement emailed to ' +
        'Metro News that the agency never had. At the time, the agency said in a statement that stays were short.',
    );
    expect(claimOf(result, 'At the time, the agency said').claimant).toBe('Border Patrol Service');
  });

  it('reads "US" as the United States, as a subject and before "officials"', () => {
    const result = suggest(
      'The rebels freed two teachers on Tuesday. The US welcomed the exchange, saying they had suffered. ' +
        'US officials said a rescue mission had failed.',
    );
    expect(claimOf(result, 'The US welcomed').claimant).toBe('United States');
    expect(claimOf(result, 'US officials said').claimant).toBe('United States');
  });
});

describe('suggest: one party under several names', () => {
  it('links a surname to a full name with a middle initial and "Jr."', () => {
    const result = suggest(
      'U.S. Attorney James P. Kennedy Jr. said in a statement that threats are crimes. ' +
        'Kennedy said the case was closed. Carlo M. Bruni Jr. pleaded guilty. Bruni’s attorney, Rita Lane, said he was sorry.',
    );
    expect(party(result, 'James P. Kennedy Jr.').aliases).toContain('Kennedy');
    expect(names(result)).not.toContain('Kennedy');
    expect(names(result)).not.toContain('Bruni');
    expect(party(result, 'Carlo M. Bruni Jr.').aliases).toContain('Bruni');
  });

  it('links the transliterations of a long surname', () => {
    const result = suggest(
      'He asked President Volodymyr Zelenskiy for help. Sondland said President Zelensky would do it.',
    );
    expect(names(result)).not.toContain('Zelensky');
    expect(party(result, 'Volodymyr Zelenskiy').aliases).toContain('Zelensky');
  });

  it('links an acronym with an ampersand to the company it abbreviates', () => {
    const result = suggest('Pacific Gas & Electric Co. cut power on Tuesday. PG&E said the winds were strong.');
    expect(names(result).filter((n) => n.startsWith('P'))).toHaveLength(1);
  });

  it('links an investment firm to the first words it goes by', () => {
    const result = suggest(
      'The firm Alden Global Capital owns papers. Alden said it would cut staff. ' +
        'Michael Reed of New Media Investment Group said the deal was done. New Media said so too.',
    );
    expect(names(result)).not.toContain('Alden');
    expect(names(result)).not.toContain('New Media');
    expect(names(result)).toContain('Alden Global Capital');
  });

  it('links a body an office title owns to its name without the owner', () => {
    const result = suggest(
      'The California Governor’s Office of Emergency Services said in a letter that power was out. ' +
        'The Office of Emergency Services said crews were ready.',
    );
    expect(names(result)).not.toContain('Office of Emergency Services');
  });

  it('keeps a hospital named after someone an institution when the text drops its head word', () => {
    const result = suggest(
      'The president made a trip to Walter Reed hospital on Saturday. Now consider the visit to Walter Reed.',
    );
    expect(party(result, 'Walter Reed hospital').kind).toBe('organization');
    expect(names(result)).not.toContain('Walter Reed');
  });

  it('splits an organisation, its officer’s title and the officer, past a "State" in the name', () => {
    const result = suggest('Ohio State Nurses Association President Karen Mills told a crowd that pay was too low.');
    expect(names(result)).toEqual(expect.arrayContaining(['Ohio State Nurses Association', 'Karen Mills']));
    expect(claimOf(result, 'Ohio State').claimant).toBe('Karen Mills');
  });
});

describe('suggest: names that are no parties', () => {
  it('ends a name at "and" before a person’s name', () => {
    const result = suggest('The letter went to the Department of Homeland Security and Alex Azar on Monday.');
    expect(names(result)).toEqual(expect.arrayContaining(['Department of Homeland Security', 'Alex Azar']));
    expect(names(result).some((n) => n.includes(' and '))).toBe(false);
  });

  it('leaves out photo credits after a copyright sign or before "via"', () => {
    const result = suggest(
      'The doctors urged the agency to act on flu shots for detainees.© John Brecher Needle poking skin at a clinic. ' +
        '(Elias Funez/The Union via AP) The nurse Ann Lee said it went well.',
    );
    expect(names(result).filter((n) => /Brecher|Funez|Union/.test(n))).toEqual([]);
    expect(names(result)).toContain('Ann Lee');
  });

  it('leaves out the networks of a follow prompt and an affiliate note', () => {
    const result = suggest(
      'The physicians said the clinic would open.Follow City Desk on Facebook, Twitter and Instagram. ' +
        'Vendorsoft may earn an Affiliate Commission if you purchase through links.',
    );
    expect(names(result)).toEqual([]);
  });

  it('leaves out a contributor line', () => {
    const result = suggest('Officials said the deal was close.Keith Bradford contributed reporting from Hong Kong.');
    expect(names(result)).toEqual([]);
  });

  it('reads a settlement described in an appositive as a place, not a city engineer as one', () => {
    const result = suggest(
      'Patrick Carr, 55, of Addison, a village southwest of Ithaca, pleaded guilty to threatening a judge, ' +
        'the U.S. Attorney’s Office for the Western District of New York said in a statement. ' +
        '“The bridge will close,” said Peter Holm, the city engineer.',
    );
    expect(names(result)).not.toContain('Addison');
    expect(claimOf(result, 'Patrick Carr').claimant).toBe(
      'U.S. Attorney’s Office for the Western District of New York',
    );
    expect(names(result)).toContain('Peter Holm');
  });

  it('leaves out a numbered amendment and a title without a name', () => {
    const result = suggest(
      '"The First Amendment right to free speech has limits," Judge Mary Cole said. ' +
        'It looked political given that the former Vice President is a rival.',
    );
    expect(names(result)).toEqual(['Mary Cole']);
  });
});
