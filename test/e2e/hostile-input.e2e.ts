import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, FIXTURES_DIR, TestServer, type ExtensionBrowser } from './harness';
import {
  clickToolbarButton,
  eventually,
  paintedTexts,
  selectWithMouse,
  waitForPanelFocus,
} from './support/page-actions';
import { byText, fieldByLabel, listedParties, openAnnotation, showPanelTab, typeInField } from './support/views';

const NAUGHTY: string[] = JSON.parse(readFileSync(path.join(FIXTURES_DIR, 'naughty-strings.json'), 'utf8'));

/** Markup and script a page, a note or a name may carry: each sets `pwned` on the window it runs in. */
const PAYLOADS = {
  img: '<img src=x onerror="window.top.pwned=\'img\'">',
  script: '<script>window.top.pwned="script"</script>',
  svg: '<svg onload="window.top.pwned=\'svg\'"><a xlink:href="javascript:window.top.pwned=\'svg-link\'">x</a></svg>',
  link: 'javascript:window.top.pwned="link"',
};
const SENTENCE = `Officials wrote ${PAYLOADS.img} and ${PAYLOADS.script} into the statement.`;
const CONTROL_AND_SURROGATES =
  'nul\u0000 bell\u0007 esc\u001b del\u007f nel\u0085 ls\u2028 ps\u2029 lone \ud800 and \udfff end';
