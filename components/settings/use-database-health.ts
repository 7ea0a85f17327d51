import type { Dexie } from 'dexie';
import { useCallback, useEffect, useState } from 'preact/hooks';
import {
  storageProblemMessage,
  storageProblemOf,
  watchDatabaseHealth,
  type DatabaseHealth,
} from '../../platform/storage-health';

const OK: DatabaseHealth = { state: 'ok' };

/**
 * Whether this view can use the database: opened, blocked by an old connection, replaced
 * by an upgrade elsewhere, unavailable, or a write just failed for want of space. View
 * edits are saved as they are made, outside any handler that could report their failure,
 * so a storage error left unhandled anywhere in the view is reported here too. A failed
 * write is reported until the reader dismisses it: writes elsewhere (the background, other
 * views) succeeding says nothing about this view's.
 */
export function useDatabaseHealth(db: Dexie): { health: DatabaseHealth; dismiss: () => void } {
  const [health, setHealth] = useState<DatabaseHealth>(OK);
  useEffect(() => {
    const stopWatching = watchDatabaseHealth(db, setHealth);
    const onRejection = (event: PromiseRejectionEvent) => {
      const problem = storageProblemOf(event.reason);
      if (problem) setHealth({ state: 'problem', problem, message: storageProblemMessage(problem) });
    };
    addEventListener('unhandledrejection', onRejection);
    return () => {
      stopWatching();
      removeEventListener('unhandledrejection', onRejection);
    };
  }, [db]);
  const dismiss = useCallback(() => setHealth(OK), []);
  return { health, dismiss };
}
