// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, party } from './support';

describe('suggest: a speaker described by role or employer', () => {
  it('gives "a spokeswoman for the water board" to the board the text named in full', () => {
    const result = suggest(
      'The Northern Water Board closed two reservoirs. ' +
        'A spokeswoman for the water board said the reservoirs would reopen in May. ' +
        'A spokesman for the board said the pipes were old.',
    );
    expect(claimOf(result, 'A spokeswoman').claimant).toBe('Northern Water Board');
    expect(claimOf(result, 'A spokesman').claimant).toBe('Northern Water Board');
  });

  it('gives no organisation to a spokesman for something the text did not name', () => {
    const result = suggest(
      'The Northern Water Board closed two reservoirs. A spokeswoman for the city said the reservoirs would reopen.',
    );
    expect(claimOf(result, 'A spokeswoman').claimant).toBeNull();
  });

  it('gives "according to the scientist" to the person the text described as one', () => {
    const result = suggest(
      'Adam Kramer, a data scientist at the lab, led the study. Jon Reid ran the survey. ' +
        'The results surprised the team, according to the scientist, because nobody expected them.',
    );
    expect(claimOf(result, 'The results').claimant).toBe('Adam Kramer');
  });

  it('gives "the spokesman said" to the person named with that role, not the last one named', () => {
    const result = suggest(
      'Tom Berg, the club spokesman, spoke first. Maria Olsen sat beside him. ' +
        'The appeal will be filed on Monday, the spokesman said.',
    );
    expect(claimOf(result, 'The appeal').claimant).toBe('Tom Berg');
  });

  it('gives "Holt’s campaign", "Holt’s office" and "Holt’s spokesman" to the one they speak for', () => {
    const result = suggest(
      'Mia Holt faces Eva Berg in the race. Holt’s campaign hit back, saying that the ad was false. ' +
        'Holt’s office released a statement saying the debate would go ahead. Holt’s spokesman said the polls were wrong.',
    );
    expect(claimOf(result, 'Holt’s campaign').claimant).toBe('Mia Holt');
    expect(claimOf(result, 'Holt’s office').claimant).toBe('Mia Holt');
    expect(claimOf(result, 'Holt’s spokesman').claimant).toBe('Mia Holt');
  });

  it('gives "the president said" to the person the text named with that title', () => {
    const result = suggest(
      'President Ada Wexford flew to Tarvik on Monday. In an interview, the president said she would not give up. ' +
        'The president also admitted that the talks had stalled.',
    );
    expect(claimOf(result, 'In an interview').claimant).toBe('Ada Wexford');
    expect(claimOf(result, 'The president also').claimant).toBe('Ada Wexford');
  });

  it('looks past "in 2017" or "on Thursday" between a subject and its verb', () => {
    const result = suggest(
      'Zelvo in 2017 announced a deal to sell cloud services to Chevron. In a blog post, Zelvo on Thursday reiterated its plan.',
    );
    expect(claimOf(result, 'Zelvo in 2017').claimant).toBe('Zelvo');
    expect(claimOf(result, 'In a blog post').claimant).toBe('Zelvo');
  });

  it('reads a lone place name the text writes as someone’s surname as that person when it speaks', () => {
    const result = suggest('Joaquin Phoenix won best actor. “I owe it all to my brother,” Phoenix said on Sunday.');
    expect(result.claims[0]?.claimant).toBe('Joaquin Phoenix');
  });

  it('gives "Senator X of Kentucky said" to the senator, not to the state', () => {
    const result = suggest('Senator Ada Wexford of Kentucky said the debt was too high.');
    expect(claimOf(result, 'Senator').claimant).toBe('Ada Wexford');
  });

  it('gives "X, an analyst at Y, said" to the analyst, not to the firm the appositive names', () => {
    const result = suggest('Dana Kowal, an analyst at Kowal Capital, said the merger would fail.');
    expect(claimOf(result, 'Dana Kowal').claimant).toBe('Dana Kowal');
  });

  it('still gives a possessive spokesman named in an appositive to the person named', () => {
    const result = suggest('Mia Holt faces Eva Berg. Holt’s spokesman, Jon Reid, said the polls were wrong.');
    expect(claimOf(result, 'Holt’s spokesman').claimant).toBe('Jon Reid');
  });

  it('gives "council member Ray Moss praised …, saying" to the member the role words lead to', () => {
    const result = suggest('On Monday, council member Ray Moss praised the team, saying it always wins.');
    expect(claimOf(result, 'On Monday').claimant).toBe('Ray Moss');
  });

  it('reads "Dora Vallo, the company’s chief operating officer," as a person of the company, whom "she said" continues', () => {
    const result = suggest(
      'Ann Berg runs the rival firm. Dora Vallo, the company’s chief operating officer, said Tyvar would grow. ' +
        '“We are going to start small,” she said.',
    );
    expect(party(result, 'Dora Vallo').kind).toBe('person');
    expect(claimOf(result, '“We are').claimant).toBe('Dora Vallo');
  });
});
