// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf } from './support';

describe('suggest: reported speech with "said X" at the end and no quotation marks', () => {
  it('gives the sentence to the speaker named after "said", with a role or a title before the name', () => {
    const result = suggest(
      'Tom Wallis runs the ferry. The ferry will run again in June, said harbour master Tom Wallis. ' +
        'Ada Lund sold her boat. The fares will not rise this year, said Ms. Lund.',
    );
    expect(claimOf(result, 'The ferry will run').claimant).toBe('Tom Wallis');
    expect(claimOf(result, 'The fares will not').claimant).toBe('Ada Lund');
  });
});
