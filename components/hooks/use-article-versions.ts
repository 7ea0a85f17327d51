import type { SnapshotRecord } from '../../core/db/database';
import type { Repository } from '../../core/db/repository';
import { snapshotsOf } from '../../core/db/snapshots';
import { useLiveQuery } from './use-live-query';

/** The stored versions of an article, oldest first, kept current. */
export function useArticleVersions(repo: Repository, articleId: string | undefined): SnapshotRecord[] | undefined {
  return useLiveQuery(async () => (articleId ? snapshotsOf(repo.db, articleId) : []), [repo, articleId]);
}
