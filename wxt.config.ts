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
  }),
  manifest: ({ browser }) => ({
    name: 'Marginalia',
    description:
      'Annotate news articles: highlight claims, tag the parties in them, log verdicts and export your notes. Everything stays on your machine.',
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    optional_host_permissions: ['<all_urls>'],
    icons: {
      16: 'icons/16.png',
      32: 'icons/32.png',
      48: 'icons/48.png',
      128: 'icons/128.png',
    },
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
