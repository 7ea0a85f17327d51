import { describe, expect, it } from 'vitest';
import { extensionSession } from './support/session';
import { browsers } from './harness';
import {
  clickToolbarButton,
  eventually,
  keepRealApis,
  paintedTexts,
  selectWithMouse,
  storedRecords,
  waitForPanelFocus,
} from './support/page-actions';

const PAGE = '/pages/hostile.html';
const SENTENCE = 'The ministry said the convoy reached the city before dawn on Tuesday.';
const SECRET_NOTE = 'Source: my contact at the ministry, do not publish';

describe.each(browsers)('a hostile page in $name', ({ launch }) => {
  const session = extensionSession(launch);

  it('still captures and paints, keeps the page working, and shows it none of the notes', async () => {
    const page = await session.browser.browser.newPage();
    await keepRealApis(page);
    await page.goto(session.server.url(PAGE), { waitUntil: 'load' });
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const bodyBefore = await page.evaluate(() => document.body.innerHTML);

    await eventually(async () => {
      await selectWithMouse(page, SENTENCE);
      await clickToolbarButton(page, 'Note', 3000);
    });
    await waitForPanelFocus(page);
    await page.keyboard.type(SECRET_NOTE);
    await page.keyboard.press('Escape');

    const [stored] = await eventually(async () => {
      const records = await storedRecords<{ note: string; target: { quote: { exact: string } } }>(
        session.browser,
        'annotations',
      );
      if (records[0]?.note !== SECRET_NOTE) throw new Error('note not saved yet');
      return records;
    });
    expect(stored!.target.quote.exact).toBe(SENTENCE);

    // Painted through the document's highlight registry, which the page's fake `CSS` does not reach.
    await page.reload({ waitUntil: 'load' });
    const painted = await eventually(async () => {
      const texts = (await paintedTexts(page))['marginalia-highlight']!;
      if (texts.length === 0) throw new Error('not painted yet');
      return texts;
    });
    expect(painted).toEqual([SENTENCE]);

    const seen = await page.evaluate(() => {
      const host = document.querySelector('marginalia-ui');
      const w = window as unknown as { leakedRoots: unknown[]; seenTexts: string[]; dialogsOpened?: number };
      return {
        leakedRoots: w.leakedRoots.length,
        shadowRoot: host ? host.shadowRoot : 'no host',
        text: document.documentElement.textContent ?? '',
        observed: w.seenTexts.join('\n'),
        dialogsOpened: w.dialogsOpened ?? 0,
      };
    });
    expect(seen.leakedRoots).toBe(0);
    expect(seen.shadowRoot).toBeNull();
    expect(seen.text).not.toContain(SECRET_NOTE);
    expect(seen.observed).not.toContain(SECRET_NOTE);
    expect(seen.dialogsOpened).toBe(0);
    expect(dialogs).toEqual([]);

    expect(await page.evaluate(() => document.body.innerHTML)).toBe(bodyBefore);
    await page.click('#counter');
    expect(await page.$eval('#counter', (b) => b.textContent)).toBe('Clicked 1 times');
  });
});
