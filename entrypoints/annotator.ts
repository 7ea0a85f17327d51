import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { detectArticle } from '../core/article/detect';
import { handleTabRequests } from '../platform/messaging';

// Injected on demand (popup opened, capture, or a page that has annotations), never on
// every page load. Injection may happen more than once per page: the first one wins.
const MARK = '__marginaliaAnnotator';

export default defineUnlistedScript(() => {
  const scope = globalThis as Record<string, unknown>;
  if (scope[MARK]) return;
  scope[MARK] = true;
  handleTabRequests({
    'page.describe': () => detectArticle(document, location.href).metadata,
    'selection.capture': () => ({ saved: false }),
    'annotation.reveal': () => ({ found: false }),
  });
});
