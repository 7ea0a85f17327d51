import { browser } from 'wxt/browser';

/** The reader view of an article's snapshot; with `compare`, the changes from that version to `version`. */
export function readerUrl(articleId: string, options: { version?: string; compare?: string } = {}): string {
  const params = new URLSearchParams({ article: articleId });
  if (options.version) params.set('version', options.version);
  if (options.compare) params.set('compare', options.compare);
  return browser.runtime.getURL(`/reader.html?${params}`);
}
