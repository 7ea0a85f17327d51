import { useState } from 'preact/hooks';
import type { Repository } from '../../core/db/repository';
import type { Undoable } from '../view-actions';
import { plural } from './format';
import type { LibraryState } from './library-store';

export interface WipePanelProps {
  repo: Repository;
  state: LibraryState;
  onUndoable: (undoable: Undoable) => void;
}

/** The words the reader types to confirm: a click alone must never delete a library. */
export const WIPE_CONFIRMATION = 'delete everything';

/** Deletes the whole library after a typed confirmation; undoable for a few seconds while the page stays open. */
export function WipePanel({ repo, state, onUndoable }: WipePanelProps) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const confirmed = typed.trim().toLowerCase() === WIPE_CONFIRMATION;
  return (
    <section class="data-section danger-zone" aria-labelledby="wipe-heading">
      <h2 id="wipe-heading">Delete everything</h2>
      <p>
        Deletes all {plural(state.articles.size, 'article')}, {plural(state.annotations.size, 'annotation')},{' '}
        {plural(state.parties.size, 'party', 'parties')}, collections, dismissed suggestions and settings from this
        browser. Export a backup first if you may want them back later.
      </p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!confirmed) return;
          setError('');
          repo.wipeLibrary().then(
            (wiped) => {
              setTyped('');
              onUndoable({ message: 'Deleted the whole library.', undo: () => repo.restoreLibrary(wiped) });
            },
            (err: unknown) => setError(err instanceof Error ? err.message : String(err)),
          );
        }}
      >
        <label for="wipe-confirmation">Type “{WIPE_CONFIRMATION}” to confirm</label>
        <div class="inline-fields">
          <input
            id="wipe-confirmation"
            type="text"
            autocomplete="off"
            value={typed}
            onInput={(e) => setTyped(e.currentTarget.value)}
          />
          <button type="submit" class="danger" disabled={!confirmed}>
            Delete everything
          </button>
        </div>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
