import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { readabilityPagesDir } from '../lib/fixtures.mjs';
import { row } from '../lib/results.mjs';

const RUNS = 15;
const WARMUP_RUNS = 3;

async function largestPage(dir) {
  let largest;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const file = path.join(dir, entry.name, 'source.html');
    if (!existsSync(file)) continue;
    const { size } = await stat(file);
    if (!largest || size > largest.size) largest = { name: entry.name, file, size };
  }
  if (!largest) throw new Error(`no readability pages in ${dir}`);
  return largest;
}

export default {
  name: 'readability',
  description: 'detectArticle (core/article/detect.ts) in headless Chromium, median of runs',
  async run(ctx) {
    const dir = readabilityPagesDir(ctx.root);
    const largest = await largestPage(dir);
    ctx.log(`  readability: test pages from ${path.relative(ctx.root, dir)}`);
    const pages = [
      {
        label: 'demo article rferl-aleppo',
        file: path.join(ctx.root, 'test', 'fixtures', 'articles', 'rferl-aleppo.html'),
      },
      {
        label: `largest test page ${largest.name} (${Math.round(largest.size / 1024)} KiB)`,
        file: largest.file,
      },
    ];
    const rows = [];
    for (const page of pages) {
      const htmlUrl = await ctx.serveFile(page.label, page.file);
      const result = await ctx.runInBrowser('readability', {
        htmlUrl,
        pageUrl: htmlUrl,
        warmupRuns: WARMUP_RUNS,
        runs: RUNS,
      });
      ctx.log(
        `  readability: ${page.label}: article=${result.isArticle}, ${result.textLength} chars of text, DOMParser ${result.parseMs.toFixed(1)} ms`,
      );
      rows.push(row(`detectArticle, ${page.label}, median of ${RUNS}`, result.medianMs, 'ms'));
    }
    return rows;
  },
};
