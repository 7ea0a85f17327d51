import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { VirtualList } from '../../../components/library/VirtualList';

let container: HTMLElement;

afterEach(async () => {
  await act(() => render(null, container));
  container.remove();
});

async function show(count: number): Promise<HTMLElement> {
  container = document.createElement('div');
  document.body.append(container);
  const items = Array.from({ length: count }, (_, i) => `item ${i}`);
  await act(() =>
    render(
      <VirtualList
        label="Things"
        items={items}
        itemKey={(item) => item}
        currentKey="item 2"
        renderItem={(item) => (
          <button type="button" class="row-main">
            {item}
          </button>
        )}
      />,
      container,
    ),
  );
  return container;
}

async function press(target: Element, key: string): Promise<void> {
  await act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

function drawn(): string[] {
  return [...container.querySelectorAll('.vlist-row')].map((row) => row.textContent ?? '');
}

describe('VirtualList', () => {
  it('draws only the rows near the view, each telling its place in the whole list', async () => {
    await show(100_000);
    const rows = container.querySelectorAll<HTMLElement>('.vlist-row');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    expect(container.querySelector('ul')!.getAttribute('aria-label')).toBe('Things');
    expect(rows[0]!.getAttribute('aria-setsize')).toBe('100000');
    expect(rows[0]!.getAttribute('aria-posinset')).toBe('1');
    expect(container.querySelector('[aria-current="true"]')?.textContent).toBe('item 2');
  });

  it('moves the focus with the arrow keys, Home and End, drawing rows not yet drawn', async () => {
    await show(1000);
    const first = container.querySelector<HTMLElement>('.row-main')!;
    first.focus();
    await press(first, 'ArrowDown');
    expect(document.activeElement?.textContent).toBe('item 1');
    await press(document.activeElement!, 'End');
    expect(drawn()).toContain('item 999');
    expect(document.activeElement?.textContent).toBe('item 999');
    await press(document.activeElement!, 'Home');
    expect(document.activeElement?.textContent).toBe('item 0');
  });
});
