import { describe, expect, it } from 'vitest';
import {
  contextFit,
  contextIsIdentical,
  prefixSimilarity,
  suffixSimilarity,
} from '../../../core/anchoring/context';

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
