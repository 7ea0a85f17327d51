// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names } from './support';

describe('suggest: who speaks', () => {
  it('reads a South African MEC as an office, its field as no party, and "the MEC" as its holder', () => {
    const result = suggest(
      'MEC Jacob Mamabolo urged the public to limit travel. ' +
        'MEC for Cooperative Governance and Traditional Affairs, Jacob Mamabolo, said the disaster centre had been briefed. ' +
        'The MEC emphasised that the ground was saturated.',
    );
    for (const name of ['MEC', 'Traditional Affairs', 'Cooperative Governance'])
      expect(names(result)).not.toContain(name);
    expect(claimOf(result, 'The MEC emphasised').claimant).toBe('Jacob Mamabolo');
  });

  it('gives the quotation a speaker closes after words of their office to the speaker', () => {
    const result = suggest(
      'India accused Pakistan of backing the attack, Pakistani foreign ministry spokesperson Shafqat Khan said.',
    );
    expect(claimOf(result, 'India accused').claimant).toBe('Shafqat Khan');
  });

  it('reads a feeling voiced as said, after the one who says so in the sentence', () => {
    const result = suggest(
      'Amit Mehrotra, an analyst for Deutsche Bank, expressed concern about the press attention. ' +
        'China expressed “regret” over the strikes on Wednesday, Chinese Foreign Ministry spokesperson Lin Jian said during a briefing.',
    );
    expect(claimOf(result, 'Amit Mehrotra').claimant).toBe('Amit Mehrotra');
    expect(claimOf(result, 'China expressed').claimant).toBe('Lin Jian');
  });

  it('reads "shared" and "chanted" after a quotation, "narrates" and calls made by people named by what they are', () => {
    const result = suggest(
      '“I like to see it from the fans’ perspective,” Travis Kelce shared. Protesters filled the gallery. “Let her speak,” Zooey Zephyr chanted. ' +
        'Reasons behind, Mariam Said narrates, is that traders used to close early. ' +
        'Former royal PR aides called it not a car crash, but “an articulated lorry crash” performance.',
    );
    expect(claimOf(result, '“I like').claimant).toBe('Travis Kelce');
    expect(claimOf(result, '“Let her speak').claimant).toBe('Zooey Zephyr');
    expect(claimOf(result, 'Reasons behind').claimant).toBe('Mariam Said');
    expect(claimOf(result, 'Former royal').cue).toBe('call');
  });

  it('keeps "calls" and "called on" as calls, found with the other naming verbs, but not "called on by"', () => {
    const result = suggest(
      'Michael Mann calls Hansen’s arguments for geoengineering, “misguided policy advocacy.” ' +
        'The Higher Education Policy Institute published a report on Monday. It calls on the regulator to act. ' +
        'He is the leading expert, called on by tribes to help.',
    );
    expect(claimOf(result, 'Michael Mann').claimant).toBe('Michael Mann');
    expect(claimOf(result, 'It calls on').cue).toBe('call');
    expect(result.claims.some((c) => c.quote.startsWith('He is the leading'))).toBe(false);
  });
});

describe('suggest: people and bodies', () => {
  it('names a paper or a body after "The" inside a sentence, but not The Hague', () => {
    const result = suggest(
      'She told The Intercept that it was bad. The minister told The Namibian last month that a deal was near. The court sits in The Hague.',
    );
    expect(names(result)).toEqual(expect.arrayContaining(['Intercept', 'Namibian']));
    expect(names(result)).not.toContain('Hague');
  });

  it('keeps a union’s local number in its name', () => {
    const result = suggest('Members of International Brotherhood of Teamsters Local 90 rallied on Monday.');
    expect(names(result)).toEqual(['International Brotherhood of Teamsters Local 90']);
  });

  it('joins a body’s name with "of" before an appositive that says it is a body', () => {
    const result = suggest('He gave $1.45 million to Color of Change, a civil rights organization, last year.');
    expect(names(result)).toEqual(['Color of Change']);
  });

  it('reads a name the text shows to be a body as that body where its shape says a person', () => {
    const result = suggest(
      'The prime minister was concerned by the revelations by newspaper Dagens Nyheter. Dagens Nyheter said the leaks were serious.',
    );
    expect(result.parties.filter((p) => p.name === 'Dagens Nyheter').map((p) => p.kind)).toEqual(['organization']);
  });

  it('parts an acronym closing a caption from the given name glued after it', () => {
    const result = suggest(
      'Liz Truss was criticised for not working with the OBRJeremy Hunt, who replaced Kwasi Kwarteng as chancellor, said it was a mistake.',
    );
    expect(claimOf(result, 'Jeremy Hunt').claimant).toBe('Jeremy Hunt');
  });
});

describe('suggest: not parties', () => {
  it('reads long names of reports, strategies and goals as works', () => {
    const result = suggest(
      'The Energy Access Situation Report said most homes use solar. The Local Government Turnaround Strategy was praised by officials. ' +
        'The Sustainable Development Goals were adopted in 2015.',
    );
    for (const name of [
      'Energy Access Situation Report',
      'Local Government Turnaround Strategy',
      'Sustainable Development Goals',
    ])
      expect(names(result)).not.toContain(name);
  });

  it('reads a title after a word for a work as the work’s, on the same line only', () => {
    const result = suggest(
      'Donna Kelce has praised Taylor Swift’s new album The Tortured Poets Department. ' +
        'Selma is a relevant film\n\nAnnie Lee Cooper, a 54-year-old motel maid, simply wanted to vote.',
    );
    expect(names(result)).not.toContain('Tortured Poets Department');
    expect(names(result)).toContain('Annie Lee Cooper');
  });

  it('reads the chamber before a leader’s office as where it is held', () => {
    const result = suggest(
      'Soros gave only to Sen. Chris Murphy and House Minority Leader Hakeem Jeffries, both Democrats.',
    );
    expect(names(result)).not.toContain('House');
    expect(names(result)).toContain('Hakeem Jeffries');
  });

  it('reads a writer’s note under a heading of its own as no part of the story', () => {
    const result = suggest(
      'The talks resumed on Monday, officials said.\n\nABOUT THE AUTHOR\n\nYasmine Hassan is a producer filing stories on the Middle East. ' +
        'Her work previously appeared in VICE and Al Jazeera.',
    );
    for (const name of ['Yasmine Hassan', 'Al Jazeera']) expect(names(result)).not.toContain(name);
  });
});
