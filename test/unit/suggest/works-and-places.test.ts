// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { names, party } from './support';

describe('suggest: polls, buildings and events named like organisations', () => {
  it('reads a poll as its pollster’s', () => {
    const result = suggest('A new Harbor Research Institute Poll from June showed that voters were split.');
    expect(party(result, 'Harbor Research Institute').kind).toBe('organization');
    expect(names(result)).not.toContain('Harbor Research Institute Poll');
  });

  it('reads a cathedral and a station as places, not parties', () => {
    const result = suggest(
      'Mourners gathered at the Northfield Cathedral. The crew of the Orbital Research Station sent pictures.',
    );
    expect(names(result)).toEqual([]);
  });

  it('reads a series of games as an event, not a party', () => {
    const result = suggest('She pitched in the Youth Soccer League World Series last summer.');
    expect(names(result)).toEqual([]);
  });
});
