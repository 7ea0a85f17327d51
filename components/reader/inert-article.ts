import { sanitizeArticleHtml } from '../../core/snapshots/sanitize';

/** Where a held-back image's address waits until the reader asks for images. */
export const HELD_SRC = 'data-marginalia-src';

/**
 * A snapshot's article as nodes for this page: sanitised once more (what is stored came
 * from a page), parsed where nothing loads or runs, remote images held back (loading them
 * would tell the outlet the story was opened), and links opened apart from this page.
 */
export function inertArticle(html: string, doc: Document): DocumentFragment {
  const parsed = new DOMParser().parseFromString(sanitizeArticleHtml(html, doc.defaultView!), 'text/html');
  for (const img of parsed.querySelectorAll('img')) {
    const src = img.getAttribute('src');
    img.removeAttribute('src');
    if (src && !src.startsWith('data:')) img.setAttribute(HELD_SRC, src);
    else if (src) img.setAttribute('src', src);
    img.setAttribute('alt', img.getAttribute('alt') ?? '');
  }
  for (const a of parsed.querySelectorAll('a[href]')) {
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  }
  const fragment = doc.createDocumentFragment();
  for (const node of [...parsed.body.childNodes]) fragment.append(doc.importNode(node, true));
  return fragment;
}

/** Lets the held-back images load, once the reader asked. Returns how many there were. */
export function releaseImages(root: ParentNode): number {
  const held = [...root.querySelectorAll(`img[${HELD_SRC}]`)];
  for (const img of held) {
    img.setAttribute('src', img.getAttribute(HELD_SRC)!);
    img.removeAttribute(HELD_SRC);
  }
  return held.length;
}
