import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

interface RuntimeLike {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

// Registered for every page once the reader grants all-sites access (platform/tabs.ts), so
// it must stay tiny and idle: one question to the background, and a passive wait for the
// reader's first text selection, which loads the real annotator (and its toolbar) on
// demand. It uses the bare extension global rather than the polyfill, whose size alone
// would exceed the budget.
export default defineUnlistedScript(() => {
  const scope = globalThis as { browser?: RuntimeLike; chrome?: RuntimeLike };
  const api = scope.browser ?? scope.chrome;
  if (!api) return;
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href;
  api.runtime
    .sendMessage({ type: 'page.loaded', url: location.href, canonicalUrl: canonical || undefined })
    .catch(() => {});

  const events = ['mouseup', 'keyup'] as const;
  const onRelease = () => {
    if (!document.getSelection()?.toString().trim()) return;
    for (const type of events) removeEventListener(type, onRelease, true);
    api.runtime.sendMessage({ type: 'page.selection' }).catch(() => {});
  };
  for (const type of events) addEventListener(type, onRelease, { capture: true, passive: true });
});
