/**
 * Replaces the test document's body with trusted fixture markup and returns it. The global
 * document is used, not a DOMParser one, because happy-dom ties every Range to the window's
 * document: ranges over a parsed document silently collapse there (browsers are fine).
 */
export function pageFrom(bodyHtml: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(
    `<!DOCTYPE html><html><head><title>t</title></head><body>${bodyHtml}</body></html>`,
    'text/html',
  );
  const body = document.importNode(parsed.body, true);
  document.documentElement.replaceChild(body, document.body);
  return body;
}

/** A body in a document of its own, for checks that other documents are refused. */
export function detachedPageFrom(bodyHtml: string): HTMLElement {
  return new DOMParser().parseFromString(`<!DOCTYPE html><body>${bodyHtml}</body>`, 'text/html').body;
}

/** The first text node under `root` whose text contains `needle`. */
export function textNodeWith(root: Node, needle: string): Text {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.includes(needle)) return node as Text;
  }
  throw new Error(`no text node contains ${JSON.stringify(needle)}`);
}

/** A DOM range from the start of `from` to the end of `to`, each inside one text node. */
export function rangeBetween(root: Node, from: string, to: string): Range {
  const start = textNodeWith(root, from);
  const end = textNodeWith(root, to);
  const range = document.createRange();
  range.setStart(start, start.data.indexOf(from));
  range.setEnd(end, end.data.indexOf(to) + to.length);
  return range;
}
