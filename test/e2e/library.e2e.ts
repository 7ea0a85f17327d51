import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page, Target } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, FORMAT_INFO, type ExportFormat } from '../../core/exchange/formats';
import { browsers } from './harness';
import {
  clickToolbarButton,
  eventually,
  paintedTexts,
  selectWithMouse,
  storedRecords,
  waitForPanelFocus,
  waitUntil,
} from './support/page-actions';
import {
  chooseImportFile,
  chooseOption,
  exportFromLibrary,
  importCounts,
  librarySummary,
  listedRows,
  openLibraryPage,
  searchLibrary,
  showLibraryTab,
  wcagViolations,
} from './support/library';
import { extensionSession } from './support/session';
import { byText, clickButton, openPopupView, typeInField } from './support/views';

const ARTICLE = '/articles/rferl-aleppo.html';
const TITLE = 'U.S. Threatens To End Cooperation With Russia Over Aleppo Assault';
const KIRBY =
  'Kerry\'s spokesman, John Kirby, said Washington was preparing to "suspend U.S.-Russia bilateral engagement on Syria...unless Russia takes immediate steps to end the assault on Aleppo."';
const ULTIMATUM = 'The State Department said Kerry issued the ultimatum to his Russian counterpart';
const KIRBY_WORDS = 'said Washington was preparing to';
const SEPARATING = 'Separating groups from one another on the ground has been hugely problematic';

/** What each export must hold: formats with quotes hold the claim's words, citations the article's title. */
const EXPECTED_TEXT: Record<ExportFormat, string | null> = {
  backup: KIRBY_WORDS,
  w3c: KIRBY_WORDS,
  claimreview: null,
  csl: 'Aleppo',
  bibtex: 'Aleppo',
  ris: 'Aleppo',
  csv: KIRBY_WORDS,
  markdown: KIRBY_WORDS,
  apa: 'Aleppo',
  mla: 'Aleppo',
  chicago: 'Aleppo',
};

interface StoredAnnotation {
  id: string;
  kind: string;
  target: { quote: { exact: string } };
}

/** A list row's title for the stored annotation whose quote starts with `start`. */
let quoted: (start: string) => string;

function byId<T extends { id: string }>(records: T[]): T[] {
  return [...records].sort((a, b) => (a.id < b.id ? -1 : 1));
}

