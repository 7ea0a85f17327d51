import { describe, expect, it } from 'vitest';
import {
  CONTEXT_AGREES,
  CONTEXT_STRONG,
  judgeExact,
  judgeFuzzy,
  maxFuzzyErrors,
} from '../../../core/anchoring/acceptance';
import type { Candidate } from '../../../core/anchoring/text-quote';

function candidate(errors: number, prefix: number | null, suffix: number | null): Candidate {
  const known = [prefix, suffix].filter((x): x is number => x !== null);
  return {
    start: 0,
    end: 10,
    errors,
    fit: {
      prefix,
      suffix,
      mean: known.length ? known.reduce((a, b) => a + b) / known.length : null,
      min: known.length ? Math.min(...known) : null,
    },
  };
}

describe('judgeExact', () => {
  it('accepts any occurrence of a quote that has no stored context', () => {
    expect(judgeExact(candidate(0, null, null), 5)).toBe('accept');
  });

  it('asks short quotes for one side of context nearly unchanged', () => {
    expect(judgeExact(candidate(0, 1, 0.3), 8)).toBe('accept');
    expect(judgeExact(candidate(0, 0.65, 0.65), 8)).toBe('reject');
  });

  it('accepts longer quotes whose context agrees on average', () => {
    expect(judgeExact(candidate(0, CONTEXT_AGREES, CONTEXT_AGREES), 30)).toBe('accept');
    expect(judgeExact(candidate(0, 0.3, 0.3), 30)).toBe('reject');
  });

  it('keeps long quotes in unrelated context only as a last resort', () => {
    expect(judgeExact(candidate(0, 0.2, 0.2), 60)).toBe('weak');
  });
});

describe('judgeFuzzy', () => {
  it('allows about a tenth of the quote edited with agreeing context', () => {
    expect(maxFuzzyErrors(100)).toBe(20);
    expect(judgeFuzzy(candidate(10, 0.7, 0.6), 100)).toBe('accept');
    expect(judgeFuzzy(candidate(10, 0.4, 0.4), 100)).toBe('reject');
  });

  it('allows up to a fifth only when both sides agree strongly', () => {
    expect(judgeFuzzy(candidate(18, CONTEXT_STRONG, 0.95), 100)).toBe('accept');
    expect(judgeFuzzy(candidate(18, 1, 0.5), 100)).toBe('reject');
    expect(judgeFuzzy(candidate(21, 1, 1), 100)).toBe('reject');
  });

  it('asks short quotes for one edit at most and both sides present', () => {
    expect(judgeFuzzy(candidate(1, 0.9, 0.9), 8)).toBe('accept');
    expect(judgeFuzzy(candidate(1, 1, 0.3), 8)).toBe('reject');
    expect(judgeFuzzy(candidate(2, 1, 1), 8)).toBe('reject');
    expect(judgeFuzzy(candidate(1, 1, 1), 3)).toBe('reject');
  });

  it('without any context, accepts only long, nearly unchanged quotes', () => {
    expect(judgeFuzzy(candidate(2, null, null), 80)).toBe('accept');
    expect(judgeFuzzy(candidate(2, null, null), 30)).toBe('reject');
    expect(judgeFuzzy(candidate(6, null, null), 80)).toBe('reject');
  });
});
