import { vi } from 'vitest';

/**
 * Parses a page as the browser would hand it to a content script. happy-dom reports each
 * frame, script and style it is not allowed to load on the console; fixture pages name
 * many, so those reports are silenced while parsing.
 */
export function parseHtml(html: string): Document {
  const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    return new DOMParser().parseFromString(html, 'text/html');
  } finally {
    error.mockRestore();
  }
}
