import { beforeAll, describe, expect, it } from 'vitest';
import { extensionSession } from './support/session';
import { browsers } from './harness';
import { clickToolbarButton, eventually, paintedTexts, selectWithMouse, storedRecords } from './support/page-actions';

const SENTENCE = 'The river rose three metres overnight, the water agency said in its morning bulletin.';
const OTHER = 'Volunteers filled sandbags along the embankment until after midnight.';

function page(title: string, body: string, script = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body><main id="app">${body}</main><script>${script}</script></body></html>`;
}

const STATIC_STORY = page('Flood', `<h1>Flood</h1><p>${SENTENCE}</p><p>${OTHER}</p>`);

/** The same story as a single-page app renders it: the text arrives well after the load event. */
const LATE_STORY = page(
  'Flood',
  '<p>Loading…</p>',
  `setTimeout(() => {
     document.getElementById('app').replaceChildren();
     for (const text of ${JSON.stringify(['Flood', SENTENCE, OTHER])}) {
       const p = document.createElement('p'); p.textContent = text; document.getElementById('app').append(p);
     }
   }, 1500);`,
);

/** A front page that opens the story in place, through the History API. */
const FRONT_PAGE = page(
  'Front page',
  '<p><a id="open" href="/spa/story">Read: Flood</a></p>',
  `document.getElementById('open').addEventListener('click', (e) => {
     e.preventDefault();
     history.pushState({}, '', '/spa/story');
     setTimeout(() => {
       document.getElementById('app').replaceChildren();
       for (const text of ${JSON.stringify(['Flood', SENTENCE, OTHER])}) {
         const p = document.createElement('p'); p.textContent = text; document.getElementById('app').append(p);
       }
     }, 300);
   });`,
);

describe.each(browsers)('late content in $name', ({ launch }) => {
  const session = extensionSession(launch);

  beforeAll(async () => {
    session.server.setPage('/spa/story', STATIC_STORY);
    const tab = await session.browser.openPage(session.server.url('/spa/story'));
    await eventually(async () => {
      await selectWithMouse(tab, SENTENCE);
      await clickToolbarButton(tab, 'Highlight', 3000);
    });
    await eventually(async () => {
      if ((await storedRecords(session.browser, 'annotations')).length !== 1) throw new Error('not saved yet');
    });
    await tab.close();
  });

  it('paints an annotation whose text the page renders late', async () => {
    session.server.setPage('/spa/story', LATE_STORY);
    const tab = await session.browser.openPage(session.server.url('/spa/story'));
    const painted = await eventually(async () => {
      const texts = (await paintedTexts(tab))['marginalia-highlight']!;
      if (texts.length === 0) throw new Error('not painted yet');
      return texts;
    });
    expect(painted).toEqual([SENTENCE]);
    await tab.close();
  });

  it('treats an in-page (History API) navigation as a new page', async () => {
    session.server.setPage('/spa/front', FRONT_PAGE);
    const tab = await session.browser.openPage(session.server.url('/spa/front'));
    expect((await paintedTexts(tab))['marginalia-highlight']).toEqual([]);
    await tab.click('#open');
    const painted = await eventually(async () => {
      const texts = (await paintedTexts(tab))['marginalia-highlight']!;
      if (texts.length === 0) throw new Error('not painted yet');
      return texts;
    });
    expect(painted).toEqual([SENTENCE]);
    // Asked of the page: puppeteer's own record of a tab's address misses History API changes in Firefox 140.
    expect(await tab.evaluate(() => location.href)).toBe(session.server.url('/spa/story'));
    await tab.close();
  });
});
