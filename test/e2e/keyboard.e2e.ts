import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, TestServer, type ExtensionBrowser } from './harness';
import { eventually, storedRecords, toolbarShown, waitForPanelFocus } from './support/page-actions';
import {
  listedAnnotations,
  listedParties,
  openSidePanelView,
  selectWithKeyboardStandIn,
  waitForAnnotatorLoaded,
} from './support/views';

const ARTICLE = '/articles/rferl-aleppo.html';
const KIRBY =
  'Kerry\'s spokesman, John Kirby, said Washington was preparing to "suspend U.S.-Russia bilateral engagement on Syria...unless Russia takes immediate steps to end the assault on Aleppo."';

interface StoredAnnotation {
  kind: string;
  claim?: { claimantId?: string; verdict: string };
}

/** What has the keyboard focus in a view: its accessible name as a reader hears it, and whether a focus ring shows. */
interface Focused {
  name: string;
  visible: boolean;
}

function focused(view: Page): Promise<Focused> {
  return view.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: '(nothing)', visible: false };
    const labelled = (el as HTMLInputElement).labels?.[0]?.innerText;
    const role = el.getAttribute('role');
    const text = (el.getAttribute('aria-label') ?? labelled ?? el.innerText ?? '').replace(/\s+/g, ' ').trim();
    const style = getComputedStyle(el);
    const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return { name: role === 'tab' ? `tab ${text}` : text, visible: el.matches(':focus-visible') && ring };
  });
}

/** Presses Tab (or Shift+Tab) and reports what has the focus then. */
async function tab(view: Page, backwards = false): Promise<Focused> {
  if (backwards) await view.keyboard.down('Shift');
  await view.keyboard.press('Tab');
  if (backwards) await view.keyboard.up('Shift');
  return focused(view);
}

/**
 * Waits, as a reader would, until the side panel lists the one claim and offers the copy saved
 * when it was made: the copy is written after the claim, so the Tab order settles only then.
 */
async function waitForListed(panel: Page): Promise<void> {
  await eventually(async () => expect((await listedAnnotations(panel)).length).toBe(1));
  await panel.waitForSelector('.snapshot-note a');
}

