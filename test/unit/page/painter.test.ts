import { afterEach, describe, expect, it, vi } from 'vitest';
import { Painter } from '../../../core/painting/painter';

function rangeOver(node: Node, start: number, end: number): Range {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  return range;
}

describe('Painter', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    document.head.replaceChildren();
    document.body.replaceChildren();
  });

  it('uses the CSS Custom Highlight API when present, leaving the DOM alone', () => {
    const registry = new Map<string, { ranges: Range[] }>();
    vi.stubGlobal('CSS', { highlights: registry });
    vi.stubGlobal(
      'Highlight',
      class {
        ranges: Range[];
        constructor(...ranges: Range[]) {
          this.ranges = ranges;
        }
      },
    );
    document.body.innerHTML = '<p id="p">Kerry said Washington would act.</p>';
    const before = document.body.innerHTML;
    const text = document.getElementById('p')!.firstChild!;
    const painter = new Painter(document);
    painter.paint([
      { id: 'a', kind: 'claim', range: rangeOver(text, 0, 5) },
      { id: 'b', kind: 'party-mention', range: rangeOver(text, 11, 21) },
    ]);
    expect(painter.wrapsText).toBe(false);
    expect(document.body.innerHTML).toBe(before);
    expect(registry.get('marginalia-claim')!.ranges.map(String)).toEqual(['Kerry']);
    expect(registry.get('marginalia-party')!.ranges.map(String)).toEqual(['Washington']);
    expect(registry.get('marginalia-highlight')!.ranges).toEqual([]);
    expect(document.querySelector('style[data-marginalia]')!.textContent).toContain('::highlight(marginalia-claim)');
    painter.clear();
    expect(registry.size).toBe(0);
  });

  it('wraps text in marks without the API, and restores the page exactly on clear', () => {
    vi.stubGlobal('CSS', undefined);
    document.body.innerHTML = '<p id="p">Kerry said <b>Washington</b> would act.</p>';
    const before = document.body.innerHTML;
    const p = document.getElementById('p')!;
    const first = p.firstChild!;
    const bold = p.querySelector('b')!.firstChild!;
    const across = document.createRange();
    across.setStart(first, 6);
    across.setEnd(bold, 4);
    const painter = new Painter(document);
    painter.paint([
      { id: 'a', kind: 'claim', range: rangeOver(first, 0, 5) },
      { id: 'b', kind: 'highlight', range: across },
    ]);
    expect(painter.wrapsText).toBe(true);
    const marks = [...document.querySelectorAll('marginalia-mark')];
    expect(marks.map((m) => [m.getAttribute('data-kind'), m.textContent])).toEqual([
      ['claim', 'Kerry'],
      ['highlight', 'said '],
      ['highlight', 'Wash'],
    ]);
    expect(p.textContent).toBe('Kerry said Washington would act.');
    painter.clear();
    expect(document.body.innerHTML).toBe(before);
    expect(Painter.isOwnMark(marks[0]!)).toBe(true);
  });
});
