import { describe, expect, it } from 'vitest';
import { contextFit, contextIsIdentical, prefixSimilarity, suffixSimilarity } from '../../../core/anchoring/context';

const text = 'The council met on Monday. It approved the new budget for schools after a long debate.';
const start = text.indexOf('approved');
const end = start + 'approved the new budget'.length;

describe('context similarity', () => {
  it('is 1 for unchanged context', () => {
    expect(prefixSimilarity(text, start, 'met on Monday. It ')).toBe(1);
    expect(suffixSimilarity(text, end, ' for schools after')).toBe(1);
  });

  it('costs only the edit for a word inserted next to the quote', () => {
    const edited = text.replace('It approved', 'It finally approved');
    const s = edited.indexOf('approved');
    const sim = prefixSimilarity(edited, s, 'met on Monday. It ') as number;
    expect(sim).toBeCloseTo(1 - 'finally '.length / 'met on Monday. It '.length, 5);
  });

  it('is low for unrelated text', () => {
    const sim = suffixSimilarity(text, end, ' was rejected by voters in May') as number;
    expect(sim).toBeLessThan(0.5);
  });

  it('is null when there is no stored context, and low at the edge of the text', () => {
    expect(prefixSimilarity(text, start, '')).toBeNull();
    expect(prefixSimilarity(text, 0, 'anything')).toBe(0);
    expect(suffixSimilarity(text, text.length, 'more')).toBe(0);
  });

  it('combines both sides', () => {
    const fit = contextFit(text, start, end, 'met on Monday. It ', ' was rejected by voters');
    expect(fit.prefix).toBe(1);
    expect(fit.min).toBe(fit.suffix);
    expect(fit.mean).toBeCloseTo(((fit.prefix as number) + (fit.suffix as number)) / 2, 10);
    expect(contextFit(text, start, end, '', '').mean).toBeNull();
  });

  it('recognises identical context', () => {
    expect(contextIsIdentical(text, start, end, 'It ', ' for')).toBe(true);
    expect(contextIsIdentical(text, start, end, 'He ', ' for')).toBe(false);
    expect(contextIsIdentical(text, 2, 4, 'longer than the start', '')).toBe(false);
  });
});

/** Plain dynamic programming: the definition the bit-parallel version must agree with. */
function referenceSuffixSimilarity(text: string, end: number, suffix: string): number {
  const m = suffix.length;
  const window = text.slice(end, end + m + 8);
  let prev = Array.from({ length: window.length + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i += 1) {
    const cur = [i];
    for (let j = 1; j <= window.length; j += 1) {
      const same = suffix[i - 1] === window[j - 1] ? 0 : 1;
      cur[j] = Math.min((prev[j - 1] as number) + same, (cur[j - 1] as number) + 1, (prev[j] as number) + 1);
    }
    prev = cur;
  }
  return 1 - Math.min(...prev) / m;
}

describe('bit-parallel context distance', () => {
  it('agrees with plain dynamic programming on random texts', () => {
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed * 16807) % 2147483647;
      return seed % n;
    };
    const alphabet = 'abcde fghé😀';
    const word = (length: number): string => Array.from({ length }, () => alphabet[random(alphabet.length)]).join('');
    for (let round = 0; round < 500; round += 1) {
      const text = word(60);
      const suffix = word(1 + random(32));
      const end = random(61);
      expect(suffixSimilarity(text, end, suffix)).toBeCloseTo(referenceSuffixSimilarity(text, end, suffix), 10);
      // Reversed by code unit, as the prefix is read backwards code unit by code unit.
      const reversed = text.split('').reverse().join('');
      const prefix = suffix.split('').reverse().join('');
      expect(prefixSimilarity(reversed, reversed.length - end, prefix)).toBeCloseTo(
        referenceSuffixSimilarity(text, end, suffix),
        10,
      );
    }
  });

  it('compares only the 32 characters of context nearest the quote', () => {
    const long = text.repeat(2);
    const at = text.length + start;
    const far = 'x'.repeat(20);
    expect(suffixSimilarity(long, at, long.slice(at, at + 32) + far)).toBe(1);
    expect(prefixSimilarity(long, at, far + long.slice(at - 32, at))).toBe(1);
    expect(prefixSimilarity(long, at, far + long.slice(at - 31, at))).toBeLessThan(1);
  });
});
