import type { SortDirection } from '../../core/search/sort';

export interface SortControlProps<K extends string> {
  id: string;
  /** Keys and their names, in the order offered. */
  options: Record<K, string>;
  value: K;
  direction: SortDirection;
  onChange: (key: K, direction: SortDirection) => void;
}

/** A list's order: what it is sorted by, and which way. */
export function SortControl<K extends string>({ id, options, value, direction, onChange }: SortControlProps<K>) {
  return (
    <div class="sort-control">
      <label for={id}>Sort by</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as K, direction)}>
        {(Object.entries(options) as [K, string][]).map(([key, name]) => (
          <option key={key} value={key}>
            {name}
          </option>
        ))}
      </select>
      <button
        type="button"
        aria-label={
          direction === 'ascending' ? 'Ascending order; switch to descending' : 'Descending order; switch to ascending'
        }
        onClick={() => onChange(value, direction === 'ascending' ? 'descending' : 'ascending')}
      >
        {direction === 'ascending' ? '↑' : '↓'}
      </button>
    </div>
  );
}
