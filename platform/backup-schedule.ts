import { Dexie } from 'dexie';
import { backUpIfDue } from '../core/backups/backup-store';
import type { Repository } from '../core/db/repository';

/** Writes come in bursts (an import, a run of captures): check once the burst is over. */
const SETTLE_MS = 2000;

/**
 * Keeps the automatic backups (core/backups/policy.ts): checks when the background starts,
 * and after the library changes, whoever changed it (Dexie tells every extension page and
 * the background of each write). Needs no alarm, and so no permission: a background that
 * is asleep changes nothing, and it wakes for the reader's next action. Returns a stop
 * function.
 */
export function startBackupSchedule(repo: Repository): () => void {
  const prefix = `idb://${repo.db.name}/`;
  const ownStore = `${prefix}backups/`;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;

  const check = async () => {
    if (running) return;
    running = true;
    try {
      await backUpIfDue(repo);
    } catch (error) {
      console.warn('Marginalia: automatic backup failed', error);
    } finally {
      running = false;
    }
  };
  const onMutated = (parts: Record<string, unknown>) => {
    const touchesLibrary = Object.keys(parts).some((part) => part.startsWith(prefix) && !part.startsWith(ownStore));
    if (!touchesLibrary) return;
    clearTimeout(timer);
    timer = setTimeout(() => void check(), SETTLE_MS);
  };

  Dexie.on('storagemutated', onMutated);
  void check();
  return () => {
    clearTimeout(timer);
    Dexie.on('storagemutated').unsubscribe(onMutated);
  };
}
