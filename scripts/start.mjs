// `npm start`: builds the Chrome extension, serves the demo articles on 127.0.0.1 and opens
// Chromium on the demo article with the extension installed. Without a display it builds
// and explains how to try the extension by hand instead.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { chromePath, QUIET_CHROMIUM_ARGS } from './lib/browser-settings.mjs';
import { builtExtensionDir, copyOfBuild, PROJECT_ROOT } from './lib/extension-dir.mjs';
import { staticFileReply } from './lib/static-files.mjs';

const DEFAULT_PORT = 4680;
const ARTICLES_DIR = path.join(PROJECT_ROOT, 'test/fixtures/articles');
const DEMO_ARTICLE = '/rferl-aleppo.html';
// Both under .output (ignored by git, left alone by `wxt build`), at fixed paths: the same
// extension path keeps the same extension id, so what you annotate is still there next time.
const GRANTED_DIR = path.join(PROJECT_ROOT, '.output/chrome-mv3-granted');
const PROFILE_DIR = path.join(PROJECT_ROOT, '.output/demo-profile');

function build() {
  console.log('Building the Chrome extension (npx wxt build)…');
  const result = spawnSync('npx', ['wxt', 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('\nThe build failed; see above.');
    process.exit(result.status ?? 1);
  }
}

function explainWithoutDisplay() {
  console.log(`
No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so no browser was opened.

The Chrome extension is built in .output/chrome-mv3.
\`npm run build\` builds it for both browsers: .output/chrome-mv3 and .output/firefox-mv3.

Load it by hand on a machine with a display:
  Chrome/Chromium: open chrome://extensions, turn on Developer mode,
                   click "Load unpacked" and choose .output/chrome-mv3
  Firefox:         open about:debugging#/runtime/this-firefox, click
                   "Load Temporary Add-on…" and choose .output/firefox-mv3/manifest.json

\`npm test\` runs the unit tests and the end-to-end tests (headless Chromium and Firefox).
`);
}

function portFromEnv() {
  if (process.env.PORT === undefined) return DEFAULT_PORT;
  const port = Number(process.env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number, not "${process.env.PORT}".`);
    process.exit(1);
  }
  return port;
}

/** Serves the demo articles; `/` lists them. */
function serveArticles(port) {
  const server = createServer(async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1');
    const reply =
      pathname === '/'
        ? { status: 302, body: '', contentType: 'text/plain', location: DEMO_ARTICLE }
        : await staticFileReply(ARTICLES_DIR, pathname);
    response.writeHead(reply.status, {
      'content-type': reply.contentType,
      ...(reply.location ? { location: reply.location } : {}),
    });
    response.end(reply.body);
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error) => {
      if (error.code === 'EADDRINUSE') {
        reject(new Error(`Port ${port} is in use. Choose another one: PORT=4681 npm start`));
      } else reject(error);
    });
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

async function openBrowser(articleUrl) {
  const extensionDir = await copyOfBuild(builtExtensionDir('chrome-mv3'), { grantAllSites: true, destination: GRANTED_DIR });
  // Chromium refuses to start as root with its sandbox on.
  const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: chromePath(),
    headless: false,
    pipe: true,
    enableExtensions: true,
    userDataDir: PROFILE_DIR,
    defaultViewport: null,
    args: [...sandbox, ...QUIET_CHROMIUM_ARGS],
  });
  await browser.installExtension(extensionDir);
  const [page] = await browser.pages();
  await (page ?? (await browser.newPage())).goto(articleUrl);
  return browser;
}

async function main() {
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const port = portFromEnv();
  build();
  if (!hasDisplay) {
    explainWithoutDisplay();
    return;
  }
  const server = await serveArticles(port);
  const articleUrl = `http://127.0.0.1:${server.address().port}${DEMO_ARTICLE}`;
  let browser;
  try {
    browser = await openBrowser(articleUrl);
  } catch (error) {
    server.close();
    throw new Error(
      `Could not start Chromium at ${chromePath()} (set CHROME_PATH to use another): ${error.message}`,
    );
  }
  console.log(`
Chromium is open on the demo article: ${articleUrl}
The extension is installed from a copy of .output/chrome-mv3 with all-sites access already
granted (in .output/chrome-mv3-granted), so saved annotations are painted again by
themselves when a page loads. A reader's own install asks for that access instead.
Select text in the article to annotate it, or click the Marginalia toolbar button.

Serving test/fixtures/articles on http://127.0.0.1:${server.address().port}/ until you press Ctrl-C.`);

  // Ctrl-C: puppeteer closes Chromium and exits. Closing the window stops the server too.
  browser.once('disconnected', () => {
    console.log('Chromium was closed; stopping.');
    server.close();
    server.closeAllConnections();
  });
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
