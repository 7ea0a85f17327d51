import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { extensionSession } from './support/session';
import { browsers, FIXTURES_DIR, TestServer } from './harness';
import { markClaim, eventually, paintedTexts, storedRecords } from './support/page-actions';

const STORY = '/news/aleppo.html';
const REWORDED =
  'The State Department said Kerry issued the ultimatum to his Russian counterpart, Sergei Lavrov, in a telephone call on September 28.';
const REWORDED_NOW = REWORDED.replace('ultimatum', 'warning');
const REMOVED =
  'Separating groups from one another on the ground has been hugely problematic, given that battlefield loyalities among the different fighting groups are fluid.';
const CORRECTION = 'Correction: an earlier version of this story misstated the date of the call.';

const paragraph = (text: string) => `<p>${text.replaceAll("'", '&#x27;').replaceAll('"', '&quot;')}</p>`;

/** Version 2: one sentence reworded, one paragraph removed, a correction line added. */
function secondVersion(original: string): string {
  const html = original
    .replace(paragraph(REWORDED), paragraph(REWORDED_NOW))
    .replace(paragraph(REMOVED), '')
    .replace('<p class="credit">', `${paragraph(CORRECTION)}\n<p class="credit">`);
  if (html.includes(paragraph(REMOVED)) || !html.includes(CORRECTION) || !html.includes(REWORDED_NOW)) {
    throw new Error('version 2 not made');
  }
  return html;
}

interface Snapshot {
  id: string;
  articleId: string;
  firstSeen: string;
  storedBytes: number;
  pageBytes: number;
}

