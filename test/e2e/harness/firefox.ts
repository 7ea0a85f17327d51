import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import {
  FIREFOX_ADDON_ID,
  firefoxPath,
  testFirefoxEnv,
  testFirefoxPrefs,
} from '../../../scripts/lib/browser-settings.mjs';
import { pinnedLocaleEnv, TEST_LOCALE } from './locale';
import { everyPageCheckRegistered } from './ready';
import { callWithExtensionApi, downloadsDirOf, extensionDirFor, freshProfileDir, removeDirs } from './profile';
import type { TestServer } from './server';
import type { Access, ExtensionBrowser, ExtensionFunction, LaunchOptions } from './types';

/** Pinned through a pref so the extension's pages have an address known before it is installed. */
export const FIREFOX_EXTENSION_UUID = '4c6f1d2e-8a3b-4f5c-9d7e-1a2b3c4d5e6f';

/** The part of puppeteer-core's (internal) BiDi frame that sends `browsingContext.navigate`. */
interface BidiFrameInternals {
  browsingContext: { navigate(url: string, wait: 'none' | 'interactive' | 'complete'): Promise<void> };
}

/**
 * `page.goto` never settles for a moz-extension:// page: Firefox reports the navigation but
 * no load event for it, so puppeteer waits out its timeout (and `page.url()` stays
 * about:blank). The BiDi navigate command itself does wait for the load, so it is sent
 * directly, through puppeteer-core's internals (its version is pinned in package.json).
 */
async function navigateAndWaitForLoad(page: Page, url: string): Promise<void> {
  await (page.mainFrame() as unknown as BidiFrameInternals).browsingContext.navigate(url, 'complete');
}

/**
 * Firefox with the extension installed as a temporary add-on over WebDriver BiDi. Extension
 * code runs in a document of the extension kept open in a tab of its own: BiDi reaches
 * neither Firefox's background page nor the toolbar popup panel, so the popup is opened as a
 * page, pointed at its tab with `?tab=ID`.
 */
class FirefoxExtensionBrowser implements ExtensionBrowser {
  readonly name = 'firefox';
  readonly extensionOrigin = `moz-extension://${FIREFOX_EXTENSION_UUID}`;
  private extensionPage!: Page;

  private constructor(
    public access: Access,
    private extensionDir: string,
    private readonly server: TestServer,
    private readonly profileDir: string,
    readonly downloadsDir: string,
    public browser: Browser,
  ) {}

  static async launch({ server, access }: LaunchOptions): Promise<FirefoxExtensionBrowser> {
    const profileDir = await freshProfileDir('firefox');
    let extensionDir = '';
    let browser: Browser | undefined;
    try {
      extensionDir = await extensionDirFor('firefox-mv3', access);
      const downloadsDir = await downloadsDirOf(profileDir);
      browser = await FirefoxExtensionBrowser.start(profileDir, downloadsDir, server);
      const instance = new FirefoxExtensionBrowser(access, extensionDir, server, profileDir, downloadsDir, browser);
      await instance.install();
      return instance;
    } catch (error) {
      await browser?.close();
      await removeDirs(profileDir, extensionDir);
      throw error;
    }
  }

  private static start(profileDir: string, downloadsDir: string, server: TestServer): Promise<Browser> {
    return puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      userDataDir: profileDir,
      // WebDriver BiDi only navigates to web addresses unless given this; the tests have to
      // open moz-extension:// pages.
      args: ['--remote-allow-system-access'],
      env: { ...testFirefoxEnv(), ...pinnedLocaleEnv() },
      extraPrefsFirefox: {
        ...testFirefoxPrefs({
          uuid: FIREFOX_EXTENSION_UUID,
          proxy: { host: '127.0.0.1', port: Number(new URL(server.origin).port) },
        }),
        'intl.locale.requested': TEST_LOCALE,
        'intl.regional_prefs.use_os_locales': false,
        // A download goes straight to this folder: a headless browser shows no dialog to answer.
        'browser.download.folderList': 2,
        'browser.download.dir': downloadsDir,
        'browser.download.useDownloadDir': true,
        'browser.download.always_ask_before_handling_new_types': false,
        'browser.download.alwaysOpenPanel': false,
      },
    });
  }

  private async install(): Promise<void> {
    await this.browser.installExtension(this.extensionDir);
    // The manifest is a document of the extension's origin (so it has the extension APIs)
    // that runs none of the extension's own code.
    this.extensionPage = await this.openExtensionPage('manifest.json');
    await everyPageCheckRegistered(this);
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
    const tabId = await this.tabIdOf(page);
    const popup = await this.openExtensionPage(`popup.html?tab=${tabId}`);
    await popup.waitForSelector('main.popup');
    return popup;
  }

  async openExtensionPage(pathAndQuery: string): Promise<Page> {
    const page = await this.browser.newPage();
    await navigateAndWaitForLoad(page, `${this.extensionOrigin}/${pathAndQuery}`);
    return page;
  }

  evaluateInExtension<T, A extends unknown[] = []>(fn: ExtensionFunction<T, A>, ...args: A): Promise<T> {
    return this.extensionPage.evaluate(callWithExtensionApi(fn, args)) as Promise<T>;
  }

  async reinstall(access: Access): Promise<void> {
    await this.extensionPage.close();
    await this.browser.uninstallExtension(FIREFOX_ADDON_ID);
    await removeDirs(this.extensionDir);
    this.extensionDir = await extensionDirFor('firefox-mv3', access);
    this.access = access;
    await this.install();
  }

  async restart(): Promise<void> {
    await this.browser.close();
    this.browser = await FirefoxExtensionBrowser.start(this.profileDir, this.downloadsDir, this.server);
    await this.install();
  }

  async close(): Promise<void> {
    await this.browser.close();
    await removeDirs(this.profileDir, this.extensionDir);
  }
}

export const launchFirefox = (options: LaunchOptions): Promise<ExtensionBrowser> =>
  FirefoxExtensionBrowser.launch(options);
