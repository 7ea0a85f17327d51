import { useEffect, useState } from 'preact/hooks';
import type { Repository } from '../core/db/repository';
import { openLibrary, openSidePanel, targetTabId } from '../platform/tabs';
import { AccessNote } from './AccessNote';
import { useAllSitesAccess } from './hooks/use-all-sites-access';
import { PageView } from './PageView';

export interface PopupAppProps {
  repo: Repository;
}

/** The toolbar popup: the current page's article and annotations, and the way to the side panel. */
export function PopupApp({ repo }: PopupAppProps) {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const access = useAllSitesAccess();
  useEffect(() => {
    targetTabId().then(
      (id) => setTabId(id ?? null),
      () => setTabId(null),
    );
  }, []);
  return (
    <PageView
      view="popup"
      repo={repo}
      tabId={tabId}
      actions={
        <>
          <button
            type="button"
            onClick={async () => {
              if (await openSidePanel(tabId ?? undefined)) window.close();
            }}
          >
            Open side panel
          </button>
          <button
            type="button"
            onClick={async () => {
              await openLibrary();
              window.close();
            }}
          >
            Library
          </button>
        </>
      }
      footer={access.granted === false && <AccessNote onAllow={() => void access.request()} />}
    />
  );
}
