// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { articleKey, candidateKeys, isAnnotatableUrl, normalizeArticleUrl } from '../../../core/model/url';

describe('normalizeArticleUrl', () => {
  it.each([
    'utm_source=newsletter',
    'utm_medium=email',
    'utm_campaign=spring',
    'UTM_Content=a',
    'fbclid=IwAR0abc',
    'gclid=Cj0KCQ',
    'dclid=x',
    'msclkid=123',
    'mc_cid=abc',
    'mc_eid=def',
    'yclid=1',
    'igshid=2',
    'twclid=3',
    '_ga=2.1',
    'ocid=feed',
  ])('drops the tracking parameter %s', (parameter) => {
    expect(normalizeArticleUrl(`https://news.example.org/story?${parameter}`)).toBe(
      'https://news.example.org/story',
    );
    expect(normalizeArticleUrl(`https://news.example.org/story?id=7&${parameter}`)).toBe(
      'https://news.example.org/story?id=7',
    );
  });

  it('keeps the parameters that select content, sorted', () => {
    expect(normalizeArticleUrl('https://news.example.org/view?page=2&id=7&utm_source=x&lang=fr')).toBe(
      'https://news.example.org/view?id=7&lang=fr&page=2',
    );
  });

  it('keeps parameters that only look like tracking ones', () => {
    expect(normalizeArticleUrl('https://news.example.org/view?utm=1&mc_id=2&fbclid_x=3')).toBe(
      'https://news.example.org/view?fbclid_x=3&mc_id=2&utm=1',
    );
  });

  it('drops fragments, text fragments included', () => {
    expect(normalizeArticleUrl('https://news.example.org/story#comments')).toBe('https://news.example.org/story');
    expect(normalizeArticleUrl('https://news.example.org/story#:~:text=the%20claim')).toBe(
      'https://news.example.org/story',
    );
  });

  it('lower-cases the host and drops the default port and credentials, but keeps path case', () => {
    expect(normalizeArticleUrl('HTTPS://user:pw@News.Example.ORG:443/Story/A')).toBe(
      'https://news.example.org/Story/A',
    );
  });

  it('keeps www, trailing slashes and the scheme, which may name another page', () => {
    expect(normalizeArticleUrl('https://www.example.org/story/')).toBe('https://www.example.org/story/');
    expect(normalizeArticleUrl('http://example.org/story')).toBe('http://example.org/story');
  });

  it('gives a home page one key whether or not its address ends in a slash', () => {
    const keys = new Set(
      ['https://example.org', 'https://example.org/', 'https://example.org/?utm_source=x', 'https://example.org#top'].map(
        normalizeArticleUrl,
      ),
    );
    expect([...keys]).toEqual(['https://example.org/']);
  });

  it('is idempotent', () => {
    const once = normalizeArticleUrl('https://Example.org/a/b?z=1&a=2&utm_term=x#f');
    expect(normalizeArticleUrl(once)).toBe(once);
  });
});

describe('articleKey', () => {
  const page = 'https://m.example.org/story?utm_source=twitter&ref=home';

  it('prefers the canonical link, normalised', () => {
    expect(articleKey(page, 'https://www.example.org/story?utm_medium=x#top')).toBe('https://www.example.org/story');
  });

  it('falls back to the page address without a canonical link', () => {
    expect(articleKey(page)).toBe('https://m.example.org/story?ref=home');
  });

  it('ignores a canonical link the extension cannot use', () => {
    expect(articleKey(page, 'javascript:void(0)')).toBe('https://m.example.org/story?ref=home');
    expect(articleKey(page, 'not a url')).toBe('https://m.example.org/story?ref=home');
  });
});

describe('candidateKeys', () => {
  it('lists the canonical key first, then the page key', () => {
    expect(candidateKeys('https://m.example.org/story?fbclid=1', 'https://example.org/story')).toEqual([
      'https://example.org/story',
      'https://m.example.org/story',
    ]);
  });

  it('lists a key once when the page is its own canonical', () => {
    expect(candidateKeys('https://example.org/story?utm_source=x', 'https://example.org/story#main')).toEqual([
      'https://example.org/story',
    ]);
    expect(candidateKeys('https://example.org/story')).toEqual(['https://example.org/story']);
  });
});

describe('isAnnotatableUrl', () => {
  it.each(['https://example.org/story', 'http://localhost:8080/a', 'HTTPS://EXAMPLE.ORG'])('accepts %s', (url) => {
    expect(isAnnotatableUrl(url)).toBe(true);
  });

  it.each([
    'chrome://extensions',
    'chrome-extension://abcdef/popup.html',
    'moz-extension://abcdef/popup.html',
    'about:blank',
    'about:newtab',
    'file:///home/me/story.html',
    'javascript:alert(1)',
    'data:text/html,<p>hi</p>',
    'view-source:https://example.org/',
    'ftp://example.org/file',
    '/relative/path',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isAnnotatableUrl(url)).toBe(false);
  });
});
