import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Listeners and stored state registered by one test must not answer in the next.
afterEach(() => {
  fakeBrowser.reset();
});
