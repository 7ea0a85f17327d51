import { it } from 'vitest';
import { browsers, TestServer } from './harness';
import { selectWithMouse } from './support/page-actions';

it('debug', async () => {
  const server = await TestServer.start();
  const browser = await browsers[0]!.launch({ server, access: 'granted' });
  const page = await browser.openPage(server.url('/articles/rferl-aleppo.html'));
  await new Promise((r) => setTimeout(r, 1000));
  await selectWithMouse(page, 'The State Department said Kerry issued the ultimatum');
  await new Promise((r) => setTimeout(r, 1500));
  console.log('host?', await page.evaluate(() => document.querySelectorAll('marginalia-ui').length));
  console.log('registered', await browser.evaluateInExtension(async (api) => JSON.stringify(await api.scripting.getRegisteredContentScripts())));
  console.log('perm', await browser.evaluateInExtension(async (api) => api.permissions.contains({ origins: ['<all_urls>'] })));
  await page.screenshot({ path: '/tmp/ff.png' });
  try {
    const l = await page.locator('::-p-aria([name="Accessibility links"][role="link"])').setTimeout(3000).waitHandle();
    console.log('light aria found', await l.boundingBox());
  } catch (e) { console.log('light aria fail', String(e)); }
  try {
    const h = await page.locator('::-p-aria([name="Claim"][role="button"])').setTimeout(3000).waitHandle();
    console.log('aria found', await h.boundingBox());
  } catch (e) { console.log('aria fail', String(e)); }
  console.log('requests', JSON.stringify(server.requests.slice(0, 20)));
  await browser.close();
  await server.close();
}, 60000);
