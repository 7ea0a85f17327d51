import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';
import type { BrowserName, ExtensionBrowser, LaunchOptions } from './types';

export interface BrowserUnderTest {
  name: BrowserName;
  launch(options: LaunchOptions): Promise<ExtensionBrowser>;
}

const ALL: BrowserUnderTest[] = [
  { name: 'chromium', launch: launchChromium },
  { name: 'firefox', launch: launchFirefox },
];

/**
 * The browsers every end-to-end test runs in, for `describe.each(browsers)`. E2E_BROWSERS
 * (comma-separated names) narrows the list while working on one browser; CI runs both.
 */
export const browsers: BrowserUnderTest[] = (() => {
  const wanted = process.env.E2E_BROWSERS?.split(',').map((name) => name.trim());
  return wanted ? ALL.filter((b) => wanted.includes(b.name)) : ALL;
})();
