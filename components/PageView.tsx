import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Repository } from '../core/db/repository';
import type { Annotation } from '../core/model';
import { onAnnotationSelected, sendToTab } from '../platform/messaging';
import { AnnotationEditor } from './AnnotationEditor';
import { AnnotationGroups } from './AnnotationGroups';
import { SuggestionsSection } from './SuggestionsSection';
import { ArticleCard } from './ArticleCard';
import { StorageAlert } from './settings/StorageAlert';
import { ChangeNotice } from './ChangeNotice';
import { useArticleVersions } from './hooks/use-article-versions';
import { recoverNoteDrafts } from './hooks/use-note-draft';
import { usePageData } from './hooks/use-page-data';
import { usePageMetadata } from './hooks/use-page-metadata';
import { useUndo } from './hooks/use-undo';
import { UndoToast } from './UndoToast';
import { ViewActions } from './view-actions';

export interface PageViewProps {
  repo: Repository;
  /** The tab shown: undefined while it is being found, null when there is none. */
  tabId: number | null | undefined;
  /** Extra controls for the view's header (the popup's "Open side panel"). */
  actions?: preact.ComponentChildren;
  /** Shown under the annotations (the popup's note on all-sites access). */
  footer?: preact.ComponentChildren;
  /** Which view this is, as a class on its main element ("popup" or "side-panel"). */
  view: 'popup' | 'side-panel';
}

/** One page's article and annotations, grouped and editable: the body of the popup and the side panel. */
export function PageView({ repo, tabId, actions: headerActions, footer, view }: PageViewProps) {
  const page = usePageMetadata(tabId);
  const metadata = page.status === 'ready' ? page.metadata : undefined;
  const data = usePageData(repo, metadata);
  const versions = useArticleVersions(repo, data?.article?.id);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const { pending, offer, undo, dismiss } = useUndo();
  const syncPage = useCallback(() => {
    if (tabId) void sendToTab(tabId, { type: 'page.sync' }).catch(() => undefined);
  }, [tabId]);
  const actions = useMemo(() => new ViewActions(repo, syncPage), [repo, syncPage]);
  useEffect(() => void recoverNoteDrafts(actions), [actions]);

  useEffect(
    () =>
      onAnnotationSelected((id, fromTab) => {
        if (fromTab === undefined || fromTab === tabId) setSelectedId(id);
      }),
    [tabId],
  );

  const select = (id: string) => {
    setSelectedId((current) => (current === id ? null : id));
    if (tabId) void sendToTab(tabId, { type: 'annotation.reveal', id }).catch(() => undefined);
  };
  const remove = async (annotation: Annotation) => {
    setSelectedId(null);
    offer(await actions.deleteAnnotation(annotation));
  };

  return (
    <main
      class={`page-view ${view}`}
      aria-busy={page.status === 'loading' || (metadata !== undefined && data === undefined)}
    >
      <StorageAlert db={repo.db} />
      {page.status === 'loading' && <p class="status">Reading this page…</p>}
      {page.status === 'unavailable' && (
        <p class="status" role="alert">
          {page.reason}
        </p>
      )}
      {metadata && (
        <>
          <ArticleCard metadata={metadata} />
          {data?.article && versions && <ChangeNotice articleId={data.article.id} versions={versions} />}
          {headerActions && <div class="view-actions">{headerActions}</div>}
          {data === undefined ? (
            <p class="annotation-count">&nbsp;</p>
          ) : data.annotations.length === 0 ? (
            <p class="annotation-count empty-state">
              No annotations yet. Select text on the page and choose Highlight, Claim or Party.
            </p>
          ) : (
            <>
              <p class="annotation-count" aria-live="polite">
                {data.annotations.length} {data.annotations.length === 1 ? 'annotation' : 'annotations'} on this page
              </p>
              <AnnotationGroups
                annotations={data.annotations}
                parties={data.parties}
                selectedId={selectedId}
                onSelect={select}
                renderEditor={(annotation) => (
                  <AnnotationEditor
                    key={annotation.id}
                    repo={repo}
                    annotation={annotation}
                    parties={data.parties}
                    verdicts={data.verdicts}
                    actions={actions}
                    onDelete={remove}
                  />
                )}
              />
            </>
          )}
        </>
      )}
      {metadata && <SuggestionsSection repo={repo} tabId={tabId} onChange={syncPage} />}
      {footer}
      <UndoToast pending={pending} onUndo={() => void undo()} onDismiss={dismiss} />
    </main>
  );
}
