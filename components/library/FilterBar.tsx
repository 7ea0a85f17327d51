import { useMemo } from 'preact/hooks';
import { ANNOTATION_KINDS, type AnnotationKind } from '../../core/model';
import {
  EMPTY_FILTER,
  isFilterEmpty,
  type FoundState,
  type LibraryFilter,
  type PartyRole,
} from '../../core/search/filters';
import { foldText } from '../../core/search/fold';
import { hostOf } from '../../core/search/library-search';
import { KIND_NAMES, siteName } from './format';
import type { LibraryState } from './library-store';

export interface FilterBarProps {
  state: LibraryState;
  filter: LibraryFilter;
  /** Every tag, in the order offered. */
  tags: readonly string[];
  onChange: (filter: LibraryFilter) => void;
}

/** The criteria that narrow the library's lists; every one set must hold. */
export function FilterBar({ state, filter, tags, onChange }: FilterBarProps) {
  const set = (change: Partial<LibraryFilter>) => onChange({ ...filter, ...change });
  const active = countSet(filter);
  const sites = useMemo(() => {
    const byHost = new Map<string, string>();
    for (const a of state.articles.values()) byHost.set(hostOf(a.url), siteName(a));
    return [...byHost].sort((a, b) => (foldText(a[1]) < foldText(b[1]) ? -1 : 1));
  }, [state.version]);
  const parties = useMemo(
    () => [...state.parties.values()].sort((a, b) => (foldText(a.name) < foldText(b.name) ? -1 : 1)),
    [state.version],
  );
  return (
    <details class="filters" open>
      <summary>Filters{active > 0 && ` (${active} set)`}</summary>
      <fieldset class="filter-bar">
        <legend class="visually-hidden">Filters</legend>
        <div class="filter">
          <label for="filter-kind">Kind</label>
          <select
            id="filter-kind"
            value={filter.kind}
            onChange={(e) => set({ kind: e.currentTarget.value as AnnotationKind | '' })}
          >
            <option value="">Any kind</option>
            {ANNOTATION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_NAMES[kind]}
              </option>
            ))}
          </select>
        </div>
        <div class="filter">
          <label for="filter-tag">Tag</label>
          <select id="filter-tag" value={filter.tag} onChange={(e) => set({ tag: e.currentTarget.value })}>
            <option value="">Any tag</option>
            {tags.map((tag) => (
              <option key={tag} value={tag}>
                {tag}
              </option>
            ))}
          </select>
        </div>
        <div class="filter">
          <label for="filter-party">Party</label>
          <select id="filter-party" value={filter.partyId} onChange={(e) => set({ partyId: e.currentTarget.value })}>
            <option value="">Any party</option>
            {parties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <div class="filter">
          <label for="filter-role">Party as</label>
          <select
            id="filter-role"
            value={filter.partyRole}
            disabled={!filter.partyId}
            onChange={(e) => set({ partyRole: e.currentTarget.value as PartyRole })}
          >
            <option value="any">Claimant or subject</option>
            <option value="claimant">Claimant</option>
            <option value="subject">Subject (claims about it, mentions)</option>
          </select>
        </div>
        <div class="filter">
          <label for="filter-verdict">Verdict</label>
          <select id="filter-verdict" value={filter.verdict} onChange={(e) => set({ verdict: e.currentTarget.value })}>
            <option value="">Any verdict</option>
            {state.verdicts.map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <div class="filter">
          <label for="filter-site">Site</label>
          <select id="filter-site" value={filter.site} onChange={(e) => set({ site: e.currentTarget.value })}>
            <option value="">Any site</option>
            {sites.map(([host, name]) => (
              <option key={host} value={host}>
                {name === host ? host : `${name} (${host})`}
              </option>
            ))}
          </select>
        </div>
        <div class="filter">
          <label for="filter-collection">Collection</label>
          <select
            id="filter-collection"
            value={filter.collectionId}
            onChange={(e) => set({ collectionId: e.currentTarget.value })}
          >
            <option value="">Whole library</option>
            {state.collections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div class="filter">
          <label for="filter-found">On the page</label>
          <select
            id="filter-found"
            value={filter.found}
            onChange={(e) => set({ found: e.currentTarget.value as FoundState })}
          >
            <option value="any">Found or not</option>
            <option value="found">Found</option>
            <option value="not-found">Not found</option>
          </select>
        </div>
        <div class="filter">
          <label for="filter-from">Annotated from</label>
          <input
            id="filter-from"
            type="date"
            value={filter.from}
            onChange={(e) => set({ from: e.currentTarget.value })}
          />
        </div>
        <div class="filter">
          <label for="filter-to">Annotated until</label>
          <input id="filter-to" type="date" value={filter.to} onChange={(e) => set({ to: e.currentTarget.value })} />
        </div>
        <div class="filter filter-clear">
          <button type="button" disabled={isFilterEmpty(filter)} onClick={() => onChange(EMPTY_FILTER)}>
            Clear filters
          </button>
        </div>
      </fieldset>
    </details>
  );
}

/** How many criteria other than the search text are set. */
function countSet(f: LibraryFilter): number {
  const { text: _text, partyRole: _role, ...rest } = f;
  return Object.entries(rest).filter(([key, value]) => value !== EMPTY_FILTER[key as keyof LibraryFilter]).length;
}
