import { useState } from 'preact/hooks';
import type { Repository } from '../../core/db/repository';
import type { Article } from '../../core/model';
import type { LibraryState } from './library-store';

export interface CollectionMembershipProps {
  repo: Repository;
  state: LibraryState;
  article: Article;
}

/** Check boxes putting the article in or out of each collection, and a field for a new one. */
export function CollectionMembership({ repo, state, article }: CollectionMembershipProps) {
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const run = (work: () => Promise<unknown>) => {
    setError('');
    work().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <fieldset class="collections-of-article">
      <legend>Collections</legend>
      {state.collections.length === 0 && <p class="muted">No collections yet: name one below to start.</p>}
      {state.collections.map((c) => {
        const inIt = c.articleIds.includes(article.id);
        return (
          <label key={c.id} class="inline">
            <input
              type="checkbox"
              checked={inIt}
              onChange={() =>
                run(() =>
                  inIt ? repo.removeFromCollection(c.id, [article.id]) : repo.addToCollection(c.id, [article.id]),
                )
              }
            />
            {c.name}
          </label>
        );
      })}
      <form
        class="inline-fields"
        onSubmit={(e) => {
          e.preventDefault();
          run(async () => {
            await repo.createCollection(name, [article.id]);
            setName('');
          });
        }}
      >
        <label for="article-new-collection" class="visually-hidden">
          New collection with this article
        </label>
        <input
          id="article-new-collection"
          type="text"
          placeholder="New collection, e.g. Essay sources"
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        <button type="submit" disabled={!name.trim()}>
          Add to new collection
        </button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
