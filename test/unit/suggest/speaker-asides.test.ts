// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { suggest } from '../../../core/suggest/suggest';
import { claimOf, names } from './support';

describe('suggest: asides between a speaker and the verb', () => {
  it('gives "Sen. Tom Verlaine, R-Texas, said" to the senator; the party and state are no party', () => {
    const result = suggest('Sen. Tom Verlaine, R-Texas, said the closures were a symptom of deeper problems.');
    expect(claimOf(result, 'Sen. Tom Verlaine').claimant).toBe('Tom Verlaine');
    expect(names(result)).toEqual(['Tom Verlaine']);
  });

  it('gives "X, who represents Y, said" to X, not to the client', () => {
    const result = suggest(
      'Nora Bell pleaded not guilty. Marco Figueroa, who represents Bell, said his client would not take a plea deal.',
    );
    expect(claimOf(result, 'Marco Figueroa').claimant).toBe('Marco Figueroa');
  });

  it('looks past two asides in a row: "X, a senior analyst at Y, the Z-based firm, said"', () => {
    const result = suggest(
      'Omar Lindqvist, a senior analyst at Corvane, the Oslo-based research firm, said the base was small.',
    );
    expect(claimOf(result, 'Omar Lindqvist').claimant).toBe('Omar Lindqvist');
  });

  it('does not take a long subject opening with "the" for an aside after a name', () => {
    const result = suggest(
      'While cabs have been known to be late, the litany of complaints against Zentro drivers, from dirty cars to rudeness, suggests the system fails.',
    );
    expect(result.claims.map((c) => c.claimant)).not.toContain('Zentro');
  });

  it('gives "X, chief executive of the firm, said his company’s award was…" to X: what follows "said" has its own verb', () => {
    const result = suggest("Mike Sorel, chief executive of the firm, said his company's award was a sign.");
    expect(claimOf(result, 'Mike Sorel').claimant).toBe('Mike Sorel');
  });

  it('looks past ", president of X, a Y-based agency," to the person before it', () => {
    const result = suggest(
      'Jeff Sandell, president of Chapter & Line, a Spokane advertising and design agency, said he thought the ' +
        'campaign – run by a local firm – was meant to raise eyebrows.',
    );
    expect(claimOf(result, 'Jeff Sandell').claimant).toBe('Jeff Sandell');
  });
});
