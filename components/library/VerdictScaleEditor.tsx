import { useMemo, useState } from 'preact/hooks';
import type { Repository } from '../../core/db/repository';
import { renameVerdict, setVerdictScale } from '../../core/db/settings';
import type { Undoable } from '../view-actions';
import { ViewActions } from '../view-actions';
import { plural } from './format';
import type { LibraryState } from './library-store';

export interface VerdictScaleEditorProps {
  repo: Repository;
  state: LibraryState;
  onUndoable: (undoable: Undoable) => void;
}

/** The first rating is what a new claim gets, so it stays. */
const DEFAULT_RATING_INDEX = 0;

/**
 * The rating scale claims are given: rename a rating (every claim carrying it follows),
 * add one, move one, or remove one no claim uses.
 */
export function VerdictScaleEditor({ repo, state, onUndoable }: VerdictScaleEditorProps) {
  const actions = useMemo(() => new ViewActions(repo), [repo]);
  const [added, setAdded] = useState('');
  const [editing, setEditing] = useState<{ from: string; to: string } | null>(null);
  const [error, setError] = useState('');
  const scale = state.verdicts;
  const uses = useMemo(() => {
    const counts = new Map<string, number>();
    for (const a of state.annotations.values()) {
      if (a.claim) counts.set(a.claim.verdict, (counts.get(a.claim.verdict) ?? 0) + 1);
    }
    return counts;
  }, [state.version]);

  const run = async (work: () => Promise<void>) => {
    setError('');
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const replaceScale = (next: string[], message: string) =>
    run(async () => {
      const before = [...scale];
      await setVerdictScale(repo.db, next);
      onUndoable({ message, undo: () => setVerdictScale(repo.db, before) });
    });
  const move = (index: number, delta: number) => {
    const next = [...scale];
    const [item] = next.splice(index, 1);
    next.splice(index + delta, 0, item!);
    void replaceScale(next, `Moved “${item}”.`);
  };

  return (
    <section class="settings-section" aria-labelledby="verdicts-heading">
      <h2 id="verdicts-heading">Rating scale</h2>
      <p class="muted">The verdicts you can give a claim, in the order they are offered.</p>
      <ol class="verdict-list">
        {scale.map((verdict, index) => {
          const used = uses.get(verdict) ?? 0;
          return (
            <li key={verdict}>
              {editing?.from === verdict ? (
                <form
                  class="inline-fields"
                  onSubmit={(e) => {
                    e.preventDefault();
                    const to = editing.to.trim();
                    void run(async () => {
                      onUndoable(
                        await actions.undoable(`Renamed “${verdict}” to “${to}”.`, () =>
                          renameVerdict(repo.db, verdict, to),
                        ),
                      );
                      setEditing(null);
                    });
                  }}
                >
                  <label for="verdict-rename" class="visually-hidden">
                    New name for {verdict}
                  </label>
                  <input
                    id="verdict-rename"
                    type="text"
                    value={editing.to}
                    onInput={(e) => setEditing({ from: verdict, to: e.currentTarget.value })}
                  />
                  <button type="submit" disabled={!editing.to.trim() || editing.to.trim() === verdict}>
                    Save
                  </button>
                  <button type="button" onClick={() => setEditing(null)}>
                    Cancel
                  </button>
                </form>
              ) : (
                <div class="verdict-row">
                  <span class="verdict-name">{verdict}</span>
                  <span class="muted">{plural(used, 'claim')}</span>
                  <button type="button" onClick={() => setEditing({ from: verdict, to: verdict })}>
                    Rename<span class="visually-hidden"> {verdict}</span>
                  </button>
                  <button type="button" disabled={index <= 1} onClick={() => move(index, -1)}>
                    Up<span class="visually-hidden"> {verdict}</span>
                  </button>
                  <button
                    type="button"
                    disabled={index === DEFAULT_RATING_INDEX || index === scale.length - 1}
                    onClick={() => move(index, 1)}
                  >
                    Down<span class="visually-hidden"> {verdict}</span>
                  </button>
                  <button
                    type="button"
                    class="danger"
                    disabled={index === DEFAULT_RATING_INDEX || used > 0}
                    title={
                      used > 0
                        ? 'Claims carry this rating: rename it instead, or change those claims first.'
                        : undefined
                    }
                    onClick={() =>
                      void replaceScale(
                        scale.filter((v) => v !== verdict),
                        `Removed “${verdict}”.`,
                      )
                    }
                  >
                    Remove<span class="visually-hidden"> {verdict}</span>
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      <form
        class="inline-fields"
        onSubmit={(e) => {
          e.preventDefault();
          const name = added.trim();
          if (scale.includes(name)) {
            setError(`“${name}” is already on the scale.`);
            return;
          }
          void replaceScale([...scale, name], `Added “${name}”.`).then(() => setAdded(''));
        }}
      >
        <label for="verdict-add" class="visually-hidden">
          New rating
        </label>
        <input
          id="verdict-add"
          type="text"
          placeholder="New rating, e.g. Needs context"
          value={added}
          onInput={(e) => setAdded(e.currentTarget.value)}
        />
        <button type="submit" disabled={!added.trim()}>
          Add rating
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
