/**
 * The normalised text of a page and the way back from it to the DOM.
 *
 * Selectors store offsets into this text, so the rules below are part of the stored data
 * format: changing them moves every saved TextPositionSelector (the anchoring baselines in
 * test/fixtures/anchoring-baselines catch that).
 *
 * 1. Text nodes are read in document order. Nothing inside script, style, noscript, template,
 *    head, title, iframe, canvas, video, audio, textarea or select counts (never shown as page
 *    text), nor anything inside an element the caller excludes (our own UI, say).
 * 2. Every run of whitespace (space, tab, newline, NBSP, narrow NBSP, the U+2000 spaces,
 *    ideographic space, line and paragraph separators) becomes one U+0020, also across
 *    element boundaries. Leading and trailing whitespace is dropped. So re-indenting the
 *    markup, or an editor swapping a space for an NBSP, moves nothing.
 * 3. Soft hyphens, zero-width spaces, word joiners and byte-order marks are dropped: they are
 *    invisible, and CMSs add and remove them freely.
 * 4. A block boundary (entering or leaving p, div, li, h1, td, blockquote... and every br or
 *    hr) separates words with one space if there is not already whitespace there, so
 *    `<p>a</p><p>b</p>` reads "a b" while `<b>wo</b>rd` stays "word". Blocks are known by tag
 *    name, not computed style: layout-dependent text would change with the window size, and
 *    reading styles would make indexing slow.
 * 5. A letter followed by combining marks is composed to NFC when it has a composed form, so
 *    a page that switches between NFC and NFD keeps its offsets. Such a composed character
 *    maps back to the whole decomposed sequence in the DOM.
 *
 * Offsets count UTF-16 code units, like JavaScript strings and DOM ranges.
 */

/** Elements whose text is never rendered as part of the page. */
const UNRENDERED = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'iframe',
  'canvas',
  'video',
  'audio',
  'textarea',
  'select',
]);

/** Elements that start a new line of text, so their edges separate words. */
export const BLOCKS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const DOCUMENT_NODE = 9;
const SPACE = 0x20;

export interface TextIndexOptions {
  /** Leave out this element and everything inside it (e.g. the extension's own UI). */
  exclude?: (el: Element) => boolean;
}

/**
 * A page's normalised text with, for every code unit of it, the DOM text that produced it.
 * Built once per page (and again after the DOM changes); all lookups then are array reads
 * or binary searches.
 */
export interface TextIndex {
  readonly root: Node;
  readonly document: Document;
  /** The normalised text (see the rules at the top of this module). */
  readonly text: string;
  /** The text nodes read, in document order, including ones that added nothing. */
  readonly nodes: readonly Text[];
  /**
   * Where each node's contribution starts in `text` (charNode is non-decreasing, so node k
   * owns nodeStarts[k] up to nodeStarts[k + 1]); one extra entry holds text.length.
   */
  readonly nodeStarts: Int32Array;
  /** For code unit i of `text`: index into `nodes` of the node it came from. */
  readonly charNode: Int32Array;
  /**
   * For code unit i: the DOM offsets [charStart[i], charEnd[i]) it stands for in its node.
   * A collapsed whitespace run covers the whole run; a space inserted at a block boundary
   * covers nothing (start === end, at the next character's start).
   */
  readonly charStart: Int32Array;
  readonly charEnd: Int32Array;
  /** Position of each text node in `nodes`. */
  readonly nodeNumbers: ReadonlyMap<Node, number>;
}

