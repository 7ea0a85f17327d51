// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: offices before a person', () => {
  it('reads a chamber, a qualified title and the officer, and gives the next “he” to the officer', () => {
    const result = suggest(
      'The count was close. Senate Majority Leader Ada Quill said in a statement that the measure would pass. He added that the vote was set for May.',
    );
    expect(party(result, 'Ada Quill').kind).toBe('person');
    expect(claimOf(result, 'Senate Majority Leader').claimant).toBe('Ada Quill');
    expect(claimOf(result, 'He added').claimant).toBe('Ada Quill');
  });

  it('reads a qualified title opening a sentence', () => {
    const result = suggest('Minority Whip Toby Marsh told reporters the bill was dead.');
    expect(claimOf(result, 'Minority Whip').claimant).toBe('Toby Marsh');
  });

  it('reads a party’s adjective before a title as no part of the name', () => {
    const result = suggest('On Friday, Republican Rep. Dana Holt said the plan was fair.');
    expect(claimOf(result, 'On Friday').claimant).toBe('Dana Holt');
    expect(names(result)).not.toContain('Republican Rep. Dana Holt');
  });

  it('gives a claim to a person named between commas after a description, with a party and a title', () => {
    const result = suggest(
      'Mayor Rick Vance said the town was quiet. One of the bill’s sponsors, Democratic Sen. Lea Hart, said she expected delays.',
    );
    expect(claimOf(result, 'One of the bill’s').claimant).toBe('Lea Hart');
  });
});

describe('suggest: names joined by “and”', () => {
  it('keeps a plural head word and the name after it as one institution', () => {
    const result = suggest('The Securities and Exchange Commission said it would look into the trades.');
    expect(party(result, 'Securities and Exchange Commission').kind).toBe('organization');
    expect(names(result)).not.toContain('Exchange Commission');
    expect(claimOf(result, 'The Securities').claimant).toBe('Securities and Exchange Commission');
  });
});

describe('suggest: lone words opening a sentence', () => {
  it('reads a plural of people that opens a sentence as unnamed speakers, not a party', () => {
    const result = suggest('Legislators said the law would help. Economists warn that prices will rise.');
    expect(names(result)).toEqual([]);
    expect(claimOf(result, 'Legislators said').claimant).toBeNull();
  });

  it('still reads a surname ending like a plural as a name', () => {
    const result = suggest('Travers said the vote was wrong.');
    expect(claimOf(result, 'Travers said').claimant).toBe('Travers');
  });

  it('reads a common word that the text uses as someone’s surname as that person at a sentence’s start', () => {
    const result = suggest('Shannon Cross, an analyst, said the firm was sound. Cross also said its rivals were weak.');
    expect(claimOf(result, 'Cross also said').claimant).toBe('Shannon Cross');
  });

  it('reads a surname after “the company” as the person named in full, not a company', () => {
    const result = suggest(
      'Steve Jobs resigned as chief executive on Wednesday. The board of the company Jobs founded said it was grateful.',
    );
    expect(names(result)).toEqual(['Steve Jobs']);
    expect(party(result, 'Steve Jobs').aliases).toContain('Jobs');
  });
});