describe.each(browsers)('keyboard only in $name', ({ launch }) => {
  let server: TestServer;
  let browser: ExtensionBrowser;
  let article: Page;

  beforeAll(async () => {
    server = await TestServer.start();
    browser = await launch({ server, access: 'granted' });
    article = await browser.openPage(server.url(ARTICLE));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('marks a claim and names its claimant on the page without the mouse', async () => {
    await selectWithKeyboardStandIn(article, KIRBY);
    await eventually(async () => expect(await toolbarShown(article)).toBe(true));
    await waitForAnnotatorLoaded(article);
    await article.keyboard.press('c');
    // The editor opens with the claimant field focused (a busy machine may take a moment).
    await waitForPanelFocus(article);
    await article.keyboard.type('John Kirby');
    await article.keyboard.press('Enter');
    // As a reader would, see the claimant taken before closing the editor.
    await eventually(async () => {
      const [claim] = await storedRecords<StoredAnnotation>(browser, 'annotations');
      const parties = await storedRecords<{ id: string; name: string }>(browser, 'parties');
      expect(claim?.kind).toBe('claim');
      expect(claim?.claim?.claimantId).toBe(parties.find((p) => p.name === 'John Kirby')?.id);
    });
    await article.keyboard.press('Escape');
    // The editor closed and gave the page its keyboard back.
    await eventually(async () =>
      expect(await article.evaluate(() => document.activeElement?.localName)).not.toBe('marginalia-ui'),
    );
  });

  it('reaches the claim in the side panel with Tab, opens it, and sets its verdict with the arrow keys', async () => {
    const panel = await openSidePanelView(browser, article);
    await waitForListed(panel);
    expect(await tab(panel)).toEqual({ name: 'tab This page', visible: true });
    expect(await tab(panel)).toEqual({ name: 'Open the saved copy', visible: true });
    const item = await tab(panel);
    expect(item.name).toContain('John Kirby');
    expect(item.visible).toBe(true);
    await panel.keyboard.press('Enter');
    await panel.waitForSelector('.annotation-select[aria-expanded="true"]');
    expect((await focused(panel)).name).toBe(item.name);

    // Into the editor, in reading order: claimant, about, verdict.
    expect(await tab(panel)).toEqual({ name: 'Change claimant', visible: true });
    expect(await tab(panel)).toEqual({ name: 'About', visible: true });
    expect(await tab(panel)).toEqual({ name: 'Verdict', visible: true });
    // Down from Unrated: True, Mostly true, Half true, Mostly false.
    for (let i = 0; i < 4; i++) await panel.keyboard.press('ArrowDown');
    await eventually(async () => {
      const [claim] = await storedRecords<StoredAnnotation>(browser, 'annotations');
      expect(claim?.claim?.verdict).toBe('Mostly false');
    });
    await eventually(async () =>
      expect((await listedAnnotations(panel))[0]?.detail).toBe('Claimant: John Kirby · Mostly false'),
    );
    expect(await focused(panel)).toEqual({ name: 'Verdict', visible: true });

    // The rest of the editor, in order, each with a visible focus ring.
    const rest: Focused[] = [];
    for (let i = 0; i < 4; i++) rest.push(await tab(panel));
    expect(rest).toEqual([
      { name: 'Evidence', visible: true },
      { name: 'Note', visible: true },
      { name: 'Tags', visible: true },
      { name: 'Delete', visible: true },
    ]);
    await panel.close();
  });

  it('changes the claimant from the side panel without the mouse, keeping the focus in the editor', async () => {
    const panel = await openSidePanelView(browser, article);
    await waitForListed(panel);
    expect(await tab(panel)).toEqual({ name: 'tab This page', visible: true });
    expect(await tab(panel)).toEqual({ name: 'Open the saved copy', visible: true });
    expect((await tab(panel)).name).toContain('John Kirby');
    await panel.keyboard.press('Enter');
    await panel.waitForSelector('.annotation-select[aria-expanded="true"]');
    expect(await tab(panel)).toEqual({ name: 'Change claimant', visible: true });
    // A new party, an organisation: name it, Tab to its kind, type the kind, back, Enter.
    await panel.keyboard.type('State Department');
    await tab(panel);
    await panel.keyboard.type('organization');
    await tab(panel, true);
    await panel.keyboard.press('Enter');

    await eventually(async () => {
      const [claim] = await storedRecords<StoredAnnotation>(browser, 'annotations');
      const parties = await storedRecords<{ id: string; name: string; kind: string }>(browser, 'parties');
      const department = parties.find((p) => p.name === 'State Department');
      expect(department?.kind).toBe('organization');
      expect(claim?.claim?.claimantId).toBe(department?.id);
    });
    // The reader is still where they were, ready to go on.
    expect(await focused(panel)).toEqual({ name: 'Change claimant', visible: true });
    expect(await tab(panel)).toEqual({ name: 'About', visible: true });
    await panel.close();
  });

  it('moves between the side panel tabs with the arrow keys and opens a party card with Enter', async () => {
    const panel = await openSidePanelView(browser, article);
    expect(await tab(panel)).toEqual({ name: 'tab This page', visible: true });
    await panel.keyboard.press('ArrowRight');
    expect(await focused(panel)).toEqual({ name: 'tab Parties', visible: true });
    await panel.waitForSelector('#party-search');
    await eventually(async () => expect(await listedParties(panel)).toContain('John Kirby'));
    expect(await tab(panel)).toEqual({ name: 'Find a party', visible: true });
    const first = await tab(panel);
    expect(first).toEqual({ name: 'John Kirby person', visible: true });
    await panel.keyboard.press('Enter');
    expect(await tab(panel)).toEqual({ name: 'Name', visible: true });
    expect(await panel.$eval('article.party-card h2', (h) => h.textContent)).toBe('John Kirby');
    await panel.close();
    expect(server.foreignRequests()).toEqual([]);
  });
});
