// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { tokenize } from '../../../core/suggest/text';
import { claimOf, names, party } from './support';

describe('suggest: who speaks', () => {
  it('looks past "last week" and "at the time" between a speaker and the verb', () => {
    const result = suggest(
      'Robert Ruano chairs the trust. Mr. Ruano last week said signal preemption remains his major issue. ' +
        'Barack Obama visited the plant. Obama at the time called the aircraft "an example of the procurement process gone amok."',
    );
    expect(claimOf(result, 'Mr. Ruano last week').claimant).toBe('Robert Ruano');
    expect(claimOf(result, 'Obama at the time').claimant).toBe('Barack Obama');
  });

  it('reads a title alone as the surname the text gives someone, but not after "the"', () => {
    const result = suggest(
      'Gayle King interviewed voters. "I keep hearing that," King said. The King said nothing about it.',
    );
    expect(party(result, 'Gayle King').aliases).toContain('King');
    expect(claimOf(result, '"I keep hearing').claimant).toBe('Gayle King');
    expect(result.claims.find((c) => c.quote.startsWith('The King'))?.claimant ?? null).toBeNull();
  });

  it('closes a quotation on a bare attribution after its full stop, and parts a copyright line glued after it', () => {
    const result = suggest(
      'Jim Deyal spoke to the paper. “He hunted all his life because his father did it.” Deyal told this newspaper. ' +
        'Deyal said he would return. "I need to know," Chisholm said.© 2020 CBS Interactive Inc. All Rights Reserved.',
    );
    expect(claimOf(result, '“He hunted').quote).toMatch(/Deyal told this newspaper\.$/);
    expect(claimOf(result, '“He hunted').claimant).toBe('Jim Deyal');
    expect(result.claims.some((c) => c.quote.startsWith('Deyal told'))).toBe(false);
    expect(claimOf(result, 'Deyal said he').quote).toBe('Deyal said he would return.');
    expect(claimOf(result, '"I need to know,"').quote).toBe('"I need to know," Chisholm said.');
  });

  it('finds the speaker before an aside that opens on a role without an article and names the employer’s trade', () => {
    const result = suggest(
      '"It is very rare," Chad Hawk, vice president of PMG, a paper money grading company in Florida told Fox.',
    );
    expect(claimOf(result, '"It is very rare').claimant).toBe('Chad Hawk');
  });

  it('gives "he" and "she" the gender a royal title in the name says', () => {
    const result = suggest(
      'Prince Harry and Meghan sat down for the interview. "I am fine," Meghan said. ' +
        'Prince Harry said he was happy. "I could not call an Uber to the palace," she joked at one point.',
    );
    expect(claimOf(result, '"I could not call').claimant).toBe('Meghan');
  });
});

describe('suggest: people and bodies', () => {
  it('parts two firms joined by "and" when the second opens on a place', () => {
    const result = suggest(
      'The providers, Pacific Gas & Electric, Southern California Edison and San Diego Gas & Electric, cut power. ' +
        'The Securities and Exchange Commission said nothing.',
    );
    expect(names(result)).toEqual(
      expect.arrayContaining([
        'Southern California Edison',
        'San Diego Gas & Electric',
        'Securities and Exchange Commission',
      ]),
    );
    expect(names(result)).not.toContain('Southern California Edison and San Diego Gas & Electric');
  });

  it('reads an acronym as the body whose name it abbreviates after the place in front', () => {
    const result = suggest(
      'The California Independent System Operator, the nonprofit that controls the grid, said it acted. ' +
        '"But the ISO is not saying it," said Loretta Lynch.',
    );
    expect(party(result, 'California Independent System Operator').aliases).toContain('ISO');
  });

  it('keeps someone named after a heading glued to the story from reading as a place', () => {
    const result = suggest(
      'Harry and Meghan spoke. Kate made Meghan cry, not the other way aroundMeghan was asked about stories in the media. ' +
        'Meghan said Kate apologised.',
    );
    expect(party(result, 'Meghan').kind).toBe('person');
  });

  it('reads a station by its network and channel, and someone named after "a", as parties', () => {
    const result = suggest(
      'ABC13 called the sheriff’s office. The domain was registered by a Scott Meadows, who appears to be his brother. ' +
        'He drives a RAV4. The shop was masquerading as a Tax Preparation Service and a Go-Kart Track.',
    );
    expect(party(result, 'ABC13').kind).toBe('organization');
    expect(party(result, 'Scott Meadows').kind).toBe('person');
    expect(names(result)).not.toContain('RAV4');
    expect(names(result)).not.toContain('Tax Preparation Service');
  });

  it('leaves "-designed" and "-built" off the name before them', () => {
    const result = suggest('The Stanley Thompson-designed course reopened, Garrett Turta said.');
    expect(names(result)).not.toContain('Stanley Thompson-designed');
  });
});

describe('tokenize: glued text', () => {
  it('parts a given name glued to a common word, and a prompt glued to a country', () => {
    const words = (text: string) => tokenize(text).map((t) => t.text);
    expect(words('Princes Charles and WilliamFew senior members')).toEqual([
      'Princes',
      'Charles',
      'and',
      'William',
      'Few',
      'senior',
      'members',
    ]);
    expect(words('Create an AccountorIndia said')).toEqual(['Create', 'an', 'Accountor', 'India', 'said']);
    expect(words('JoAnne MacKenzie')).toEqual(['JoAnne', 'MacKenzie']);
  });
});
