import { useState } from 'preact/hooks';
import type { Repository } from '../../core/db/repository';
import {
  deleteSnapshotsOf,
  restoreSnapshots,
  setSnapshotsEnabled,
  type ArticleSnapshots,
} from '../../core/db/snapshots';
import { useUndo } from '../hooks/use-undo';
import { readerUrl } from '../reader-links';
import { formatSize } from '../settings/format-size';
import { UndoToast } from '../UndoToast';
import { useSnapshotSettings } from './use-snapshot-settings';

export interface SnapshotSettingsProps {
  repo: Repository;
}

function copies(n: number): string {
  return `${n} ${n === 1 ? 'copy' : 'copies'}`;
}

function nameOf(article: ArticleSnapshots): string {
  return article.title.trim() || article.articleId;
}

/**
 * The saved copies of annotated articles: whether new ones are kept, the room they take,
 * and each article's copies, which the reader can delete (and take back for a few seconds).
 */
export function SnapshotSettings({ repo }: SnapshotSettingsProps) {
  const state = useSnapshotSettings(repo);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const { pending, offer, undo, dismiss } = useUndo();

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await work();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  };
  const toggle = (enabled: boolean) => run(() => setSnapshotsEnabled(repo.db, enabled));
  const remove = (article: ArticleSnapshots) =>
    run(async () => {
      const deleted = await deleteSnapshotsOf(repo.db, article.articleId);
      offer({
        message: `Deleted ${copies(deleted.length)} of “${nameOf(article)}”.`,
        undo: () => restoreSnapshots(repo.db, deleted),
      });
    });

  return (
    <section class="snapshot-settings" aria-labelledby="snapshots-heading" aria-busy={state === undefined || busy}>
      <h2 id="snapshots-heading">Saved copies of articles</h2>
      <p class="muted">
        When you annotate an article, Marginalia keeps a copy of its text in this browser, and another each time the
        story changes, so you can see what it said when you logged a claim. Copies are part of backups and exports.
      </p>
      {state && (
        <>
          <label class="inline">
            <input
              type="checkbox"
              checked={state.enabled}
              disabled={busy}
              onChange={(event) => void toggle(event.currentTarget.checked)}
            />
            Keep a copy of each article I annotate
          </label>
          {!state.enabled && (
            <p class="status">New copies are not saved. Copies saved earlier stay until you delete them.</p>
          )}
          <p class="status" aria-live="polite">
            {state.total.count === 0
              ? 'No copies saved.'
              : `${copies(state.total.count)} of ${state.articles.length} ${state.articles.length === 1 ? 'article' : 'articles'}, using ${formatSize(state.total.bytes)}.`}
          </p>
        </>
      )}
      {state && state.articles.length > 0 && (
        <table class="snapshot-list">
          <thead>
            <tr>
              <th scope="col">Article</th>
              <th scope="col">Versions</th>
              <th scope="col">Size</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {state.articles.map((article) => (
              <tr key={article.articleId}>
                <th scope="row">
                  <a href={readerUrl(article.articleId)} target="_blank" rel="noopener">
                    {nameOf(article)}
                  </a>
                </th>
                <td>{article.versions}</td>
                <td>{formatSize(article.bytes)}</td>
                <td>
                  <button
                    type="button"
                    disabled={busy}
                    aria-label={`${article.versions === 1 ? 'Delete copy' : `Delete ${copies(article.versions)}`} of “${nameOf(article)}”`}
                    onClick={() => void remove(article)}
                  >
                    {article.versions === 1 ? 'Delete copy' : `Delete ${copies(article.versions)}`}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <UndoToast pending={pending} onUndo={() => void undo()} onDismiss={dismiss} />
    </section>
  );
}
