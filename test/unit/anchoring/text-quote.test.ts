import { describe, expect, it } from 'vitest';
import { bestCandidate, exactOccurrences, quoteAt } from '../../../core/anchoring/text-quote';

describe('quoteAt', () => {
  const text = 'a'.repeat(40) + 'QUOTE' + 'b'.repeat(40);

  it('takes 32 code units of context either side by default', () => {
    expect(quoteAt(text, 40, 45)).toEqual({
      type: 'TextQuoteSelector',
      exact: 'QUOTE',
      prefix: 'a'.repeat(32),
      suffix: 'b'.repeat(32),
    });
  });

  it('takes less context at the ends of the text, or when asked', () => {
    expect(quoteAt('QUOTE rest', 0, 5)).toMatchObject({ prefix: '', suffix: ' rest' });
    expect(quoteAt(text, 40, 45, 4)).toMatchObject({ prefix: 'aaaa', suffix: 'bbbb' });
  });

  it('never cuts an emoji at the far end of the context', () => {
    const emoji = '😀'.repeat(20);
    const q = quoteAt(emoji + 'Q' + emoji, 40, 41, 5);
    expect(q.prefix).toBe('😀😀');
    expect(q.suffix).toBe('😀😀');
  });
});

describe('exactOccurrences', () => {
  it('finds every occurrence, overlapping ones included', () => {
    expect(exactOccurrences('aaaa', 'aa')).toEqual([0, 1, 2]);
    expect(exactOccurrences('the cat and the hat', 'the')).toEqual([0, 12]);
    expect(exactOccurrences('abc', 'x')).toEqual([]);
    expect(exactOccurrences('abc', '')).toEqual([]);
  });
});

describe('bestCandidate', () => {
  const text = 'In March the bank raised rates. Shares fell. In June the bank raised rates. Shares rose.';
  const spans = exactOccurrences(text, 'the bank raised rates').map((start) => ({
    start,
    end: start + 'the bank raised rates'.length,
    errors: 0,
  }));

  it('prefers the occurrence whose context agrees', () => {
    expect(bestCandidate(text, spans, 'In June ', '. Shares rose.', 0)?.start).toBe(spans[1]?.start);
    expect(bestCandidate(text, spans, 'In March ', '. Shares fell.', 999)?.start).toBe(spans[0]?.start);
  });

  it('falls back on the position when context cannot tell', () => {
    expect(bestCandidate(text, spans, '', '', 60)?.start).toBe(spans[1]?.start);
    expect(bestCandidate(text, spans, '', '', 0)?.start).toBe(spans[0]?.start);
  });

  it('prefers the place with fewer edits when context agrees equally', () => {
    const [first, second] = spans;
    if (!first || !second) throw new Error('fixture');
    const edited = [{ ...first, errors: 3 }, second];
    expect(bestCandidate(text, edited, '', '', first.start)?.start).toBe(second.start);
  });

  it('returns null without candidates', () => {
    expect(bestCandidate(text, [], 'a', 'b', 0)).toBeNull();
  });
});
