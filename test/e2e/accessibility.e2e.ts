import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, TestServer, type ExtensionBrowser } from './harness';
import {
  clickToolbarButton,
  eventually,
  selectWithMouse,
  setViewportSize,
  storedRecords,
  waitForPanelFocus,
  waitUntil,
} from './support/page-actions';
import {
  byText,
  clickButton,
  openAnnotation,
  openPartyCard,
  openPopupView,
  openSidePanelView,
  pickParty,
  selectWithKeyboardStandIn,
  showPanelTab,
  typeInField,
  waitForAnnotatorLoaded,
} from './support/views';

const ARTICLE = '/articles/rferl-aleppo.html';
const KIRBY =
  'Kerry\'s spokesman, John Kirby, said Washington was preparing to "suspend U.S.-Russia bilateral engagement on Syria...unless Russia takes immediate steps to end the assault on Aleppo."';
/** Passages selected afresh for each colour scheme: a passage already annotated would show its card instead. */
const PASSAGES: Record<'light' | 'dark', { toolbar: string; claim: string; party: string }> = {
  light: {
    toolbar: 'Threatens To End Cooperation',
    claim: 'The State Department said Kerry issued the ultimatum to his Russian counterpart',
    party: 'Sergei Lavrov',
  },
  dark: {
    toolbar: 'With Russia Over Aleppo Assault',
    claim: 'Washington must fulfill its obligations to separate opposition groups from terrorist groups',
    party: 'Moscow',
  },
};

/** The WCAG 2.0, 2.1 and 2.2 success criteria at levels A and AA, as axe-core tags its rules. */
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

type Scheme = 'light' | 'dark';

