import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';

/**
 * Bundles every bench/browser/*.ts(x) that exports `run` into ES modules under `outDir`, one
 * file per entry (shared code lands in chunks next to them). No vite config file is read:
 * the extension's (WXT) has nothing to do with these pages; JSX is Preact's, as in the
 * extension, for benchmarks that draw its components.
 */
export async function bundleBrowserCode(benchDir, outDir) {
  const browserDir = path.join(benchDir, 'browser');
  const entryFiles = (await readdir(browserDir)).filter((f) => /\.tsx?$/.test(f));
  const entries = Object.fromEntries(
    entryFiles.map((f) => [path.basename(f).replace(/\.tsx?$/, ''), path.join(browserDir, f)]),
  );
  await build({
    configFile: false,
    envDir: false,
    logLevel: 'warn',
    root: benchDir,
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
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

/**
 * Bundles one module for Node as the extension's bundler bundles it for the browser, and
 * returns the bundle's file URL to import. jiti, which the command line uses, runs the same
 * code a quarter to several times slower: its module interop wraps every call.
 */
export async function bundleForNode(root, entry, outDir) {
  const fileName = `${path.basename(entry).replace(/\.tsx?$/, '')}.mjs`;
  await build({
    configFile: false,
    envDir: false,
    logLevel: 'warn',
    root,
    build: {
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      reportCompressedSize: false,
      ssr: path.join(root, entry),
      rollupOptions: { output: { format: 'es', entryFileNames: fileName } },
    },
    ssr: { noExternal: true },
  });
  return pathToFileURL(path.join(outDir, fileName)).href;
}
