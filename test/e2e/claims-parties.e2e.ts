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
  clickButton,
  createPartyWithKind,
  listedAnnotations,
  listedParties,
  openAnnotation,
  openPartyCard,
  openPopupView,
  openSidePanelView,
  pickParty,
  readClaimEditor,
  selectWordInPassage,
  showPanelTab,
  typeInField,
  visibleText,
  waitForAnnotatorLoaded,
} from './support/views';

const ARTICLE = '/articles/rferl-aleppo.html';
const KIRBY =
  'Kerry\'s spokesman, John Kirby, said Washington was preparing to "suspend U.S.-Russia bilateral engagement on Syria...unless Russia takes immediate steps to end the assault on Aleppo."';
const LAVROV_TOLD =
  "Russia's Foreign Ministry, meanwhile, released a statement saying that Lavrov told Kerry that Washington must fulfill its obligations to separate opposition groups from terrorist groups.";
const ULTIMATUM = 'The State Department said Kerry issued the ultimatum';
const EVIDENCE_PATH = '/evidence/state-department-readout.html';
const TAG = 'ultimatum';

interface StoredParty {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
}

interface StoredAnnotation {
  id: string;
  kind: string;
  note: string;
  tags: string[];
  partyId?: string;
  target: { quote: { exact: string } };
  claim?: { claimantId?: string; aboutIds: string[]; verdict: string; evidence: { url: string; title: string }[] };
}

/** Tags the selected text as a party from the toolbar; `create` names a new one, with a kind other than person. */
async function tagParty(page: Page, choose: () => Promise<void>): Promise<void> {
  await clickToolbarButton(page, 'Party', 3000);
  await waitForPanelFocus(page);
  await choose();
}

async function partiesByName(browser: ExtensionBrowser): Promise<Map<string, StoredParty>> {
  const parties = await storedRecords<StoredParty>(browser, 'parties');
  return new Map(parties.map((p) => [p.name, p]));
}

/** Waits until the stored records pass `check`, returning them. */
function storedWhen<T>(
  browser: ExtensionBrowser,
  store: 'annotations' | 'parties',
  check: (records: T[]) => boolean,
): Promise<T[]> {
  return eventually(async () => {
    const records = await storedRecords<T>(browser, store);
    if (!check(records)) throw new Error(`${store} not as expected yet: ${JSON.stringify(records)}`);
    return records;
  });
}

