// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names, party } from './support';

describe('suggest: hearings, zoos and speakers named with their role', () => {
  it('reads what a court or an inquest heard as a report by no one named, and parts a sum glued to "A"', () => {
    const result = suggest(
      'He was caught with cocaine worth up to £170,000.A former engineer kept the drugs in a car, York Crown Court heard. ' +
        'Chloe had been battling anxiety, the inquest at Stoke Town Hall heard. ' +
        'The court previously heard he sustained extreme injuries. I heard a noise in the night.',
    );
    expect(claimOf(result, 'A former engineer').claimant).toBeNull();
    expect(claimOf(result, 'A former engineer').quote).not.toContain('170,000');
    expect(claimOf(result, 'Chloe had been').claimant).toBeNull();
    expect(claimOf(result, 'The court previously').claimant).toBeNull();
    expect(result.claims.some((c) => c.quote.startsWith('I heard'))).toBe(false);
  });

  it('names a zoo as a body whose officials speak for it, and its trail as a place', () => {
    const result = suggest(
      'Siskiyou came to Oakland Zoo in December 2017, zoo officials said. ' +
        'At the Oakland Zoo California Trail, she met a male wolf. “Our hearts are with her,” zoo officials said.',
    );
    expect(party(result, 'Oakland Zoo').kind).toBe('organization');
    expect(names(result)).not.toContain('Oakland Zoo California Trail');
    expect(claimOf(result, 'Siskiyou came').claimant).toBe('Oakland Zoo');
    expect(claimOf(result, '“Our hearts').claimant).toBe('Oakland Zoo');
  });

  it('gives a quotation to the person named after a role, and "she" to no man named as a brother', () => {
    const result = suggest(
      'The Los Angeles Police Department announced an arrest. ' +
        '“It is to delay identification,” said LAPD homicide detective Efren Guttierez. ' +
        '“It’s like Christmas morning for the kids,” said head coach of the men’s team, Dwayne Killings. ' +
        'Kelly Osbourne has blasted Prince Harry. Her brother Jack defended her. She said: “Everybody’s life is hard.”',
    );
    expect(claimOf(result, '“It is to delay').claimant).toBe('Efren Guttierez');
    expect(claimOf(result, '“It’s like Christmas').claimant).toBe('Dwayne Killings');
    expect(claimOf(result, 'She said').claimant).toBe('Kelly Osbourne');
  });
});
