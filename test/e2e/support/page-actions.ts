import type { ElementHandle, EvaluateFunc, HandleFor, Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../harness';

/** Where a piece of page text is on screen: the middle-left of its first character and the right end of its last. */
async function textEdges(
  page: Page,
  text: string,
): Promise<{ start: { x: number; y: number }; end: { x: number; y: number } }> {
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
  const selected = await page.evaluate(() => {
    const kept = (window as unknown as { realGetSelection?: () => Selection | null }).realGetSelection;
    return (kept ?? (() => document.getSelection()))()?.toString() ?? '';
  });
  if (selected.replace(/\s+/g, ' ').trim() !== text) {
    throw new Error(`Mouse selection gave ${JSON.stringify(selected)}, not ${JSON.stringify(text)}`);
  }
}

/** Where the selection toolbar's button with this label is on screen, once the toolbar shows. */
async function toolbarButtonCentre(page: Page, label: string, timeout: number): Promise<{ x: number; y: number }> {
  const handle = await waitUntil(
    page,
    (wanted: string) => {
      const root = document.querySelector('marginalia-toolbar')?.shadowRoot;
      const button = [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent === wanted);
      if (!button) return null;
      const box = button.getBoundingClientRect();
      return box.width > 0 ? { x: box.left + box.width / 2, y: box.top + box.height / 2 } : null;
    },
    { timeout, polling: 100 },
    label,
  );
  return (await handle.jsonValue())!;
}

/**
 * Clicks a button of the selection toolbar with the mouse, as a reader would. The
 * toolbar sits in an open shadow root, so its buttons can be found on the page; the
 * panels that show notes use a closed root and are driven with the keyboard instead.
 */
export async function clickToolbarButton(page: Page, label: string, timeout = 10_000): Promise<void> {
  const { x, y } = await toolbarButtonCentre(page, label, timeout);
  await page.mouse.click(x, y);
}

/** Whether the selection toolbar is showing. */
export function toolbarShown(page: Page): Promise<boolean> {
  return page.evaluate(
    () => !!document.querySelector('marginalia-toolbar')?.shadowRoot?.querySelector('[role="toolbar"]'),
  );
}

/** The text of each range Marginalia paints with the CSS Custom Highlight API, by highlight name. */
export function paintedTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    // A hostile page may replace `CSS`; a test can keep the real one first (see keepRealApis).
    const css = (window as unknown as { realCss?: typeof CSS }).realCss ?? CSS;
    const registry = (css as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    for (const name of ['marginalia-claim', 'marginalia-party', 'marginalia-highlight']) {
      out[name] = [...(registry?.get(name) ?? [])].map((range) => range.toString().replace(/\s+/g, ' ').trim());
    }
    return out;
  });
}

/**
 * Keeps the page's real `CSS` namespace and `getSelection` where these helpers find them,
 * before any page script runs, so a page that replaces them can still be inspected.
 */
export async function keepRealApis(page: Page): Promise<void> {
  await page.evaluateOnNewDocument(() => {
    const keep = window as unknown as { realCss: typeof CSS; realGetSelection: () => Selection | null };
    keep.realCss = CSS;
    const getSelection = Document.prototype.getSelection;
    keep.realGetSelection = () => getSelection.call(document);
  });
}

/** Stored records as the extension's database holds them, read inside the extension. */
export function storedRecords<T = Record<string, unknown>>(
  browser: ExtensionBrowser,
  store: 'annotations' | 'articles' | 'parties' | 'snapshots' | 'backups' | 'collections',
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

/**
 * Waits until `fn(...args)`, run in the page, returns something truthy, and returns a handle
 * to it. It stands in for puppeteer's waitForFunction, whose in-page poller builds the check
 * with Function(): Firefox 140 holds that to an extension page's CSP and refuses it, while
 * each separate evaluation here is outside the CSP. A check that throws (a navigation
 * replaced the document under it) is tried again until the time is up.
 */
export function waitUntil<Params extends unknown[], Func extends EvaluateFunc<Params> = EvaluateFunc<Params>>(
  page: Page,
  fn: Func,
  options: { timeout?: number; polling?: number } = {},
  ...args: Params
): Promise<HandleFor<Awaited<ReturnType<Func>>>> {
  const { timeout = 30_000, polling = 100 } = options;
  return eventually(
    async () => {
      const handle = await page.evaluateHandle(fn, ...args);
      if (await page.evaluate((value: unknown) => Boolean(value), handle)) return handle;
      await handle.dispose();
      throw new Error(`The page did not meet this condition within ${timeout} ms: ${fn.toString().slice(0, 200)}`);
    },
    timeout,
    polling,
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

/**
 * Clicks an element once it stops moving, as a person aims at what stands still. A popup
 * lays itself out again just after it opens (seen: an Accept button moved from x 14 to x 198
 * within 150 ms in Chromium) and a filtered list moves its options as letters arrive; a
 * click aimed before that lands elsewhere.
 */
export async function clickWhenSteady(element: ElementHandle<Element>, timeout = 5000): Promise<void> {
  const deadline = Date.now() + timeout;
  let last = JSON.stringify(await element.boundingBox());
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    const box = JSON.stringify(await element.boundingBox());
    if (box === last || Date.now() > deadline) break;
    last = box;
  }
  await element.click();
}

/**
 * Waits until one of Marginalia's panels (editor, party chooser) has the keyboard focus. On a
 * busy 2-core machine a panel has been seen to take over 5 s to open.
 */
export async function waitForPanelFocus(page: Page, timeout = 15_000): Promise<void> {
  await waitUntil(page, () => document.activeElement?.localName === 'marginalia-ui', { timeout });
}

/** Marks a passage as a claim with the toolbar, optionally typing a note, and closes the editor. */
export async function markClaim(page: Page, text: string, note?: string): Promise<void> {
  await eventually(async () => {
    await selectWithMouse(page, text);
    await clickToolbarButton(page, 'Claim', 3000);
  });
  await waitForPanelFocus(page);
  if (note) {
    // From the claimant field (focused), Tab reaches the note.
    await page.keyboard.press('Tab');
    await page.keyboard.type(note);
  }
  await page.keyboard.press('Escape');
}

/**
 * Sets the page's viewport. Puppeteer sets the size and the screen orientation together over
 * WebDriver BiDi, and Firefox 140 knows no orientation override, so that half fails while the
 * size still applies: the size is then awaited as the page reports it.
 */
export async function setViewportSize(page: Page, width: number, height: number): Promise<void> {
  try {
    await page.setViewport({ width, height });
  } catch (error) {
    if (!String(error).includes('setScreenOrientationOverride')) throw error;
    await waitUntil(page, (w: number, h: number) => innerWidth === w && innerHeight === h, {}, width, height);
  }
}
