// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: brands beside "and", names that open on a title word, papers and speakers with their employer', () => {
  it('parts two firms joined by "and" when one is spelled as a brand, and keeps names a title word opens', () => {
    const result = suggest(
      'Gannett and GateHouse Media own most of the papers. First Round made a bundle on the IPOs of Square and OnDeck Capital. ' +
        'The firm cut its deals, according to an analysis by venture capital database CB Insights. ' +
        'Douvos is an investor in First Round, which backed Uber. ' +
        'Only three firms were co-founded by women, among them Foster City-based Scale Venture Partners.',
    );
    expect(names(result)).toEqual(expect.arrayContaining(['Gannett', 'GateHouse Media', 'OnDeck Capital']));
    expect(names(result)).not.toContain('Gannett and GateHouse Media');
    expect(names(result)).not.toContain('Square and OnDeck Capital');
    expect(party(result, 'CB Insights').kind).toBe('organization');
    expect(claimOf(result, 'The firm cut').claimant).toBe('CB Insights');
    expect(names(result)).not.toContain('Round');
    expect(names(result)).not.toContain('Foster City');
    expect(party(result, 'Scale Venture Partners').kind).toBe('organization');
  });

  it('gives what "the report" says to whoever the text said wrote it, and reads a title with "The" as a body', () => {
    const result = suggest(
      'Apple is developing a speaker, reports The Information. ' +
        'The report states that an Echo rival is a more long-term project. ' +
        'The speaker has been in development for years, the report says.',
    );
    expect(party(result, 'Information').kind).toBe('organization');
    expect(claimOf(result, 'The report states').claimant).toBe('Information');
    expect(claimOf(result, 'The speaker has').claimant).toBe('Information');
  });

  it('reads what lawyers maintain and assert, a given name that is also a word, and a speaker from a body', () => {
    const result = suggest(
      'Petro Poroshenko sued the president. Poroshenko’s lawyers maintain that the decree was falsified. ' +
        'Some theorists assert that the event was concealed. ' +
        'Jade Chapman from the charity Surfers Against Sewage told Positive News that “we’re pleased to see plastic on the agenda”. ' +
        'Mary Jones from Greenpeace said that the ban was weak.',
    );
    expect(claimOf(result, 'Poroshenko’s lawyers').claimant).toBe('Petro Poroshenko');
    expect(claimOf(result, 'Some theorists').claimant).toBeNull();
    expect(claimOf(result, 'Jade Chapman').claimant).toBe('Jade Chapman');
    expect(claimOf(result, 'Mary Jones').claimant).toBe('Mary Jones');
  });
});