describe.each(browsers)('claims and parties in $name', ({ launch }) => {
  let server: TestServer;
  let browser: ExtensionBrowser;
  let article: Page;
  let evidenceUrl: string;

  beforeAll(async () => {
    server = await TestServer.start();
    evidenceUrl = server.setPage(
      EVIDENCE_PATH,
      '<!doctype html><title>Readout</title><p>Readout of the Secretary’s call with Foreign Minister Lavrov.</p>',
    );
    browser = await launch({ server, access: 'granted' });
    article = await browser.openPage(server.url(ARTICLE));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('tags parties from the page and marks a claim with a new claimant', async () => {
    for (const name of ['John Kerry', 'Sergei Lavrov']) {
      await eventually(async () => {
        await selectWithMouse(article, name);
        await waitForAnnotatorLoaded(article);
        // The party field is filled with the selection: Enter takes "New party “NAME” (person)".
        await tagParty(article, () => article.keyboard.press('Enter'));
      });
      await storedWhen<StoredAnnotation>(browser, 'annotations', (r) =>
        r.some((a) => a.target.quote.exact === name && a.partyId),
      );
    }
    await eventually(async () => {
      await selectWithMouse(article, 'Russia');
      await tagParty(article, async () => {
        // Tab to the kind field, choose country by typing, back to the name, Enter.
        await article.keyboard.press('Tab');
        await article.keyboard.type('country');
        await article.keyboard.down('Shift');
        await article.keyboard.press('Tab');
        await article.keyboard.up('Shift');
        await article.keyboard.press('Enter');
      });
    });
    await eventually(async () => {
      await selectWithMouse(article, KIRBY);
      await clickToolbarButton(article, 'Claim', 3000);
    });
    await waitForPanelFocus(article);
    await article.keyboard.type('John Kirby', { delay: 20 });
    await article.keyboard.press('Enter');
    await article.keyboard.press('Escape');

    const annotations = await storedWhen<StoredAnnotation>(
      browser,
      'annotations',
      (r) => r.length === 4 && r.every((a) => a.partyId || a.claim?.claimantId),
    );
    const parties = await partiesByName(browser);
    expect([...parties.values()].map((p) => [p.name, p.kind]).sort()).toEqual([
      ['John Kerry', 'person'],
      ['John Kirby', 'person'],
      ['Russia', 'country'],
      ['Sergei Lavrov', 'person'],
    ]);
    const mentions = annotations.filter((a) => a.kind === 'party-mention');
    expect(mentions.map((m) => [m.target.quote.exact, m.partyId]).sort()).toEqual([
      ['John Kerry', parties.get('John Kerry')!.id],
      ['Russia', parties.get('Russia')!.id],
      ['Sergei Lavrov', parties.get('Sergei Lavrov')!.id],
    ]);
    const claim = annotations.find((a) => a.kind === 'claim')!;
    expect(claim.target.quote.exact).toBe(KIRBY);
    expect(claim.claim?.claimantId).toBe(parties.get('John Kirby')!.id);
  });

  it('fills in the claim from the popup: about, verdict, evidence, tag', async () => {
    const popup = await openPopupView(browser, article);
    const editor = await openAnnotation(popup, "Kerry's spokesman");
    // A new party, made a country, then an existing one.
    await createPartyWithKind(popup, 'About', 'United States', 'country', editor);
    await byText(popup, 'ul.chips[aria-label="About"] span', 'United States', { within: editor });
    await pickParty(popup, 'Add to “About”', 'Russia', 'Russia', editor);
    // Each addition moves the fields below it: wait for it before reaching for the next.
    await byText(popup, 'ul.chips[aria-label="About"] span', 'Russia', { within: editor });
    // The verdict: focus the field through its label, then type the rating's first letters.
    await (await byText(popup, 'label', 'Verdict', { within: editor })).click();
    await popup.keyboard.type('Unv');
    await typeInField(popup, 'Evidence', evidenceUrl, editor);
    await popup.keyboard.press('Enter');
    await byText(popup, '.evidence-list a', `${server.host}${EVIDENCE_PATH}`, { within: editor });
    await typeInField(popup, 'Tags', TAG, editor);
    await popup.keyboard.press('Enter');

    const expected = {
      claimant: 'Claimant: John Kirby',
      about: ['United States', 'Russia'],
      verdict: 'Unverifiable',
      evidence: [{ text: `${server.host}${EVIDENCE_PATH}`, href: evidenceUrl }],
      tags: [TAG],
      note: '',
    };
    expect(
      await eventually(async () => {
        const shown = await readClaimEditor(editor);
        expect(shown).toEqual(expected);
        return shown;
      }),
    ).toEqual(expected);
    await popup.close();

    const parties = await partiesByName(browser);
    expect(parties.get('United States')?.kind).toBe('country');
    const [claim] = await storedWhen<StoredAnnotation>(browser, 'annotations', (r) =>
      r.some((a) => a.kind === 'claim' && a.tags.length === 1),
    ).then((r) => r.filter((a) => a.kind === 'claim'));
    expect(claim!.claim).toEqual({
      claimantId: parties.get('John Kirby')!.id,
      aboutIds: [parties.get('United States')!.id, parties.get('Russia')!.id],
      verdict: 'Unverifiable',
      evidence: [{ url: evidenceUrl, title: `${server.host}${EVIDENCE_PATH}` }],
    });
    expect(claim!.tags).toEqual([TAG]);
  });

  it('shows everything as entered after a reload, in the popup and in the side panel', async () => {
    await article.reload({ waitUntil: 'load' });
    const expectedList = [
      { group: 'Claims (1)', quote: KIRBY, detail: 'Claimant: John Kirby · Unverifiable', state: 'Found' },
      { group: 'Parties (3)', quote: 'John Kerry', detail: 'John Kerry', state: 'Found' },
      { group: 'Parties (3)', quote: 'Sergei Lavrov', detail: 'Sergei Lavrov', state: 'Found' },
      { group: 'Parties (3)', quote: 'Russia', detail: 'Russia', state: 'Found' },
    ];
    const expectedEditor = {
      claimant: 'Claimant: John Kirby',
      about: ['United States', 'Russia'],
      verdict: 'Unverifiable',
      evidence: [{ text: `${server.host}${EVIDENCE_PATH}`, href: evidenceUrl }],
      tags: [TAG],
      note: '',
    };
    for (const open of [openPopupView, openSidePanelView]) {
      const view = await open(browser, article);
      await eventually(async () => expect(await listedAnnotations(view)).toEqual(expectedList));
      expect(await view.$eval('.annotation-count', (p) => (p as HTMLElement).innerText)).toBe(
        '4 annotations on this page',
      );
      const editor = await openAnnotation(view, "Kerry's spokesman");
      expect(await readClaimEditor(editor)).toEqual(expectedEditor);
      await view.close();
    }
    expect(server.foreignRequests()).toEqual([]);
  });

  it('merges a party made as “Kerry” into “John Kerry” from the Parties tab; the claim and the mention follow; Undo restores both', async () => {
    // "Kerry" alone, in "…said Kerry issued…": the field offers John Kerry first, so the
    // reader goes up to the last choice, "New party “Kerry”".
    await eventually(async () => {
      await selectWordInPassage(article, ULTIMATUM, 'Kerry');
      await tagParty(article, async () => {
        await article.keyboard.press('ArrowUp');
        await article.keyboard.press('Enter');
      });
    });
    await eventually(async () => {
      await selectWithMouse(article, LAVROV_TOLD);
      await clickToolbarButton(article, 'Claim', 3000);
    });
    await waitForPanelFocus(article);
    await article.keyboard.type('Sergei Lavrov', { delay: 20 });
    await article.keyboard.press('Enter');
    await article.keyboard.press('Escape');
    await storedWhen<StoredAnnotation>(browser, 'annotations', (r) =>
      r.some((a) => a.target.quote.exact === LAVROV_TOLD && a.claim?.claimantId),
    );

    const panel = await openSidePanelView(browser, article);
    const editor = await openAnnotation(panel, "Russia's Foreign Ministry");
    await pickParty(panel, 'About', 'Kerry', 'Kerry', editor);
    await byText(panel, 'ul.chips[aria-label="About"] span', 'Kerry', { within: editor });

    const before = await partiesByName(browser);
    const kerry = before.get('Kerry')!;
    const johnKerry = before.get('John Kerry')!;
    const linked = await storedWhen<StoredAnnotation>(browser, 'annotations', (r) =>
      r.some((a) => a.claim?.aboutIds.includes(kerry.id)),
    );
    const mention = linked.find((a) => a.partyId === kerry.id)!;
    const claim = linked.find((a) => a.target.quote.exact === LAVROV_TOLD)!;
    expect(mention.target.quote.exact).toBe('Kerry');

    await showPanelTab(panel, 'Parties');
    const card = await openPartyCard(panel, 'Kerry');
    await byText(panel, 'h3', 'Claims about this party (1)', { within: card });
    await pickParty(panel, 'Merge Kerry into…', 'John Kerry', 'John Kerry', card);
    await byText(panel, '.toast span', 'Merged Kerry into John Kerry.');

    // Stored: one party left, with the other's name as an alias, and both links moved.
    const merged = await storedWhen<StoredParty>(browser, 'parties', (r) => !r.some((p) => p.id === kerry.id));
    expect(merged.find((p) => p.id === johnKerry.id)?.aliases).toEqual(['Kerry']);
    const moved = new Map((await storedRecords<StoredAnnotation>(browser, 'annotations')).map((a) => [a.id, a]));
    expect(moved.get(mention.id)?.partyId).toBe(johnKerry.id);
    expect(moved.get(claim.id)?.claim?.aboutIds).toEqual([johnKerry.id]);
    // Shown: the registry no longer lists Kerry, and John Kerry's card has both links.
    expect(await listedParties(panel)).not.toContain('Kerry');
    const kept = await openPartyCard(panel, 'John Kerry');
    await byText(panel, 'p', 'Named by 2 mentions.', { within: kept });
    const keptText = await visibleText(kept);
    expect(keptText).toContain('Claims about this party (1)');
    expect(keptText).toContain(LAVROV_TOLD);
    expect(keptText).toContain('Named by 2 mentions.');
    expect(
      await visibleText(
        await byText(panel, 'ul.chips[aria-label="Aliases"]', 'Kerry', { within: kept, partial: true }),
      ),
    ).toContain('Kerry');

    await clickButton(panel, 'Undo');
    const restored = await storedWhen<StoredParty>(browser, 'parties', (r) => r.some((p) => p.id === kerry.id));
    expect(restored.find((p) => p.id === johnKerry.id)?.aliases).toEqual([]);
    const back = new Map((await storedRecords<StoredAnnotation>(browser, 'annotations')).map((a) => [a.id, a]));
    expect(back.get(mention.id)?.partyId).toBe(kerry.id);
    expect(back.get(claim.id)?.claim?.aboutIds).toEqual([kerry.id]);
    await eventually(async () => expect(await listedParties(panel)).toContain('Kerry'));
    await byText(panel, 'p', 'Named by 1 mention.', { within: await openPartyCard(panel, 'Kerry') });
    await showPanelTab(panel, 'This page');
    await eventually(async () =>
      expect((await listedAnnotations(panel)).find((a) => a.quote === 'Kerry')?.detail).toBe('Kerry'),
    );
    await panel.close();
  });

  it('deletes a party after asking what to do with its links; Undo brings it back', async () => {
    const panel = await openSidePanelView(browser, article);
    await showPanelTab(panel, 'Parties');
    const lavrov = (await partiesByName(browser)).get('Sergei Lavrov')!;
    const card = await openPartyCard(panel, 'Sergei Lavrov');
    await clickButton(panel, 'Delete party…', card);
    const question = await byText(panel, 'legend', 'What should happen to them?', { within: card, partial: true });
    expect(await visibleText(question)).toBe(
      'Sergei Lavrov made 1 claim, is the subject of no claims and is named by 1 mention. What should happen to them?',
    );
    await (await byText(panel, 'label', 'Delete its mentions; keep the claims without it', { within: card })).click();
    await clickButton(panel, 'Delete Sergei Lavrov', card);
    await byText(panel, '.toast span', 'Deleted Sergei Lavrov.');

    const after = await storedWhen<StoredAnnotation>(
      browser,
      'annotations',
      (r) => !r.some((a) => a.partyId === lavrov.id),
    );
    expect(after.some((a) => a.target.quote.exact === 'Sergei Lavrov')).toBe(false);
    const claim = after.find((a) => a.target.quote.exact === LAVROV_TOLD)!;
    expect(claim.claim?.claimantId).toBeUndefined();
    expect((await partiesByName(browser)).has('Sergei Lavrov')).toBe(false);
    expect(await listedParties(panel)).not.toContain('Sergei Lavrov');

    await clickButton(panel, 'Undo');
    const back = await storedWhen<StoredAnnotation>(browser, 'annotations', (r) =>
      r.some((a) => a.target.quote.exact === 'Sergei Lavrov' && a.partyId === lavrov.id),
    );
    expect(back.find((a) => a.target.quote.exact === LAVROV_TOLD)?.claim?.claimantId).toBe(lavrov.id);
    await showPanelTab(panel, 'This page');
    await eventually(async () => {
      const listed = await listedAnnotations(panel);
      expect(listed.find((a) => a.quote === 'Sergei Lavrov')?.detail).toBe('Sergei Lavrov');
      expect(listed.find((a) => a.quote === LAVROV_TOLD)?.detail).toBe('Claimant: Sergei Lavrov · Unrated');
    });
    await panel.close();
  });

  it('deletes an annotation from the side panel; Undo restores it', async () => {
    const panel = await openSidePanelView(browser, article);
    const editor = await openAnnotation(panel, "Russia's Foreign Ministry");
    const [claim] = (await storedRecords<StoredAnnotation>(browser, 'annotations')).filter(
      (a) => a.target.quote.exact === LAVROV_TOLD,
    );
    await clickButton(panel, 'Delete', editor);
    await byText(panel, '.toast span', 'Annotation deleted.');
    await eventually(async () =>
      expect((await listedAnnotations(panel)).map((a) => a.quote)).not.toContain(LAVROV_TOLD),
    );
    await storedWhen<StoredAnnotation>(browser, 'annotations', (r) => !r.some((a) => a.id === claim!.id));

    await clickButton(panel, 'Undo');
    await eventually(async () => expect((await listedAnnotations(panel)).map((a) => a.quote)).toContain(LAVROV_TOLD));
    const [restored] = (await storedRecords<StoredAnnotation>(browser, 'annotations')).filter(
      (a) => a.id === claim!.id,
    );
    // All of it back; only where the page last found it is newer (the page re-anchors it).
    expect({ ...restored, anchor: undefined }).toEqual({ ...claim, anchor: undefined });
    await panel.close();
    expect(server.foreignRequests()).toEqual([]);
  });
});
