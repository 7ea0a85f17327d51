import type { Browser, Page } from 'puppeteer-core';
import type { WxtBrowser } from 'wxt/browser';
import type { TestServer } from './server';

export type BrowserName = 'chromium' | 'firefox';

/**
 * How the extension is installed. `as-built` is what a reader gets: no host access until they
 * grant it. `granted` is a copy with all-sites access already given, because a headless
 * browser cannot click a permission prompt.
 */
export type Access = 'as-built' | 'granted';

export interface LaunchOptions {
  /** The test server: pages come from it, and it stands in as the proxy for every other address. */
  server: TestServer;
  access: Access;
}

/**
 * Code run inside the extension (its service worker, or an extension page), given the
 * browser's own extension API object (`browser`, or `chrome` where there is no `browser`)
 * and JSON-serialisable arguments. It is sent as source text, so it cannot close over test
 * variables.
 */
export type ExtensionFunction<T, A extends unknown[] = []> = (api: WxtBrowser, ...args: A) => T | Promise<T>;

/** A browser with the extension installed, driven the same way whichever browser it is. */
export interface ExtensionBrowser {
  readonly name: BrowserName;
  /** How the extension is currently installed (see `reinstall`). */
  readonly access: Access;
  /** The live puppeteer browser (replaced by `restart`). */
  readonly browser: Browser;
  /** `chrome-extension://ID` or `moz-extension://UUID`, no trailing slash. */
  readonly extensionOrigin: string;
  /** Where the browser saves downloads, without asking (inside the profile, so `close` deletes it). */
  readonly downloadsDir: string;
  /** Opens `url` in a new tab and waits for it to load. */
  openPage(url: string): Promise<Page>;
  /** The extension's id for the tab showing `page` (it becomes the active tab). */
  tabIdOf(page: Page): Promise<number>;
  /**
   * Opens the toolbar popup for the tab showing `page`. Chromium opens the real popup
   * (chrome.action.openPopup); Firefox cannot do that headless, so the popup page is
   * opened in a tab of its own, pointed at the article tab with `?tab=ID`.
   */
  openPopup(page: Page): Promise<Page>;
  /** Opens an extension page such as `popup.html?tab=3` in a tab of its own. */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  /** Runs `fn(api, ...args)` inside the extension and returns its (JSON-serialisable) result. */
  evaluateInExtension<T, A extends unknown[] = []>(fn: ExtensionFunction<T, A>, ...args: A): Promise<T>;
  /**
   * Uninstalls the extension and installs it again as `access`, in the same browser (cheaper
   * than a new browser). Whether its stored data survives differs by browser: assume not.
   */
  reinstall(access: Access): Promise<void>;
  /** Closes the browser and opens it again on the same profile, extension and stored data kept. */
  restart(): Promise<void>;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}
