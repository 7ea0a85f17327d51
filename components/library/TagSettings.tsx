import { useMemo, useState } from 'preact/hooks';
import type { Repository } from '../../core/db/repository';
import { deleteTag, renameTag } from '../../core/db/tag-operations';
import type { Undoable } from '../view-actions';
import { ViewActions } from '../view-actions';
import { plural } from './format';

export interface TagSettingsProps {
  repo: Repository;
  tags: readonly { tag: string; count: number }[];
  onUndoable: (undoable: Undoable) => void;
}

/** Renames a tag everywhere (onto another tag merges them) or deletes it from every annotation; both undoable. */
export function TagSettings({ repo, tags, onUndoable }: TagSettingsProps) {
  const actions = useMemo(() => new ViewActions(repo), [repo]);
  const [chosen, setChosen] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const current = tags.find((t) => t.tag === chosen);
  if (tags.length === 0) return <p class="muted">No tags to rename or delete.</p>;
  const run = async (work: () => Promise<Undoable>) => {
    setError('');
    try {
      onUndoable(await work());
      setChosen('');
      setName('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div class="tag-settings">
      <label for="tag-settings-choice">Tag</label>
      <select
        id="tag-settings-choice"
        value={chosen}
        onChange={(e) => {
          setChosen(e.currentTarget.value);
          setName(e.currentTarget.value);
        }}
      >
        <option value="">Choose a tag…</option>
        {tags.map((t) => (
          <option key={t.tag} value={t.tag}>
            {t.tag} ({t.count})
          </option>
        ))}
      </select>
      {current && (
        <>
          <label for="tag-settings-name">New name</label>
          <div class="inline-fields">
            <input id="tag-settings-name" type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} />
            <button
              type="button"
              disabled={!name.trim() || name.trim() === current.tag}
              onClick={() =>
                void run(() =>
                  actions.undoable(`Renamed tag “${current.tag}” to “${name.trim()}”.`, () =>
                    renameTag(repo.db, current.tag, name),
                  ),
                )
              }
            >
              Rename everywhere
            </button>
          </div>
          <div class="row">
            <button
              type="button"
              class="danger"
              onClick={() =>
                void run(() =>
                  actions.undoable(`Removed tag “${current.tag}” from ${plural(current.count, 'annotation')}.`, () =>
                    deleteTag(repo.db, current.tag),
                  ),
                )
              }
            >
              Delete from {plural(current.count, 'annotation')}
            </button>
          </div>
        </>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
