import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { Repository } from '../core/db/repository';
import type { CaptureAction } from '../core/messaging/protocol';
import { dismissedOn } from '../core/db/dismissals';
import { notePageSeen, recordSnapshot, snapshotsEnabled } from '../core/db/snapshots';
import { articleKey, isAnnotatableUrl, nowIso } from '../core/model';
import { claimSuggestionKey, partySuggestionKey } from '../core/suggest/keys';
import { suggest } from '../core/suggest/suggest';
import { startBackupSchedule } from '../platform/backup-schedule';
import { handleBackgroundRequests, sendToTab } from '../platform/messaging';
import { watchDatabaseHealth } from '../platform/storage-health';
import { hasAllSitesAccess, injectAnnotator, openSidePanel, syncPageCheckRegistration } from '../platform/tabs';

/** Context-menu entries and keyboard commands, each the same as a toolbar button. */
const MENU_ITEMS: { id: string; title: string; action: CaptureAction }[] = [
  { id: 'capture-highlight', title: 'Highlight', action: 'highlight' },
  { id: 'capture-claim', title: 'Mark as claim', action: 'claim' },
  { id: 'capture-party', title: 'Tag as party', action: 'party' },
];
const COMMAND_ACTIONS: Record<string, CaptureAction> = {
  'capture-highlight': 'highlight',
  'capture-claim': 'claim',
  'capture-party': 'party',
};

export default defineBackground(() => {
  const repo = new Repository();
  watchDatabaseHealth(repo.db, (health) => health.state === 'problem' && console.warn('Marginalia:', health.message));
  startBackupSchedule(repo);

  async function isAnnotated(url: string, canonicalUrl?: string): Promise<boolean> {
    const article = await repo.findArticle(url, canonicalUrl);
    return article ? (await repo.countForArticle(article.id)) > 0 : false;
  }

  async function captureIn(tab: Browser.tabs.Tab | undefined, action: CaptureAction): Promise<void> {
    const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
    if (target?.id === undefined || !isAnnotatableUrl(target.url ?? 'http://x/')) return;
    await sendToTab(target.id, { type: 'selection.capture', action }).catch((error: unknown) =>
      console.warn('Marginalia: capture failed', error),
    );
  }

  handleBackgroundRequests({
    'page.loaded': async (request, sender) => {
      const annotated = await isAnnotated(request.url, request.canonicalUrl);
      const tabId = sender.tab?.id;
      if (annotated && tabId !== undefined) await injectAnnotator(tabId, sender.frameId ?? 0);
      return { annotated };
    },
    'page.selection': async (_request, sender) => {
      const tabId = sender.tab?.id;
      if (tabId === undefined) return { injected: false };
      await injectAnnotator(tabId, sender.frameId ?? 0);
      return { injected: true };
    },
    'page.annotations': async (request) => {
      const article = await repo.findArticle(request.url, request.canonicalUrl);
      const annotations = article ? await repo.annotationsForArticle(article.id) : [];
      return { article: article ?? null, annotations, parties: await repo.listParties() };
    },
    'annotation.save': async (request) => {
      const article = await repo.upsertArticle(request.article, nowIso());
      const outcome = await repo.saveAnnotation({ ...request.annotation, articleId: article.id });
      return { outcome, article };
    },
    'annotation.delete': async (request) => ({
      deleted: (await repo.deleteAnnotation(request.id)) !== undefined,
    }),
    'anchor.report': async (request) => ({ updated: await repo.recordAnchorResults(request.results) }),
    'party.save': async (request) => ({ outcome: await repo.saveParty(request.party) }),
    'parties.list': async () => ({ parties: await repo.listParties() }),
    // The side panel, when open, selects the annotation itself (it hears the same
    // message); here the panel is opened where the browser allows it.
    'snapshot.check': async (request) => {
      const article = await repo.findArticle(request.url, request.canonicalUrl);
      if (!article || !(await snapshotsEnabled(repo.db)) || (await repo.countForArticle(article.id)) === 0) {
        return { needed: false };
      }
      return { needed: !(await notePageSeen(repo.db, article.id, request.pageHash, nowIso())) };
    },
    'snapshot.save': async (request) => {
      if (!(await snapshotsEnabled(repo.db))) return { outcome: 'disabled' };
      const article = await repo.findArticle(request.article.url, request.article.canonicalUrl);
      if (!article || (await repo.countForArticle(article.id)) === 0) return { outcome: 'not-annotated' };
      const outcome = await recordSnapshot(repo.db, {
        articleId: article.id,
        metadata: request.article,
        content: { html: request.html, text: request.text },
        pageHash: request.pageHash,
        pageBytes: request.pageBytes,
        at: nowIso(),
      });
      return { outcome };
    },
    suggest: async (request) => {
      const article = await repo.findArticle(request.url, request.canonicalUrl);
      const articleId = article?.id ?? articleKey(request.url, request.canonicalUrl);
      const [annotations, parties, dismissed] = await Promise.all([
        repo.annotationsForArticle(articleId),
        repo.listParties(),
        dismissedOn(repo.db, articleId),
      ]);
      const found = suggest(request.text, {
        parties,
        annotations: annotations.map((a) => ({ kind: a.kind, exact: a.target.quote.exact })),
      });
      return {
        parties: found.parties.filter((p) => !dismissed.has(partySuggestionKey(p))),
        claims: found.claims.filter((c) => !dismissed.has(claimSuggestionKey(c))),
      };
    },
    'annotation.selected': async (_request, sender) => ({ opened: await openSidePanel(sender.tab?.id) }),
  });

  browser.runtime.onInstalled.addListener(() => {
    void syncPageCheckRegistration();
    void browser.contextMenus.removeAll().then(() => {
      for (const { id, title } of MENU_ITEMS) browser.contextMenus.create({ id, title, contexts: ['selection'] });
    });
  });
  browser.runtime.onStartup.addListener(() => void syncPageCheckRegistration());
  browser.permissions.onAdded.addListener(() => void syncPageCheckRegistration());
  browser.permissions.onRemoved.addListener(() => void syncPageCheckRegistration());

  browser.contextMenus.onClicked.addListener((info, tab) => {
    const item = MENU_ITEMS.find((m) => m.id === info.menuItemId);
    if (item) void captureIn(tab, item.action);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    const action = COMMAND_ACTIONS[command];
    if (action) void captureIn(tab, action);
  });

  // An in-page navigation (History API) changes the address without loading a page, so
  // the every-page check does not run again. Browsers report it as a tab update, like a
  // load: ask the tab's annotator to check its address, or load it if the new address
  // has annotations. Tab addresses are only visible with all-sites access.
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url || !isAnnotatableUrl(tab.url)) return;
    const url = tab.url;
    void (async () => {
      if (!(await hasAllSitesAccess())) return;
      const refreshed = await browser.tabs.sendMessage(tabId, { type: 'page.refresh' }, { frameId: 0 }).then(
        () => true,
        () => false,
      );
      if (!refreshed && (await isAnnotated(url))) await injectAnnotator(tabId);
    })();
  });
});
