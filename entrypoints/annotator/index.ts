import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { handleTabRequests } from '../../platform/messaging';
import { PageSession } from './page-session';
import { createUiHost } from './ui-host';

// Injected on demand (popup opened, a capture, or a page that has annotations), never on
// every page load. Injection may happen more than once per page: the first one wins.
const MARK = Symbol.for('marginalia.annotator');

export default defineUnlistedScript(() => {
  const scope = globalThis as Record<symbol, unknown>;
  if (scope[MARK]) return;
  scope[MARK] = true;
  const session = new PageSession(document, createUiHost(document, 'panels'), createUiHost(document, 'toolbar'));
  handleTabRequests({
    'page.describe': () => session.describe(),
    'selection.capture': async ({ action }) => ({ saved: await session.capture(action) }),
    'page.refresh': () => {
      session.refresh();
      return { ok: true } as const;
    },
    'page.sync': async () => {
      await session.load();
      return { ok: true } as const;
    },
    'page.suggest': () => session.suggestions(),
    'annotation.reveal': ({ id }) => ({ found: session.reveal(id) }),
  });
  session.start();
});