const ONE_MEGABYTE_NOTE = Array.from(
  { length: 20_000 },
  (_, i) => `${i} ${PAYLOADS.img} ${NAUGHTY[i % NAUGHTY.length]}`,
)
  .join('\n')
  .slice(0, 1_048_576);

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A page whose text reads as markup and script, with a javascript: link and a scripted SVG of its own. */
const HOSTILE_TEXT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Statement</title></head>
<body><article><h1>The statement</h1>
<p id="sentence">${escapeHtml(SENTENCE)}</p>
<p>Read <a href="javascript:void 0">the original</a> or see <svg width="10" height="10"><title>chart</title></svg> the chart.</p>
</article></body></html>`;

/**
 * What would show that something the extension drew ran or became markup: `pwned` set on
 * the window, or elements, handler attributes or links made from the text (a view draws
 * none of these itself).
 */
async function ranOrBecameMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const pwned = (window as unknown as { pwned?: string }).pwned;
    if (pwned) found.push(`pwned by ${pwned}`);
    for (const el of document.querySelectorAll('img, iframe, object, embed, svg, math, base, meta[http-equiv]'))
      found.push(`<${el.localName}>`);
    for (const el of document.querySelectorAll('script:not([src])')) found.push(`inline script ${el.textContent}`);
    for (const el of document.querySelectorAll('*'))
      for (const attribute of el.attributes)
        if (attribute.name.startsWith('on')) found.push(`${el.localName}[${attribute.name}]`);
    // Web links, and the extension's own pages (the saved copy of an article).
    for (const a of document.querySelectorAll('a[href]')) {
      const { protocol, origin, href } = a as HTMLAnchorElement;
      if (protocol !== 'http:' && protocol !== 'https:' && origin !== location.origin) found.push(`link to ${href}`);
    }
    return found;
  });
}

/** Every record of a store, read with plain IndexedDB in an extension page. */
function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name: string) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('marginalia');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result as T[]);
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

interface StoredAnnotation {
  id: string;
  note: string;
  tags: string[];
  target: { quote: { exact: string } };
  claim?: { claimantId?: string; evidence: { url: string }[] };
}

describe.each(browsers)('hostile input in $name', ({ launch }) => {
  let server: TestServer;
  let browser: ExtensionBrowser;
  const dialogs: string[] = [];

  /** Opens a page or view and counts any dialog it opens. */
  const watched = (page: Page) => {
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    return page;
  };

  beforeAll(async () => {
    server = await TestServer.start();
    server.setPage('/hostile/statement.html', HOSTILE_TEXT_PAGE);
    server.setPage('/hostile/naughty.html', '<!doctype html><title>Naughty</title><p>Every naughty string.</p>');
    browser = await launch({ server, access: 'granted' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps markup and script in page text, names, notes, tags and evidence as text: nothing runs, only web links', async () => {
    const page = watched(await browser.openPage(server.url('/hostile/statement.html')));
    await eventually(async () => {
      await selectWithMouse(page, SENTENCE);
      await clickToolbarButton(page, 'Claim', 3000);
    });
    // The claim editor on the page opens with its claimant field focused: name a party in markup.
    await waitForPanelFocus(page);
    await page.keyboard.type(PAYLOADS.svg, { delay: 5 });
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');

    let panel = watched(await browser.openExtensionPage(`sidepanel.html?tab=${await browser.tabIdOf(page)}`));
    await byText(panel, '.annotation-count', '1 annotation on this page');
    const editor = await openAnnotation(panel, 'Officials wrote');
    await typeInField(panel, 'Note', `${PAYLOADS.script}${PAYLOADS.img}`, editor);
    await typeInField(panel, 'Tags', PAYLOADS.img, editor);
    await panel.keyboard.press('Enter');
    await typeInField(panel, 'Evidence', PAYLOADS.link, editor);
    await panel.keyboard.press('Enter');
    await typeInField(panel, 'Evidence', 'https://example.org/search?q=<script>x</script>', editor);
    await panel.keyboard.press('Enter');

    const [stored] = await eventually(async () => {
      const records = await readStore<StoredAnnotation>(panel, 'annotations');
      if (records[0]?.claim?.evidence.length !== 1 || records[0].tags.length !== 1)
        throw new Error(`not saved yet: ${JSON.stringify(records)}`);
      return records;
    });
    const parties = await readStore<{ id: string; name: string }>(panel, 'parties');
    expect(stored!.target.quote.exact).toBe(SENTENCE);
    expect(stored!.note).toBe(`${PAYLOADS.script}${PAYLOADS.img}`);
    expect(stored!.tags).toEqual([PAYLOADS.img]);
    expect(stored!.claim!.evidence.map((e) => e.url)).toEqual([
      'https://example.org/search?q=%3Cscript%3Ex%3C/script%3E',
    ]);
    expect(parties.map((p) => p.name)).toEqual([PAYLOADS.svg]);
    expect(stored!.claim!.claimantId).toBe(parties[0]!.id);

    // Drawn again from what was stored: every field shows its text, as text.
    await panel.close();
    panel = watched(await browser.openExtensionPage(`sidepanel.html?tab=${await browser.tabIdOf(page)}`));
    await byText(panel, '.annotation-count', '1 annotation on this page');
    const shown = await openAnnotation(panel, 'Officials wrote');
    expect(await panel.$eval('.quote-text', (q) => q.textContent)).toBe(SENTENCE);
    expect(await shown.$eval('.field-value strong', (s) => s.textContent)).toBe(PAYLOADS.svg);
    expect(await (await fieldByLabel(panel, 'Note', shown)).evaluate((t) => (t as HTMLTextAreaElement).value)).toBe(
      `${PAYLOADS.script}${PAYLOADS.img}`,
    );
    expect(await shown.$$eval('ul.chips[aria-label="Tags"] > li > span', (s) => s.map((x) => x.textContent))).toEqual([
      PAYLOADS.img,
    ]);
    expect(await shown.$$eval('.evidence-list a', (a) => a.map((x) => (x as HTMLAnchorElement).protocol))).toEqual([
      'https:',
    ]);
    expect(await ranOrBecameMarkup(panel)).toEqual([]);

    await page.reload({ waitUntil: 'load' });
    await eventually(async () => {
      if ((await paintedTexts(page))['marginalia-claim']!.length !== 1) throw new Error('not painted yet');
    });
    expect(await page.evaluate(() => (window as unknown as { pwned?: string }).pwned ?? null)).toBeNull();
    expect(dialogs).toEqual([]);
    // An open view redraws on every write: the next test writes a thousand times.
    await panel.close();
  });

  it('stores and shows every naughty string, a 1 MB note, control characters and lone surrogates exactly', async () => {
    const page = watched(await browser.openPage(server.url('/hostile/naughty.html')));
    const articleUrl = server.url('/hostile/naughty.html');
    const tabId = await browser.tabIdOf(page);
    // Sent from a document of the extension that runs none of its code, so no view of
    // its own redraws on every write meanwhile.
    const sender = await browser.openExtensionPage('manifest.json');
    // Through the real message path, as the page's annotator sends them: the background
    // checks each message and stores it, or refuses it with the reason.
    const answers = await sender.evaluate(
      async (strings: string[], url: string, longNote: string, control: string) => {
        const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
          runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; error?: string }> };
        };
        const at = new Date().toISOString();
        const annotation = (id: string, exact: string, note: string, tags: string[]) => ({
          id,
          articleId: url,
          kind: 'highlight',
          target: {
            source: url,
            quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
            position: { type: 'TextPositionSelector', start: 0, end: exact.length },
          },
          note,
          tags,
          created: at,
          updated: at,
        });
        const save = (a: object) =>
          api.runtime.sendMessage({ type: 'annotation.save', article: { url }, annotation: a });
        const results = {
          annotations: [] as boolean[],
          parties: [] as boolean[],
          long: false,
          control: false,
        };
        // All at once, as many tabs might: an open view (Firefox keeps its sidebar open)
        // then reads its page's annotations again once per burst, not once per write.
        const sent = strings.map(async (s, i) => {
          const party = { id: `party-${i}`, name: s, kind: 'other', created: at, updated: at };
          const [annotationAnswer, partyAnswer] = await Promise.all([
            save(annotation(`naughty-${i}`, `#${i} ${s}`, s, s.trim() ? [s] : [])),
            api.runtime.sendMessage({ type: 'party.save', party }),
          ]);
          return [annotationAnswer.ok, partyAnswer.ok];
        });
        for (const [annotationOk, partyOk] of await Promise.all(sent)) {
          results.annotations.push(annotationOk!);
          results.parties.push(partyOk!);
        }
        results.long = (await save(annotation('long-note', 'The long note', longNote, []))).ok;
        results.control = (await save(annotation('control', 'Control characters', control, [control]))).ok;
        return results;
      },
      NAUGHTY,
      articleUrl,
      ONE_MEGABYTE_NOTE,
      CONTROL_AND_SURROGATES,
    );
    expect(answers.annotations.every(Boolean)).toBe(true);
    expect(answers.long).toBe(true);
    expect(answers.control).toBe(true);
    // Only a party without a name is refused.
    const named = NAUGHTY.map((s) => s.trim() !== '');
    expect(answers.parties).toEqual(named);

    const stored = new Map((await readStore<StoredAnnotation>(sender, 'annotations')).map((a) => [a.id, a]));
    NAUGHTY.forEach((s, i) => {
      expect(stored.get(`naughty-${i}`)?.note, `string ${i}`).toBe(s);
      expect(stored.get(`naughty-${i}`)?.target.quote.exact, `string ${i}`).toBe(`#${i} ${s}`);
    });
    expect(stored.get('long-note')?.note).toBe(ONE_MEGABYTE_NOTE);
    const carried = CONTROL_AND_SURROGATES;
    expect(stored.get('control')?.note).toBe(carried);

    const panel = watched(await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`));
    const total = NAUGHTY.length + 2;
    await byText(panel, '.annotation-count', `${total} annotations on this page`, { timeout: 20_000 });
    const quotes = await panel.$$eval('.quote-text', (spans) => spans.map((s) => s.textContent ?? ''));
    expect(quotes.sort()).toEqual(
      [...NAUGHTY.map((s, i) => `#${i} ${s}`), 'The long note', 'Control characters'].sort(),
    );
    expect(await ranOrBecameMarkup(panel)).toEqual([]);

    const longEditor = await openAnnotation(panel, 'The long note');
    const longField = await fieldByLabel(panel, 'Note', longEditor);
    expect(await longField.evaluate((t) => (t as HTMLTextAreaElement).value)).toBe(ONE_MEGABYTE_NOTE);
    const controlEditor = await openAnnotation(panel, 'Control characters');
    const controlField = await fieldByLabel(panel, 'Note', controlEditor);
    expect(await controlField.evaluate((t) => (t as HTMLTextAreaElement).value)).toBe(carried);
    expect(await controlEditor.$eval('ul.chips[aria-label="Tags"] > li > span', (s) => s.textContent)).toBe(carried);

    // Tags are stored trimmed, as the model says; each shows as its text.
    const tagged = await openAnnotation(panel, '#193 ');
    const chips = await tagged.$$eval('ul.chips[aria-label="Tags"] > li > span', (spans) =>
      spans.map((s) => s.textContent),
    );
    expect(chips).toEqual([NAUGHTY[193]!.trim()]);
    expect(NAUGHTY.map((s, i) => stored.get(`naughty-${i}`)?.tags)).toEqual(
      NAUGHTY.map((s) => (s.trim() ? [s.trim()] : [])),
    );
    expect(await ranOrBecameMarkup(panel)).toEqual([]);

    // A view writes straight to the database: there lone surrogates are kept as typed.
    await controlField.evaluate((field, text) => {
      (field as HTMLTextAreaElement).value = text;
      field.dispatchEvent(new Event('input', { bubbles: true }));
      (field as HTMLTextAreaElement).blur();
    }, CONTROL_AND_SURROGATES);
    await eventually(async () => {
      const note = (await readStore<StoredAnnotation>(panel, 'annotations')).find((a) => a.id === 'control')?.note;
      if (note !== CONTROL_AND_SURROGATES) throw new Error('not saved yet');
    });

    await showPanelTab(panel, 'Parties');
    // With the claimant named in markup by the first test.
    const expectedNames = [...NAUGHTY.filter((s) => s.trim()).map((s) => s.trim()), PAYLOADS.svg];
    const names = await eventually(async () => {
      const listed = await listedParties(panel);
      if (listed.length !== expectedNames.length) throw new Error(`${listed.length} parties listed`);
      return listed;
    });
    expect(names.sort()).toEqual(expectedNames.sort());
    expect(await ranOrBecameMarkup(panel)).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it('lets no web page message the extension or reach its data, and refuses malformed messages with a reason', async () => {
    const manifest = await browser.evaluateInExtension((api) => api.runtime.getManifest());
    // Firefox reports every key it knows, absent ones as null.
    const exposed = manifest as { externally_connectable?: unknown; web_accessible_resources?: unknown[] | null };
    expect(exposed.externally_connectable ?? null).toBeNull();
    expect(exposed.web_accessible_resources ?? []).toEqual([]);

    const page = watched(await browser.openPage(server.url('/hostile/statement.html')));
    const attempt = await page.evaluate(
      async (origin: string, id: string) => {
        const outcome: Record<string, string> = {};
        const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: Function } } }).chrome?.runtime;
        try {
          if (typeof runtime?.sendMessage !== 'function') outcome.sendMessage = 'no messaging API';
          else
            outcome.sendMessage = `answered ${JSON.stringify(await runtime.sendMessage(id, { type: 'parties.list' }))}`;
        } catch (error) {
          outcome.sendMessage = `refused: ${String(error)}`;
        }
        outcome.browserApi = typeof (globalThis as { browser?: unknown }).browser;
        for (const file of ['manifest.json', 'popup.html', 'background.js']) {
          try {
            const response = await fetch(`${origin}/${file}`);
            outcome[file] = `fetched ${response.status} ${(await response.text()).length}`;
          } catch {
            outcome[file] = 'unreachable';
          }
        }
        window.postMessage({ type: 'annotation.delete', id: 'x' }, '*');
        return outcome;
      },
      browser.extensionOrigin,
      browser.extensionOrigin.split('/').pop()!,
    );
    expect(attempt.sendMessage).toMatch(/^(no messaging API|refused: )/);
    expect(attempt.browserApi).toBe('undefined');
    expect(attempt['manifest.json']).toBe('unreachable');
    expect(attempt['popup.html']).toBe('unreachable');
    expect(attempt['background.js']).toBe('unreachable');

    const view = await browser.openExtensionPage(`sidepanel.html?tab=${await browser.tabIdOf(page)}`);
    const refusals = await view.evaluate(async () => {
      const api = ((globalThis as { browser?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome) as {
        runtime: { sendMessage(message: unknown): Promise<unknown> };
      };
      return Promise.all(
        [
          { type: 'annotation.purge' },
          { type: 'annotation.delete', id: 42 },
          { type: 'party.save', party: { id: 'p', name: 'x', kind: 'alien' } },
        ].map((message) => api.runtime.sendMessage(message)),
      );
    });
    for (const refusal of refusals)
      expect(refusal).toEqual({ ok: false, error: expect.stringMatching(/^Invalid message: /) });
    expect(dialogs).toEqual([]);
    expect(server.foreignRequests()).toEqual([]);
  });
});