describe.each(browsers)('snapshots and versions in $name', ({ launch }) => {
  const session = extensionSession(launch);
  let original: string;
  let articleId: string;

  beforeAll(async () => {
    original = await readFile(path.join(FIXTURES_DIR, 'articles/rferl-aleppo.html'), 'utf8');
  });

  it('notices the story changed, shows the edits, the reworded claim and the removed one in context', async () => {
    session.server.setPage(STORY, original);
    const page = await session.browser.openPage(session.server.url(STORY));
    await markClaim(page, REWORDED);
    await markClaim(page, REMOVED);
    const [first] = await eventually(async () => {
      const snapshots = await storedRecords<Snapshot>(session.browser, 'snapshots');
      if (snapshots.length !== 1) throw new Error(`${snapshots.length} snapshots`);
      return snapshots;
    });
    articleId = first!.articleId;
    expect(first!.storedBytes).toBeLessThan(first!.pageBytes);

    session.server.setPage(STORY, secondVersion(original));
    await page.reload({ waitUntil: 'load' });
    await eventually(async () => {
      const snapshots = await storedRecords<Snapshot>(session.browser, 'snapshots');
      if (snapshots.length !== 2) throw new Error(`${snapshots.length} snapshots`);
    }, 15_000);

    const popup = await session.browser.openPopup(page);
    const notice = await popup.waitForSelector('.change-notice');
    expect(await notice!.evaluate((n) => n.textContent)).toContain('This story changed since you annotated it.');

    const reworded = await popup.waitForSelector(
      '::-p-xpath(//li[contains(@class,"annotation-item")][contains(., "Kerry issued")]//button)',
    );
    await reworded!.click();
    await popup.waitForSelector('.wording-change');
    expect(await popup.$eval('.old-wording', (q) => q.textContent)).toBe(REWORDED);
    expect(await popup.$eval('.new-wording', (q) => q.textContent)).toBe(REWORDED_NOW);
    await reworded!.click();

    const removed = await popup.waitForSelector('.annotation-item.state-orphan button');
    expect(await removed!.evaluate((b) => b.textContent)).toContain('Not found on this page');
    await removed!.click();
    const context = await popup.waitForSelector('.orphan-context blockquote');
    expect(await context!.evaluate((b) => b.textContent)).toBe(REMOVED);

    const diffUrl = await popup.$eval('.change-notice a', (a) => (a as HTMLAnchorElement).getAttribute('href'));
    const reader = await session.browser.openExtensionPage(diffUrl!.slice(diffUrl!.indexOf('reader.html')));
    await reader.waitForSelector('.diff-text');
    const edits = await reader.evaluate(() => ({
      inserted: [...document.querySelectorAll('.diff-text ins')].map((e) => e.textContent!.trim()),
      deleted: [...document.querySelectorAll('.diff-text del')].map((e) => e.textContent!.trim()),
    }));
    expect(edits).toEqual({ inserted: ['warning', CORRECTION], deleted: ['ultimatum', REMOVED] });
    await reader.close();
    expect(session.server.foreignRequests()).toEqual([]);
  });

  it('shows a hostile article in the reader view with nothing running and nothing fetched', async () => {
    // The live page's own handlers may open dialogs: dismiss them, or its load never ends.
    const page = await session.browser.browser.newPage();
    page.on('dialog', (dialog) => void dialog.dismiss());
    await page.goto(session.server.url('/pages/hostile-article.html'), { waitUntil: 'load' });
    await markClaim(page, 'The city council voted on Tuesday to approve the long-delayed harbour plan');
    const snapshot = await eventually(async () => {
      const found = (await storedRecords<Snapshot>(session.browser, 'snapshots')).find((s) =>
        s.articleId.includes('hostile'),
      );
      if (!found) throw new Error('no snapshot yet');
      return found;
    });
    session.server.requests.length = 0;
    const reader = await session.browser.openExtensionPage(
      `reader.html?${new URLSearchParams({ article: snapshot.articleId })}`,
    );
    const dialogs: string[] = [];
    reader.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await reader.waitForSelector('.snapshot-article p');
    const seen = await reader.evaluate(() => {
      const article = document.querySelector('.snapshot-article')!;
      const flags = window as unknown as { pageScriptRan?: boolean; handlerRan?: boolean };
      return {
        text: article.textContent,
        scriptRan: flags.pageScriptRan ?? false,
        handlerRan: flags.handlerRan ?? false,
        scripts: article.querySelectorAll('script, svg, iframe').length,
        handlers: [...article.querySelectorAll('*')].filter((el) =>
          [...el.attributes].some((a) => a.name.startsWith('on')),
        ).length,
        scriptLinks: article.querySelectorAll('a[href^="javascript" i]').length,
        imagesWithSource: article.querySelectorAll('img[src]').length,
        heldImages: article.querySelectorAll('img[data-marginalia-src]').length,
      };
    });
    // Hover and click where the handlers were, as a reader would.
    const mayor = await reader.waitForSelector('::-p-text(The mayor said)');
    await mayor!.hover();
    await mayor!.click();
    // The javascript: link is kept as its words only; the web link stays a link.
    expect(await reader.$$eval('.snapshot-article a', (as) => as.map((a) => a.getAttribute('href')))).toEqual([
      'https://harbour.example/plan',
    ]);
    expect(seen.text).toContain('Read the full plan or its summary.');
    expect(seen).toMatchObject({ scriptRan: false, handlerRan: false, scripts: 0, handlers: 0, scriptLinks: 0 });
    expect(seen).toMatchObject({ imagesWithSource: 0, heldImages: 1 });
    expect(seen.text).toContain('The plan is expected to cost about 40 million euros');
    expect(await reader.evaluate(() => (window as unknown as { handlerRan?: boolean }).handlerRan ?? false)).toBe(
      false,
    );
    expect(dialogs).toEqual([]);
    expect(session.server.foreignRequests()).toEqual([]);
    await reader.close();
  });
  it('opens version 1 in the reader view with both claims after the server is gone', async () => {
    const versions = (await storedRecords<Snapshot>(session.browser, 'snapshots')).sort((a, b) =>
      a.firstSeen.localeCompare(b.firstSeen),
    );
    await session.server.close();
    const params = new URLSearchParams({ article: articleId, version: versions[0]!.id });
    const reader = await session.browser.openExtensionPage(`reader.html?${params}`);
    await reader.waitForSelector('.snapshot-article p');
    expect(await reader.$eval('h1', (h) => h.textContent)).toBe(
      'U.S. Threatens To End Cooperation With Russia Over Aleppo Assault',
    );
    const painted = await eventually(async () => {
      const texts = (await paintedTexts(reader))['marginalia-claim']!;
      if (texts.length < 2) throw new Error('not painted yet');
      return texts;
    });
    expect([...painted].sort()).toEqual([REMOVED, REWORDED].sort());
    session.server = await TestServer.start();
  });
});
