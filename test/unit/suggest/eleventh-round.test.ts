// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: names read by what surrounds them', () => {
  it('does not take a firm before a plural noun for a place, and takes one asked for comment for a firm', () => {
    const result = suggest(
      'Staff would then be contracted to work in Cowork buildings. Cowork declined to comment on the deal.',
    );
    expect(party(result, 'Cowork').kind).toBe('organization');
  });

  it('reads a name ending in a place word as someone when a role follows, and the surname alone too', () => {
    const result = suggest(
      'Lewis Ward, research director of gaming at a research firm, watched the launch. ' +
        '"They need more games," says Ward.',
    );
    expect(party(result, 'Lewis Ward').kind).toBe('person');
    expect(claimOf(result, '"They need more games,"').claimant).toBe('Lewis Ward');
  });

  it('keeps a country-owned commission whole over "and"', () => {
    const result = suggest('The firm faces scrutiny from the U.S. Securities and Exchange Commission over its bonds.');
    expect(names(result)).toContain('U.S. Securities and Exchange Commission');
  });

  it('splits an acronym and another bank over "and"', () => {
    const result = suggest('Nomura identified SBI and ICICI Bank as the key beneficiaries of the ruling.');
    expect(names(result)).toEqual(expect.arrayContaining(['SBI', 'ICICI Bank']));
  });

  it('reads no party in an office of a field or in a Reuters credit line', () => {
    const result = suggest(
      '"Markets run ahead," said Rusmik Oza, Head of Fundamental Research at a brokerage. ' +
        '(Reporting by Greg Roumel and Joan Franks; editing by Martin Howe.)',
    );
    expect(names(result)).toEqual(['Rusmik Oza']);
  });

  it('keeps a sheriff’s department whole', () => {
    const result = suggest('Officers of the Bartholomew County Sheriff’s Department made the arrests.');
    expect(names(result)).toEqual(['Bartholomew County Sheriff’s Department']);
  });

  it('finds the person after a country, a field and a title', () => {
    const result = suggest('Trump and U.S. Trade Representative Robert Lighthizer recognize that the deal is hard.');
    expect(party(result, 'Robert Lighthizer').kind).toBe('person');
  });

  it('reads a name between a quotation and a plural possessive', () => {
    const result = suggest(
      '"It is a popular time for purchases," Jessica Caldwell, Edmunds\' executive director, said in a statement.',
    );
    expect(party(result, 'Jessica Caldwell').kind).toBe('person');
  });

  it('reads no party in a dateline’s agency or a state before a role', () => {
    const result = suggest(
      'HAYWARD, Calif. (AP) — A California transit chief says a man has been stabbed on a train. ' +
        'Chief Ed Alvarez says the man was arrested.',
    );
    expect(names(result)).toEqual(['Ed Alvarez']);
  });
});

describe('suggest: what a description points back to', () => {
  it('does not give "the group" to an organisation named after it in the sentence', () => {
    const result = suggest(
      'Workers formed the Cowork Staff Coalition in recent weeks. ' +
        'The group announced over the weekend that Cowork Inc. had reached an agreement with a contractor.',
    );
    expect(claimOf(result, 'The group announced').claimant).toBe('Cowork Staff Coalition');
  });

  it('does not give "the company" to the network it spoke on or to a dateline’s agency', () => {
    const result = suggest(
      '(Wire) — Harbor Mills Company cut 400 jobs on Monday. The union said on Twitter that it was shocked. ' +
        'The company said in a statement that the cuts were needed.',
    );
    expect(claimOf(result, 'The company said').claimant).toBe('Harbor Mills Company');
  });

  it('links a paper’s last word to the paper named in full', () => {
    const result = suggest(
      'The San Francisco Chronicle says police are looking into the fight. The Chronicle says he was arrested.',
    );
    expect(names(result)).toEqual(['San Francisco Chronicle']);
    expect(claimOf(result, 'The Chronicle says').claimant).toBe('San Francisco Chronicle');
  });
});
