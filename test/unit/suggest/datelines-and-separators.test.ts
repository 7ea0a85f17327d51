// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names } from './support';

describe('suggest: a dateline with an agency', () => {
  it('gives the claim to the subject after the dateline, not to the agency in parentheses', () => {
    const result = suggest(
      'BERLIN (Reuters) — Anna Vogel, the designer of the bridge, resigned on Monday, saying she could no longer do the job.',
    );
    expect(claimOf(result, 'BERLIN').claimant).toBe('Anna Vogel');
  });

  it('reads the dateline’s city as where the story was filed, not as its government', () => {
    const result = suggest('BERLIN (Reuters) — Anna Vogel resigned on Monday, saying she was tired.');
    expect(names(result)).not.toContain('Germany');
  });
});

describe('suggest: a rule glued after a sentence', () => {
  it('ends the quotation before a rule of underscores and the credit line glued to it', () => {
    const result = suggest(
      '“But she did not build it alone,” said Anna Vogel.___Reuters Business Writer Tom Berg in Berlin contributed to this report.',
    );
    expect(claimOf(result, '“But she').quote).toBe('“But she did not build it alone,” said Anna Vogel.');
  });
});

describe('suggest: paragraphs glued without a space', () => {
  it('ends a sentence at a full stop glued to a short or all-caps word before a word that opens sentences', () => {
    const result = suggest(
      'The dish is uniquely sensitive, says Li.In August, the dish found a burst. ' +
        'This story first ran on TARVIK NEWS.In the evening, the mayor spoke.',
    );
    expect(claimOf(result, 'The dish is').quote).toBe('The dish is uniquely sensitive, says Li.');
  });

  it('ends a sentence at a full stop glued to a quotation that opens with “I’m”', () => {
    const result = suggest(
      'Time will be open to all, says Zhi Shen, director of the observatory.“I’m super excited,” says Maura Olin.',
    );
    expect(claimOf(result, 'Time will').quote).toBe(
      'Time will be open to all, says Zhi Shen, director of the observatory.',
    );
    expect(claimOf(result, '“I’m super').claimant).toBe('Maura Olin');
  });
});

describe('suggest: a paragraph glued before an acronym', () => {
  it('ends a sentence at a full stop glued to an acronym that opens the next', () => {
    const result = suggest(
      'The blasts may recur in a set pattern.FAST will also help a search for ripples in space-time, says Mara Lind.',
    );
    expect(claimOf(result, 'FAST will').quote).toBe(
      'FAST will also help a search for ripples in space-time, says Mara Lind.',
    );
  });
});

describe('suggest: a dateline with a state', () => {
  it('reads "ALBANY, Ga. —" as where the story was filed: the state is no party and no speaker', () => {
    const result = suggest(
      'ALBANY, Ga. — Hours before the vote, council member Ray Moss explained why he backed the plan.',
    );
    expect(names(result)).toEqual(['Ray Moss']);
    expect(claimOf(result, 'ALBANY').claimant).toBe('Ray Moss');
  });

  it('looks past the dateline and a fronted "Hours before …," for the subject of "saying"', () => {
    const result = suggest(
      'ALBANY, Ga. — Hours before Ann Lee’s big game Tuesday, head coach Ray Moss praised the team, saying it always finds a way to win.',
    );
    expect(claimOf(result, 'ALBANY').claimant).toBe('Ray Moss');
  });
});
