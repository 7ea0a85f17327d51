import { useEffect, useState } from 'preact/hooks';
import type { Repository } from '../core/db/repository';
import { targetTabId } from '../platform/tabs';
import { ArticleCard } from './ArticleCard';
import { useLiveQuery } from './hooks/use-live-query';
import { usePageMetadata } from './hooks/use-page-metadata';

export interface PopupAppProps {
  repo: Repository;
}

/** The toolbar popup: what the current page is and how many annotations it has. */
export function PopupApp({ repo }: PopupAppProps) {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    targetTabId().then((id) => setTabId(id ?? null), () => setTabId(null));
  }, []);
  const page = usePageMetadata(tabId);
  const metadata = page.status === 'ready' ? page.metadata : undefined;
  const count = useLiveQuery(async () => {
    if (!metadata) return undefined;
    const article = await repo.findArticle(metadata.url, metadata.canonicalUrl);
    return article ? repo.countForArticle(article.id) : 0;
  }, [metadata, repo]);

  return (
    <main class="popup" aria-busy={page.status === 'loading'}>
      {page.status === 'loading' && <p class="status">Reading this page…</p>}
      {page.status === 'unavailable' && (
        <p class="status" role="alert">
          {page.reason}
        </p>
      )}
      {metadata && (
        <>
          <ArticleCard metadata={metadata} />
          <p class="annotation-count" aria-live="polite">
            {count === undefined
              ? '\u00a0'
              : count === 0
                ? 'No annotations yet. Select text on the page and choose Highlight, Claim or Party.'
                : `${count} ${count === 1 ? 'annotation' : 'annotations'} on this page`}
          </p>
        </>
      )}
    </main>
  );
}
