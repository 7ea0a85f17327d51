import { afterAll, beforeAll } from 'vitest';
import { TestServer, type Access, type BrowserUnderTest, type ExtensionBrowser } from '../harness';

/** What a test file works with: its test server and one browser with the extension. */
export interface ExtensionSession {
  server: TestServer;
  browser: ExtensionBrowser;
}

/**
 * Starts a test server and a browser with the extension before a file's tests, and closes
 * both after them. Tests read `session.server` and `session.browser` once it has started.
 */
export function extensionSession(launch: BrowserUnderTest['launch'], access: Access = 'granted'): ExtensionSession {
  const session = {} as ExtensionSession;
  beforeAll(async () => {
    session.server = await TestServer.start();
    session.browser = await launch({ server: session.server, access });
  });
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.close();
  });
  return session;
}
