import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, TestServer, type ExtensionBrowser } from './harness';
import { TEST_LOCALE, TEST_TIME_ZONE } from './harness/locale';
import { waitForSettled } from './support/views';

const ARTICLE_PATH = '/articles/rferl-aleppo.html';
const PUBLISHED = '2016-09-29T06:52:00+00:00';

/** What the reader sees in the popup once it has settled, read as rendered text. */
interface PopupView {
  alert: string | null;
  title: string | null;
  site: string | null;
  date: { text: string; datetime: string | null } | null;
  annotations: string | null;
}

async function settledView(popup: Page): Promise<PopupView> {
  await waitForSettled(popup);
  return popup.evaluate(() => {
    const text = (selector: string) => document.querySelector<HTMLElement>(selector)?.innerText.trim() ?? null;
    const time = document.querySelector<HTMLElement>('time');
    return {
      alert: text('[role="alert"]'),
      title: text('h1'),
      site: text('.article-site'),
      date: time ? { text: time.innerText.trim(), datetime: time.getAttribute('datetime') } : null,
      annotations: text('.annotation-count'),
    };
  });
}

/** Writes `value` to (or, given null, reads) one record of a probe database in the extension's IndexedDB. */
function probeDatabase(_api: unknown, value: string | null): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('marginalia-e2e-probe', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('kv');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const store = open.result.transaction('kv', 'readwrite').objectStore('kv');
      const request = value === null ? store.get('restart') : store.put(value, 'restart');
      request.transaction!.oncomplete = () => {
        open.result.close();
        resolve(value ?? (request.result as string | undefined));
      };
      request.onerror = () => reject(request.error);
    };
  });
}

describe.each(browsers)('the popup in $name', ({ launch }) => {
  let server: TestServer;
  let browser: ExtensionBrowser;
  let article: Page;

  beforeAll(async () => {
    server = await TestServer.start();
    browser = await launch({ server, access: 'as-built' });
    article = await browser.openPage(server.url(ARTICLE_PATH));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('as built, before the reader grants any access', () => {
    // Opening the popup from a test is not a click on the toolbar button, so activeTab is not
    // granted (chrome.action.openPopup() does not grant it either): this is what a reader
    // sees on a page the extension has no access to.
    it('says plainly that it cannot read the page, and shows no article', async () => {
      const popup = await browser.openPopup(article);
      const view = await settledView(popup);
      expect(view.alert).toMatch(/^Marginalia cannot read this page\./);
      expect(view.alert).toContain('click the Marginalia button to give it access');
      expect(view.title).toBeNull();
      expect(view.annotations).toBeNull();
      await popup.close();
    });
  });

  describe('with all-sites access granted', () => {
    beforeAll(async () => {
      await browser.reinstall('granted');
    });

    it('shows the article: title, site, publication date, and no annotations yet', async () => {
      const popup = await browser.openPopup(article);
      const view = await settledView(popup);
      const expectedDate = new Intl.DateTimeFormat(TEST_LOCALE, {
        dateStyle: 'long',
        timeZone: TEST_TIME_ZONE,
      }).format(new Date(PUBLISHED));
      expect(view).toEqual({
        alert: null,
        title: 'U.S. Threatens To End Cooperation With Russia Over Aleppo Assault',
        site: 'RFE/RL',
        date: { text: expectedDate, datetime: PUBLISHED },
        annotations: expect.stringMatching(/^No annotations yet\./),
      });
      expect(expectedDate).toBe('September 29, 2016');
      await popup.close();
    });

    it('keeps the profile across a browser restart: stored data survives and the popup still reads the page', async () => {
      // The extension keeps everything in its IndexedDB; a probe database of the same origin
      // shows whether that survives a restart.
      await browser.evaluateInExtension(probeDatabase, 'kept');
      await browser.restart();
      article = await browser.openPage(server.url(ARTICLE_PATH));
      expect(await browser.evaluateInExtension(probeDatabase, null)).toBe('kept');
      const popup = await browser.openPopup(article);
      expect((await settledView(popup)).title).toBe(
        'U.S. Threatens To End Cooperation With Russia Over Aleppo Assault',
      );
      await popup.close();
    });
  });

  it('loaded the article from the test server and sent nothing anywhere else', () => {
    expect(server.pathsRequested()).toContain(ARTICLE_PATH);
    expect(server.foreignRequests()).toEqual([]);
  });

  // Proves the check above can fail: a page that reaches out is caught, and nothing is fetched.
  it('(harness) catches a page that tries to reach another address', async () => {
    const url = server.setPage(
      '/e2e/reaches-out.html',
      '<!doctype html><title>Reaches out</title><img src="http://example.com/pixel.png"><img src="https://example.org/pixel.png">',
    );
    const page = await browser.openPage(url);
    await page.close();
    const foreign = server.foreignRequests().map((r) => r.host);
    expect(foreign).toContain('example.com');
    expect(foreign).toContain('example.org:443');
  });
});
