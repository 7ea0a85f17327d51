import puppeteer from 'puppeteer-core';

// Besides the harness's standard flags, every host name but 127.0.0.1 resolves to nothing,
// and each page aborts requests elsewhere: the pages under test must not reach the network.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

// The database suite keeps one evaluate call busy for minutes.
const PROTOCOL_TIMEOUT_MS = 20 * 60_000;

/**
 * Headless Chromium with its default (on-disk) profile: an incognito context would keep
 * IndexedDB in memory and flatter every database number.
 */
export async function launchBrowser() {
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    protocolTimeout: PROTOCOL_TIMEOUT_MS,
  });
  return {
    version: () => browser.version(),
    /** Opens `url` in a new tab, runs `fn(arg)` there and closes the tab. */
    async evaluateOn(url, fn, arg, { log } = {}) {
      const page = await browser.newPage();
      try {
        const origin = new URL(url).origin;
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          const target = request.url();
          if (target.startsWith(`${origin}/`)) request.continue();
          else request.abort('blockedbyclient');
        });
        if (log) page.on('console', (message) => log(message.text()));
        await page.goto(url, { waitUntil: 'load' });
        return await page.evaluate(fn, arg);
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}
