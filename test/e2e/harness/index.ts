export { browsers, type BrowserUnderTest } from './browsers';
export { TestServer, FIXTURES_DIR, type RecordedRequest, type PageBody } from './server';
export type { Access, BrowserName, ExtensionBrowser, ExtensionFunction, LaunchOptions } from './types';
