import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser } from './browser.mjs';
import { buildExtension } from './build-extension.mjs';
import { bundleBrowserCode } from './bundle.mjs';
import { startServer } from './server.mjs';

function once(make) {
  let promise;
  return () => (promise ??= make());
}

/**
 * What suites get: each resource is made on first use and shared by later suites, so a run
 * of only the size suite never starts a browser and a run without it never builds twice.
 */
export function createContext({ root, benchDir, reuseBuild, log }) {
  let bundleDir;
  let server;
  let browser;

  const extension = once(() => buildExtension(root, { reuse: reuseBuild }));

  const ready = once(async () => {
    bundleDir = await mkdtemp(path.join(os.tmpdir(), 'marginalia-bench-'));
    await bundleBrowserCode(benchDir, bundleDir);
    server = await startServer(bundleDir);
    browser = await launchBrowser();
    return { server, browser };
  });

  return {
    root,
    log,
    /** Folders of the built extension, by target: { chrome, firefox }. */
    extension,
    /** Serves a local file to the benchmark pages and returns its 127.0.0.1 address. */
    async serveFile(key, file) {
      const { server } = await ready();
      return server.serveFile(key, file);
    },
    /**
     * Opens a page whose only script is the bundled bench/browser/ENTRY.ts and returns
     * what that module's `run(args)` resolves to. Args and result must be JSON-like.
     */
    async runInBrowser(entry, args) {
      const { server, browser } = await ready();
      const url = server.servePage(entry, '<!doctype html><meta charset="utf-8"><title>bench</title>');
      const moduleUrl = `${server.origin}/bundle/${entry}.js`;
      return browser.evaluateOn(
        url,
        async ({ moduleUrl, args }) => (await import(moduleUrl)).run(args),
        { moduleUrl, args },
        { log: (text) => log(`  [${entry}] ${text}`) },
      );
    },
    async browserVersion() {
      return browser ? browser.version() : undefined;
    },
    async close() {
      await browser?.close();
      await server?.close();
      if (bundleDir) await rm(bundleDir, { recursive: true, force: true });
    },
  };
}
