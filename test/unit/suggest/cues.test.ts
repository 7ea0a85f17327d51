// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf } from './support';

describe('suggest: attribution cues', () => {
  it('reads what a poll or a study shows or suggests as a claim of no one named', () => {
    const result = suggest(
      'The council ran a poll of residents in May. We know parking is hard, but our poll showed that drivers ' +
        'who live downtown are the least happy. The study suggests that fees should fall. ' +
        'The mayor, Ann Holt, suggested that fees should fall.',
    );
    expect(result.claims.map((c) => [c.quote.slice(0, 30), c.claimant])).toEqual([
      ['We know parking is hard, but o', null],
      ['The study suggests that fees s', null],
      ['The mayor, Ann Holt, suggested', 'Ann Holt'],
    ]);
  });

  it('reads "quipped" and "joked" after a quotation as its speaker’s words', () => {
    const result = suggest(
      '“It was a hard part,” quipped Brad Pell of his role. “I had to learn to surf,” Ada Lund joked.',
    );
    expect(claimOf(result, '“It was').claimant).toBe('Brad Pell');
    expect(claimOf(result, '“I had').claimant).toBe('Ada Lund');
  });

  it('reads "called" with words in quotation marks as a statement, not a name given in passing', () => {
    const result = suggest(
      'In 2013, Senator Ada Wexford called the debt “the issue of our era.”\n\n' +
        'Mr. Lund, the Ohio Democrat, called the bill “the worst we have passed.”\n\n' +
        'She joined a group called “Friends of the Pier” in 2010. She called her mother on Sunday.',
    );
    expect(claimOf(result, 'In 2013').claimant).toBe('Ada Wexford');
    expect(claimOf(result, 'Mr. Lund').claimant).toBe('Mr. Lund');
    expect(result.claims).toHaveLength(2);
  });

  it('reads an inserted ", say economists," as an unnamed source', () => {
    const result = suggest('The combination, say economists, marks a journey into uncharted territory.');
    expect(claimOf(result, 'The combination').claimant).toBeNull();
  });

  it('reads "cautioned" as a statement, with or without "that"', () => {
    const result = suggest(
      'Anthony Marsh, a lawyer for the town, cautioned against a quick vote. Ada Lund cautioned that the pier was old.',
    );
    expect(claimOf(result, 'Anthony Marsh').claimant).toBe('Anthony Marsh');
    expect(claimOf(result, 'Ada Lund').claimant).toBe('Ada Lund');
  });

  it('reads "pledged", "emphasized", "countered" and "maintained" as statements only with a complement', () => {
    const result = suggest(
      'The Dock Workers Union pledged Friday to keep striking until May. Ada Lund pledged $5 million for the new pier. ' +
        'Tom Wallis emphasized that the school would stay open. Jon Reid countered that the roof was unsafe. ' +
        'Mia Holt has maintained that the pier is safe. Eva Berg maintained the pier for decades.',
    );
    expect(result.claims.map((c) => c.claimant)).toEqual(['Dock Workers Union', 'Tom Wallis', 'Jon Reid', 'Mia Holt']);
  });

  it('reads no speech supposed in an opening "if" or "unless" clause, but the main clause after it', () => {
    const result = suggest(
      'If the Harbour Board insists on a vote, the ferry will stop. Unless Tom Wallis says yes, the pier stays shut. ' +
        'If the pier closes, Ada Lund said, the town will lose its ferry.',
    );
    expect(result.claims.map((c) => c.quote)).toEqual([
      'If the pier closes, Ada Lund said, the town will lose its ferry.',
    ]);
    expect(claimOf(result, 'If the pier closes').claimant).toBe('Ada Lund');
  });

  it('reads no report in a passive still to come: "to be said", "will be told"', () => {
    const result = suggest(
      'There is something to be said for a slower ferry. Passengers will be told about the delays. ' +
        'We are told that the pier is safe.',
    );
    expect(result.claims.map((c) => c.quote)).toEqual(['We are told that the pier is safe.']);
  });

  it('reads a released ad, video or letter as a statement only when words said in it follow', () => {
    const result = suggest(
      'Ada Lund, a candidate running against Tom Wallis in Dover, recently released a television ad saying that ' +
        'she wants to save the pier. Tom Wallis released a video of the pier on Monday. ' +
        'The Harbour Board sent a letter: “The pier will close.”',
    );
    expect(result.claims.map((c) => c.claimant)).toEqual(['Ada Lund', 'Harbour Board']);
  });

  it('reads "was keen to stress", "was quick to point out" as statements of the subject', () => {
    const result = suggest(
      'Ada Lund was keen to stress that the pier is not closed for good. ' +
        'Tom Wallis was quick to point out that the ferry had never sunk. Jon Reid was happy to sell the boat.',
    );
    expect(result.claims.map((c) => c.claimant)).toEqual(['Ada Lund', 'Tom Wallis']);
  });

  it('reads "questioned" and "questioning" as statements with a question after them, not an interrogation', () => {
    const result = suggest(
      'Ada Lund disagreed, questioning how many boats would still come. Police questioned the driver on Monday. ' +
        'Tom Wallis answered questions on the forum.',
    );
    expect(result.claims.map((c) => c.quote)).toEqual([
      'Ada Lund disagreed, questioning how many boats would still come.',
    ]);
  });

  it('still finds a speech verb with a link text glued to it', () => {
    const result = suggest(
      'Marta Olsen, the mayor, spoke on Monday. Olsen toldReuters that the plan was sound. ' +
        'The transit authority saidOpens a new window that fares would rise in June.',
    );
    expect(claimOf(result, 'Olsen toldReuters').claimant).toBe('Marta Olsen');
    expect(claimOf(result, 'The transit authority saidOpens')).toBeDefined();
    expect(result.parties.map((p) => p.name)).toContain('Reuters');
  });

  it('keeps camel-case names whole when no speech verb starts them', () => {
    const result = suggest('Lena Brandt, the shop’s owner, said the eBay listings and the iPhone sold out.');
    expect(claimOf(result, 'Lena Brandt').quote).toBe(
      'Lena Brandt, the shop’s owner, said the eBay listings and the iPhone sold out.',
    );
  });

  it('reads advice given as a gerund, and an elaboration, as statements of their speaker', () => {
    const result = suggest(
      'Carl Winter has cleaned hotel rooms for twenty years. He advised locking the balcony door at night. ' +
        'If the safe is broken, he recommends asking for another room. Later, by phone, he elaborated that staff rarely check.',
    );
    expect(claimOf(result, 'He advised').claimant).toBe('Carl Winter');
    expect(claimOf(result, 'If the safe').claimant).toBe('Carl Winter');
    expect(claimOf(result, 'Later, by phone').claimant).toBe('Carl Winter');
  });

  it('reads no advice from a thing recommended without a gerund', () => {
    const result = suggest('Carl Winter recommended a hotel near the station.');
    expect(result.claims).toEqual([]);
  });

  it('reads a plural noun after a comparison as no cue', () => {
    const result = suggest(
      'Buyers get alerts to enable quicker replies to thefts. The latest reports of thefts came from Oslo.',
    );
    expect(result.claims).toEqual([]);
  });

  it('reads what an unnamed survey respondent says after a colon as a claim without a claimant', () => {
    const result = suggest(
      'The survey asked 900 nurses about their shifts. Another respondent described her week in detail: “We never sit down.”',
    );
    expect(claimOf(result, 'Another respondent').claimant).toBeNull();
  });
});
