import { useEffect, useState } from 'preact/hooks';
import type { Repository } from '../core/db/repository';
import { openLibrary, targetTabId, watchActiveTab } from '../platform/tabs';
import { PageView } from './PageView';
import { PartiesView } from './PartiesView';
import { Tabs } from './Tabs';

export interface SidePanelAppProps {
  repo: Repository;
}

type PanelTab = 'page' | 'parties';

/** The side panel: the page view (following the active tab while it stays open), the party registry, and the way to the library. */
export function SidePanelApp({ repo }: SidePanelAppProps) {
  const [tabId, setTabId] = useState<number | null | undefined>(undefined);
  const [tab, setTab] = useState<PanelTab>('page');
  useEffect(() => {
    if (new URLSearchParams(location.search).has('tab')) {
      void targetTabId().then((id) => setTabId(id ?? null));
      return;
    }
    return watchActiveTab(setTabId);
  }, []);
  return (
    <div class="side-panel-app">
      <Tabs
        label="Marginalia"
        tabs={[
          { key: 'page', title: 'This page' },
          { key: 'parties', title: 'Parties' },
        ]}
        selected={tab}
        onSelect={setTab}
      >
        {tab === 'page' ? (
          <PageView key={tabId ?? 'none'} view="side-panel" repo={repo} tabId={tabId} />
        ) : (
          <PartiesView repo={repo} />
        )}
      </Tabs>
      <p class="view-actions" style={{ padding: '0 1rem' }}>
        <button type="button" onClick={() => void openLibrary()}>
          Open the library
        </button>
      </p>
    </div>
  );
}
