// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf } from './support';

describe('suggest: a quotation signed by a bare name', () => {
  it('gives the quotation to the name after it, and the next quotation continues that speaker', () => {
    const result = suggest(
      'Anna Vogel met the mayor, Tom Berg, on Monday. Berg said the bridge was safe.\n' +
        '"We had to begin with one bridge." Vogel. "The river is the hardest part."',
    );
    const signed = claimOf(result, '"We had to begin');
    expect(signed.quote).toBe('"We had to begin with one bridge." Vogel.');
    expect(signed.claimant).toBe('Anna Vogel');
    expect(claimOf(result, '"The river').claimant).toBe('Anna Vogel');
  });
});

describe('suggest: a quotation over hard-wrapped lines', () => {
  it('runs on over a line that ends with a full stop inside the quotation', () => {
    const lines = [
      'The council met on Monday to talk about the bridge over the river in',
      '  the old town, which has been closed since the flood of last spring.',
      'Anna Vogel, the engineer who built it, was at the meeting with her',
      '  team and the mayor of the town, who asked her about the repairs.',
      'She said: "We can open it again in May. The water did less harm',
      '  than we feared.',
      '  The new piers will be finished in April."',
      'The mayor thanked her and said the council would pay for the work.',
    ];
    const result = suggest(lines.join('\n'));
    const claim = claimOf(result, 'She said:');
    expect(claim.quote.endsWith('finished in April."')).toBe(true);
    expect(claim.claimant).toBe('Anna Vogel');
  });
});

describe('suggest: straight quotation marks', () => {
  it('closes a straight-quoted quotation at a mark set off by spaces after a quotation inside it', () => {
    const result = suggest(
      'Tom Wallis runs the ferry. "Riders tell me, \'Oh, the boat is always late,\' " says Wallis. ' +
        '"Nobody likes to hear it."',
    );
    expect(claimOf(result, '"Riders tell me').quote).toBe(
      '"Riders tell me, \'Oh, the boat is always late,\' " says Wallis.',
    );
    expect(claimOf(result, '"Riders tell me').claimant).toBe('Tom Wallis');
    expect(claimOf(result, '"Nobody likes').claimant).toBe('Tom Wallis');
  });
});
