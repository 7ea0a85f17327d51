import type { ElementHandle, Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../harness';
import { clickWhenSteady, waitUntil } from './page-actions';

/**
 * Helpers for the extension's own views (the popup and the side panel, each an ordinary
 * page of the extension) and for the few page actions the view tests need beyond
 * page-actions.ts. Elements are found the way a reader finds them: by their visible text
 * or their label, never by internal ids.
 */

type Scope = ElementHandle<Element> | null;

/** Waits until a view has read its page: the annotation count (or a refusal) shows. */
export async function waitForSettled(view: Page): Promise<void> {
  await waitUntil(
    view,
    () => {
      if (document.querySelector('[role="alert"]')) return true;
      const count = document.querySelector<HTMLElement>('.annotation-count');
      return Boolean(count && count.innerText.trim());
    },
    { timeout: 15_000, polling: 100 },
  );
}

/** Opens the popup for the tab showing `article` and waits until it has read the page. */
export async function openPopupView(browser: ExtensionBrowser, article: Page): Promise<Page> {
  const popup = await browser.openPopup(article);
  await waitForSettled(popup);
  return popup;
}

/**
 * Opens the side panel's page, pointed at the tab showing `article`, in a tab of its own
 * (a headless browser shows no side panel), and waits until it has read the page.
 */
export async function openSidePanelView(browser: ExtensionBrowser, article: Page): Promise<Page> {
  const tabId = await browser.tabIdOf(article);
  const panel = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await waitForSettled(panel);
  return panel;
}

/**
 * The first element matching `selector` whose visible text is `text` (or, with `partial`,
 * contains it), waiting for it to appear. White space is folded before comparing.
 */
export async function byText(
  view: Page,
  selector: string,
  text: string,
  options: { within?: Scope; partial?: boolean; timeout?: number } = {},
): Promise<ElementHandle<Element>> {
  const handle = await waitUntil(
    view,
    (sel: string, wanted: string, partial: boolean, root: Element | null) => {
      const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
      return (
        [...(root ?? document).querySelectorAll<HTMLElement>(sel)].find((el) => {
          const seen = fold(el.innerText ?? el.textContent ?? '');
          return partial ? seen.includes(wanted) : seen === wanted;
        }) ?? null
      );
    },
    { timeout: options.timeout ?? 10_000, polling: 100 },
    selector,
    text,
    options.partial ?? false,
    options.within ?? null,
  );
  return handle.asElement() as ElementHandle<Element>;
}

/** The form control a visible label names (its `for` target), waiting for it to appear. */
export async function fieldByLabel(view: Page, label: string, within: Scope = null): Promise<ElementHandle<Element>> {
  const handle = await waitUntil(
    view,
    (wanted: string, root: Element | null) => {
      const labels = [...(root ?? document).querySelectorAll('label')];
      const found = labels.find((l) => l.innerText.replace(/\s+/g, ' ').trim() === wanted);
      return found?.control ?? null;
    },
    { timeout: 10_000, polling: 100 },
    label,
    within,
  );
  return handle.asElement() as ElementHandle<Element>;
}

/** Clicks into the field a label names and types, as a reader does. */
export async function typeInField(view: Page, label: string, text: string, within: Scope = null): Promise<void> {
  const field = await fieldByLabel(view, label, within);
  await field.click();
  await view.keyboard.type(text);
}

/** Clicks the button with this visible text (or accessible name given by aria-label). */
export async function clickButton(view: Page, name: string, within: Scope = null): Promise<void> {
  const handle = await waitUntil(
    view,
    (wanted: string, root: Element | null) =>
      [...(root ?? document).querySelectorAll<HTMLElement>('button')].find(
        (b) => b.innerText.replace(/\s+/g, ' ').trim() === wanted || b.getAttribute('aria-label') === wanted,
      ) ?? null,
    { timeout: 10_000, polling: 100 },
    name,
    within,
  );
  const button = handle.asElement() as ElementHandle<Element>;
  await untilStill(button);
  await button.click();
}

/**
 * Waits until an element has kept its place for two checks 50 ms apart. A click goes to
 * coordinates, and a view still drawing what it loaded can move the element between measuring
 * and clicking. Timers rather than animation frames, which a tab in the background never gets.
 */
async function untilStill(element: ElementHandle<Element>): Promise<void> {
  await element.evaluate(
    (el) =>
      new Promise<void>((resolve) => {
        let last = '';
        let still = 0;
        const check = () => {
          const box = JSON.stringify(el.getBoundingClientRect());
          still = box === last ? still + 1 : 0;
          last = box;
          if (still >= 2) resolve();
          else setTimeout(check, 50);
        };
        check();
      }),
  );
}

/**
 * Types into a party picker (named by its label) and clicks the offered choice whose text
 * is `choice`: an existing party's name, or "New party “NAME” (KIND)".
 */
export async function pickParty(view: Page, label: string, typed: string, choice: string, within: Scope = null) {
  await typeInField(view, label, typed, within);
  // The list filters as each letter arrives: the option may still move when it first shows.
  const option = await byText(view, '[role="option"]', choice, { within });
  await clickWhenSteady(option);
}

/**
 * Names a new party in a picker and gives it a kind other than the default, with the
 * keyboard: type the name, Tab to the kind field, type the kind's first letters, go back
 * and press Enter on the first choice ("New party …").
 */
export async function createPartyWithKind(view: Page, label: string, name: string, kind: string, within: Scope = null) {
  await typeInField(view, label, name, within);
  // The kind field is drawn once the typed name is: a person sees the offer before tabbing to
  // it, and a Tab pressed before a loaded machine has drawn it would skip to the next field.
  await byText(view, '[role="option"]', `New party “${name}” (`, { within, partial: true });
  await view.keyboard.press('Tab');
  await view.keyboard.type(kind);
  await byText(view, '[role="option"]', `New party “${name}” (${kind})`, { within });
  await view.keyboard.down('Shift');
  await view.keyboard.press('Tab');
  await view.keyboard.up('Shift');
  await view.keyboard.press('Enter');
}

/**
 * Opens an annotation of a view's list (clicks its item, found by the start of its quote)
 * and returns its editor.
 */
export async function openAnnotation(view: Page, quoteStart: string): Promise<ElementHandle<Element>> {
  // A view that has just opened may still re-render its list (a recovered draft saved, a
  // selection the page reports back): a click lost to that is made again, as a person would.
  for (let attempt = 1; ; attempt += 1) {
    const item = await byText(view, 'button.annotation-select', quoteStart, { partial: true });
    const expanded = await item.evaluate((b) => b.getAttribute('aria-expanded'));
    if (expanded !== 'true') await item.click();
    const editorId = await item.evaluate((b) => b.getAttribute('aria-controls'));
    const editor = await view.waitForSelector(`[id="${editorId}"]`, { timeout: 7500 }).catch((error: unknown) => {
      if (attempt >= 4) throw error;
      return null;
    });
    if (editor) return editor;
  }
}

/** One annotation as a view's list shows it: quote, detail line and where it was found. */
export interface ListedAnnotation {
  group: string;
  quote: string;
  detail: string | null;
  state: string;
}

/** The annotation lists of a view, as visible text: group heading and each item's lines. */
export function listedAnnotations(view: Page): Promise<ListedAnnotation[]> {
  return view.evaluate(() => {
    const text = (el: Element | null) => (el as HTMLElement | null)?.innerText.replace(/\s+/g, ' ').trim() ?? null;
    return [...document.querySelectorAll('section.annotation-group')].flatMap((section) =>
      [...section.querySelectorAll('.annotation-select')].map((item) => ({
        group: text(section.querySelector('h2'))!,
        quote: text(item.querySelector('.quote-text'))!,
        detail: text(item.querySelector('.annotation-detail')),
        state: text(item.querySelector('.anchor-state'))!,
      })),
    );
  });
}

/** What an open claim editor shows, read as visible text. */
export interface ClaimEditorView {
  claimant: string;
  about: string[];
  verdict: string;
  evidence: { text: string; href: string }[];
  tags: string[];
  note: string;
}

export function readClaimEditor(editor: ElementHandle<Element>): Promise<ClaimEditorView> {
  return editor.evaluate((root) => {
    const text = (el: Element | null | undefined) =>
      (el as HTMLElement | null | undefined)?.innerText.replace(/\s+/g, ' ').trim() ?? '';
    const chips = (label: string) =>
      [...root.querySelectorAll(`ul.chips[aria-label="${label}"] > li > span`)].map((s) => text(s));
    const verdict = [...root.querySelectorAll('label')].find((l) => text(l) === 'Verdict')?.control as
      HTMLSelectElement | undefined;
    const note = [...root.querySelectorAll('label')].find((l) => text(l) === 'Note')?.control as
      HTMLTextAreaElement | undefined;
    return {
      claimant: text(root.querySelector('.field-value')),
      about: chips('About'),
      verdict: verdict ? text(verdict.selectedOptions[0]) : '',
      evidence: [...root.querySelectorAll<HTMLAnchorElement>('.evidence-list a')].map((a) => ({
        text: text(a),
        href: a.href,
      })),
      tags: chips('Tags'),
      note: note?.value ?? '',
    };
  });
}

/** Switches the side panel to one of its tabs ("This page", "Parties") with a click. */
export async function showPanelTab(panel: Page, title: string): Promise<void> {
  const tab = await byText(panel, '[role="tab"]', title);
  await tab.click();
  await waitUntil(
    panel,
    (wanted: string) =>
      [...document.querySelectorAll('[role="tab"]')].some(
        (t) => t.textContent?.trim() === wanted && t.getAttribute('aria-selected') === 'true',
      ),
    {},
    title,
  );
}

/** Opens a party's card in the side panel's registry (Parties tab) and returns it. */
export async function openPartyCard(panel: Page, name: string): Promise<ElementHandle<Element>> {
  const button = await waitUntil(
    panel,
    (wanted: string) =>
      [...document.querySelectorAll('button.party-select')].find(
        (b) => b.querySelector('span')?.textContent?.trim() === wanted,
      ) ?? null,
    { timeout: 10_000, polling: 100 },
    name,
  );
  const element = button.asElement() as ElementHandle<Element>;
  if ((await element.evaluate((b) => b.getAttribute('aria-expanded'))) !== 'true') await element.click();
  // Its claims load a moment after it opens and push the controls below them down:
  // wait for them, so a click aimed at a control does not land on what moved there.
  const card = await waitUntil(
    panel,
    (wanted: string) =>
      [...document.querySelectorAll('article.party-card')].find(
        (c) => c.querySelector('h2')?.textContent === wanted && c.querySelector('.claim-rows'),
      ) ?? null,
    { timeout: 10_000, polling: 100 },
    name,
  );
  return card.asElement() as ElementHandle<Element>;
}

/** The names the side panel's registry lists, in order. */
export function listedParties(panel: Page): Promise<string[]> {
  return panel.evaluate(() =>
    [...document.querySelectorAll('button.party-select')].map((b) => b.querySelector('span')?.textContent ?? ''),
  );
}

/** The visible text of an element, white space folded. */
export function visibleText(handle: ElementHandle<Element>): Promise<string> {
  return handle.evaluate((el) => (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim());
}

/**
 * Selects one word of the page where it stands in a longer passage (the first "Kerry"
 * after "said", not the one in "John Kerry"), with the mouse: press at its first
 * character, drag to its last.
 */
export async function selectWordInPassage(page: Page, passage: string, word: string): Promise<void> {
  const edges = await page.evaluate(
    (context: string, wanted: string) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(context);
        if (at < 0) continue;
        const start = at + context.indexOf(wanted);
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + wanted.length);
        node.parentElement?.scrollIntoView({ block: 'center' });
        const box = range.getClientRects()[0]!;
        return { y: box.top + box.height / 2, left: box.left, right: box.right };
      }
      return null;
    },
    passage,
    word,
  );
  if (!edges) throw new Error(`Passage not found on the page: ${passage}`);
  await page.mouse.move(edges.left, edges.y);
  await page.mouse.down();
  await page.mouse.move(edges.right - 1, edges.y, { steps: 8 });
  await page.mouse.up();
  const selected = await page.evaluate(() => document.getSelection()?.toString() ?? '');
  if (selected.trim() !== word) throw new Error(`Mouse selection gave ${JSON.stringify(selected)}, not ${word}`);
}

/**
 * Waits until the page's annotator has loaded what is stored for the page and painted it
 * (its paint style is in the document). A capture made before then is dropped from the
 * page's memory when the load lands, so its editor never opens: the reader's quickest
 * key press after a first selection can meet that, and a test must not.
 */
export async function waitForAnnotatorLoaded(page: Page): Promise<void> {
  await waitUntil(page, () => !!document.querySelector('style[data-marginalia]'), { timeout: 15_000 });
}

/**
 * Selects page text without the mouse, standing in for what a keyboard reader does with
 * caret browsing (F7) or a screen reader's selection commands, which a headless browser
 * does not offer: the range is set directly, then Shift is pressed and released, as the
 * last key of a Shift+arrow selection would be.
 */
export async function selectWithKeyboardStandIn(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((wanted: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      node.parentElement?.scrollIntoView({ block: 'center' });
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return true;
    }
    return false;
  }, text);
  if (!found) throw new Error(`Text not found on the page: ${text}`);
  await page.keyboard.down('Shift');
  await page.keyboard.up('Shift');
}
