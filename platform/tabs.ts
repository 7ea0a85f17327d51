import { browser } from 'wxt/browser';

const ALL_SITES = { origins: ['<all_urls>'] };
const PAGE_CHECK_ID = 'page-check';
const ANNOTATOR_FILE = '/annotator.js';

/**
 * Registers the every-page check only while the reader has granted all-sites access;
 * without it the extension works on the tab the reader acts on (activeTab).
 */
export async function syncPageCheckRegistration(): Promise<void> {
  const granted = await browser.permissions.contains(ALL_SITES);
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [PAGE_CHECK_ID] });
  if (granted && registered.length === 0) {
    await browser.scripting.registerContentScripts([
      {
        id: PAGE_CHECK_ID,
        matches: ['<all_urls>'],
        js: ['page-check.js'],
        runAt: 'document_idle',
      },
    ]);
  } else if (!granted && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [PAGE_CHECK_ID] });
  }
}

export function hasAllSitesAccess(): Promise<boolean> {
  return browser.permissions.contains(ALL_SITES);
}

export async function injectAnnotator(tabId: number, frameId = 0): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [ANNOTATOR_FILE] });
}

/**
 * The tab a view works on: the one named in its address (`?tab=ID`, used when a view is
 * opened as a page of its own) or else the active tab of the current window.
 */
export async function targetTabId(search: string = location.search): Promise<number | undefined> {
  const named = Number(new URLSearchParams(search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Calls back with the active tab's id now and whenever the reader switches or reloads it. */
export function watchActiveTab(callback: (tabId: number | null) => void): () => void {
  const report = async () => {
    const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
    callback(tab?.id ?? null);
  };
  const onUpdated = (_id: number, change: { status?: string }, tab: { active?: boolean }) => {
    if (tab.active && change.status === 'complete') void report();
  };
  const onActivated = () => void report();
  browser.tabs.onActivated.addListener(onActivated);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.windows?.onFocusChanged.addListener(onActivated);
  void report();
  return () => {
    browser.tabs.onActivated.removeListener(onActivated);
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.windows?.onFocusChanged.removeListener(onActivated);
  };
}

interface SidePanelApis {
  sidePanel?: { open(options: { tabId?: number; windowId?: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

/** Opens the side panel (Chrome) or sidebar (Firefox); must run in answer to a click. */
export async function openSidePanel(tabId: number | undefined): Promise<boolean> {
  const apis = browser as unknown as SidePanelApis;
  try {
    if (apis.sidebarAction) await apis.sidebarAction.open();
    else if (apis.sidePanel && tabId !== undefined) await apis.sidePanel.open({ tabId });
    else return false;
    return true;
  } catch {
    return false;
  }
}

/** Asks the reader for all-sites access (a browser prompt); must run in answer to a click. */
export function requestAllSitesAccess(): Promise<boolean> {
  return browser.permissions.request(ALL_SITES);
}

/** Calls back whenever all-sites access is granted or withdrawn (also from the browser's settings). */
export function watchAllSitesAccess(callback: (granted: boolean) => void): () => void {
  const report = () => void hasAllSitesAccess().then(callback);
  browser.permissions.onAdded.addListener(report);
  browser.permissions.onRemoved.addListener(report);
  report();
  return () => {
    browser.permissions.onAdded.removeListener(report);
    browser.permissions.onRemoved.removeListener(report);
  };
}

/** Opens the library in a tab of its own, at one of its tabs (`settings`, `data`…) if given. */
export async function openLibrary(section?: string): Promise<void> {
  const path = `/library.html${section ? `#${section}` : ''}` as const;
  await browser.tabs.create({ url: browser.runtime.getURL(path as '/library.html') });
}
