import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, TestServer, type ExtensionBrowser } from './harness';
import {
  clickToolbarButton,
  eventually,
  selectWithMouse,
  storedRecords,
  waitForPanelFocus,
} from './support/page-actions';
import {
  byText,
  fieldByLabel,
  listedAnnotations,
  openAnnotation,
  openPartyCard,
  openPopupView,
  openSidePanelView,
  readClaimEditor,
  showPanelTab,
  waitForAnnotatorLoaded,
} from './support/views';

const ARTICLE = '/articles/rferl-aleppo.html';
const SECOND = '/articles/kirby-briefing.html';
const KIRBY =
  'Kerry\'s spokesman, John Kirby, said Washington was preparing to "suspend U.S.-Russia bilateral engagement on Syria...unless Russia takes immediate steps to end the assault on Aleppo."';
const BRIEFING = 'Spokesman John Kirby told reporters the talks with Moscow had reached their end.';
const NOTE = 'Compare with the readout the State Department published the same day.';
const POPUP_NOTE = 'Typed in the popup, closed at once: still here.';

/** A second article of the same site, quoting the same spokesman. */
const SECOND_ARTICLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>State Department Briefing On Syria</title>
<meta property="og:site_name" content="RFE/RL"></head>
<body><article><h1>State Department Briefing On Syria</h1>
<p class="byline">By RFE/RL</p>
<p>${BRIEFING}</p>
<p>He said the United States would keep its humanitarian channels open while the suspension lasted, and that the
decision had been taken after days of consultations with allies in Europe and the region.</p>
<p>Russian officials did not respond to requests for comment on Thursday.</p>
</article></body></html>`;

interface StoredAnnotation {
  note: string;
  target: { quote: { exact: string } };
  claim?: { verdict: string };
}

/** Marks a passage as a claim by a party, with the page's toolbar and inline editor. */
async function markClaim(page: Page, text: string, claimant: string): Promise<void> {
  await eventually(async () => {
    await selectWithMouse(page, text);
    await waitForAnnotatorLoaded(page);
    await clickToolbarButton(page, 'Claim', 3000);
  });
  await waitForPanelFocus(page);
  await page.keyboard.type(claimant, { delay: 20 });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

/** Marks a view's document, so a later check can tell that it was never reloaded. */
function markDocument(view: Page): Promise<void> {
  return view.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });
}

function stillSameDocument(view: Page): Promise<boolean> {
  return view.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);
}

async function claimDetail(view: Page, quote: string): Promise<string | null | undefined> {
  return (await listedAnnotations(view)).find((a) => a.quote === quote)?.detail;
}

describe.each(browsers)('live updates in $name', ({ launch }) => {
  let server: TestServer;
  let browser: ExtensionBrowser;
  let tabA: Page;
  let tabB: Page;
  let panelA: Page;
  let panelB: Page;

  beforeAll(async () => {
    server = await TestServer.start();
    server.setPage(SECOND, SECOND_ARTICLE);
    browser = await launch({ server, access: 'granted' });
    tabA = await browser.openPage(server.url(ARTICLE));
    await markClaim(tabA, KIRBY, 'John Kirby');
    await eventually(async () => {
      const [claim] = await storedRecords<StoredAnnotation>(browser, 'annotations');
      if (!claim) throw new Error('claim not stored yet');
    });
    tabB = await browser.openPage(server.url(ARTICLE));
    panelA = await openSidePanelView(browser, tabA);
    panelB = await openSidePanelView(browser, tabB);
    for (const panel of [panelA, panelB]) {
      await eventually(async () => expect(await claimDetail(panel, KIRBY)).toBe('Claimant: John Kirby · Unrated'));
      await markDocument(panel);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a verdict chosen in one side panel in the other, without a reload', async () => {
    await panelA.bringToFront();
    const editor = await openAnnotation(panelA, "Kerry's spokesman");
    await (await fieldByLabel(panelA, 'Verdict', editor)).select('False');
    await eventually(async () => expect(await claimDetail(panelB, KIRBY)).toBe('Claimant: John Kirby · False'));
    expect(await stillSameDocument(panelB)).toBe(true);
  });

  it('shows a note typed in one side panel in the other, in its open editor', async () => {
    await panelB.bringToFront();
    const editorB = await openAnnotation(panelB, "Kerry's spokesman");
    await panelA.bringToFront();
    const editorA = await openAnnotation(panelA, "Kerry's spokesman");
    await (await fieldByLabel(panelA, 'Note', editorA)).click();
    await panelA.keyboard.type(NOTE);
    await eventually(async () => expect((await readClaimEditor(editorB)).note).toBe(NOTE));
    expect(await stillSameDocument(panelB)).toBe(true);
  });

  it('shows a party renamed in one side panel wherever it is named: the other tab, and another article', async () => {
    const other = await browser.openPage(server.url(SECOND));
    await markClaim(other, BRIEFING, 'John Kirby');
    const panelC = await openSidePanelView(browser, other);
    await eventually(async () => expect(await claimDetail(panelC, BRIEFING)).toBe('Claimant: John Kirby · Unrated'));
    await markDocument(panelC);

    await panelA.bringToFront();
    await showPanelTab(panelA, 'Parties');
    const card = await openPartyCard(panelA, 'John Kirby');
    await byText(panelA, 'li', BRIEFING, { within: card, partial: true });
    const name = await fieldByLabel(panelA, 'Name', card);
    await name.click({ count: 3 });
    await panelA.keyboard.type('John F. Kirby');
    await panelA.keyboard.press('Tab');

    await eventually(async () => expect(await claimDetail(panelB, KIRBY)).toBe('Claimant: John F. Kirby · False'));
    await eventually(async () => expect(await claimDetail(panelC, BRIEFING)).toBe('Claimant: John F. Kirby · Unrated'));
    expect(await stillSameDocument(panelB)).toBe(true);
    expect(await stillSameDocument(panelC)).toBe(true);
    const [kirby] = await storedRecords<{ name: string }>(browser, 'parties');
    expect(kirby?.name).toBe('John F. Kirby');
    await panelC.close();
    await other.close();
  });

  it('loses nothing when the popup is closed mid-edit', async () => {
    await panelA.close();
    await panelB.close();
    const popup = await openPopupView(browser, tabA);
    const editor = await openAnnotation(popup, "Kerry's spokesman");
    const note = await fieldByLabel(popup, 'Note', editor);
    await note.click({ count: 3 });
    await popup.keyboard.type(POPUP_NOTE);
    await popup.close();

    const again = await openPopupView(browser, tabA);
    const reopened = await openAnnotation(again, "Kerry's spokesman");
    await eventually(async () => expect((await readClaimEditor(reopened)).note).toBe(POPUP_NOTE));
    await eventually(async () => {
      const claims = await storedRecords<StoredAnnotation>(browser, 'annotations');
      expect(claims.find((a) => a.target.quote.exact === KIRBY)?.note).toBe(POPUP_NOTE);
    });
    await again.close();
    expect(server.foreignRequests()).toEqual([]);
  });
});
