import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { chromePath, offlineChromiumArgs, QUIET_CHROMIUM_ARGS } from '../../../scripts/lib/browser-settings.mjs';
import { pinnedLocaleEnv, TEST_LOCALE } from './locale';
import { everyPageCheckRegistered } from './ready';
import { callWithExtensionApi, downloadsDirOf, extensionDirFor, freshProfileDir, removeDirs } from './profile';
import type { Access, ExtensionBrowser, ExtensionFunction, LaunchOptions } from './types';

/**
 * Profile preferences for services that have no command-line switch and would fetch from
 * Google once a page is in use: Safe Browsing, search and error-page suggestions, spell
 * checking (its dictionary download is not stopped by this alone: see offlineChromiumArgs).
 */
const OFFLINE_PREFERENCES = {
  browser: { enable_spellchecking: false },
  spellcheck: { dictionaries: [], use_spelling_service: false },
  safebrowsing: { enabled: false },
  search: { suggest_enabled: false },
  alternate_error_pages: { enabled: false },
  translate: { enabled: false },
};

async function seedPreferences(profileDir: string): Promise<void> {
  await mkdir(path.join(profileDir, 'Default'), { recursive: true });
  await writeFile(path.join(profileDir, 'Default', 'Preferences'), JSON.stringify(OFFLINE_PREFERENCES));
}

/**
 * Chromium with the extension loaded unpacked, driven over a pipe. Extension code runs in
 * its service worker; the popup is the real one, opened with chrome.action.openPopup().
 */
class ChromiumExtensionBrowser implements ExtensionBrowser {
  readonly name = 'chromium';
  private worker!: WebWorker;
  private extensionId = '';

  private constructor(
    public access: Access,
    private extensionDir: string,
    private readonly proxyOrigin: string,
    private readonly profileDir: string,
    readonly downloadsDir: string,
    public browser: Browser,
  ) {}

  static async launch({ server, access }: LaunchOptions): Promise<ChromiumExtensionBrowser> {
    const profileDir = await freshProfileDir('chromium');
    let extensionDir = '';
    let browser: Browser | undefined;
    try {
      await seedPreferences(profileDir);
      extensionDir = await extensionDirFor('chrome-mv3', access);
      const downloadsDir = await downloadsDirOf(profileDir);
      browser = await ChromiumExtensionBrowser.start(profileDir, downloadsDir, server.origin);
      const instance = new ChromiumExtensionBrowser(
        access,
        extensionDir,
        server.origin,
        profileDir,
        downloadsDir,
        browser,
      );
      await instance.install();
      return instance;
    } catch (error) {
      await browser?.close();
      await removeDirs(profileDir, extensionDir);
      throw error;
    }
  }

  private static async start(profileDir: string, downloadsDir: string, proxyOrigin: string): Promise<Browser> {
    const browser = await puppeteer.launch({
      browser: 'chrome',
      executablePath: chromePath(),
      headless: true,
      pipe: true,
      enableExtensions: true,
      userDataDir: profileDir,
      // No sandbox: CI runs as root, where Chromium will not start with one.
      args: ['--no-sandbox', ...QUIET_CHROMIUM_ARGS, ...offlineChromiumArgs(proxyOrigin), `--lang=${TEST_LOCALE}`],
      env: { ...process.env, ...pinnedLocaleEnv() },
    });
    // Headless Chromium refuses downloads unless told where to save them.
    const cdp = await browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloadsDir });
    return browser;
  }

  /** Loads the extension (again, after a restart: an unpacked extension's id comes from its path, so it stays the same). */
  private async install(): Promise<void> {
    this.extensionId = await this.browser.installExtension(this.extensionDir);
    const target = await this.browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(`${this.extensionOrigin}/`),
    );
    const worker = await target.worker();
    if (!worker) throw new Error('The extension service worker has no worker handle');
    this.worker = worker;
    await this.extensionApiReady();
    await everyPageCheckRegistered(this);
  }

  /** A just-started worker can be reached before the browser has given it the extension APIs. */
  private async extensionApiReady(): Promise<void> {
    const deadline = Date.now() + 10_000;
    while (!(await this.worker.evaluate('Boolean(globalThis.chrome?.runtime?.id)'))) {
      if (Date.now() > deadline) throw new Error('The extension service worker never got its extension APIs');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  get extensionOrigin(): string {
    return `chrome-extension://${this.extensionId}`;
  }

  async openPage(url: string): Promise<Page> {
    const page = await this.browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  async tabIdOf(page: Page): Promise<number> {
    await page.bringToFront();
    const id = await this.evaluateInExtension(
      async (api) => (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
    );
    if (id === undefined) throw new Error(`No active tab found for ${page.url()}`);
    return id;
  }

  async openPopup(page: Page): Promise<Page> {
    await page.bringToFront();
    const popupUrl = `${this.extensionOrigin}/popup.html`;
    const opened = this.browser.waitForTarget((t) => t.url() === popupUrl);
    await this.evaluateInExtension((api) => api.action.openPopup());
    const popup = await (await opened).asPage();
    await popup.waitForSelector('main.popup');
    return popup;
  }

  openExtensionPage(pathAndQuery: string): Promise<Page> {
    return this.openPage(`${this.extensionOrigin}/${pathAndQuery}`);
  }

  evaluateInExtension<T, A extends unknown[] = []>(fn: ExtensionFunction<T, A>, ...args: A): Promise<T> {
    return this.worker.evaluate(callWithExtensionApi(fn, args)) as Promise<T>;
  }

  async reinstall(access: Access): Promise<void> {
    await this.browser.uninstallExtension(this.extensionId);
    await removeDirs(this.extensionDir);
    this.extensionDir = await extensionDirFor('chrome-mv3', access);
    this.access = access;
    await this.install();
  }

  async restart(): Promise<void> {
    await this.browser.close();
    this.browser = await ChromiumExtensionBrowser.start(this.profileDir, this.downloadsDir, this.proxyOrigin);
    await this.install();
  }

  async close(): Promise<void> {
    await this.browser.close();
    await removeDirs(this.profileDir, this.extensionDir);
  }
}

export const launchChromium = (options: LaunchOptions): Promise<ExtensionBrowser> =>
  ChromiumExtensionBrowser.launch(options);
