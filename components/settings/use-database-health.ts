import { Dexie } from 'dexie';
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
 * so a storage error left unhandled anywhere in the view is reported here too. A full
 * disk is forgotten after the next write that succeeds.
 */
export function useDatabaseHealth(db: Dexie): { health: DatabaseHealth; dismiss: () => void } {
  const [health, setHealth] = useState<DatabaseHealth>(OK);
  useEffect(() => {
    const stopWatching = watchDatabaseHealth(db, setHealth);
    const onRejection = (event: PromiseRejectionEvent) => {
      const problem = storageProblemOf(event.reason);
      if (problem) setHealth({ state: 'problem', problem, message: storageProblemMessage(problem) });
    };
    const onWrite = () =>
      setHealth((current) => (current.state === 'problem' && current.problem === 'quota' ? OK : current));
    addEventListener('unhandledrejection', onRejection);
    Dexie.on('storagemutated', onWrite);
    return () => {
      stopWatching();
      removeEventListener('unhandledrejection', onRejection);
      Dexie.on('storagemutated').unsubscribe(onWrite);
    };
  }, [db]);
  const dismiss = useCallback(() => setHealth(OK), []);
  return { health, dismiss };
}
