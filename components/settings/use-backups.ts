import { listBackups, type BackupListing } from '../../core/backups/backup-store';
import type { Repository } from '../../core/db/repository';
import { useLiveQuery } from '../hooks/use-live-query';

/** The automatic backups, newest first, kept current as the background makes new ones. */
export function useBackups(repo: Repository): BackupListing[] | undefined {
  return useLiveQuery(() => listBackups(repo.db), [repo]);
}
