import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabsProps<K extends string> {
  label: string;
  tabs: { key: K; title: string }[];
  selected: K;
  onSelect: (key: K) => void;
  children: ComponentChildren;
}

/** A row of tabs over one panel, operated with arrow keys as the ARIA tabs pattern describes. */
export function Tabs<K extends string>({ label, tabs, selected, onSelect, children }: TabsProps<K>) {
  const list = useRef<HTMLDivElement>(null);
  const move = (delta: number) => {
    const index = tabs.findIndex((t) => t.key === selected);
    const next = tabs[(index + delta + tabs.length) % tabs.length]!;
    onSelect(next.key);
    list.current?.querySelector<HTMLElement>(`#tab-${next.key}`)?.focus();
  };
  return (
    <>
      <div
        ref={list}
        class="tabs"
        role="tablist"
        aria-label={label}
        onKeyDown={(event) => {
          if (event.key === 'ArrowRight') move(1);
          else if (event.key === 'ArrowLeft') move(-1);
          else return;
          event.preventDefault();
        }}
      >
        {tabs.map(({ key, title }) => (
          <button
            key={key}
            id={`tab-${key}`}
            type="button"
            role="tab"
            aria-selected={key === selected}
            aria-controls={`panel-${key}`}
            tabIndex={key === selected ? 0 : -1}
            onClick={() => onSelect(key)}
          >
            {title}
          </button>
        ))}
      </div>
      <div id={`panel-${selected}`} role="tabpanel" aria-labelledby={`tab-${selected}`}>
        {children}
      </div>
    </>
  );
}
