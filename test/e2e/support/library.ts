import { readFileSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../harness';
import { eventually, waitUntil } from './page-actions';
import { byText, clickButton, fieldByLabel } from './views';

/**
 * Helpers for the library page (library.html). Like views.ts, they find things as a reader
 * does: tabs and buttons by their text, fields by their label.
 */

/** Opens the library in a tab and waits until it has read the whole library. */
export async function openLibraryPage(browser: ExtensionBrowser, section = ''): Promise<Page> {
  const page = await browser.openExtensionPage(`library.html${section ? `#${section}` : ''}`);
  await waitForLibraryReady(page);
  return page;
}

export async function waitForLibraryReady(page: Page): Promise<void> {
  await waitUntil(
    page,
    () => {
      const summary = document.querySelector<HTMLElement>('.library-summary')?.innerText ?? '';
      return summary !== '' && !summary.startsWith('Reading');
    },
    { timeout: 15_000, polling: 100 },
  );
}

/** The line under the search box: "2 annotations in 1 article", or what the filters show. */
export function librarySummary(page: Page): Promise<string> {
  return page.$eval('.library-summary', (el) => (el as HTMLElement).innerText.trim());
}

export async function showLibraryTab(page: Page, title: string): Promise<void> {
  const tab = await byText(page, '[role="tab"]', title);
  await tab.click();
  await waitUntil(
    page,
    (wanted: string) =>
      [...document.querySelectorAll('[role="tab"]')].some(
        (t) => t.textContent?.trim() === wanted && t.getAttribute('aria-selected') === 'true',
      ),
    {},
    title,
  );
}

/** Each drawn row of the shown list: its title line and its detail lines, as visible text. */
export function listedRows(page: Page): Promise<{ title: string; meta: string[] }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.vlist-row')].map((row) => ({
      title: (row.querySelector('.row-title') as HTMLElement).innerText.trim(),
      meta: [...row.querySelectorAll<HTMLElement>('.row-meta')].map((m) => m.innerText.replace(/\s+/g, ' ').trim()),
    })),
  );
}

/** Types a query into the library's search box, replacing what was there. */
export async function searchLibrary(page: Page, text: string): Promise<void> {
  const field = await fieldByLabel(page, 'Search the library');
  await field.click({ count: 3 });
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

/** Chooses the option with this visible text in the select a label names. */
export async function chooseOption(page: Page, label: string, option: string): Promise<void> {
  const select = await fieldByLabel(page, label);
  const value = await select.evaluate((el, wanted: string) => {
    const found = [...(el as HTMLSelectElement).options].find((o) => o.text.trim() === wanted);
    if (!found)
      throw new Error(`No option “${wanted}” in ${[...(el as HTMLSelectElement).options].map((o) => o.text)}`);
    return found.value;
  }, option);
  await (select as unknown as { select(value: string): Promise<string[]> }).select(value);
}

/**
 * Exports in a format, as the reader does: chooses it, presses the export button, then clicks
 * the link to save the file, and reads the file the browser saved in `downloadsDir`. The file
 * is removed afterwards, so that the next export of the same name is not saved as "name(1)".
 */
export async function exportFromLibrary(
  page: Page,
  downloadsDir: string,
  formatLabel: string,
  button = 'Export',
): Promise<{ fileName: string; text: string }> {
  await chooseOption(page, 'Format', formatLabel);
  await clickButton(page, button);
  const link = await page.waitForSelector('a.download', { timeout: 30_000 });
  const fileName = await link!.evaluate((a) => (a as HTMLAnchorElement).download);
  await link!.click();
  // Both browsers write under another name (.crdownload, .part) until the file is whole.
  await eventually(async () => {
    const files = await readdir(downloadsDir);
    if (!files.includes(fileName) || files.some((f) => /\.(crdownload|part)$/.test(f)))
      throw new Error(`${fileName} not saved yet; the downloads folder has: ${files.join(', ')}`);
  });
  const saved = path.join(downloadsDir, fileName);
  const text = await readFile(saved, 'utf8');
  await rm(saved);
  return { fileName, text };
}

/** Chooses a file for the import field, as the reader does with the file picker. */
export async function chooseImportFile(page: Page, file: string): Promise<void> {
  const input = await fieldByLabel(page, 'Choose a file to import');
  await (input as unknown as { uploadFile(...paths: string[]): Promise<void> }).uploadFile(file);
}

/** The import preview's table: for each kind of record, its counts by column. */
export function importCounts(page: Page): Promise<Record<string, Record<string, number>>> {
  return page.evaluate(() => {
    const table = document.querySelector('.plan-table');
    if (!table) throw new Error('no import plan shown');
    const columns = [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim()).slice(1);
    return Object.fromEntries(
      [...table.querySelectorAll('tbody tr')].map((tr) => [
        tr.querySelector('th')!.textContent!.trim(),
        Object.fromEntries([...tr.querySelectorAll('td')].map((td, i) => [columns[i]!, Number(td.textContent)])),
      ]),
    );
  });
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Parts of the library page that other features add and audit themselves: the saved
 * copies' table (its delete buttons' names do not start with their visible text, which
 * axe flags as label-content-name-mismatch).
 */
const AUDITED_ELSEWHERE = ['.snapshot-settings'];

/**
 * The WCAG 2 A and AA rules axe-core finds broken on the page, one line each. axe is
 * evaluated through the driver: extension pages allow no inline script.
 */
export async function wcagViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (excluded: string[]) => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const context = { include: [['body']], exclude: excluded.map((selector) => [selector]) };
    const results = await axe.run(context as never, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      resultTypes: ['violations'],
    });
    return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }, AUDITED_ELSEWHERE);
}
