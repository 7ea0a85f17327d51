import type { Repository } from '../../core/db/repository';
import { formatSize } from './format-size';
import { useDatabaseHealth } from './use-database-health';
import { useStorageStatus } from './use-storage-status';

export interface StorageSettingsProps {
  repo: Repository;
}

/** Where the library lives: how much space it takes, whether the browser may clear it, and whether the database works. */
export function StorageSettings({ repo }: StorageSettingsProps) {
  const { health } = useDatabaseHealth(repo.db);
  const { status, askToPersist } = useStorageStatus();
  const usage =
    status?.usage == null
      ? 'The browser does not say.'
      : status.quota == null
        ? formatSize(status.usage)
        : `${formatSize(status.usage)} of the ${formatSize(status.quota)} the browser allows Marginalia`;
  return (
    <section class="storage-settings" aria-labelledby="storage-heading" aria-busy={status === undefined}>
      <h2 id="storage-heading">Storage</h2>
      <p class="muted">Your library is kept in this browser’s own database, on this device only.</p>
      <dl>
        <dt>Database</dt>
        <dd class="database-health" role={health.state === 'ok' ? undefined : 'alert'}>
          {health.state === 'ok' ? 'Working.' : health.message}
        </dd>
        <dt>Space used</dt>
        <dd class="storage-usage">{status ? usage : 'Checking…'}</dd>
        <dt>Kept when space runs short</dt>
        <dd class="storage-persistence">
          {status === undefined
            ? 'Checking…'
            : status.persisted
              ? 'Yes: the browser will not clear Marginalia’s data to free space.'
              : status.persisted === false
                ? 'No: if the disk fills up, the browser may clear Marginalia’s data without asking. Export a backup file from time to time.'
                : 'The browser does not say.'}
        </dd>
      </dl>
      {status?.persisted === false && (
        <button type="button" onClick={() => void askToPersist()}>
          Ask the browser to keep Marginalia’s data
        </button>
      )}
    </section>
  );
}
