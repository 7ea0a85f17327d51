import search from 'approx-string-match';
import { describe, expect, it } from 'vitest';
import { seedRegions } from '../../../core/anchoring/seed-regions';

const PATTERN = 'the bridge will reopen to traffic in early May after repairs';

function covers(regions: [number, number][], start: number, end: number): boolean {
  return regions.some(([from, to]) => from <= start && end <= to);
}

describe('seedRegions', () => {
  it('returns a region holding an edited copy of the pattern', () => {
    const edited = PATTERN.replace('early May', 'late June');
    const text = 'x'.repeat(5000) + edited + 'y'.repeat(5000);
    const regions = seedRegions(text, PATTERN, 12) ?? [];
    expect(covers(regions, 5000, 5000 + edited.length)).toBe(true);
    const [from, to] = regions[0] ?? [0, 0];
    expect(to - from).toBeLessThan(edited.length + 40);
    expect(search(text.slice(from, to), PATTERN, 12)[0]?.errors).toBeGreaterThan(0);
  });

  it('returns no region when no piece of the pattern occurs', () => {
    expect(seedRegions('nothing alike here at all '.repeat(50), PATTERN, 12)).toEqual([]);
  });

  it('finds every one-edit match of a short pattern (two halves: one stays intact)', () => {
    const pattern = 'Ruiz said';
    for (let i = 0; i < pattern.length; i += 1) {
      const edited = pattern.slice(0, i) + '#' + pattern.slice(i + 1);
      const text = `Earlier, ${edited} no.`;
      expect(covers(seedRegions(text, pattern, 1) ?? [], 9, 9 + edited.length)).toBe(true);
    }
  });

  it('merges overlapping regions and gives up on pieces found everywhere', () => {
    const text = 'ab'.repeat(3000);
    expect(seedRegions(text, 'abab', 1)).toBeNull();
    const twice = PATTERN + ' ' + PATTERN;
    expect(seedRegions(twice, PATTERN, 12)).toEqual([[0, twice.length]]);
  });
});
