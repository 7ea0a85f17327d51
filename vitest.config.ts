import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// WxtVitest resolves `wxt/browser` to WXT's fakeBrowser and stubs the `browser`/`chrome`
// globals, so platform code runs against an in-memory extension API.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // A happy-dom window per test file is costly: files that need no DOM say
    // `// @vitest-environment node` on their first line.
    environment: 'happy-dom',
    environmentOptions: {
      // Fixture pages name scripts, styles and frames on real hosts: nothing may be fetched.
      happyDOM: {
        settings: {
          disableJavaScriptFileLoading: true,
          handleDisabledFileLoadingAsSuccess: true,
          navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
        },
      },
    },
    include: ['test/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup/unit.ts'],
    restoreMocks: true,
  },
});
