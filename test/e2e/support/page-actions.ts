import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../harness';

/** Where a piece of page text is on screen: the middle-left of its first character and the right end of its last. */
async function textEdges(page: Page, text: string): Promise<{ start: { x: number; y: number }; end: { x: number; y: number } }> {
  const edges = await page.evaluate((wanted: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rects = [...range.getClientRects()];
      const first = rects[0]!;
      const last = rects[rects.length - 1]!;
      return {
        start: { x: first.left + 1, y: first.top + first.height / 2 },
        end: { x: last.right - 1, y: last.top + last.height / 2 },
      };
    }
    return null;
  }, text);
  if (!edges) throw new Error(`Text not found on the page: ${text}`);
  return edges;
}

/** Selects text as a reader does: press at its first character, drag to its last, release. */
export async function selectWithMouse(page: Page, text: string): Promise<void> {
  const { start, end } = await textEdges(page, text);
  await page.mouse.move(start.x - 1, start.y);
  await page.mouse.down();
  await page.mouse.move(end.x, end.y, { steps: 12 });
  await page.mouse.up();
  const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '');
  if (selected.replace(/\s+/g, ' ').trim() !== text) {
    throw new Error(`Mouse selection gave ${JSON.stringify(selected)}, not ${JSON.stringify(text)}`);
  }
}

/**
 * Finds a control of Marginalia's page UI by its role and accessible name. The UI lives in
 * a closed shadow root, which no page script (and no CSS selector) can enter; the
 * accessibility tree, which is what assistive technology uses, does show it.
 */
export async function findControl(page: Page, role: string, name: string, timeout = 10_000) {
  return page.locator(`::-p-aria([name="${name}"][role="${role}"])`).setTimeout(timeout).waitHandle();
}

export async function clickControl(page: Page, role: string, name: string): Promise<void> {
  const handle = await findControl(page, role, name);
  const box = await handle.boundingBox();
  if (!box) throw new Error(`${role} "${name}" is not visible`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The text of each range Marginalia paints with the CSS Custom Highlight API, by highlight name. */
export function paintedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    for (const name of ['marginalia-claim', 'marginalia-party', 'marginalia-highlight']) {
      out[name] = [...(registry?.get(name) ?? [])].map((range) => range.toString().replace(/\s+/g, ' ').trim());
    }
    return out;
  });
}

/** Stored records as the extension's database holds them, read inside the extension. */
export function storedRecords<T = Record<string, unknown>>(
  browser: ExtensionBrowser,
  store: 'annotations' | 'articles' | 'parties',
): Promise<T[]> {
  return browser.evaluateInExtension(
    new Function(
      'api',
      `return new Promise((resolve, reject) => {
        const open = indexedDB.open('marginalia');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(${JSON.stringify(store)})) { db.close(); resolve([]); return; }
          const request = db.transaction(${JSON.stringify(store)}).objectStore(${JSON.stringify(store)}).getAll();
          request.onsuccess = () => { db.close(); resolve(request.result); };
          request.onerror = () => reject(request.error);
        };
      });`,
    ) as () => Promise<T[]>,
  );
}

/** Waits until `check` passes, retrying for a while: the page and the database settle asynchronously. */
export async function eventually<T>(check: () => Promise<T>, timeout = 10_000, interval = 200): Promise<T> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      return await check();
    } catch (error) {
      lastError = error;
      await new Promise((resolve) => setTimeout(resolve, interval));
    }
  }
  throw lastError;
}