describe.each(browsers)('library in $name', ({ name, launch }) => {
  const session = extensionSession(launch);
  let library: Page;
  let backupPath: string;
  let before: { annotations: StoredAnnotation[]; articles: unknown[]; parties: unknown[]; collections?: unknown[] };

  beforeAll(async () => {
    const { browser, server } = session;
    const page = await browser.openPage(server.url(ARTICLE));
    await eventually(async () => {
      await selectWithMouse(page, KIRBY);
      await clickToolbarButton(page, 'Claim', 3000);
    });
    await waitForPanelFocus(page);
    await page.keyboard.type('John Kirby', { delay: 20 });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await eventually(async () => {
      await selectWithMouse(page, SEPARATING);
      await clickToolbarButton(page, 'Highlight', 3000);
    });
    await eventually(async () => {
      const records = await storedRecords<StoredAnnotation & { claim?: { claimantId?: string } }>(
        browser,
        'annotations',
      );
      if (records.length !== 2 || !records.some((a) => a.claim?.claimantId)) throw new Error('not stored yet');
    });
    before = {
      annotations: byId(await storedRecords<StoredAnnotation>(browser, 'annotations')),
      articles: await storedRecords(browser, 'articles'),
      parties: await storedRecords(browser, 'parties'),
    };
    quoted = (start) =>
      `“${before.annotations.find((a) => a.target.quote.exact.startsWith(start))!.target.quote.exact}”`;
    library = await openLibraryPage(browser);
  });

  it('lists the article, its annotations and parties, and finds them by search and filter', async () => {
    expect(await librarySummary(library)).toBe('2 annotations in 1 article');
    const [article] = await listedRows(library);
    expect(article!.title).toBe(TITLE);
    expect(article!.meta[1]).toBe('1 claim · 1 party · 1 highlight');

    await showLibraryTab(library, 'Annotations');
    expect((await listedRows(library)).map((r) => r.title).sort()).toEqual([`“${KIRBY}”`, quoted(SEPARATING)].sort());

    // A party's name finds the claims naming it; words of a quote find that quote.
    await searchLibrary(library, 'kirby');
    await eventually(async () => expect((await listedRows(library)).map((r) => r.title)).toEqual([`“${KIRBY}”`]));
    expect(await librarySummary(library)).toBe('Showing 1 annotation in 1 article');
    await searchLibrary(library, 'hugely probl');
    await eventually(async () => expect((await listedRows(library)).map((r) => r.title)).toEqual([quoted(SEPARATING)]));
    await searchLibrary(library, '');

    await chooseOption(library, 'Kind', 'Claim');
    await eventually(async () => {
      const rows = await listedRows(library);
      expect(rows.map((r) => r.meta[0])).toEqual(['Claim · John Kirby · Unrated']);
    });
    await chooseOption(library, 'On the page', 'Not found');
    await byText(library, '.empty-state p', 'No annotations match the search and filters.');
    await clickButton(library, 'Clear search and filters');

    await showLibraryTab(library, 'Parties');
    await eventually(async () => {
      const rows = await listedRows(library);
      expect(rows).toEqual([{ title: 'John Kirby', meta: ['person · 1 claim by · 0 claims about · 0 mentions'] }]);
    });
  });

  it('collects the article, exports the collection, and opens the article with its notes painted', async () => {
    await showLibraryTab(library, 'Articles');
    await (await byText(library, '.row-title', TITLE)).click();
    await typeInField(library, 'New collection with this article', 'Essay sources');
    await clickButton(library, 'Add to new collection');
    await showLibraryTab(library, 'Collections');
    const card = await byText(library, 'article.collection-card', 'Essay sources', { partial: true });
    expect(await card.$eval('h2', (h) => h.textContent)).toBe('Essay sources');
    expect(await card.$$eval('.collection-article span', (spans) => spans.map((s) => s.textContent))).toEqual([TITLE]);
    const { fileName, text } = await exportFromLibrary(
      library,
      session.browser.downloadsDir,
      FORMAT_INFO.markdown.label,
      'Export this collection',
    );
    expect(fileName).toMatch(/^marginalia-essay-sources-\d{4}-\d{2}-\d{2}\.md$/);
    expect(text).toContain(KIRBY_WORDS);

    await showLibraryTab(library, 'Articles');
    const opened = session.browser.browser.waitForTarget((t) => t.url() === session.server.url(ARTICLE));
    await (await byText(library, 'a.row-link', TITLE, { partial: true })).click();
    const article = (await (await opened).page())!;
    const painted = await eventually(async () => {
      const texts = await paintedTexts(article);
      if (texts['marginalia-claim']!.length === 0) throw new Error('not painted yet');
      return texts;
    });
    expect(painted['marginalia-claim']).toEqual([KIRBY]);
    // The page reports where it found each note; let that land before the tab goes.
    await eventually(async () => {
      const records = await storedRecords<StoredAnnotation & { anchor?: unknown }>(session.browser, 'annotations');
      if (!records.every((a) => a.anchor)) throw new Error('anchors not stored yet');
    });
    await article.close();
    await library.bringToFront();
  });

  it('breaks no WCAG A or AA rule that axe checks, on any tab, light or dark', async () => {
    const schemes = name === 'chromium' ? (['light', 'dark'] as const) : (['light'] as const);
    for (const scheme of schemes) {
      if (name === 'chromium') await library.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      for (const tab of ['Articles', 'Annotations', 'Parties', 'Tags', 'Collections', 'Export & import', 'Settings']) {
        await showLibraryTab(library, tab);
        if (tab === 'Articles') await (await byText(library, '.row-title', TITLE)).click();
        expect(await wcagViolations(library), `${tab}, ${scheme}`).toEqual([]);
      }
    }
    if (name === 'chromium') await library.emulateMediaFeatures([]);
  });

  it('exports the library in every format as a file the browser saves', async () => {
    await showLibraryTab(library, 'Export & import');
    for (const format of EXPORT_FORMATS) {
      const { fileName, text } = await exportFromLibrary(
        library,
        session.browser.downloadsDir,
        FORMAT_INFO[format].label,
      );
      const extension = FORMAT_INFO[format].extension.replace(/\./g, '\\.');
      expect(fileName, format).toMatch(new RegExp(`^marginalia-\\d{4}-\\d{2}-\\d{2}\\.${extension}$`));
      const expected = EXPECTED_TEXT[format];
      if (expected) expect(text, format).toContain(expected);
      if (format === 'claimreview')
        expect(JSON.parse(text)).toEqual({ '@context': 'https://schema.org', '@graph': [] });
      if (format === 'backup') {
        const backup = JSON.parse(text) as {
          annotations: StoredAnnotation[];
          collections?: { name: string; articleIds: string[] }[];
        };
        expect(backup.annotations.map((a) => a.target.quote.exact).sort()).toEqual(
          before.annotations.map((a) => a.target.quote.exact).sort(),
        );
        expect(backup.collections?.map((c) => [c.name, c.articleIds.length])).toEqual([['Essay sources', 1]]);
        backupPath = path.join(await mkdtemp(path.join(os.tmpdir(), 'marginalia-library-')), fileName);
        await writeFile(backupPath, text);
      }
    }
  });

  it('deletes everything after a typed confirmation, and imports the backup back, collection and all', async () => {
    const { browser } = session;
    // As the library is now (opening the article above recorded where its notes were found).
    before = {
      annotations: byId(await storedRecords<StoredAnnotation>(browser, 'annotations')),
      articles: await storedRecords(browser, 'articles'),
      parties: await storedRecords(browser, 'parties'),
      collections: await storedRecords(browser, 'collections'),
    };
    expect(before.collections).toHaveLength(1);
    await typeInField(library, 'Type “delete everything” to confirm', 'delete everything');
    await clickButton(library, 'Delete everything');
    const wiped = async () => {
      await eventually(async () => {
        expect(await storedRecords(browser, 'annotations')).toEqual([]);
        expect(await storedRecords(browser, 'collections')).toEqual([]);
        expect(await librarySummary(library)).toBe('0 annotations in 0 articles');
      });
    };
    await wiped();
    // Undo brings it all back; the second time, the reader lets it go.
    await clickButton(library, 'Undo');
    await eventually(async () => expect(await librarySummary(library)).toBe('2 annotations in 1 article'));
    expect(byId(await storedRecords<StoredAnnotation>(browser, 'annotations'))).toEqual(before.annotations);
    expect(await storedRecords(browser, 'collections')).toEqual(before.collections);
    await typeInField(library, 'Type “delete everything” to confirm', 'delete everything');
    await clickButton(library, 'Delete everything');
    await wiped();
    await clickButton(library, 'Dismiss');
    await showLibraryTab(library, 'Collections');
    await byText(library, '.collections-panel p', 'No collections yet.', { partial: true });
    await showLibraryTab(library, 'Export & import');

    await chooseImportFile(library, backupPath);
    await byText(library, '.import-preview h3', `Marginalia backup: ${path.basename(backupPath)}`);
    const counts = await importCounts(library);
    expect(counts['Annotations']).toEqual({ New: 2, Updated: 0, Unchanged: 0, Skipped: 0, Conflicts: 0 });
    expect(counts['Articles']!['New']).toBe(1);
    expect(counts['Parties']!['New']).toBe(1);
    expect(counts['Collections']).toEqual({ New: 1, Updated: 0, Unchanged: 0, Skipped: 0, Conflicts: 0 });
    await clickButton(library, 'Import');
    await byText(library, '.import-done h3', `Imported ${path.basename(backupPath)}`);

    expect(byId(await storedRecords<StoredAnnotation>(browser, 'annotations'))).toEqual(before.annotations);
    expect(await storedRecords(browser, 'articles')).toEqual(before.articles);
    expect(await storedRecords(browser, 'parties')).toEqual(before.parties);
    expect(await storedRecords(browser, 'collections')).toEqual(before.collections);
    await eventually(async () => expect(await librarySummary(library)).toBe('2 annotations in 1 article'));
    await showLibraryTab(library, 'Articles');
    await eventually(async () => expect((await listedRows(library)).map((r) => r.title)).toEqual([TITLE]));
    // The collection is back where the reader made it, with its article.
    await showLibraryTab(library, 'Collections');
    const card = await byText(library, 'article.collection-card', 'Essay sources', { partial: true });
    expect(await card.$eval('h2', (h) => h.textContent)).toBe('Essay sources');
    expect(await card.$$eval('.collection-article span', (spans) => spans.map((s) => s.textContent))).toEqual([TITLE]);
    expect(session.server.foreignRequests()).toEqual([]);
    await rm(path.dirname(backupPath), { recursive: true, force: true });
  });

  it('opens from the popup, and as the options page at its settings, following notes taken meanwhile', async () => {
    const { browser, server } = session;
    // Only the tabs this test opens are library pages from here on.
    const closed = library.target();
    await library.close();
    // Polled rather than awaited with waitForTarget: over BiDi a tab's change of address
    // from about:blank is not announced.
    const newLibraryTab = (...known: Target[]) =>
      eventually(async () => {
        const found = browser.browser
          .targets()
          .find(
            (t) => ![closed, ...known].includes(t) && t.url().startsWith(`${browser.extensionOrigin}/library.html`),
          );
        if (!found) throw new Error('no new library tab');
        return (await found.page())!;
      });
    const article = await browser.openPage(server.url(ARTICLE));
    const popup = await openPopupView(browser, article);
    await clickButton(popup, 'Library');
    const opened = await newLibraryTab();
    await byText(opened, 'h1', 'Marginalia library');
    await opened.close();

    const popupOpened = opened.target();
    await browser.evaluateInExtension((api) => api.runtime.openOptionsPage());
    const options = await newLibraryTab(popupOpened);
    await waitUntil(
      options,
      () => document.querySelector('[role="tab"][aria-selected="true"]')?.textContent === 'Settings',
      { timeout: 10_000 },
    );
    await byText(options, 'h2', 'Rating scale');

    // A note taken on the page while the library is open shows up in it.
    expect(await librarySummary(options)).toBe('2 annotations in 1 article');
    await article.bringToFront();
    await eventually(async () => {
      await selectWithMouse(article, ULTIMATUM);
      await clickToolbarButton(article, 'Highlight', 3000);
    });
    await eventually(async () => expect(await librarySummary(options)).toBe('3 annotations in 1 article'));
    await options.close();
    await article.close();
  });
});
