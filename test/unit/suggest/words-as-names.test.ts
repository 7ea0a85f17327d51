// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: words that may or may not be names', () => {
  it('reads "said Serene Gregg" as a person: a word as given name, then a known name, who speaks', () => {
    const result = suggest('There were thirty vacancies at the jail, said Serene Gregg, head of the local union.');
    expect(claimOf(result, 'There were').claimant).toBe('Serene Gregg');
  });

  it('does not read "Aunt Miranda" as a given name and a surname', () => {
    const result = suggest('The play ends when Aunt Miranda comes home and says the house is sold.');
    expect(names(result)).not.toContain('Aunt Miranda');
  });

  it('reads "Defense attorneys said" as unnamed lawyers when the text never writes "Defense" inside a sentence', () => {
    const result = suggest('Defense attorneys said the two were prepared to fight the charges.');
    expect(names(result)).toEqual([]);
    expect(claimOf(result, 'Defense attorneys').claimant).toBeNull();
  });

  it('still reads "Zentrix engineers said" as the firm when the text names it inside a sentence too', () => {
    const result = suggest('Zentrix engineers said the bridge was safe. The city hired Zentrix in May.');
    expect(names(result)).toContain('Zentrix');
  });

  it('reads capitalised common words inside a sentence, listed with a company, as a company: "Blue Origin and SpaceX"', () => {
    const result = suggest('The contracts went to firms from small ventures to Blue Origin and SpaceX.');
    expect(names(result)).toEqual(expect.arrayContaining(['Blue Origin', 'SpaceX']));
  });

  it('does not read "Human Rights" of "the High Commissioner for Human Rights" as a name of its own', () => {
    const result = suggest('The High Commissioner for Human Rights said the decision changed nothing.');
    expect(names(result)).not.toContain('Human Rights');
  });

  it('reads "Trip Chowdhry … Chowdhry said" as one person', () => {
    const result = suggest('But Trip Chowdhry, an analyst, was not so sure. "Nobody can teach that," Chowdhry said.');
    expect(names(result)).toEqual(['Trip Chowdhry']);
    expect(claimOf(result, '"Nobody').claimant).toBe('Trip Chowdhry');
  });

  it('reads "Tide coach Ann Ross" as a team when the text writes "the Tide" as a name too', () => {
    const result = suggest(
      'On Monday, Tide coach Ann Ross said the game was won early. The fans cheered for the Tide. ' +
        'Later, Sharks captain Joe Marr agreed that the Sharks were beaten.',
    );
    expect(party(result, 'Tide').kind).toBe('organization');
    expect(party(result, 'Sharks').kind).toBe('organization');
    expect(claimOf(result, 'On Monday').claimant).toBe('Ann Ross');
  });

  it('does not read "Hispanic" of "the Hispanic workers" as a name before a role noun', () => {
    const result = suggest(
      'Few of the Hispanic workers came back. Hispanic members of the board said they would resign.',
    );
    expect(names(result)).not.toContain('Hispanic');
  });
});
