import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, TestServer, type ExtensionBrowser } from './harness';
import { clickToolbarButton, eventually, paintedTexts, selectWithMouse } from './support/page-actions';
import { byText, fieldByLabel, openAnnotation } from './support/views';

const ARTICLE = '/articles/rferl-aleppo.html';
const KIRBY =
  'Kerry\'s spokesman, John Kirby, said Washington was preparing to "suspend U.S.-Russia bilateral engagement on Syria...unless Russia takes immediate steps to end the assault on Aleppo."';
const PER_WRITER = 200;

interface Stored {
  id: string;
  articleId: string;
  note: string;
  target: { quote: { exact: string } };
}

/** A page of `count` numbered paragraphs, each a sentence no other paragraph repeats. */
function numberedPage(title: string, count: number): string {
  const paragraphs = Array.from(
    { length: count },
    (_, i) => `<p id="p${i}">${title} paragraph ${i} says something only it says.</p>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1>${paragraphs.join('')}</article></body></html>`;
}

/** Every record of a store, read with plain IndexedDB in an extension page (any page of the extension's origin). */
function readStore<T = Stored>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name: string) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('marginalia');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            db.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/**
 * Makes the background's next database write never finish, so the save that makes it
 * stays in flight: IndexedDB's `put` is replaced, in the background only, by one whose
 * request never answers. Runs in the service worker (Chromium) or, through an extension
 * page, in the event page (Firefox). Resolves once a write is stuck.
 */
async function stallNextBackgroundWrite(browser: ExtensionBrowser, extensionPage: Page, start: () => Promise<void>) {
  const stall = (scope: typeof globalThis) => {
    const flags = scope as unknown as { writeStalled?: boolean };
    scope.IDBObjectStore.prototype.put = function () {
      flags.writeStalled = true;
      return {} as IDBRequest;
    };
  };
  const stalled = (scope: typeof globalThis) => (scope as unknown as { writeStalled?: boolean }).writeStalled === true;
  // Firefox's extension CSP forbids `Function()` in the page, so the source goes to the page
  // as an expression, which the remote protocol evaluates outside the page's CSP.
  const inBackground = <T>(fn: (scope: typeof globalThis) => T): Promise<T> =>
    browser.name === 'chromium'
      ? browser.evaluateInExtension(new Function('api', `return (${fn.toString()})(globalThis)`) as () => T)
      : (extensionPage.evaluate(
          `(async () => (${fn.toString()})(await browser.runtime.getBackgroundPage()))()`,
        ) as Promise<T>);
  await inBackground(stall);
  await start();
  await eventually(async () => {
    if (!(await inBackground(stalled))) throw new Error('no write in flight yet');
  });
}

/**
 * Stops the extension's background mid-work, as the browser does to an idle one.
 * Chromium: its service worker is stopped through the DevTools protocol. The browser
 * starts it again for the next message, but holds it for the debugger first (the test's
 * own connection), so it is let go on every start until `done` is called.
 * Firefox has an event page instead: it is reloaded, from an extension page, losing
 * whatever it was doing, as when Firefox unloads it.
 */
