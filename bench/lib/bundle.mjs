import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';

/**
 * Bundles every bench/browser/*.ts that exports `run` into ES modules under `outDir`, one
 * file per entry (shared code lands in chunks next to them). No vite config file is read:
 * the extension's config (Preact, WXT) has nothing to do with these pages.
 */
export async function bundleBrowserCode(benchDir, outDir) {
  const browserDir = path.join(benchDir, 'browser');
  const entryFiles = (await readdir(browserDir)).filter((f) => f.endsWith('.ts'));
  const entries = Object.fromEntries(
    entryFiles.map((f) => [path.basename(f, '.ts'), path.join(browserDir, f)]),
  );
  await build({
    configFile: false,
    envDir: false,
    logLevel: 'warn',
    root: benchDir,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'esnext',
      minify: true,
      copyPublicDir: false,
      reportCompressedSize: false,
      lib: { entry: entries, formats: ['es'], fileName: (_format, name) => `${name}.js` },
    },
  });
}
