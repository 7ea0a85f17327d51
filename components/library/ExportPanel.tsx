import { useMemo, useState } from 'preact/hooks';
import type { LibraryView } from '../hooks/use-library-view';
import { ExportControls } from './ExportControls';
import type { ExportScope } from './export-scope';
import { plural } from './format';
import type { LibraryState } from './library-store';

export interface ExportPanelProps {
  state: LibraryState;
  view: LibraryView;
  filterActive: boolean;
  /** Words for the current filter, for the file name ("tag syria"). */
  filterLabel: string;
}

/** Exports the whole library, what the current filter shows, or a collection, in any format. */
export function ExportPanel({ state, view, filterActive, filterLabel }: ExportPanelProps) {
  const [choice, setChoice] = useState('library');
  const scope = useMemo<ExportScope>(() => {
    if (choice === 'filter') {
      return {
        kind: 'selection',
        articleIds: view.articles.map((a) => a.id),
        annotationIds: view.annotations.map((a) => a.id),
        label: filterLabel,
      };
    }
    const collection = state.collections.find((c) => `collection:${c.id}` === choice);
    if (collection) return { kind: 'articles', articleIds: collection.articleIds, label: collection.name };
    return { kind: 'library' };
  }, [choice, view, state.collections, filterLabel]);
  return (
    <section class="data-section" aria-labelledby="export-heading">
      <h2 id="export-heading">Export</h2>
      <label for="export-scope">What to export</label>
      <select id="export-scope" value={choice} onChange={(e) => setChoice(e.currentTarget.value)}>
        <option value="library">
          Whole library ({plural(state.annotations.size, 'annotation')} in {plural(state.articles.size, 'article')})
        </option>
        <option value="filter" disabled={!filterActive}>
          Current search and filters ({plural(view.annotations.length, 'annotation')} in{' '}
          {plural(view.articles.length, 'article')})
        </option>
        {state.collections.map((c) => (
          <option key={c.id} value={`collection:${c.id}`}>
            Collection “{c.name}” ({plural(c.articleIds.length, 'article')})
          </option>
        ))}
      </select>
      <p class="muted">
        A backup keeps everything and can be imported again; the other formats are for other tools. One article can be
        exported from its page in the Articles tab.
      </p>
      <ExportControls scope={scope} idPrefix="library-export" what="" />
    </section>
  );
}
