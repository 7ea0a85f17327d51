import { describe, expect, it } from 'vitest';
import { extensionSession } from './support/session';
import { browsers } from './harness';
import { clickWhenSteady, eventually, paintedTexts, storedRecords } from './support/page-actions';

const ARTICLE = '/articles/rferl-aleppo.html';
const KIRBY =
  'Kerry\'s spokesman, John Kirby, said Washington was preparing to "suspend U.S.-Russia bilateral engagement on Syria...unless Russia takes immediate steps to end the assault on Aleppo."';

interface Stored {
  id: string;
  kind: string;
  partyId?: string;
  target: { quote: { exact: string } };
  claim?: { claimantId?: string; aboutIds: string[] };
}

describe.each(browsers)('suggestions in $name', ({ launch }) => {
  const session = extensionSession(launch);

  it('accepts the suggested John Kerry party and Kirby’s claim, saved and painted like manual annotations', async () => {
    const page = await session.browser.openPage(session.server.url(ARTICLE));
    const popup = await session.browser.openPopup(page);
    const acceptKerry = await popup.waitForSelector('button[aria-label="Accept party John Kerry"]', {
      timeout: 15_000,
    });
    expect(await popup.$eval('#suggestions-heading', (h) => h.textContent)).toBe('Suggestions');
    expect(await storedRecords(session.browser, 'parties')).toEqual([]);

    await clickWhenSteady(acceptKerry!);
    await popup.waitForSelector('button[aria-label="Accept party John Kerry"]', { hidden: true });
    const kirbyClaim = await popup.waitForSelector(
      '::-p-xpath(//li[contains(@class,"suggestion")][.//q[starts-with(., "Kerry")]]//button[starts-with(@aria-label, "Accept claim")])',
    );
    expect(await kirbyClaim!.evaluate((b) => b.getAttribute('aria-label'))).toMatch(/by John Kirby$/);
    await clickWhenSteady(kirbyClaim!);

    const { parties, annotations } = await eventually(async () => {
      const parties = await storedRecords<{ id: string; name: string; kind: string; aliases: string[] }>(
        session.browser,
        'parties',
      );
      const annotations = await storedRecords<Stored>(session.browser, 'annotations');
      if (!annotations.some((a) => a.kind === 'claim')) throw new Error('claim not saved yet');
      return { parties, annotations };
    });
    const byName = new Map(parties.map((p) => [p.name, p]));
    expect(byName.get('John Kerry')).toMatchObject({ kind: 'person', aliases: ['Kerry'] });
    const mentions = annotations.filter((a) => a.kind === 'party-mention');
    expect(mentions.length).toBeGreaterThanOrEqual(3);
    expect(new Set(mentions.map((m) => m.partyId))).toEqual(new Set([byName.get('John Kerry')!.id]));
    expect(new Set(mentions.map((m) => m.target.quote.exact))).toEqual(new Set(['John Kerry', 'Kerry']));
    const claim = annotations.find((a) => a.kind === 'claim')!;
    expect(claim.target.quote.exact).toBe(KIRBY);
    expect(claim.claim?.claimantId).toBe(byName.get('John Kirby')?.id);

    await page.reload({ waitUntil: 'load' });
    const painted = await eventually(async () => {
      const texts = await paintedTexts(page);
      if (texts['marginalia-claim']!.length === 0) throw new Error('not painted yet');
      return texts;
    });
    expect(painted['marginalia-claim']).toEqual([KIRBY]);
    expect(painted['marginalia-party']!.length).toBe(mentions.length);
    expect(new Set(painted['marginalia-party'])).toEqual(new Set(['John Kerry', 'Kerry']));
    expect(session.server.foreignRequests()).toEqual([]);
  });

  it('remembers a dismissed suggestion for the article', async () => {
    const page = await session.browser.openPage(session.server.url(ARTICLE));
    let popup = await session.browser.openPopup(page);
    const dismiss = await popup.waitForSelector('button[aria-label="Dismiss party Sergei Lavrov"]', {
      timeout: 15_000,
    });
    await clickWhenSteady(dismiss!);
    await popup.waitForSelector('button[aria-label="Dismiss party Sergei Lavrov"]', { hidden: true });
    await popup.close();
    popup = await session.browser.openPopup(page);
    await popup.waitForSelector('button[aria-label="Accept party Russia"]', { timeout: 15_000 });
    expect(await popup.$('button[aria-label="Accept party Sergei Lavrov"]')).toBeNull();
    expect((await storedRecords<{ name: string }>(session.browser, 'parties')).map((p) => p.name)).not.toContain(
      'Sergei Lavrov',
    );
  });
});