async function stopBackground(browser: ExtensionBrowser, extensionPage: Page): Promise<() => void> {
  if (browser.name === 'firefox') {
    await extensionPage.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } }).browser;
      (await api.runtime.getBackgroundPage()).location.reload();
    });
    return () => undefined;
  }
  const session = await browser.browser.target().createCDPSession();
  const pageSession = await extensionPage.createCDPSession();
  await pageSession.send('ServiceWorker.enable');
  await pageSession.send('ServiceWorker.stopAllWorkers');
  let running = true;
  const letGo = async () => {
    while (running) {
      const { targetInfos } = await session.send('Target.getTargets');
      for (const target of targetInfos.filter(
        (t) => t.type === 'service_worker' && t.url.startsWith(browser.extensionOrigin),
      )) {
        const { sessionId } = await session.send('Target.attachToTarget', { targetId: target.targetId, flatten: true });
        const worker = session.connection()?.session(sessionId);
        await worker?.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
        await session.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const letting = letGo().catch(() => undefined);
  return () => {
    running = false;
    void letting.then(() => session.detach().catch(() => undefined));
  };
}

describe.each(browsers)('faults in $name', ({ launch }) => {
  let server: TestServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await TestServer.start();
    server.setPage('/numbered/a.html', numberedPage('Tab A', PER_WRITER));
    server.setPage('/numbered/b.html', numberedPage('Tab B', PER_WRITER));
    browser = await launch({ server, access: 'granted' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('stores everything two tabs and the side panel write at the same moment: none lost, none doubled', async () => {
    const tabA = await browser.openPage(server.url('/numbered/a.html'));
    const tabB = await browser.openPage(server.url('/numbered/b.html'));
    const [idA, idB] = [await browser.tabIdOf(tabA), await browser.tabIdOf(tabB)];
    const panel = await browser.openExtensionPage(`sidepanel.html?tab=${idA}`);

    // Each tab selects its paragraphs one by one and captures them through the real
    // message path (the context menu's), while the side panel's page writes annotations
    // of its own, straight to the database as a view does.
    const failures = await panel.evaluate(
      async (tabs: number[], count: number, articleUrl: string) => {
        const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
          scripting: { executeScript(options: object): Promise<unknown> };
          tabs: {
            sendMessage(
              tab: number,
              message: object,
              options: object,
            ): Promise<{ ok: boolean; value?: { saved: boolean }; error?: string }>;
          };
        };
        const failed: string[] = [];
        const captureAll = async (tabId: number) => {
          await api.scripting.executeScript({ target: { tabId }, files: ['/annotator.js'] });
          for (let i = 0; i < count; i++) {
            await api.scripting.executeScript({
              target: { tabId },
              args: [i],
              func: (n: number) => {
                const range = document.createRange();
                range.selectNodeContents(document.getElementById(`p${n}`)!);
                document.getSelection()!.removeAllRanges();
                document.getSelection()!.addRange(range);
              },
            });
            const answer = await api.tabs.sendMessage(
              tabId,
              { type: 'selection.capture', action: 'highlight' },
              { frameId: 0 },
            );
            if (!answer?.ok || !answer.value?.saved) failed.push(`tab ${tabId} #${i}: ${JSON.stringify(answer)}`);
          }
        };
        const open = () =>
          new Promise<IDBDatabase>((resolve, reject) => {
            const request = indexedDB.open('marginalia');
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
        const writeAll = async () => {
          const db = await open();
          for (let i = 0; i < count; i++) {
            const at = new Date().toISOString();
            const exact = `Side panel note ${i}`;
            await new Promise<void>((resolve, reject) => {
              const tx = db.transaction(['annotations', 'tombstones'], 'readwrite');
              tx.objectStore('annotations').put({
                id: crypto.randomUUID(),
                articleId: articleUrl,
                kind: 'highlight',
                target: {
                  source: articleUrl,
                  quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
                  position: { type: 'TextPositionSelector', start: 0, end: exact.length },
                },
                note: exact,
                tags: [],
                partyIds: [],
                created: at,
                updated: at,
              });
              tx.oncomplete = () => resolve();
              tx.onerror = () => reject(tx.error);
            });
          }
          db.close();
        };
        await Promise.all([captureAll(tabs[0]!), captureAll(tabs[1]!), writeAll()]);
        return failed;
      },
      [idA, idB],
      PER_WRITER,
      server.url('/elsewhere.html'),
    );
    expect(failures).toEqual([]);

    const stored = await readStore(panel, 'annotations');
    expect(stored).toHaveLength(3 * PER_WRITER);
    expect(new Set(stored.map((a) => a.id)).size).toBe(3 * PER_WRITER);
    for (const title of ['Tab A', 'Tab B']) {
      const quotes = stored.map((a) => a.target.quote.exact).filter((q) => q.startsWith(`${title} `));
      expect(quotes.sort()).toEqual(
        Array.from({ length: PER_WRITER }, (_, i) => `${title} paragraph ${i} says something only it says.`).sort(),
      );
    }
    expect(stored.filter((a) => a.note.startsWith('Side panel note '))).toHaveLength(PER_WRITER);
    // The side panel, following tab A, shows every one of its annotations.
    await byText(panel, '.annotation-count', `${PER_WRITER} annotations on this page`, { timeout: 20_000 });
    expect((await paintedTexts(tabB))['marginalia-highlight']).toHaveLength(PER_WRITER);
  }, 90_000);

  it('finds everything again after the browser is closed and reopened on the same profile', async () => {
    const reader = await browser.openExtensionPage('manifest.json');
    const before = await readStore(reader, 'annotations');
    expect(before.length).toBeGreaterThan(0);
    const partiesBefore = await readStore(reader, 'parties');

    await browser.restart();

    const after = await browser.openExtensionPage('manifest.json');
    const byId = (records: Stored[]) => [...records].sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(byId(await readStore(after, 'annotations'))).toEqual(byId(before));
    expect(await readStore(after, 'parties')).toEqual(partiesBefore);
    const tabA = await browser.openPage(server.url('/numbered/a.html'));
    const painted = await eventually(async () => {
      const texts = (await paintedTexts(tabA))['marginalia-highlight']!;
      if (texts.length < PER_WRITER) throw new Error(`painted ${texts.length}`);
      return texts;
    }, 20_000);
    expect(painted).toHaveLength(PER_WRITER);
  });

  // The disk fills up while the side panel is open: from then on its IndexedDB refuses
  // every write with a QuotaExceededError, as a full disk makes it do.
  it('tells the reader in a view when storage is full, leaves what was stored, and saves the kept note in the next view', async () => {
    const page = await browser.openPage(server.url('/numbered/b.html'));
    const panel = await browser.openExtensionPage(`sidepanel.html?tab=${await browser.tabIdOf(page)}`);
    await byText(panel, '.annotation-count', `${PER_WRITER} annotations on this page`, { timeout: 20_000 });
    const quote = 'Tab B paragraph 7 says something only it says.';
    const editor = await openAnnotation(panel, quote);
    await panel.evaluate(() => {
      const refuse = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.put = refuse;
      IDBObjectStore.prototype.add = refuse;
    });
    const typed = 'Checked against the ministry statement.';
    const note = await fieldByLabel(panel, 'Note', editor);
    await note.click();
    await panel.keyboard.type(typed);
    await panel.keyboard.press('Tab');

    const alert = await byText(panel, '.storage-alert', 'There is no room left', { partial: true });
    expect(await alert.evaluate((el) => (el as HTMLElement).innerText)).toContain('Nothing already saved was changed.');
    expect(await note.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe(typed);
    // Read in the panel itself: opening another tab would let another view (Firefox's
    // sidebar follows the active tab) save the kept note at once.
    const noteIn = async (view: Page) =>
      (await readStore(view, 'annotations')).find((a) => a.target.quote.exact === quote)?.note;
    expect(await noteIn(panel)).toBe('');

    // The next view opened, where storage works, saves the note the reader typed.
    await panel.close();
    const popup = await browser.openPopup(page);
    await eventually(async () => {
      const saved = await noteIn(popup);
      if (saved !== typed) throw new Error(`note is ${JSON.stringify(saved)}`);
    });
  });

  it('saves exactly once an annotation whose save was in flight when the background stopped', async () => {
    const page = await browser.openPage(server.url(ARTICLE));
    const reader = await browser.openExtensionPage('manifest.json');
    await eventually(async () => {
      await page.bringToFront();
      await selectWithMouse(page, KIRBY);
    });
    await stallNextBackgroundWrite(browser, reader, () => clickToolbarButton(page, 'Highlight', 5000));
    const restarted = await stopBackground(browser, reader);
    try {
      const [saved] = await eventually(async () => {
        const found = (await readStore(reader, 'annotations')).filter((a) => a.target.quote.exact === KIRBY);
        if (found.length === 0) throw new Error('not saved yet');
        return found;
      }, 20_000);
      // The page tries up to three times over about two seconds: none of them doubles it.
      await new Promise((resolve) => setTimeout(resolve, 2500));
      const all = (await readStore(reader, 'annotations')).filter((a) => a.target.quote.exact === KIRBY);
      expect(all.map((a) => a.id)).toEqual([saved!.id]);
      expect((await paintedTexts(page))['marginalia-highlight']).toEqual([KIRBY]);

      await page.reload({ waitUntil: 'load' });
      const painted = await eventually(async () => {
        const texts = (await paintedTexts(page))['marginalia-highlight']!;
        if (texts.length === 0) throw new Error('not painted yet');
        return texts;
      }, 15_000);
      expect(painted).toEqual([KIRBY]);
    } finally {
      restarted();
    }
    expect(server.foreignRequests()).toEqual([]);
  });
});
