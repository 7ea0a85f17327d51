import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  /** The list's accessible name. */
  label: string;
  items: readonly T[];
  itemKey: (item: T) => string;
  renderItem: (item: T, index: number) => ComponentChildren;
  /** Which item is chosen (aria-current), if any. */
  currentKey?: string | null;
  /** Row height before one is measured, in CSS pixels; rows are all one height (set in CSS, in rem). */
  estimatedRowHeight?: number;
}

/** Rows drawn beyond the visible ones, above and below, so fast scrolling shows no gaps. */
const OVERSCAN = 6;

/**
 * A list that draws only the rows in view, so 100,000 items scroll like 20. Rows share one
 * height, measured from a drawn row (it follows the reader's zoom and font size). Arrow
 * keys, Page Up/Down, Home and End move the focus from row to row, drawing and scrolling
 * as needed; each row tells assistive technology its place in the whole list.
 */
export function VirtualList<T>({
  label,
  items,
  itemKey,
  renderItem,
  currentKey,
  estimatedRowHeight = 64,
}: VirtualListProps<T>) {
  const viewport = useRef<HTMLDivElement>(null);
  const [rowHeight, setRowHeight] = useState(estimatedRowHeight);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(600);
  const focusAfterRender = useRef<number | null>(null);

  useEffect(() => {
    const element = viewport.current;
    if (!element) return;
    const observer = new ResizeObserver(() => {
      setViewHeight(element.clientHeight);
      const row = element.querySelector<HTMLElement>('.vlist-row');
      if (row && row.offsetHeight > 0) setRowHeight(row.offsetHeight);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const row = viewport.current?.querySelector<HTMLElement>('.vlist-row');
    if (row && row.offsetHeight > 0 && row.offsetHeight !== rowHeight) setRowHeight(row.offsetHeight);
    const wanted = focusAfterRender.current;
    if (wanted === null) return;
    const target = viewport.current?.querySelector<HTMLElement>(`[data-index="${wanted}"] .row-main`);
    if (target) {
      focusAfterRender.current = null;
      target.focus({ preventScroll: true });
    }
  });

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scrollTop + viewHeight) / rowHeight) + OVERSCAN);

  const moveFocus = (from: number, to: number) => {
    const element = viewport.current;
    if (!element || items.length === 0) return;
    const index = Math.max(0, Math.min(items.length - 1, to));
    if (index === from) return;
    const top = index * rowHeight;
    if (top < element.scrollTop) element.scrollTop = top;
    else if (top + rowHeight > element.scrollTop + element.clientHeight) {
      element.scrollTop = top + rowHeight - element.clientHeight;
    }
    const drawn = element.querySelector<HTMLElement>(`[data-index="${index}"] .row-main`);
    if (drawn) {
      drawn.focus({ preventScroll: true });
      setScrollTop(element.scrollTop);
      return;
    }
    // Not drawn yet: focus it once the scroll has drawn it.
    focusAfterRender.current = index;
    setScrollTop(element.scrollTop);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row || (event.target as HTMLElement).matches('input, select, textarea')) return;
    const index = Number(row.dataset.index);
    const page = Math.max(1, Math.floor(viewHeight / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      PageDown: index + page,
      PageUp: index - page,
      Home: 0,
      End: items.length - 1,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    moveFocus(index, moves[event.key]!);
  };

  return (
    <div ref={viewport} class="vlist" onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)} onKeyDown={onKeyDown}>
      <ul class="vlist-items" aria-label={label} style={{ height: `${items.length * rowHeight}px` }}>
        {items.slice(first, last).map((item, offset) => {
          const index = first + offset;
          const key = itemKey(item);
          return (
            <li
              key={key}
              class="vlist-row"
              data-index={index}
              aria-setsize={items.length}
              aria-posinset={index + 1}
              aria-current={key === currentKey || undefined}
              style={{ top: `${index * rowHeight}px` }}
            >
              {renderItem(item, index)}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
