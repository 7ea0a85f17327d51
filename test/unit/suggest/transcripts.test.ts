// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf } from './support';

const TRANSCRIPT = [
  'The ferry service will close in May.',
  'PAULA GRANT: Good evening. The island council has voted to end the ferry service.Dominic Hale reports.DOMINIC HALE: The vote was close.',
  "Islanders are angry, and fisherman Peter Walsh says the council never asked them.PETER WALSH: Nobody came to talk to us. We heard it on the radio.It's a disgrace.",
  'DOMINIC HALE: Will you fight the decision?',
  'PETER WALSH: We will take it to the courts if we have to.',
  'PAULA GRANT: Dominic Hale reporting.',
].join('\n');

describe('suggest: a transcript of speaker turns', () => {
  const result = suggest(TRANSCRIPT);

  it('makes each turn of someone interviewed one claim, without its label, with the speaker as claimant', () => {
    const first = claimOf(result, 'Nobody came');
    expect(first.quote).toBe("Nobody came to talk to us. We heard it on the radio.It's a disgrace.");
    expect(first.claimant).toBe('Peter Walsh');
    expect(claimOf(result, 'We will take it').claimant).toBe('Peter Walsh');
  });

  it('reads the presenter’s and the reporter’s turns sentence by sentence: only what they report is a claim', () => {
    expect(claimOf(result, 'Islanders are angry').claimant).toBe('Peter Walsh');
    const quotes = result.claims.map((c) => c.quote);
    expect(quotes.some((q) => q.includes('The vote was close'))).toBe(false);
    expect(quotes.some((q) => q.includes('Will you fight'))).toBe(false);
    expect(quotes.some((q) => q.includes('PETER WALSH:'))).toBe(false);
  });

  it('does not take a hand-over ("Dominic Hale reports.") for a claim', () => {
    expect(result.claims.map((c) => c.quote)).not.toContain('Dominic Hale reports.');
    const handOver = suggest('The council voted to close the ferry on Monday. Dominic Hale reports.');
    expect(handOver.claims).toHaveLength(0);
  });

  it('does not take a heading in capitals for a speaker when no label recurs', () => {
    const heading = suggest(
      'Anna Vogel said the bridge would open in May.\nIN BERLIN: Tom Berg said the road would close.',
    );
    expect(claimOf(heading, 'IN BERLIN: Tom Berg said').claimant).toBe('Tom Berg');
  });
});

describe('suggest: sentences glued to a contracted pronoun', () => {
  it('ends a sentence glued to "It\'s" or "He\'s"', () => {
    const result = suggest("The mayor Tom Berg lives in Berlin.He's angry and says the council lied.");
    expect(claimOf(result, "He's angry").claimant).toBe('Tom Berg');
  });
});

describe('suggest: speech imagined, not reported', () => {
  it('reads no claim in "some might say" or "you could argue"', () => {
    const result = suggest('Some might say the council was right. You could argue that the bridge is too old.');
    expect(result.claims).toHaveLength(0);
  });
});
