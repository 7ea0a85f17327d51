import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { row } from '../lib/results.mjs';

// Static imports between built chunks: `import{a as b}from"./x.js"` and `import"./y.js"`.
const RELATIVE_IMPORT = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g;

/** A file plus every chunk it statically imports, each once, as paths inside `dir`. */
async function withImports(dir, entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  if (!entry.endsWith('.js')) return seen;
  const code = await readFile(path.join(dir, entry), 'utf8');
  for (const [, specifier] of code.matchAll(RELATIVE_IMPORT)) {
    await withImports(dir, path.posix.join(path.posix.dirname(entry), specifier), seen);
  }
  return seen;
}

/** The popup's scripts and stylesheets, from its HTML (WXT names them by content hash). */
async function popupFiles(dir) {
  const html = await readFile(path.join(dir, 'popup.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)="\/?([^"]+\.(?:js|css))"/g)];
  const files = new Set();
  for (const [, ref] of refs) await withImports(dir, ref, files);
  return [...files];
}

async function backgroundFiles(dir) {
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8'));
  const { service_worker: worker, scripts = [] } = manifest.background ?? {};
  const files = new Set();
  for (const entry of worker ? [worker] : scripts) await withImports(dir, entry, files);
  return [...files];
}

async function measure(dir, files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = await readFile(path.join(dir, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

export default {
  name: 'size',
  description: 'bytes of the built extension: the every-page script and what loads on demand',
  async run(ctx) {
    const targets = await ctx.extension();
    const rows = [];
    for (const [target, dir] of Object.entries(targets)) {
      const groups = [
        ['page-check.js (every page)', ['page-check.js']],
        ['annotator.js (on demand)', await withImports(dir, 'annotator.js').then((s) => [...s])],
        ['popup JS (on demand)', (await popupFiles(dir)).filter((f) => f.endsWith('.js'))],
        ['popup CSS (on demand)', (await popupFiles(dir)).filter((f) => f.endsWith('.css'))],
        ['background', await backgroundFiles(dir)],
      ];
      for (const [label, files] of groups) {
        const { raw, gzip } = await measure(dir, files);
        rows.push(row(`${target}: ${label}`, raw, 'B'));
        rows.push(row(`${target}: ${label}, gzip -9`, gzip, 'B'));
      }
    }
    return rows;
  },
};
