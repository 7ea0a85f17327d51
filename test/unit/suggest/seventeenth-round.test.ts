// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../core/suggest/text';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names } from './support';

describe('suggest: the speaker after what was said', () => {
  it('reads "…, reported MSNBC." and "…, noted experts." as set after the statement', () => {
    const result = suggest(
      'The senator spoke for an hour on Tuesday. The bill would raise taxes on the rich, reported MSNBC. ' +
        'Prices will rise next year, noted experts at the bank.',
    );
    expect(claimOf(result, 'The bill would raise').claimant).toBe('MSNBC');
    expect(claimOf(result, 'Prices will rise').claimant).toBeNull();
  });

  it('reads "…, Lopes and her team wrote in the new paper." as the paper’s claim', () => {
    const result = suggest(
      'Titan is covered in dunes. The dunes formed over millions of years, Rosaly Lopes and her team wrote in the new paper.',
    );
    expect(claimOf(result, 'The dunes formed').claimant).toBe('Rosaly Lopes');
  });

  it('does not read "…, reported by Reuters, …" as Reuters speaking', () => {
    const result = suggest('The deal, reported by Reuters, will close in May. The firms declined to comment.');
    expect(result.claims.some((c) => c.quote.startsWith('The deal'))).toBe(false);
  });
});

describe('suggest: nouns and asides around the verb', () => {
  it('reads "made … claims" as a noun, so "according to" names the claimant', () => {
    const result = suggest(
      'Donald Trump has made more than 13,000 false or misleading claims since taking office, according to The Washington Post.',
    );
    const claim = claimOf(result, 'Donald Trump has made');
    expect(claim.claimant).toBe('Washington Post');
    expect(claim.about).toEqual(['Donald Trump']);
  });

  it('reads through "has since said" and an age between commas', () => {
    const since = suggest('Mayor Jane Smith spoke in March. Smith has since said that the plan was a mistake.');
    expect(claimOf(since, 'Smith has since said').claimant).toBe('Jane Smith');
    const age = suggest('“We lost everything,” Diego Jeronimo, 36, the owner of a grocery store, said on Monday.');
    expect(claimOf(age, '“We lost everything').claimant).toBe('Diego Jeronimo');
  });
});

describe('suggest: titles and verbs that are nouns too', () => {
  it('reads "did note that" as a statement, though "note" is a noun too', () => {
    const result = suggest('The vote was close. Reince Priebus did note that the vote passed.');
    expect(claimOf(result, 'Reince Priebus did note').claimant).toBe('Reince Priebus');
  });

  it('keeps a title opening the sentence before a full name, not a lone surname', () => {
    const mayor = suggest('The bomb went off. Mayor Bill de Blasio was hesitant to call it terrorism.');
    expect(names(mayor)).toEqual(['Bill de Blasio']);
    const chief = suggest('The vote passed. Chief of Staff John Kelly said so.');
    expect(claimOf(chief, 'Chief of Staff').claimant).toBe('John Kelly');
    const former = suggest('Former National Security Council staff said the plan was unwise.');
    expect(names(former)).toEqual(['National Security Council']);
  });
});

describe('suggest: officers and where they work', () => {
  it('gives the claim to the officer after the organisation and a role or an abbreviated title', () => {
    const manager = suggest(
      'The draft was a disaster, says former NFL general manager Bill Polian, who built the Bills.',
    );
    expect(claimOf(manager, 'The draft').claimant).toBe('Bill Polian');
    const major = suggest(
      'The strike hit a base. “It was a warning,” said retired Army Maj. Mike Lyons, a military analyst.',
    );
    expect(claimOf(major, '“It was a warning').claimant).toBe('Mike Lyons');
  });

  it('lets an organisation speak through "a spokesperson at" it', () => {
    const result = suggest(
      'The plane landed in Germany. "The crew is safe," a spokesperson at Air Mobility Command told reporters.',
    );
    expect(claimOf(result, '"The crew is safe').claimant).toBe('Air Mobility Command');
  });

  it('keeps the first word of an organisation’s name opening a sentence, unless the rest stands alone elsewhere', () => {
    expect(names(suggest('Air Mobility Command said the crew was safe. The flight left on Friday.'))).toEqual([
      'Air Mobility Command',
    ]);
    expect(names(suggest('Public Health Agency officials said the risk was low.'))).toEqual(['Public Health Agency']);
    expect(
      names(suggest('The Security Council met on Monday. Key Security Council members said the vote would fail.')),
    ).toEqual(['Security Council']);
  });
});

describe('suggest: names glued to credits and possessives', () => {
  it('parts a credited name from the next word and leaves the credit out', () => {
    const text =
      'The parents asked whether the baby was healthy. “Will he be healthy?”Greg NelsonFretting about the children, the nurse said nothing.';
    expect(tokenize(text).map((t) => t.text)).toContain('Fretting');
    expect(names(suggest(text))).not.toContain('Greg Nelson');
  });

  it('reads "Swift’s rep told" as Taylor Swift’s, though "Taylor" is no common first name', () => {
    const result = suggest(
      'Taylor Swift has a new album out. Swift’s rep told the magazine that the singer was resting.',
    );
    expect(claimOf(result, 'Swift’s rep told').claimant).toBe('Taylor Swift');
  });

  it('does not read a sentence’s opening "He" as the surname of "Liu He"', () => {
    const result = suggest(
      'The deal was announced at a meeting with Liu He, China’s top trade negotiator. Zippy Duvall runs a farm bureau. ' +
        'He urged Mr. Trump to make a deal, saying “time is running out.”',
    );
    expect(claimOf(result, 'He urged').claimant).not.toBe('Liu He');
  });
});