function isSpaceCode(c: number): boolean {
  return (
    c === SPACE ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

function isInvisibleCode(c: number): boolean {
  return c === 0xad || c === 0x200b || c === 0x2060 || c === 0xfeff;
}

/** A letter followed by combining marks: the only sequences NFC composition changes here. */
const COMPOSABLE = /[^\p{M}\s][\p{M}]+/gu;

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

function isBlock(node: Node): boolean {
  return isElement(node) && BLOCKS.has(node.localName);
}

/** Text nodes under `root` in document order, each flagged when a block boundary precedes it. */
function collectTextNodes(
  root: Node,
  exclude: ((el: Element) => boolean) | undefined,
): { nodes: Text[]; breakBefore: boolean[] } {
  const nodes: Text[] = [];
  const breakBefore: boolean[] = [];
  if (root.nodeType === TEXT_NODE) return { nodes: [root as Text], breakBefore: [false] };
  let pendingBreak = false;
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === TEXT_NODE) {
      nodes.push(node as Text);
      breakBefore.push(pendingBreak);
      pendingBreak = false;
    } else if (isElement(node)) {
      const skipped = UNRENDERED.has(node.localName) || (exclude !== undefined && exclude(node));
      if (!skipped) {
        if (BLOCKS.has(node.localName)) pendingBreak = true;
        descend = node.firstChild !== null;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root && isBlock(node)) pendingBreak = true;
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  return { nodes, breakBefore };
}

function documentOf(root: Node): Document {
  if (root.nodeType === DOCUMENT_NODE) return root as Document;
  if (!root.ownerDocument) throw new Error('buildTextIndex: the root node has no document');
  return root.ownerDocument;
}

/** Reads the text under `root` into a TextIndex; see the module comment for the rules. */
export function buildTextIndex(root: Node, options: TextIndexOptions = {}): TextIndex {
  const { nodes, breakBefore } = collectTextNodes(root, options.exclude);
  let capacity = nodes.length;
  for (const node of nodes) capacity += node.data.length;

  const units = new Uint16Array(capacity);
  const charNode = new Int32Array(capacity);
  const charStart = new Int32Array(capacity);
  const charEnd = new Int32Array(capacity);
  const nodeStarts = new Int32Array(nodes.length + 1);
  let out = 0;

  // A space is only written once the next visible character shows it is not trailing.
  // 0 = none pending, 1 = block boundary (no DOM text), 2 = real whitespace in the DOM.
  let pending = 0;
  let pendingNode = 0;
  let pendingStart = 0;
  let pendingEnd = 0;

  const emit = (code: number, nodeNo: number, start: number, end: number): void => {
    if (pending !== 0) {
      units[out] = SPACE;
      if (pending === 2) {
        charNode[out] = pendingNode;
        charStart[out] = pendingStart;
        charEnd[out] = pendingEnd;
      } else {
        charNode[out] = nodeNo;
        charStart[out] = start;
        charEnd[out] = start;
      }
      out += 1;
      pending = 0;
    }
    units[out] = code;
    charNode[out] = nodeNo;
    charStart[out] = start;
    charEnd[out] = end;
    out += 1;
  };

  const readUnit = (data: string, i: number, nodeNo: number): void => {
    const c = data.charCodeAt(i);
    if (isInvisibleCode(c)) return;
    if (isSpaceCode(c)) {
      if (out === 0) return;
      if (pending === 2 && pendingNode === nodeNo && pendingEnd === i) {
        pendingEnd = i + 1;
      } else if (pending !== 2) {
        pending = 2;
        pendingNode = nodeNo;
        pendingStart = i;
        pendingEnd = i + 1;
      }
      return;
    }
    emit(c, nodeNo, i, i + 1);
  };

  for (let k = 0; k < nodes.length; k += 1) {
    if (breakBefore[k] && out > 0 && pending === 0) pending = 1;
    const data = (nodes[k] as Text).data;
    let i = 0;
    if (data.normalize('NFC') !== data) {
      for (const m of data.matchAll(COMPOSABLE)) {
        const composed = m[0].normalize('NFC');
        if (composed === m[0]) continue;
        for (; i < m.index; i += 1) readUnit(data, i, k);
        const end = m.index + m[0].length;
        for (let j = 0; j < composed.length; j += 1) emit(composed.charCodeAt(j), k, m.index, end);
        i = end;
      }
    }
    for (; i < data.length; i += 1) readUnit(data, i, k);
  }
  // Filled afterwards because a collapsed whitespace run is written only when the next
  // visible character arrives, possibly while reading a later node.
  let k = 0;
  for (let i = 0; i < out; i += 1) {
    const owner = charNode[i] as number;
    while (k <= owner) nodeStarts[k++] = i;
  }
  while (k <= nodes.length) nodeStarts[k++] = out;

  // fromCharCode.apply takes the typed array as is (spreading it would go through an
  // iterator, several times slower); chunks keep below engines' argument count limits.
  const pieces: string[] = [];
  const CHUNK = 8192;
  for (let at = 0; at < out; at += CHUNK) {
    const chunk = units.subarray(at, Math.min(out, at + CHUNK));
    pieces.push(String.fromCharCode.apply(null, chunk as unknown as number[]));
  }
  const nodeNumbers = new Map<Node, number>();
  nodes.forEach((node, k) => nodeNumbers.set(node, k));

  return {
    root,
    document: documentOf(root),
    text: pieces.join(''),
    nodes,
    nodeStarts,
    charNode: charNode.slice(0, out),
    charStart: charStart.slice(0, out),
    charEnd: charEnd.slice(0, out),
    nodeNumbers,
  };
}

/** A DOM boundary point as (index of the first text node at or after it, offset in that node). */
function locate(index: TextIndex, container: Node, offset: number): [number, number] | null {
  const own = index.nodeNumbers.get(container);
  if (own !== undefined) return [own, offset];
  if (container.getRootNode() !== index.root.getRootNode()) return null;
  const probe = index.document.createRange();
  try {
    probe.setStart(container, offset);
  } catch {
    return null;
  }
  // Text nodes never contain a boundary that is not in them, so each is wholly before or after.
  let lo = 0;
  let hi = index.nodes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    let before: boolean;
    try {
      before = probe.comparePoint(index.nodes[mid] as Text, 0) < 0;
    } catch {
      return null;
    }
    if (before) lo = mid + 1;
    else hi = mid;
  }
  return [lo, 0];
}

/** The first code unit whose DOM text lies at or after the point (inside it counts). */
function startOffsetAt(index: TextIndex, nodeNo: number, offset: number): number {
  let lo = index.nodeStarts[nodeNo] ?? index.text.length;
  let hi = index.nodeStarts[nodeNo + 1] ?? index.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((index.charEnd[mid] as number) > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** One past the last code unit whose DOM text lies before the point (inside it counts). */
function endOffsetAt(index: TextIndex, nodeNo: number, offset: number): number {
  let lo = index.nodeStarts[nodeNo] ?? index.text.length;
  let hi = index.nodeStarts[nodeNo + 1] ?? index.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((index.charStart[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The part of the normalised text a DOM range covers. A boundary inside a collapsed
 * whitespace run or a composed character takes the whole of it. Null when the range is in
 * another document or tree. The result may split a surrogate pair if the range does; use
 * describeRange for selections.
 */
export function rangeToOffsets(index: TextIndex, range: AbstractRange): { start: number; end: number } | null {
  const from = locate(index, range.startContainer, range.startOffset);
  const to = locate(index, range.endContainer, range.endOffset);
  if (!from || !to) return null;
  const end = endOffsetAt(index, to[0], to[1]);
  const start = Math.min(startOffsetAt(index, from[0], from[1]), end);
  return { start, end };
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(Math.trunc(value), max));
}

function setBoundaryAt(index: TextIndex, range: Range, offset: number, asEnd: boolean): void {
  const { text, nodes, charNode, charStart, charEnd } = index;
  const set = (node: Node, at: number): void => {
    if (asEnd) range.setEnd(node, at);
    else range.setStart(node, at);
  };
  if (asEnd && offset > 0) {
    set(nodes[charNode[offset - 1] as number] as Text, charEnd[offset - 1] as number);
  } else if (offset < text.length) {
    set(nodes[charNode[offset] as number] as Text, charStart[offset] as number);
  } else if (text.length > 0) {
    set(nodes[charNode[text.length - 1] as number] as Text, charEnd[text.length - 1] as number);
  } else {
    set(index.root, 0);
  }
}

/** A live DOM Range over [start, end) of the normalised text (clamped to the text). */
export function offsetsToRange(index: TextIndex, start: number, end: number): Range {
  const s = clamp(start, index.text.length);
  const e = Math.max(s, clamp(end, index.text.length));
  const range = index.document.createRange();
  setBoundaryAt(index, range, s, false);
  if (e === s) range.collapse(true);
  else setBoundaryAt(index, range, e, true);
  return range;
}

/** One text node's share of a span of normalised text, in that node's DOM offsets. */
export interface TextSegment {
  node: Text;
  start: number;
  end: number;
}

/**
 * The text nodes [start, end) covers, each with the DOM offsets of the covered part: for
 * painting by other means than Range objects (wrapping, measuring). Nodes that add nothing
 * to the normalised text inside the span (whitespace between blocks) are left out.
 */
export function textSegments(index: TextIndex, start: number, end: number): TextSegment[] {
  const s = clamp(start, index.text.length);
  const e = clamp(end, index.text.length);
  const segments: TextSegment[] = [];
  if (e <= s) return segments;
  const first = index.charNode[s] as number;
  const last = index.charNode[e - 1] as number;
  for (let k = first; k <= last; k += 1) {
    const node = index.nodes[k] as Text;
    const from = k === first ? (index.charStart[s] as number) : 0;
    const to = k === last ? (index.charEnd[e - 1] as number) : node.data.length;
    const contributes = (index.nodeStarts[k + 1] as number) > (index.nodeStarts[k] as number);
    if (to > from && contributes) segments.push({ node, start: from, end: to });
  }
  return segments;
}
