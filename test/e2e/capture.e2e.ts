import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, TestServer, type ExtensionBrowser } from './harness';
import { clickControl, eventually, paintedTexts, selectWithMouse, storedRecords } from './support/page-actions';

const ARTICLE = '/articles/rferl-aleppo.html';
const KIRBY =
  'Kerry\'s spokesman, John Kirby, said Washington was preparing to "suspend U.S.-Russia bilateral engagement on Syria...unless Russia takes immediate steps to end the assault on Aleppo."';

interface StoredAnnotation {
  id: string;
  kind: string;
  note: string;
  target: { quote: { exact: string; prefix: string; suffix: string }; position: { start: number; end: number } };
  anchor?: { state: string };
}

describe.each(browsers)('capture in $name', ({ launch }) => {
  let server: TestServer;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    server = await TestServer.start();
    browser = await launch({ server, access: 'granted' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('selects a sentence with the mouse, marks it as a claim, and finds it painted after a reload', async () => {
    const page = await browser.openPage(server.url(ARTICLE));
    await eventually(async () => {
      await selectWithMouse(page, KIRBY);
      await clickControl(page, 'button', 'Claim');
    });
    await clickControl(page, 'button', 'Done');

    const [stored] = await eventually(async () => {
      const records = await storedRecords<StoredAnnotation>(browser, 'annotations');
      if (records.length !== 1) throw new Error(`${records.length} annotations stored`);
      return records;
    });
    expect(stored!.kind).toBe('claim');
    expect(stored!.target.quote.exact).toBe(KIRBY);
    expect(stored!.target.quote.prefix.length).toBeGreaterThan(20);
    expect(stored!.target.quote.suffix).toMatch(/^ ?Russia's Foreign Ministry/);

    await page.reload({ waitUntil: 'load' });
    const painted = await eventually(async () => {
      const texts = await paintedTexts(page);
      if (texts['marginalia-claim']!.length === 0) throw new Error('nothing painted yet');
      return texts;
    });
    expect(painted['marginalia-claim']).toEqual([KIRBY]);
    expect(server.foreignRequests()).toEqual([]);
  });
});
