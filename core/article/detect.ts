import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { ArticleMetadata } from '../model';
import { isAnnotatableUrl } from '../model/url';

/**
 * The page's declared canonical address, if it gives a usable one. A relative link is
 * resolved as the browser would: against the page's <base> when it has one.
 */
export function canonicalUrlOf(doc: Document, pageUrl: string): string | undefined {
  const href = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  if (!href) return undefined;
  try {
    const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
    const base = baseHref ? new URL(baseHref, pageUrl).href : pageUrl;
    const resolved = new URL(href, base).href;
    return isAnnotatableUrl(resolved) ? resolved : undefined;
  } catch {
    return undefined;
  }
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** What Readability makes of a page, plus the article text for later use (suggestions, snapshots). */
export interface DetectedArticle {
  metadata: ArticleMetadata;
  /** Readability's cleaned article HTML, or null when the page is not an article. */
  content: string | null;
  textContent: string;
}

/**
 * Runs Readability on a clone of the document, so the live page is never touched. Pages
 * that are not articles still get metadata: the page title and address.
 */
export function detectArticle(doc: Document, pageUrl: string): DetectedArticle {
  const canonicalUrl = canonicalUrlOf(doc, pageUrl);
  const base: ArticleMetadata = {
    url: pageUrl,
    canonicalUrl,
    title: clean(doc.title),
    byline: '',
    siteName: '',
    publishedTime: '',
    language: clean(doc.documentElement?.getAttribute('lang')),
    excerpt: '',
    isArticle: false,
  };
  const readerable = isProbablyReaderable(doc);
  const parsed = new Readability(doc.cloneNode(true) as Document).parse();
  if (!parsed) return { metadata: base, content: null, textContent: '' };
  return {
    metadata: {
      ...base,
      title: clean(parsed.title) || base.title,
      byline: clean(parsed.byline),
      siteName: clean(parsed.siteName),
      publishedTime: clean(parsed.publishedTime),
      language: clean(parsed.lang) || base.language,
      excerpt: clean(parsed.excerpt),
      isArticle: readerable,
    },
    content: readerable ? (parsed.content ?? null) : null,
    textContent: readerable ? (parsed.textContent ?? '') : '',
  };
}
