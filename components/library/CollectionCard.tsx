import { useMemo, useState } from 'preact/hooks';
import type { CollectionRecord } from '../../core/db/database';
import type { Repository } from '../../core/db/repository';
import type { Undoable } from '../view-actions';
import { ExportControls } from './ExportControls';
import type { ExportScope } from './export-scope';
import { articleTitle, plural } from './format';
import type { LibraryState } from './library-store';

export interface CollectionCardProps {
  repo: Repository;
  state: LibraryState;
  collection: CollectionRecord;
  onShow: () => void;
  onUndoable: (undoable: Undoable) => void;
}

/** One collection: its name, its articles (each removable), its export, and delete with undo. */
export function CollectionCard({ repo, state, collection, onShow, onUndoable }: CollectionCardProps) {
  const [name, setName] = useState(collection.name);
  const [error, setError] = useState('');
  const id = `collection-${collection.id}`;
  const scope = useMemo<ExportScope>(
    () => ({ kind: 'articles', articleIds: collection.articleIds, label: collection.name }),
    [collection],
  );
  const run = (work: () => Promise<unknown>) => {
    setError('');
    work().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <article class="collection-card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{collection.name}</h2>
      <p class="muted">{plural(collection.articleIds.length, 'article')}</p>
      <form
        class="inline-fields"
        onSubmit={(e) => {
          e.preventDefault();
          run(() => repo.renameCollection(collection.id, name));
        }}
      >
        <label for={`${id}-name`} class="visually-hidden">
          Name of {collection.name}
        </label>
        <input id={`${id}-name`} type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        <button type="submit" disabled={!name.trim() || name.trim() === collection.name}>
          Rename
        </button>
      </form>
      {collection.articleIds.length === 0 ? (
        <p class="muted">Empty. Choose an article in the Articles tab and tick “{collection.name}” to add it.</p>
      ) : (
        <ul class="plain-list">
          {collection.articleIds.map((articleId) => {
            const title = articleTitle(state.articles.get(articleId), articleId);
            return (
              <li key={articleId} class="collection-article">
                <span>{title}</span>
                <button
                  type="button"
                  aria-label={`Remove ${title} from ${collection.name}`}
                  onClick={() => run(() => repo.removeFromCollection(collection.id, [articleId]))}
                >
                  Remove
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <div class="row">
        <button type="button" onClick={onShow} disabled={collection.articleIds.length === 0}>
          Show in the lists
        </button>
        <button
          type="button"
          class="danger"
          onClick={() =>
            run(async () => {
              const removed = await repo.deleteCollection(collection.id);
              if (!removed) return;
              onUndoable({
                message: `Deleted collection “${removed.name}”.`,
                undo: () => repo.restoreCollection(removed),
              });
            })
          }
        >
          Delete collection
        </button>
      </div>
      <h3>Export this collection</h3>
      <ExportControls scope={scope} idPrefix={`${id}-export`} what="this collection" />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </article>
  );
}
