import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SORTS, useLibraryView, type LibraryView } from '../../../components/hooks/use-library-view';
import type { LibraryState } from '../../../components/library/library-store';
import { EMPTY_FILTER, type LibraryFilter } from '../../../core/search/filters';
import { LibrarySearch } from '../../../core/search/library-search';
import { annotation } from '../support/records';

let container: HTMLElement | undefined;

afterEach(async () => {
  if (!container) return;
  await act(() => render(null, container!));
  container.remove();
  container = undefined;
});

/** Renders the hook and hands back every view it made, in order. */
async function views(
  steps: { state: LibraryState; filter: LibraryFilter; before?: () => void }[],
): Promise<LibraryView[]> {
  const made: LibraryView[] = [];
  function Probe({ state, filter }: { state: LibraryState; filter: LibraryFilter }) {
    made.push(useLibraryView(state, filter, DEFAULT_SORTS));
    return null;
  }
  container = document.createElement('div');
  document.body.append(container);
  for (const { state, filter, before } of steps) {
    before?.();
    await act(() => render(<Probe state={state} filter={filter} />, container!));
  }
  return made;
}

function libraryOf(count: number, indexed: number): LibraryState {
  const annotations = Array.from({ length: count }, (_, n) =>
    annotation({
      id: `a-${n}`,
      note: `ceasefire note ${n}`,
      created: new Date(Date.UTC(2024, 0, 1, 0, n)).toISOString(),
    }),
  );
  const search = new LibrarySearch();
  for (const a of annotations.slice(0, indexed)) search.setAnnotation(a);
  return {
    ready: true,
    progress: { done: count, total: count },
    indexed: { done: indexed, total: count },
    version: 1,
    searchVersion: 0,
    articles: new Map(),
    annotations: new Map(annotations.map((a) => [a.id, a])),
    parties: new Map(),
    collections: [],
    verdicts: ['Unrated'],
    search,
  };
}

describe('useLibraryView', () => {
  it('keeps its lists for an equal filter handed as a new object, as the page does on every keystroke', async () => {
    const state = libraryOf(50, 50);
    const [first, second, third] = await views([
      { state, filter: { ...EMPTY_FILTER, kind: 'highlight' } },
      { state, filter: { ...EMPTY_FILTER, kind: 'highlight' } },
      { state, filter: { ...EMPTY_FILTER, kind: 'claim' } },
    ]);
    expect(first!.annotations).toHaveLength(50);
    expect(second!.annotations).toBe(first!.annotations);
    expect(third!.annotations).toEqual([]);
  });

  it('searches again as the index grows after the first load, with no new version', async () => {
    const state = libraryOf(40, 10);
    const filter = { ...EMPTY_FILTER, text: 'ceasefire' };
    const rest = [...state.annotations.values()].slice(10);
    const [partial, complete] = await views([
      { state, filter },
      {
        state: { ...state, indexed: { done: 40, total: 40 }, searchVersion: 1 },
        filter,
        before: () => rest.forEach((a) => state.search.setAnnotation(a)),
      },
    ]);
    expect(partial!.hits?.annotations).toHaveLength(10);
    expect(complete!.hits?.annotations).toHaveLength(40);
    expect(complete!.annotations).toHaveLength(40);
  });
});
