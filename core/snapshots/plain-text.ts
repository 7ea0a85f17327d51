const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/**
 * An article's text with one paragraph a line: white space inside a block folded to one
 * space, a line break between blocks. Diffs and "the paragraph a quote came from" read it.
 */
export function articlePlainText(root: Node): string {
  const lines: string[] = [];
  let line = '';
  const flush = () => {
    const folded = line.replace(/\s+/g, ' ').trim();
    if (folded) lines.push(folded);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      line += (node as Text).data;
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeType === 1 ? (node as Element).localName : '';
    if (name === 'script' || name === 'style' || name === 'template' || name === 'noscript') return;
    const block = BLOCKS.has(name);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join('\n');
}
