// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names } from './support';

describe('suggest: names that are not parties', () => {
  it('reads no party from a hashtag, and keeps the name after it as what it is', () => {
    const result = suggest('Maria Ortega wrote on Monday: "#Brexit Bristol march cancelled by the council."');
    expect(names(result).some((n) => /Brexit/.test(n))).toBe(false);
    expect(names(result)).toContain('Maria Ortega');
  });

  it('takes named events for no parties: wars, shows, festivals, uprisings', () => {
    const result = suggest(
      'Long before the Second World War, Henri Dufour showed his engines at the Geneva Motor Show. ' +
        'Years later the Velvet Revolution changed his town, and the Salzburg Festival invited his grandson.',
    );
    expect(names(result)).toEqual(['Henri Dufour']);
  });

  it('takes a square or a street for a place even when a word of it heads organisations', () => {
    const result = suggest(
      'Crowds filled Chicago’s Union Square on Sunday. The Post reported that police closed Parliament Street.',
    );
    expect(names(result).some((n) => /Square|Street/.test(n))).toBe(false);
  });

  it('takes people named by creed or by nationality and a noun for no parties', () => {
    const result = suggest(
      'Moderate Muslims and Catholics marched together. Armenian Socialists joined them, and Trotskyists stayed home. ' +
        'Prime Minister Karen Holt said the march was peaceful.',
    );
    expect(names(result)).toEqual(['Karen Holt']);
  });

  it('takes a capital for a place where it says where a group sits or where a street is', () => {
    const result = suggest(
      'A Berlin-based charity, Safe Passage, said the camp was full. Tourists walked along Rome’s Via Appia.',
    );
    expect(names(result)).not.toContain('Germany');
    expect(names(result)).not.toContain('Italy');
  });
});

describe('suggest: lone names of organisations', () => {
  it('reads a name before a role as its employer, and a site’s address as the same organisation', () => {
    const result = suggest(
      'Quillpost columnist and senior editor Dana Whitfield said the figures were wrong. ' +
        'Several Quillpost writers agreed, and the blog Quillpost.com published a correction.',
    );
    const quillpost = result.parties.find((p) => p.name.startsWith('Quillpost'));
    expect(quillpost).toMatchObject({ kind: 'organization' });
    expect(result.parties.filter((p) => p.name.startsWith('Quillpost'))).toHaveLength(1);
    expect(claimOf(result, 'Quillpost columnist').claimant).toBe('Dana Whitfield');
  });

  it('merges "the X party" and a lone "X" into one organisation, also after "of"', () => {
    const result = suggest(
      'Voters backed the Nidaa party in 2014. Later Nidaa split, and the leader of Nidaa, Omar Selmi, resigned.',
    );
    const nidaa = result.parties.filter((p) => /Nidaa/.test(p.name));
    expect(nidaa).toHaveLength(1);
    expect(nidaa[0]).toMatchObject({ kind: 'organization' });
  });

  it('takes a name that an appositive calls an organisation for one', () => {
    const result = suggest('The ministry banned Jabhat Tahrir, a Damascus-linked organization, on Friday.');
    expect(result.parties.find((p) => p.name === 'Jabhat Tahrir')).toMatchObject({ kind: 'organization' });
  });

  it('keeps "Egypt’s Muslim Brotherhood" apart from Egypt and "Russia’s Interior Ministry" with Russia', () => {
    const result = suggest(
      'Egypt’s Muslim Brotherhood said it would boycott the vote. Russia’s Interior Ministry said the vote was fair.',
    );
    expect(claimOf(result, 'Egypt’s Muslim Brotherhood').claimant).toBe('Muslim Brotherhood');
    expect(claimOf(result, 'Russia’s Interior Ministry').claimant).toBe('Russian Interior Ministry');
  });

  it('takes a lone name bought or acquired for a company', () => {
    const result = suggest(
      'Analysts expected the acquisition of Brightloom to close in May. Brightloom declined to comment.',
    );
    expect(result.parties.find((p) => p.name === 'Brightloom')).toMatchObject({ kind: 'organization' });
  });

  it('drops a connector left dangling after a date', () => {
    const result = suggest('Gunmen attacked the Lakeside Art Museum on Friday, police said.');
    expect(names(result)).toContain('Lakeside Art Museum');
  });
});

describe('suggest: speakers', () => {
  it('gives a claim to the person an organisation’s title names, not to the organisation', () => {
    const result = suggest(
      'In Paris, Élysée spokeswoman Claire Vidal welcomed the deal and said France would sign it.',
    );
    expect(claimOf(result, 'In Paris').claimant).toBe('Claire Vidal');
  });

  it('gives a claim to the person an appositive names after a description', () => {
    const result = suggest(
      'The head of the Farmers Union, Piet Brandt, criticised the plan, saying that it would ruin small farms.',
    );
    expect(claimOf(result, 'The head of').claimant).toBe('Piet Brandt');
  });

  it('reads a "say" clause set between commas inside a sentence, but not a name before it', () => {
    const result = suggest(
      'The drug slows the disease, say the doctors at Mercy Hospital, and it is cheap. ' +
        '"It works," her father, Tom Reyes, said in a statement.',
    );
    expect(claimOf(result, 'The drug slows')).toMatchObject({ cue: 'say' });
    expect(claimOf(result, '"It works,"').claimant).toBe('Tom Reyes');
  });

  it('takes "asked people to do something" for a request, and "asked whether" for a question', () => {
    const result = suggest(
      'The researchers asked ten volunteers to press a button. Senator Lee Park asked whether the money was spent.',
    );
    expect(result.claims.some((c) => c.quote.startsWith('The researchers'))).toBe(false);
    expect(claimOf(result, 'Senator Lee Park').claimant).toBe('Lee Park');
  });
});

describe('suggest: characters and their actors', () => {
  it('takes a lone name with its actor in parentheses after it for a character, the actor for the party', () => {
    const result = suggest(
      'The film follows Marek (the superb Anton Hollis), a baker who loses his shop, and his sister Ilse (Greta Morlan). ' +
        'Hollis won an award for the role.',
    );
    expect(names(result)).toEqual(expect.arrayContaining(['Anton Hollis', 'Greta Morlan']));
    expect(names(result)).not.toContain('Ilse');
    expect(names(result)).not.toContain('Marek');
  });
});
