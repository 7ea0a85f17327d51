import { describe, expect, it } from 'vitest';
import { describeOffsets, describeRange } from '../../../core/anchoring/describe';
import { buildTextIndex } from '../../../core/anchoring/text-index';
import { pageFrom, rangeBetween, textNodeWith } from './dom';

describe('describeRange', () => {
  it('stores the exact text, 32 characters of context and the position', () => {
    const body = pageFrom(
      '<p>The committee met on Monday to review the annual report.</p>' +
        '<p>It <em>approved</em> the budget <a href="#n">after a long</a> debate.</p>',
    );
    const index = buildTextIndex(body);
    const d = describeRange(index, rangeBetween(body, 'report', 'approved'));
    const start = index.text.indexOf('report.');
    expect(d).toEqual({
      quote: {
        type: 'TextQuoteSelector',
        exact: 'report. It approved',
        prefix: index.text.slice(start - 32, start),
        suffix: index.text.slice(start + 19, start + 19 + 32),
      },
      position: { type: 'TextPositionSelector', start, end: start + 19 },
    });
    expect(d?.quote.prefix).toBe(' on Monday to review the annual ');
    expect(d?.quote.suffix).toBe(' the budget after a long debate.');
  });

  it('trims whitespace selected at either end', () => {
    const body = pageFrom('<p>alpha   beta</p>\n\n<p>  gamma  </p>');
    const index = buildTextIndex(body);
    const range = document.createRange();
    const alpha = textNodeWith(body, 'alpha');
    range.setStart(alpha, 5);
    range.setEnd(textNodeWith(body, 'gamma'), 9);
    expect(describeRange(index, range)?.quote.exact).toBe('beta gamma');
  });

  it('returns null for collapsed and whitespace-only selections', () => {
    const body = pageFrom('<p>alpha</p>\n   \n<p>beta</p>');
    const index = buildTextIndex(body);
    const range = document.createRange();
    range.setStart(textNodeWith(body, 'alpha'), 2);
    expect(describeRange(index, range)).toBeNull();
    const blank = Array.from(body.childNodes).find((n) => n.nodeType === 3) as Text;
    range.setStart(blank, 0);
    range.setEnd(blank, blank.data.length);
    expect(describeRange(index, range)).toBeNull();
  });

  it('widens a selection that cuts an emoji or an accent in two', () => {
    const body = pageFrom('<p>Great 😀 cafe\u0301 day</p>');
    const index = buildTextIndex(body);
    const text = textNodeWith(body, 'Great');
    const range = document.createRange();
    range.setStart(text, 'Great \ud83d'.length);
    range.setEnd(text, 'Great 😀 cafe'.length);
    expect(describeRange(index, range)?.quote.exact).toBe('😀 café');
  });

  it('honours a custom context length', () => {
    const index = buildTextIndex(pageFrom('<p>one two three four five</p>'));
    const start = index.text.indexOf('three');
    expect(describeOffsets(index, start, start + 5, 4)?.quote).toMatchObject({
      prefix: 'two ',
      suffix: ' fou',
    });
  });
});
