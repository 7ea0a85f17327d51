// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { jsonLdText } from '../../../core/exchange/json-ld-text';

describe('jsonLdText', () => {
  it('escapes what could end a script element or a line, and reads back the same', () => {
    const value = { quote: '</script><script>alert(1)</script> & more\u2028next' };
    const text = jsonLdText(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(text).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(text)).toEqual(value);
  });
});
