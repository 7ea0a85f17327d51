import type { Repository } from '../../core/db/repository';
import { snapshotsByArticle, snapshotsEnabled, type ArticleSnapshots } from '../../core/db/snapshots';
import { useLiveQuery } from '../hooks/use-live-query';

export interface SnapshotSettingsState {
  enabled: boolean;
  articles: ArticleSnapshots[];
  /** All saved copies together: how many, and the bytes they take. */
  total: { count: number; bytes: number };
}

/** Whether copies are kept, and every article's saved copies, kept current as pages save new ones. */
export function useSnapshotSettings(repo: Repository): SnapshotSettingsState | undefined {
  return useLiveQuery(async () => {
    const [enabled, articles] = await Promise.all([snapshotsEnabled(repo.db), snapshotsByArticle(repo.db)]);
    // Summed from the per-article list rather than read again: one pass over the store.
    const total = articles.reduce((sum, a) => ({ count: sum.count + a.versions, bytes: sum.bytes + a.bytes }), {
      count: 0,
      bytes: 0,
    });
    return { enabled, articles, total };
  }, [repo]);
}
