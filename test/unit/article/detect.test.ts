import { describe, expect, it } from 'vitest';
import { canonicalUrlOf, detectArticle } from '../../../core/article/detect';
import { parseHtml } from '../support/dom';
import { readFixture } from '../support/fixtures';

const PAGE = 'https://news.example.org/section/story.html?utm_source=feed';

function page(head: string, body = '<p>Short.</p>'): Document {
  return parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
}

describe('the demo article', () => {
  const labels = JSON.parse(readFixture('labels', 'rferl-aleppo.json')) as {
    expectedMetadata: { title: string; siteName: string; publishedTime: string; canonicalUrl: string; lang: string };
  };
  const expected = labels.expectedMetadata;

  it('is detected as an article with the labelled metadata', () => {
    const doc = parseHtml(readFixture('articles', 'rferl-aleppo.html'));
    const { metadata, content, textContent } = detectArticle(doc, 'http://127.0.0.1:8808/rferl-aleppo.html');
    expect(metadata).toMatchObject({
      url: 'http://127.0.0.1:8808/rferl-aleppo.html',
      canonicalUrl: expected.canonicalUrl,
      title: expected.title,
      siteName: expected.siteName,
      publishedTime: expected.publishedTime,
      language: expected.lang,
      isArticle: true,
    });
    expect(content).toContain('Aleppo');
    expect(textContent).toContain('cut off all cooperation with Russia');
  });

  it('leaves the live document as it was', () => {
    const doc = parseHtml(readFixture('articles', 'rferl-aleppo.html'));
    const before = doc.documentElement.outerHTML;
    detectArticle(doc, PAGE);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('a page that is not an article', () => {
  const doc = page(
    '<title>\n  Settings  |\tExample  </title>',
    '<nav><a href="/a">Home</a> <a href="/b">About</a></nav><button>Save</button>',
  );

  it('falls back to its title and address', () => {
    const { metadata, content, textContent } = detectArticle(doc, PAGE);
    expect(metadata).toEqual({
      url: PAGE,
      canonicalUrl: undefined,
      title: expect.stringContaining('Settings'),
      byline: '',
      siteName: '',
      publishedTime: '',
      language: '',
      excerpt: '',
      isArticle: false,
    });
    expect(metadata.title).not.toMatch(/\s{2}|\n|\t/);
    expect(content).toBeNull();
    expect(textContent).toBe('');
  });

  it('takes its language from the page when Readability has none', () => {
    const withLang = parseHtml('<html lang=" de-CH "><head><title>Start</title></head><body><p>Hallo</p></body></html>');
    expect(detectArticle(withLang, PAGE).metadata.language).toBe('de-CH');
  });

  it('works on a page with no title at all', () => {
    const bare = parseHtml('<html><body></body></html>');
    expect(detectArticle(bare, PAGE).metadata).toMatchObject({ url: PAGE, title: '', isArticle: false });
  });
});

describe('canonicalUrlOf', () => {
  it('takes an absolute canonical link as it is', () => {
    expect(canonicalUrlOf(page('<link rel="canonical" href="https://example.org/story">'), PAGE)).toBe(
      'https://example.org/story',
    );
  });

  it('resolves a relative link against the page', () => {
    expect(canonicalUrlOf(page('<link rel="canonical" href="../2024/story.html">'), PAGE)).toBe(
      'https://news.example.org/2024/story.html',
    );
    expect(canonicalUrlOf(page('<link rel="canonical" href="/story">'), PAGE)).toBe('https://news.example.org/story');
    expect(canonicalUrlOf(page('<link rel="canonical" href="//amp.example.org/story">'), PAGE)).toBe(
      'https://amp.example.org/story',
    );
  });

  it('resolves a relative link against the page’s <base>', () => {
    const doc = page('<base href="https://cdn.example.org/en/"><link rel="canonical" href="story">');
    expect(canonicalUrlOf(doc, PAGE)).toBe('https://cdn.example.org/en/story');
  });

  it('finds the link whatever the case of rel and among other rel values', () => {
    expect(canonicalUrlOf(page('<link rel="Canonical" href="/a">'), PAGE)).toBe('https://news.example.org/a');
    expect(canonicalUrlOf(page('<link rel="alternate canonical" href="/b">'), PAGE)).toBe('https://news.example.org/b');
  });

  it.each([
    ['no canonical link', '<link rel="alternate" href="/feed">'],
    ['a canonical link without href', '<link rel="canonical">'],
    ['an empty href', '<link rel="canonical" href="">'],
    ['a javascript: canonical', '<link rel="canonical" href="javascript:alert(1)">'],
    ['a data: canonical', '<link rel="canonical" href="data:text/html,x">'],
    ['a file: canonical', '<link rel="canonical" href="file:///etc/passwd">'],
    ['an unparsable canonical', '<link rel="canonical" href="https://exa mple.org:99999/">'],
  ])('gives nothing for %s', (_label, head) => {
    expect(canonicalUrlOf(page(head), PAGE)).toBeUndefined();
  });

  it('is what detectArticle reports', () => {
    const doc = page('<link rel="canonical" href="/story">');
    expect(detectArticle(doc, PAGE).metadata.canonicalUrl).toBe('https://news.example.org/story');
  });
});
