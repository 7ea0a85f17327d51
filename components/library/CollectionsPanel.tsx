import { useState } from 'preact/hooks';
import type { Repository } from '../../core/db/repository';
import type { Undoable } from '../view-actions';
import { CollectionCard } from './CollectionCard';
import type { LibraryState } from './library-store';

export interface CollectionsPanelProps {
  repo: Repository;
  state: LibraryState;
  onShowCollection: (collectionId: string) => void;
  onUndoable: (undoable: Undoable) => void;
}

/** The reader's named groups of articles: make one, then fill it from an article's page in the library. */
export function CollectionsPanel({ repo, state, onShowCollection, onUndoable }: CollectionsPanelProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  return (
    <div class="collections-panel">
      <form
        class="new-collection"
        onSubmit={(e) => {
          e.preventDefault();
          setError('');
          repo.createCollection(name).then(
            () => setName(''),
            (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
          );
        }}
      >
        <label for="new-collection-name">New collection</label>
        <div class="inline-fields">
          <input
            id="new-collection-name"
            type="text"
            placeholder="e.g. Essay sources"
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
          <button type="submit" disabled={!name.trim()}>
            Create
          </button>
        </div>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
      </form>
      {state.collections.length === 0 ? (
        <p class="empty-state">
          No collections yet. A collection groups articles you want to keep together, say the sources of an essay:
          create one here, then add articles to it from the Articles tab (choose an article, then tick the collection).
        </p>
      ) : (
        <ul class="collection-cards">
          {state.collections.map((c) => (
            <li key={c.id}>
              <CollectionCard
                repo={repo}
                state={state}
                collection={c}
                onShow={() => onShowCollection(c.id)}
                onUndoable={onUndoable}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
