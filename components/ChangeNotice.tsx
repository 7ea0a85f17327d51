import type { SnapshotRecord } from '../core/db/database';
import { formatDate } from './format';
import { readerUrl } from './reader-links';

export interface ChangeNoticeProps {
  articleId: string;
  /** The article's versions, oldest first. */
  versions: SnapshotRecord[];
}

/** Tells the reader the story's text changed since it was first annotated, with the dates and a way to see how. */
export function ChangeNotice({ articleId, versions }: ChangeNoticeProps) {
  const first = versions[0];
  const latest = versions.at(-1);
  if (!first || !latest || versions.length < 2) {
    return first ? (
      <p class="snapshot-note muted">
        Saved as it read on {formatDate(first.firstSeen)}.{' '}
        <a href={readerUrl(articleId)} target="_blank" rel="noopener">
          Open the saved copy
        </a>
      </p>
    ) : null;
  }
  return (
    <div class="change-notice" role="status">
      <strong>This story changed since you annotated it.</strong>{' '}
      <span>
        First saved {formatDate(first.firstSeen)}; a different text was seen {formatDate(latest.firstSeen)}
        {versions.length > 2 ? ` (${versions.length} versions)` : ''}.
      </span>{' '}
      <a href={readerUrl(articleId, { version: latest.id, compare: first.id })} target="_blank" rel="noopener">
        See what changed
      </a>
    </div>
  );
}
