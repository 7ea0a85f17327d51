// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { names } from './support';

const STORY =
  'The city will close the Elm Street bridge for repairs in March, Mayor Rosa Lind said on Monday. ' +
  '“We have waited too long,” Lind said. Engineers from Corvane Group found cracks in two of its piers.\n\n';

describe('suggest: a note about the story’s writer', () => {
  it('reads no party from a note at the end about who wrote the story', () => {
    const result = suggest(
      `${STORY}Tomas Reyes is a Metro reporter covering transit and city hall. ` +
        'He writes the Commute column for The Daily Ledger and won the Harlan Prize in 2019.\n@tomasreyes • Facebook',
    );
    expect(names(result)).toEqual(expect.arrayContaining(['Rosa Lind', 'Corvane Group']));
    expect(names(result).filter((n) => /Reyes|Ledger|Harlan|Facebook/.test(n))).toEqual([]);
  });

  it('reads no party from a note at the start, before the story', () => {
    const result = suggest(
      'Ines Marlow currently works for the Tarvik Herald as a writer. She studied at Colton College.\n\n' + STORY,
    );
    expect(names(result)).toContain('Rosa Lind');
    expect(names(result).filter((n) => /Marlow|Herald|Colton/.test(n))).toEqual([]);
  });

  it('keeps a journalist the story itself is about', () => {
    const filler = 'The council met for three hours and talked about roads, parks, bins and the budget for next year. ';
    const result = suggest(
      `${STORY}Nadia Ferris is a reporter for the Tarvik Herald. She said the bridge had been shut twice before. ${filler.repeat(8)}`,
    );
    expect(names(result)).toContain('Nadia Ferris');
  });

  it('reads no party from a note saying what the writer has covered, nor from the print-edition line', () => {
    const result = suggest(
      `${STORY}Nadim Osei has covered economics since 2012. Previously, he wrote about banking for the Tarvik Herald.\n` +
        'A version of this article appears in print on Page A1 of the New York edition with the headline: What May Cost More Than the Harbor Fund?',
    );
    expect(names(result)).toContain('Rosa Lind');
    expect(names(result).filter((n) => /Osei|Herald|Harbor/.test(n))).toEqual([]);
  });
});
