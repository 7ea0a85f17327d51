import type { ExtensionBrowser } from './types';

/**
 * With all-sites access the background registers the every-page check when the extension
 * is installed, asynchronously: a page opened before that gets no check (as it would not in
 * a reader's browser, the instant after installing). Tests start once it is registered.
 */
export async function everyPageCheckRegistered(browser: ExtensionBrowser): Promise<void> {
  if (browser.access !== 'granted') return;
  const deadline = Date.now() + 10_000;
  while (
    !(await browser.evaluateInExtension(async (api) => (await api.scripting.getRegisteredContentScripts()).length > 0))
  ) {
    if (Date.now() > deadline) throw new Error('The every-page check was never registered');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
