// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf } from './support';

describe('suggest: what opens the sentence', () => {
  it('reads "In remarks at …," as a phrase of place, not a verb, so the subject after it speaks', () => {
    const result = suggest(
      'Joe Biden spoke on Monday. In remarks at the White House, Biden announced that he was launching the website.',
    );
    expect(claimOf(result, 'In remarks').claimant).toBe('Joe Biden');
  });

  it('makes the person after an opening phrase the subject whom "he" means next', () => {
    const result = suggest(
      '“It’s the new counterculture,” said Jared, an undergraduate who wore a suit. ' +
        'At a bar near campus, 21-year-old Ryan Dubicki rolled his eyes at distressed students. ' +
        '“I know at Harvard they had safety pins on,” he said.',
    );
    expect(claimOf(result, '“I know at Harvard').claimant).toBe('Ryan Dubicki');
  });
});

describe('suggest: participles after a link or a perception', () => {
  it('reads "after repeatedly saying" as the subject’s own statement', () => {
    const result = suggest(
      'In November, Ireland filed an appeal after repeatedly saying the country “fundamentally disagrees” with the ruling.',
    );
    expect(claimOf(result, 'In November').claimant).toBe('Ireland');
  });

  it('reads "can be heard saying that" as the speaker’s claim', () => {
    const result = suggest(
      'In a recording obtained by The New York Times, Clinton can be heard saying that the attacks were ordered by Putin.',
    );
    const claim = claimOf(result, 'In a recording');
    expect(claim.claimant).toBe('Clinton');
    expect(claim.about).toContain('Putin');
  });
});
