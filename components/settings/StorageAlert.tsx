import type { Dexie } from 'dexie';
import { useDatabaseHealth } from './use-database-health';

export interface StorageAlertProps {
  db: Dexie;
}

/** Tells the reader, at the top of a view, when Marginalia cannot store what they do, and what to do about it. */
export function StorageAlert({ db }: StorageAlertProps) {
  const { health, dismiss } = useDatabaseHealth(db);
  if (health.state === 'ok') return null;
  return (
    <div class="storage-alert error" role="alert">
      <p>{health.message}</p>
      <p>What you typed stays in its field: edit it again once this is solved and it is saved.</p>
      <button type="button" onClick={dismiss}>
        Dismiss
      </button>
    </div>
  );
}
