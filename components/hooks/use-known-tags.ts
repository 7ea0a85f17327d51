import type { Repository } from '../../core/db/repository';
import { useLiveQuery } from './use-live-query';

/**
 * Every tag in use, for type-ahead: read only while an editor that offers them is open,
 * since walking the tag index of a large library is not free.
 */
export function useKnownTags(repo: Repository): string[] {
  return useLiveQuery(async () => (await repo.db.annotations.orderBy('tags').uniqueKeys()) as string[], [repo]) ?? [];
}
