import type { AnnotationKind } from '../model';

/** Highlight names registered with the CSS Custom Highlight API, one per kind. */
const HIGHLIGHT_NAMES: Record<AnnotationKind | 'flash', string> = {
  highlight: 'marginalia-highlight',
  claim: 'marginalia-claim',
  'party-mention': 'marginalia-party',
  flash: 'marginalia-flash',
};

// Translucent fills keep the page's own text colour readable on light and dark pages;
// the underline keeps the mark visible where a dark page makes the fill faint.
const PAINT_STYLES: Record<AnnotationKind | 'flash', string> = {
  highlight: 'background-color: rgba(120, 220, 120, 0.38); text-decoration: underline 2px rgba(40, 160, 40, 0.9);',
  claim: 'background-color: rgba(255, 196, 0, 0.42); text-decoration: underline 2px rgba(230, 140, 0, 0.95);',
  'party-mention':
    'background-color: rgba(110, 170, 255, 0.38); text-decoration: underline 2px rgba(40, 110, 230, 0.95);',
  flash: 'background-color: rgba(255, 80, 160, 0.55);',
};

const FALLBACK_TAG = 'marginalia-mark';

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

function highlightApi(): { registry: HighlightRegistry; Highlight: new (...ranges: Range[]) => unknown } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  return css?.highlights && Highlight ? { registry: css.highlights, Highlight } : null;
}

export interface PaintedRange {
  id: string;
  kind: AnnotationKind;
  range: Range;
}

/**
 * Paints annotation ranges. With the CSS Custom Highlight API (Chromium, Firefox 140+)
 * the page's DOM is left alone, so page scripts and layouts are undisturbed; without
 * it, text is wrapped in marks, which is the only other way to colour text.
 */
export class Painter {
  private readonly api = highlightApi();
  private style: HTMLStyleElement | null = null;
  private fallbackMarks: HTMLElement[] = [];

  constructor(private readonly doc: Document) {}

  /** Whether painting changes the page's DOM (the fallback does). */
  get wrapsText(): boolean {
    return this.api === null;
  }

  paint(ranges: PaintedRange[]): void {
    this.ensureStyle();
    if (this.api) {
      const { registry, Highlight } = this.api;
      for (const kind of Object.keys(PAINT_STYLES) as (AnnotationKind | 'flash')[]) {
        if (kind === 'flash') continue;
        const own = ranges.filter((r) => r.kind === kind).map((r) => r.range);
        registry.set(HIGHLIGHT_NAMES[kind], new Highlight(...own));
      }
      return;
    }
    this.unwrapFallback();
    // Last range first: wrapping splits text nodes, which must not move ranges not yet wrapped.
    const ordered = [...ranges].sort((a, b) => b.range.compareBoundaryPoints(Range.START_TO_START, a.range));
    for (const { kind, range } of ordered) this.wrapFallback(range, kind);
  }

  /** Marks one range for a moment, to show the reader where an annotation is. */
  flash(range: Range, durationMs = 1600): void {
    this.ensureStyle();
    if (!this.api) return;
    const { registry, Highlight } = this.api;
    registry.set(HIGHLIGHT_NAMES.flash, new Highlight(range));
    setTimeout(() => registry.delete(HIGHLIGHT_NAMES.flash), durationMs);
  }

  clear(): void {
    if (this.api) for (const name of Object.values(HIGHLIGHT_NAMES)) this.api.registry.delete(name);
    this.unwrapFallback();
  }

  /** Whether a node is one of the fallback's own marks (the mutation watcher skips them). */
  static isOwnMark(node: Node): boolean {
    return node.nodeType === 1 && (node as Element).localName === FALLBACK_TAG;
  }

  private ensureStyle(): void {
    if (this.style?.isConnected) return;
    const style = this.doc.createElement('style');
    style.setAttribute('data-marginalia', '');
    style.textContent = (Object.keys(PAINT_STYLES) as (AnnotationKind | 'flash')[])
      .map((kind) =>
        this.api
          ? `::highlight(${HIGHLIGHT_NAMES[kind]}) { ${PAINT_STYLES[kind]} }`
          : `${FALLBACK_TAG}[data-kind="${kind}"] { all: unset; ${PAINT_STYLES[kind]} }`,
      )
      .join('\n');
    (this.doc.head ?? this.doc.documentElement).append(style);
    this.style = style;
  }

  private wrapFallback(range: Range, kind: AnnotationKind): void {
    const pieces: { node: Text; start: number; end: number }[] = [];
    const root = range.commonAncestorContainer;
    const walker = this.doc.createTreeWalker(root.nodeType === 3 ? root.parentNode! : root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (!range.intersectsNode(node)) continue;
      const start = node === range.startContainer ? range.startOffset : 0;
      const end = node === range.endContainer ? range.endOffset : node.data.length;
      if (end > start) pieces.push({ node, start, end });
    }
    for (const { node, start, end } of pieces) {
      const middle = node.splitText(start);
      middle.splitText(end - start);
      const mark = this.doc.createElement(FALLBACK_TAG);
      mark.setAttribute('data-kind', kind);
      middle.replaceWith(mark);
      mark.append(middle);
      this.fallbackMarks.push(mark);
    }
  }

  private unwrapFallback(): void {
    for (const mark of this.fallbackMarks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      mark.replaceWith(...mark.childNodes);
      parent.normalize();
    }
    this.fallbackMarks = [];
  }
}
