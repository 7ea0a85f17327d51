import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extensionSession } from './support/session';
import { browsers, FIXTURES_DIR } from './harness';
import { markClaim, eventually, paintedTexts, storedRecords } from './support/page-actions';

const STORY = '/news/aleppo-story.html';
const MOVED_DOWN = "Kerry's spokesman, John Kirby, said Washington was preparing to";
const KIRBY = `${MOVED_DOWN} "suspend U.S.-Russia bilateral engagement on Syria...unless Russia takes immediate steps to end the assault on Aleppo."`;
const ULTIMATUM =
  'The State Department said Kerry issued the ultimatum to his Russian counterpart, Sergei Lavrov, in a telephone call on September 28.';
const ULTIMATUM_EDITED = ULTIMATUM.replace('ultimatum', 'warning');
const FLUID =
  'Separating groups from one another on the ground has been hugely problematic, given that battlefield loyalities among the different fighting groups are fluid.';
const DELETED =
  "Russia and the United States are backing different sides in Syria's civil war but have tried to find some cooperation in targeting known terrorist groups.";
const NOTE = 'Check this against the AP wire <b>before</b> publishing';

/** The demo article as an outlet might edit it a week later. */
function editedVersion(original: string): string {
  const paragraph = (text: string) => `<p>${text.replaceAll("'", '&#x27;').replaceAll('"', '&quot;')}</p>`;
  const fluid = paragraph(FLUID);
  let html = original
    .replace(paragraph(KIRBY), `<p>Officials in Geneva declined to comment on the call.</p>\n${paragraph(KIRBY)}`)
    .replace(paragraph(ULTIMATUM), paragraph(ULTIMATUM_EDITED))
    .replace(fluid, '')
    .replace(paragraph(DELETED), '')
    .replace('<p class="credit">', `${fluid}\n<p class="credit">`);
  for (const text of [ULTIMATUM, DELETED]) if (html.includes(paragraph(text))) throw new Error('edit not applied');
  if (!html.includes(`<p>Officials in Geneva`)) throw new Error('insert not applied');
  return html;
}

describe.each(browsers)('re-anchoring in $name', ({ launch }) => {
  const session = extensionSession(launch);
  let original: string;

  beforeAll(async () => {
    original = await readFile(path.join(FIXTURES_DIR, 'articles/rferl-aleppo.html'), 'utf8');
  });

  it('finds moved, reworded and relocated claims on an edited story and lists the deleted one as not found', async () => {
    session.server.setPage(STORY, original);
    const page = await session.browser.openPage(session.server.url(STORY));
    for (const text of [KIRBY, ULTIMATUM, FLUID]) await markClaim(page, text);
    await markClaim(page, DELETED, NOTE);
    await eventually(async () => {
      const stored = await storedRecords<{ note: string }>(session.browser, 'annotations');
      if (stored.length !== 4 || !stored.some((a) => a.note === NOTE))
        throw new Error(`not all saved yet: ${JSON.stringify(stored.map((a) => a.note))}`);
    });

    session.server.setPage(STORY, editedVersion(original));
    await page.reload({ waitUntil: 'load' });
    const painted = await eventually(async () => {
      const texts = (await paintedTexts(page))['marginalia-claim']!;
      if (texts.length < 3) throw new Error(`only ${texts.length} painted`);
      return texts;
    });
    expect([...painted].sort()).toEqual([FLUID, KIRBY, ULTIMATUM_EDITED].sort());

    const states = await eventually(async () => {
      const stored = await storedRecords<{ target: { quote: { exact: string } }; anchor?: { state: string } }>(
        session.browser,
        'annotations',
      );
      const byQuote = Object.fromEntries(stored.map((a) => [a.target.quote.exact, a.anchor?.state]));
      if (byQuote[DELETED] !== 'orphan') throw new Error(`not reported yet: ${JSON.stringify(byQuote)}`);
      return byQuote;
    });
    expect(states).toEqual({ [KIRBY]: 'moved', [ULTIMATUM]: 'fuzzy', [FLUID]: 'moved', [DELETED]: 'orphan' });

    const popup = await session.browser.openPopup(page);
    const orphan = await popup.waitForSelector('.annotation-item.state-orphan .annotation-select');
    expect(await orphan!.evaluate((el) => el.textContent)).toContain('Not found on this page');
    expect(await orphan!.evaluate((el) => el.textContent)).toContain(DELETED);
    const foundLabels = await popup.$$eval('.annotation-item:not(.state-orphan) .anchor-state', (els) =>
      els.map((e) => e.textContent),
    );
    expect(foundLabels.sort()).toEqual([
      'Found after the page changed',
      'Found after the page changed',
      'Found after the page changed (wording differs)',
    ]);
    await orphan!.click();
    const note = await popup.waitForSelector('textarea[id$="-note"]');
    expect(await note!.evaluate((el) => (el as HTMLTextAreaElement).value)).toBe(NOTE);
    expect(session.server.foreignRequests()).toEqual([]);
  });
});
