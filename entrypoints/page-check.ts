import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

interface RuntimeLike {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

// Registered for every page once the reader grants all-sites access (platform/tabs.ts), so
// it must stay tiny: one question to the background and nothing else. It uses the bare
// extension global rather than the polyfill, whose size alone would exceed the budget.
export default defineUnlistedScript(() => {
  const scope = globalThis as { browser?: RuntimeLike; chrome?: RuntimeLike };
  const api = scope.browser ?? scope.chrome;
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]')?.href;
  api?.runtime
    .sendMessage({ type: 'page.loaded', url: location.href, canonicalUrl: canonical || undefined })
    .catch(() => {});
});
