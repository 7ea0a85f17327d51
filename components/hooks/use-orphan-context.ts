import type { Repository } from '../../core/db/repository';
import { snapshotsOf, unpackSnapshot } from '../../core/db/snapshots';
import type { Annotation } from '../../core/model';
import { paragraphContaining } from '../../core/snapshots/paragraph';
import { useLiveQuery } from './use-live-query';

/** Where a quote no longer on the page came from: its paragraph in the snapshot of when it was made. */
export interface OrphanContext {
  paragraph: string;
  savedAt: string;
}

export function useOrphanContext(repo: Repository, annotation: Annotation): OrphanContext | null | undefined {
  const orphan = annotation.anchor?.state === 'orphan';
  return useLiveQuery(async () => {
    if (!orphan) return null;
    const versions = await snapshotsOf(repo.db, annotation.articleId);
    // The version the reader was looking at when annotating, then any other.
    const ordered = [
      ...versions.filter((v) => v.firstSeen <= annotation.created).reverse(),
      ...versions.filter((v) => v.firstSeen > annotation.created),
    ];
    for (const version of ordered) {
      const paragraph = paragraphContaining((await unpackSnapshot(version)).text, annotation.target.quote.exact);
      if (paragraph) return { paragraph, savedAt: version.firstSeen };
    }
    return null;
  }, [repo, annotation.articleId, annotation.created, annotation.target.quote.exact, orphan]);
}
