import { describe, expect, it } from 'vitest';
import { extensionSession } from './support/session';
import { browsers } from './harness';
import {
  clickToolbarButton,
  eventually,
  paintedTexts,
  selectWithMouse,
  storedRecords,
  waitForPanelFocus,
} from './support/page-actions';

const ARTICLE = '/articles/rferl-aleppo.html';
const KIRBY =
  'Kerry\'s spokesman, John Kirby, said Washington was preparing to "suspend U.S.-Russia bilateral engagement on Syria...unless Russia takes immediate steps to end the assault on Aleppo."';

interface StoredAnnotation {
  id: string;
  kind: string;
  note: string;
  target: { quote: { exact: string; prefix: string; suffix: string }; position: { start: number; end: number } };
  anchor?: { state: string };
  claim?: { claimantId?: string };
}

describe.each(browsers)('capture in $name', ({ name, launch }) => {
  const session = extensionSession(launch);

  it('selects a sentence with the mouse, marks it as a claim, and finds it painted after a reload', async () => {
    const page = await session.browser.openPage(session.server.url(ARTICLE));
    await eventually(async () => {
      await selectWithMouse(page, KIRBY);
      await clickToolbarButton(page, 'Claim', 3000);
    });
    // The claim editor opens with its claimant field focused: name a new party, keep it.
    await waitForPanelFocus(page);
    await page.keyboard.type('John Kirby', { delay: 20 });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');

    const [stored] = await eventually(async () => {
      const records = await storedRecords<StoredAnnotation>(session.browser, 'annotations');
      if (records.length !== 1 || !records[0]!.claim?.claimantId)
        throw new Error(`not stored yet: ${JSON.stringify(records)}`);
      return records;
    });
    expect(stored!.kind).toBe('claim');
    expect(stored!.target.quote.exact).toBe(KIRBY);
    expect(stored!.target.quote.prefix.length).toBeGreaterThan(20);
    expect(stored!.target.quote.suffix).toMatch(/^ ?Russia's Foreign Ministry/);
    const parties = await storedRecords<{ id: string; name: string; kind: string }>(session.browser, 'parties');
    expect(parties.map((p) => [p.name, p.kind])).toEqual([['John Kirby', 'person']]);
    expect(stored!.claim?.claimantId).toBe(parties[0]!.id);

    await page.reload({ waitUntil: 'load' });
    const painted = await eventually(async () => {
      const texts = await paintedTexts(page);
      if (texts['marginalia-claim']!.length === 0) throw new Error('nothing painted yet');
      return texts;
    });
    expect(painted['marginalia-claim']).toEqual([KIRBY]);
    expect(session.server.foreignRequests()).toEqual([]);
  });

  // The card lives in a closed shadow root (page scripts must not read notes). Chromium's
  // accessibility tree reaches into it; Firefox's remote protocol does not, so there the
  // card cannot be read from a test at all.
  it.skipIf(name === 'firefox')('shows a highlight’s claimant, verdict and note in a card on hover', async () => {
    const page = await session.browser.openPage(session.server.url(ARTICLE));
    const highlight = await eventually(async () => {
      const painted = (await paintedTexts(page))['marginalia-claim']!;
      if (painted.length === 0) throw new Error('not painted yet');
      return page.evaluate((text: string) => {
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          const at = node.data.indexOf(text);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + text.length);
          const box = range.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
        return null;
      }, 'John Kirby, said Washington');
    });
    await page.mouse.move(highlight!.x, highlight!.y, { steps: 5 });
    const card = await page.locator('::-p-aria([role="tooltip"])').setTimeout(5000).waitHandle();
    const text = await card.evaluate((el) => (el as HTMLElement).innerText);
    expect(text).toContain('Claim');
    expect(text).toContain('John Kirby');
    expect(text).toContain('Unrated');
  });

  it('registers the keyboard shortcuts, and their action (as the context menu’s) saves the selection', async () => {
    const commands = await session.browser.evaluateInExtension(async (api) =>
      (await api.commands.getAll()).map((c) => [c.name, c.shortcut ?? '']),
    );
    expect(Object.fromEntries(commands)).toMatchObject({
      _execute_action: 'Alt+Shift+M',
      'capture-highlight': 'Alt+Shift+H',
      'capture-claim': 'Alt+Shift+K',
      'capture-party': 'Alt+Shift+Y',
    });
    const page = await session.browser.openPage(session.server.url(ARTICLE));
    const sentence = 'The State Department said Kerry issued the ultimatum';
    await selectWithMouse(page, sentence);
    const tabId = await session.browser.tabIdOf(page);
    // A headless browser cannot press a browser shortcut or open a context menu; this is the
    // message both send to the page once the reader uses them.
    const saved = await session.browser.evaluateInExtension(
      new Function(
        'api',
        `return api.tabs.sendMessage(${tabId}, { type: 'selection.capture', action: 'highlight' }, { frameId: 0 });`,
      ) as () => Promise<{ ok: boolean; value: { saved: boolean } }>,
    );
    expect(saved).toEqual({ ok: true, value: { saved: true } });
    const stored = await storedRecords<StoredAnnotation>(session.browser, 'annotations');
    expect(stored.filter((a) => a.kind === 'highlight').map((a) => a.target.quote.exact)).toEqual([sentence]);
  });
});
