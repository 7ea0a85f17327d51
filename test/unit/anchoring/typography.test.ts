import { describe, expect, it } from 'vitest';
import { foldTypography } from '../../../core/anchoring/typography';

describe('foldTypography', () => {
  it('folds quotation marks and dashes to ASCII, keeping the length', () => {
    const text = '\u201cIt\u2019s \u00abfine\u00bb\u201d \u2014 she said \u2013 \u201eja\u201c 10\u221212';
    const folded = foldTypography(text);
    expect(folded).toBe('"It\'s "fine"" - she said - "ja" 10-12');
    expect(folded.length).toBe(text.length);
  });

  it('leaves other text alone', () => {
    const text = 'Ünïcödé, مرحبا, 😀 and "plain" text';
    expect(foldTypography(text)).toBe(text);
  });
});
