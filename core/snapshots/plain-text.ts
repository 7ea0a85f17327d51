import { BLOCKS } from '../anchoring/text-index';

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
    // The same blocks that separate words in page text end a line here.
    const block = BLOCKS.has(name);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines.join('\n');
}
