import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The least the extension needs: activeTab covers every action the reader starts
// (toolbar button, context menu, shortcut); all-sites access is optional and only
// buys automatic re-highlighting when a page with annotations loads.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({
    plugins: [preact()],
    // The library's export worker (components/library/export-job.ts) shares chunks with the
    // page, which only an ES module worker can import.
    worker: { format: 'es' },
  }),
  manifest: ({ browser }) => ({
    name: 'Marginalia',
    description:
      'Annotate news articles: highlight claims, tag the parties in them, log verdicts and export your notes. Everything stays on your machine.',
    permissions: ['activeTab', 'scripting', 'contextMenus'],
    // Extension pages run only their own scripts: a saved article shown in the reader view
    // cannot run anything, and no page may frame ours.
    content_security_policy: {
      extension_pages:
        "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    },
    optional_host_permissions: ['<all_urls>'],
    icons: {
      16: 'icons/16.png',
      32: 'icons/32.png',
      48: 'icons/48.png',
      128: 'icons/128.png',
    },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Open Marginalia for this page',
      },
      'capture-highlight': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Highlight the selected text',
      },
      'capture-claim': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Mark the selected text as a claim',
      },
      'capture-party': {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: 'Tag the selected text as a party',
      },
    },
    // The library (library.html) doubles as the options page: its Settings tab holds them.
    options_ui: { page: 'library.html#settings', open_in_tab: true },
    action: {
      default_title: 'Marginalia',
      default_icon: { 16: 'icons/16.png', 32: 'icons/32.png' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'marginalia@marginalia.invalid',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
