import { describe, expect, it } from 'vitest';
import { gunzipJson, gzipJson } from '../../../core/snapshots/compress';
import { changeOffsets, hasChanges, wordDiff } from '../../../core/snapshots/diff';
import { sha256Hex } from '../../../core/snapshots/hash';
import { paragraphContaining } from '../../../core/snapshots/paragraph';
import { articlePlainText } from '../../../core/snapshots/plain-text';
import { sanitizeArticleHtml } from '../../../core/snapshots/sanitize';

describe('snapshot helpers', () => {
  it('hashes text as SHA-256 hex', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('compresses and restores content, smaller than it was', async () => {
    const content = { html: '<p>Hello</p>'.repeat(500), text: 'Hello, “world” 👋 مرحبا\n'.repeat(200) };
    const packed = await gzipJson(content);
    expect(packed.byteLength).toBeLessThan(JSON.stringify(content).length / 10);
    expect(await gunzipJson(packed)).toEqual(content);
  });

  it('diffs by words and says where each change is in the older text', () => {
    const parts = wordDiff('Kerry issued the ultimatum on Monday.', 'Kerry issued the warning on Monday.');
    expect(parts.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'ultimatum' },
      { kind: 'added', text: 'warning' },
    ]);
    expect(hasChanges(parts)).toBe(true);
    expect(changeOffsets(parts).map((c) => c.before)).toEqual([17, 26]);
    expect(hasChanges(wordDiff('same text', 'same text'))).toBe(false);
  });

  it('reads an article as a paragraph a line', () => {
    document.body.innerHTML =
      '<article><h1>Title</h1><p>First   para with <b>bold</b>\n text.</p><ul><li>One</li><li>Two</li></ul><script>x()</script></article>';
    expect(articlePlainText(document.body)).toBe('Title\nFirst para with bold text.\nOne\nTwo');
  });

  it('finds the paragraph a quote came from, also across paragraphs', () => {
    const text = 'Intro line.\nThe ministry said the convoy   arrived.\nLater it left.';
    expect(paragraphContaining(text, 'the convoy arrived')).toBe('The ministry said the convoy arrived.');
    expect(paragraphContaining(text, 'arrived. Later')).toBe('The ministry said the convoy arrived. Later it left.');
    expect(paragraphContaining(text, 'not there')).toBeNull();
  });

  it('refuses to sanitise where DOMPurify cannot work, rather than pass HTML through', () => {
    // happy-dom's DOM is not enough for DOMPurify, which would return the HTML unchanged;
    // real browsers are covered end to end (test/e2e/snapshots.e2e.ts, a hostile article).
    expect(() => sanitizeArticleHtml('<img src=x onerror=alert(1)>', window as unknown as Window)).toThrow(
      /No working HTML sanitiser/,
    );
  });
});
