import { isUiHost } from './ui-host';

function elementOf(node: Node | null): Element | null {
  if (!node) return null;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** Whether a node sits in something the reader types into, where the toolbar must not appear. */
export function isInEditable(node: Node | null): boolean {
  const element = elementOf(node);
  if (!element) return false;
  if (element.ownerDocument?.designMode === 'on') return true;
  if ((element as HTMLElement).isContentEditable) return true;
  return element.closest('input, textarea, select, [contenteditable]:not([contenteditable="false" i])') !== null;
}

/**
 * The page text the reader has selected, or null when there is nothing to annotate: no
 * selection, only white space, inside a form field, or inside Marginalia's own UI.
 */
export function selectedRange(doc: Document): Range | null {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.toString().trim()) return null;
  for (const node of [range.startContainer, range.endContainer]) {
    if (isInEditable(node) || elementOf(node)?.closest('marginalia-ui, marginalia-toolbar')) return null;
  }
  if (isUiHost(elementOf(range.commonAncestorContainer))) return null;
  return range.cloneRange();
}

/** The rectangle a panel about a range should sit next to: the range's last line. */
export function anchorRectOf(range: Range): { left: number; top: number; bottom: number } {
  const rects = range.getClientRects();
  const last = rects.length ? rects[rects.length - 1]! : range.getBoundingClientRect();
  return { left: last.left, top: last.top, bottom: last.bottom };
}
