import { useState } from 'preact/hooks';
import {
  makeBackup,
  previewRestore,
  restoreBackup,
  undoRestore,
  type BackupListing,
} from '../../core/backups/backup-store';
import { BACKUPS_KEPT } from '../../core/backups/policy';
import type { Repository } from '../../core/db/repository';
import type { ImportPlan } from '../../core/exchange/import/plan';
import { describeError } from '../../platform/storage-health';
import { useUndo } from '../hooks/use-undo';
import { UndoToast } from '../UndoToast';
import { formatMoment, formatSize } from './format-size';
import { restoreSummary } from './restore-summary';
import { useBackups } from './use-backups';

export interface BackupSettingsProps {
  repo: Repository;
}

function countsText({ counts }: BackupListing): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return [
    n(counts.articles, 'article', 'articles'),
    n(counts.annotations, 'annotation', 'annotations'),
    n(counts.parties, 'party', 'parties'),
    ...(counts.collections ? [n(counts.collections, 'collection', 'collections')] : []),
  ].join(', ');
}

/**
 * The automatic backups the background keeps (core/backups), each restorable: the reader
 * sees what a restore would bring back and confirms it, and can undo it for a few seconds.
 */
export function BackupSettings({ repo }: BackupSettingsProps) {
  const backups = useBackups(repo);
  const [confirming, setConfirming] = useState<{ backup: BackupListing; plan: ImportPlan } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const { pending, offer, undo, dismiss } = useUndo();

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await work();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  };
  const backUpNow = () => run(async () => void (await makeBackup(repo)));
  const askToRestore = (backup: BackupListing) =>
    run(async () => setConfirming({ backup, plan: await previewRestore(repo, backup.id) }));
  const restore = (backup: BackupListing) =>
    run(async () => {
      const { undo: undoIt } = await restoreBackup(repo, backup.id);
      setConfirming(null);
      offer({
        message: `Restored the backup of ${formatMoment(backup.created)}.`,
        undo: () => undoRestore(repo, undoIt),
      });
    });

  const summary = confirming && restoreSummary(confirming.plan);
  return (
    <section class="backup-settings" aria-labelledby="backups-heading" aria-busy={backups === undefined || busy}>
      <h2 id="backups-heading">Automatic backups</h2>
      <p class="muted">
        Once a day, when your library has changed, Marginalia keeps a copy of it in this browser; the last{' '}
        {BACKUPS_KEPT} copies are kept. They go if the extension is removed: export a backup file to keep one elsewhere.
      </p>
      <div class="row">
        <button type="button" disabled={busy} onClick={() => void backUpNow()}>
          Back up now
        </button>
      </div>
      {backups !== undefined && backups.length === 0 && <p class="status">No backups yet.</p>}
      {backups !== undefined && backups.length > 0 && (
        <table class="backup-list">
          <thead>
            <tr>
              <th scope="col">Made</th>
              <th scope="col">Holds</th>
              <th scope="col">Size</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.id}>
                <td>{formatMoment(backup.created)}</td>
                <td>{countsText(backup)}</td>
                <td>{formatSize(backup.storedBytes)}</td>
                <td>
                  <button
                    type="button"
                    disabled={busy}
                    aria-label={`Restore the backup of ${formatMoment(backup.created)}`}
                    onClick={() => void askToRestore(backup)}
                  >
                    Restore…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming && (
        <div class="confirm" role="group" aria-labelledby="restore-heading">
          <p id="restore-heading">
            <strong>Restore the backup of {formatMoment(confirming.backup.created)}?</strong>
          </p>
          <p>{summary ?? 'The library already holds everything in this backup: restoring it would change nothing.'}</p>
          <div class="row">
            {summary && (
              <button type="button" class="primary" disabled={busy} onClick={() => void restore(confirming.backup)}>
                Restore
              </button>
            )}
            <button type="button" onClick={() => setConfirming(null)}>
              {summary ? 'Cancel' : 'Close'}
            </button>
          </div>
        </div>
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
