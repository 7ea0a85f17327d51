import { useEffect, useState } from 'preact/hooks';
import type { Repository } from '../core/db/repository';
import { targetTabId, watchActiveTab } from '../platform/tabs';
import { PageView } from './PageView';

export interface SidePanelAppProps {
  repo: Repository;
}

/** The side panel: the same page view as the popup, following the active tab while it stays open. */
export function SidePanelApp({ repo }: SidePanelAppProps) {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    const pinned = new URLSearchParams(location.search).has('tab');
    if (pinned) {
      void targetTabId().then((id) => setTabId(id ?? null));
      return;
    }
    return watchActiveTab(setTabId);
  }, []);
  return <PageView key={tabId ?? 'none'} view="side-panel" repo={repo} tabId={tabId} />;
}
