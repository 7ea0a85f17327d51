// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names } from './support';

describe('suggest: blocks glued into the story', () => {
  it('parts a caption from the quotation after a run of spaces', () => {
    const result = suggest(
      'Kingma studied offices. Photograph by H. Armstrong Roberts, ClassicStock/Corbis     “There is something we can do,” Kingma says.',
    );
    expect(claimOf(result, '“There is something').claimant).toBe('Kingma');
  });

  it('parts a credit glued to a bracket, and a link glued to the quotation it opens', () => {
    const credit = suggest('Michelle Obama spoke to Oprah. (Michele Crowe/The White House)She said hope matters.');
    expect(claimOf(credit, 'She said hope').claimant).toBe('Michelle Obama');
    const link = suggest(
      'Jim Cantrell runs a firm. Related: The New Race to Build a Space-Based Internet"These accidents are tough to come back from," he said.',
    );
    expect(claimOf(link, '"These accidents').claimant).toBe('Jim Cantrell');
  });

  it('gives an embedded post to whoever signed it, and leaves the story around it out', () => {
    const story =
      'The city sent an alert to every phone on Monday, asking New Yorkers to look out for a man the police wanted, ' +
      'and it drew criticism from many people who said that it singled out men who looked like him. ' +
      'The system had been used only for storms and missing children until that weekend, when a bomb went off. ' +
      'Well that is a new emergency alert experience pic.twitter.com/EWgDSVvrHO — Hayes Brown (@HayesBrown) September 19, 2016 ' +
      'And this is dangerous. I hope they will be OK. — N. K. Jemisin (@nkjemisin) September 19, 2016Publicly naming a suspect is risky.';
    const result = suggest(story);
    expect(claimOf(result, 'Well that is').claimant).toBe('Hayes Brown');
    expect(claimOf(result, 'Well that is').quote).toMatch(/September 19, 2016$/);
    expect(claimOf(result, 'And this is dangerous').claimant).toBe('N. K. Jemisin');
    expect(result.claims.some((c) => c.quote.includes('Publicly'))).toBe(false);
  });
});

describe('suggest: speakers described, not named', () => {
  it('reads a party member from a state as the party speaking, not "the Oklahoma Republican" named before', () => {
    const result = suggest(
      'Republicans and Democrats met in Ohio. “Kaine in a blowout,” an Iowa Republican predicted. ' +
        '“Pence is effective,” said a GOP insider in the state. “He relates,” a Florida Democrat observed. ' +
        'Senator James Lankford, the Oklahoma Republican, said no.',
    );
    const republicans = claimOf(result, '“Kaine in a blowout').claimant;
    expect(republicans).toMatch(/Republicans|GOP/);
    expect(claimOf(result, '“Pence is effective').claimant).toBe(republicans);
    expect(claimOf(result, '“He relates').claimant).toBe('Democrats');
    expect(claimOf(result, 'Senator James Lankford').claimant).toBe('James Lankford');
    expect(names(result)).not.toContain('Democrat');
  });

  it('reads "the actress" as the woman the text is about and "resident Nathan Pensler" as him', () => {
    const actress = suggest('Emma Stone and Ryan Gosling star in it. “It was at a diner,” the actress says.');
    expect(claimOf(actress, '“It was at a diner').claimant).toBe('Emma Stone');
    const resident = suggest('"I don\'t think we would last very long," said resident Nathan Pensler, looking around.');
    expect(claimOf(resident, '"I don').claimant).toBe('Nathan Pensler');
  });

  it('finds the speaker before a university named with its campus', () => {
    const result = suggest(
      'Maurice Obstfeld, a former IMF chief economist who now teaches at the University of California, Berkeley, ' +
        'has warned that an aggressive Fed could “drive the world into a recession.”',
    );
    expect(names(result)).toContain('University of California, Berkeley');
    expect(names(result)).not.toContain('Berkeley');
    expect(claimOf(result, 'Maurice Obstfeld').claimant).toBe('Maurice Obstfeld');
  });
});

describe('suggest: names and sentence ends', () => {
  it('keeps a plural possessive that opens a name, and reads "Who" opening a question as no WHO', () => {
    const result = suggest(
      'It was the work of China’s People’s Liberation Army, Smith said. One voter asked, “Who cares?” The WHO said no.',
    );
    expect(names(result)).toContain('People’s Liberation Army');
    expect(names(result)).not.toContain('Liberation Army');
    expect(names(result).filter((n) => /^who$/i.test(n))).toEqual(['WHO']);
  });

  it('ends a sentence at "no." unless a number follows it', () => {
    const result = suggest('Smith said no. Fox News reported the deal. He lives at No. 10 Downing Street, Jones said.');
    expect(claimOf(result, 'Smith said no.').quote).toBe('Smith said no.');
    expect(claimOf(result, 'He lives at No. 10').claimant).toBe('Jones');
  });
});