/** One failed rule, with the elements that fail it, as a readable line. */
interface Finding {
  rule: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/**
 * Runs axe-core in a page and returns what fails. Its source is evaluated through the
 * driver, not added as a <script>, because extension pages forbid inline scripts. `within`
 * names shadow hosts to audit (axe reaches into their open roots); by default the whole page.
 */
async function audit(page: Page, within?: string[]): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async (tags: string[], hosts: string[] | null) => {
      const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
      const context = hosts ? { include: hosts.map((h) => [h]) } : document;
      const results = await axe.run(context as never, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return results.violations.map((v) => ({
        rule: v.id,
        impact: v.impact ?? null,
        help: v.help,
        targets: v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`.replace(/\s+/g, ' ')),
      }));
    },
    WCAG_AA,
    within ?? null,
  );
}

/**
 * Clicks an empty spot of the page margin, dropping any selection: pressing inside a
 * selection would drag it instead of starting a new one.
 */
async function clickAway(page: Page): Promise<void> {
  await page.mouse.click(2, 200);
}

/** Moves the pointer onto the middle of a piece of page text. */
async function hoverOver(page: Page, text: string): Promise<void> {
  const point = await page.evaluate((wanted: string) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const box = range.getClientRects()[0]!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`Text not found on the page: ${text}`);
  await page.mouse.move(point.x - 3, point.y);
  await page.mouse.move(point.x, point.y, { steps: 3 });
}

/**
 * Puts a page in the reader's colour scheme. Chromium's driver emulates the preference
 * itself. Firefox's (WebDriver BiDi) cannot yet, so there the page's own dark-scheme rules
 * are switched on directly (their media condition set to "all", and the page's
 * `color-scheme` to dark for the browser's own widgets): the same colours a dark
 * preference would give.
 */
async function useScheme(page: Page, scheme: Scheme, emulated: boolean): Promise<void> {
  if (emulated) {
    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    const applied = await page.evaluate(
      (wanted: string) => matchMedia(`(prefers-color-scheme: ${wanted})`).matches,
      scheme,
    );
    if (!applied) throw new Error(`prefers-color-scheme: ${scheme} was not applied`);
    return;
  }
  const switched = await page.evaluate((wanted: string) => {
    const DARK = /@media\s*\(prefers-color-scheme:\s*dark\)/g;
    const roots: (Document | ShadowRoot)[] = [document];
    for (const el of document.querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
    let rules = 0;
    for (const root of roots) {
      for (const sheet of [...root.styleSheets]) {
        let cssRules: CSSRuleList;
        try {
          cssRules = sheet.cssRules;
        } catch {
          // A sheet the page may not read (Firefox: one a content script added): rewrite its text.
          const style = sheet.ownerNode;
          if (!(style instanceof HTMLStyleElement)) continue;
          style.dataset.original ??= style.textContent ?? '';
          const original = style.dataset.original;
          rules += original.match(DARK)?.length ?? 0;
          style.textContent = wanted === 'dark' ? original.replace(DARK, '@media all') : original;
          continue;
        }
        for (const rule of cssRules) {
          if (!(rule instanceof CSSMediaRule)) continue;
          const kept = rule as CSSMediaRule & { originalMedia?: string };
          kept.originalMedia ??= kept.media.mediaText;
          if (!/prefers-color-scheme:\s*dark/.test(kept.originalMedia)) continue;
          kept.media.mediaText = wanted === 'dark' ? 'all' : kept.originalMedia;
          rules++;
        }
      }
    }
    document.documentElement.style.colorScheme = wanted;
    return rules;
  }, scheme);
  if (switched === 0) throw new Error('No dark-scheme rules found to switch');
}

/**
 * Whether an element is drawn dark (its background's luminance is under a half), to prove
 * a scheme took effect; `host` names an open shadow host to look inside.
 */
function drawnDark(page: Page, selector: string, host?: string): Promise<boolean> {
  return page.evaluate(
    (sel: string, hostSel: string | null) => {
      const root = hostSel ? document.querySelector(hostSel)?.shadowRoot : document;
      const el = root?.querySelector(sel);
      if (!el) throw new Error(`${sel} not found`);
      const [r, g, b] = getComputedStyle(el)
        .backgroundColor.match(/\d+(\.\d+)?/g)!
        .map(Number);
      return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255 < 0.5;
    },
    selector,
    host ?? null,
  );
}

/** Whether the driver can emulate the colour scheme preference in this browser. */
async function canEmulateScheme(page: Page): Promise<boolean> {
  try {
    await useScheme(page, 'dark', true);
    await useScheme(page, 'light', true);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies the panels in Marginalia's closed shadow root into an open one, so axe can read
 * them: styles, roles, labels and layout are the same. Only Chromium's DevTools protocol
 * reaches a closed root from outside; elsewhere this returns false.
 */
async function mirrorClosedPanels(page: Page, browserName: string): Promise<boolean> {
  if (browserName !== 'chromium') return false;
  const session = await page.createCDPSession();
  try {
    const { root } = (await session.send('DOM.getDocument', { depth: -1, pierce: true })) as {
      root: CdpNode;
    };
    const host = findNode(root, (n) => n.localName === 'marginalia-ui');
    const shadow = host?.shadowRoots?.[0];
    if (!shadow) throw new Error('marginalia-ui has no shadow root');
    const { object } = await session.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId });
    await session.send('Runtime.callFunctionOn', {
      objectId: object.objectId!,
      functionDeclaration: `function () {
        document.querySelector('marginalia-ui-mirror')?.remove();
        const mirror = document.createElement('marginalia-ui-mirror');
        const open = mirror.attachShadow({ mode: 'open' });
        for (const child of this.childNodes) open.append(child.cloneNode(true));
        document.documentElement.append(mirror);
      }`,
    });
    return true;
  } finally {
    await session.detach();
  }
}

/** Removes the copy made by mirrorClosedPanels, which would otherwise sit over the page. */
async function dropMirror(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelector('marginalia-ui-mirror')?.remove());
}

interface CdpNode {
  localName?: string;
  backendNodeId: number;
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findNode(node: CdpNode, test: (n: CdpNode) => boolean): CdpNode | undefined {
  if (test(node)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findNode(child, test);
    if (found) return found;
  }
  return undefined;
}

describe.each(browsers)('accessibility in $name', ({ launch, name }) => {
  let server: TestServer;
  let browser: ExtensionBrowser;
  let article: Page;
  let emulated: boolean;
  const schemes: Scheme[] = ['light', 'dark'];

  beforeAll(async () => {
    server = await TestServer.start();
    browser = await launch({ server, access: 'granted' });
    article = await browser.openPage(server.url(ARTICLE));
    emulated = await canEmulateScheme(article);

    // Something to show: a mention, and a claim with claimant, subject, evidence and a tag.
    await eventually(async () => {
      await selectWithMouse(article, 'John Kerry');
      await waitForAnnotatorLoaded(article);
      await clickToolbarButton(article, 'Party', 3000);
    });
    await waitForPanelFocus(article);
    await article.keyboard.press('Enter');
    await eventually(async () => {
      await selectWithMouse(article, KIRBY);
      await clickToolbarButton(article, 'Claim', 3000);
    });
    await waitForPanelFocus(article);
    await article.keyboard.type('John Kirby', { delay: 20 });
    await article.keyboard.press('Enter');
    await article.keyboard.press('Escape');
    await eventually(async () => {
      const records = await storedRecords<{ claim?: { claimantId?: string } }>(browser, 'annotations');
      if (!records.some((a) => a.claim?.claimantId)) throw new Error('claim not stored yet');
    });
    const panel = await openSidePanelView(browser, article);
    const editor = await openAnnotation(panel, "Kerry's spokesman");
    await pickParty(panel, 'About', 'John Kerry', 'John Kerry', editor);
    await byText(panel, 'ul.chips[aria-label="About"] span', 'John Kerry', { within: editor });
    await typeInField(panel, 'Evidence', server.url('/evidence/readout.html'), editor);
    await panel.keyboard.press('Enter');
    // Each addition moves the fields below it: wait for it before reaching for the next.
    await byText(panel, '.evidence-list a', `${server.host}/evidence/readout.html`, { within: editor });
    await typeInField(panel, 'Tags', 'ultimatum', editor);
    await panel.keyboard.press('Enter');
    await byText(panel, 'ul.chips[aria-label="Tags"] span', 'ultimatum', { within: editor });
    await panel.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the popup, with a claim open, has no WCAG A/AA violations', async () => {
    const popup = await openPopupView(browser, article);
    await openAnnotation(popup, "Kerry's spokesman");
    for (const scheme of schemes) {
      await useScheme(popup, scheme, emulated);
      expect(await drawnDark(popup, 'body')).toBe(scheme === 'dark');
      expect(await audit(popup), `popup, ${scheme}`).toEqual([]);
    }
    await popup.close();
  });

  it('the side panel, on both tabs, with a claim editor and a party card open, has no WCAG A/AA violations', async () => {
    const panel = await openSidePanelView(browser, article);
    const editor = await openAnnotation(panel, "Kerry's spokesman");
    // A party being named shows the choices and the kind field too.
    await typeInField(panel, 'Add to “About”', 'Sergei Lavrov', editor);
    await byText(panel, '[role="option"]', 'New party “Sergei Lavrov” (person)', { within: editor });
    for (const scheme of schemes) {
      await useScheme(panel, scheme, emulated);
      expect(await audit(panel), `side panel, this page, ${scheme}`).toEqual([]);
    }

    await showPanelTab(panel, 'Parties');
    const card = await openPartyCard(panel, 'John Kirby');
    await clickButton(panel, 'Delete party…', card);
    await byText(panel, 'legend', 'What should happen to them?', { within: card, partial: true });
    for (const scheme of schemes) {
      await useScheme(panel, scheme, emulated);
      expect(await audit(panel), `side panel, parties, ${scheme}`).toEqual([]);
    }
    await clickButton(panel, 'Cancel', card);

    // The undo bar, after a merge.
    await pickParty(panel, 'Merge John Kirby into…', 'John Kerry', 'John Kerry', card);
    await byText(panel, '.toast span', 'Merged John Kirby into John Kerry.');
    for (const scheme of schemes) {
      await useScheme(panel, scheme, emulated);
      expect(await audit(panel), `side panel, undo bar, ${scheme}`).toEqual([]);
    }
    await clickButton(panel, 'Undo');
    await openPartyCard(panel, 'John Kirby');
    await panel.close();
  });

  it('the selection toolbar on the page has no WCAG A/AA violations', async () => {
    await article.bringToFront();
    for (const scheme of schemes) {
      await useScheme(article, scheme, emulated);
      // The toolbar is what is audited, not how the text was selected: set the selection directly.
      await selectWithKeyboardStandIn(article, PASSAGES[scheme].toolbar);
      await waitUntil(
        article,
        () => !!document.querySelector('marginalia-toolbar')?.shadowRoot?.querySelector('[role="toolbar"]'),
        { timeout: 5000 },
      );
      expect(await drawnDark(article, '.panel', 'marginalia-toolbar')).toBe(scheme === 'dark');
      expect(await audit(article, ['marginalia-toolbar']), `toolbar, ${scheme}`).toEqual([]);
      await article.keyboard.press('Escape');
    }
  });

  it.runIf(name === 'chromium')(
    'the panels on the page (claim editor, party chooser, annotation card) have no WCAG A/AA violations',
    async () => {
      await article.bringToFront();
      for (const scheme of schemes) {
        await useScheme(article, scheme, emulated);
        // The claim editor, naming a new claimant: choices and kind field show.
        await clickAway(article);
        await eventually(async () => {
          await selectWithMouse(article, PASSAGES[scheme].claim);
          await clickToolbarButton(article, 'Claim', 3000);
        });
        await waitForPanelFocus(article);
        await article.keyboard.type('State Department');
        expect(await mirrorClosedPanels(article, name)).toBe(true);
        expect(await article.$('marginalia-ui-mirror >>> [role="dialog"] input[role="combobox"]')).not.toBeNull();
        expect(await audit(article, ['marginalia-ui-mirror']), `claim editor, ${scheme}`).toEqual([]);
        await dropMirror(article);
        await article.keyboard.press('Escape');

        await clickAway(article);
        await eventually(async () => {
          await selectWithMouse(article, PASSAGES[scheme].party);
          await clickToolbarButton(article, 'Party', 3000);
        });
        await waitForPanelFocus(article);
        await mirrorClosedPanels(article, name);
        expect(await article.$('marginalia-ui-mirror >>> [role="dialog"]')).not.toBeNull();
        expect(await audit(article, ['marginalia-ui-mirror']), `party chooser, ${scheme}`).toEqual([]);
        await dropMirror(article);
        await article.keyboard.press('Escape');

        // The card that shows what is known of an annotation under the pointer.
        await clickAway(article);
        await eventually(async () => {
          await dropMirror(article);
          await hoverOver(article, 'John Kerry');
          await mirrorClosedPanels(article, name);
          expect(await article.$('marginalia-ui-mirror >>> [role="tooltip"]')).not.toBeNull();
        });
        expect(await audit(article, ['marginalia-ui-mirror']), `annotation card, ${scheme}`).toEqual([]);
        await dropMirror(article);
      }
    },
  );

  it('the side panel reflows at 200% zoom: no sideways scrolling, nothing cut off', async () => {
    const panel = await openSidePanelView(browser, article);
    // A 400-pixel side panel at 200% zoom lays out in 200 CSS pixels.
    await setViewportSize(panel, 200, 700);
    await openAnnotation(panel, "Kerry's spokesman");
    const overflow = () =>
      panel.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const sideways = document.documentElement.scrollWidth > width;
        const cut = [...document.querySelectorAll<HTMLElement>('main *, [role="tabpanel"] *, [role="tablist"] *')]
          .filter((el) => {
            const box = el.getBoundingClientRect();
            if (box.width === 0 || getComputedStyle(el).visibility === 'hidden') return false;
            // A field's own text scrolls inside it by design; everything else must fit.
            const field = el.matches('input, textarea, select');
            const clipsText =
              !field && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible';
            return box.right > width + 0.5 || box.left < -0.5 || clipsText;
          })
          .map(
            (el) =>
              `${el.localName}.${el.className} “${(el.innerText || el.getAttribute('aria-label') || el.getAttribute('placeholder') || '').slice(0, 40)}” ${el.scrollWidth}>${el.clientWidth}`,
          );
        return { sideways, cut };
      });
    expect(await overflow(), 'this page').toEqual({ sideways: false, cut: [] });
    await showPanelTab(panel, 'Parties');
    await openPartyCard(panel, 'John Kirby');
    expect(await overflow(), 'parties').toEqual({ sideways: false, cut: [] });
    await panel.close();
    expect(server.foreignRequests()).toEqual([]);
  });
});
