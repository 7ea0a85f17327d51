import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createJiti } from 'jiti';
import { row } from '../lib/results.mjs';

const ROUNDS = 15;

export default {
  name: 'suggest',
  description: 'suggested parties and claims: quality against hand labels (tuned, held-out) and time on a 5,000-word page against one Readability parse',
  async run(ctx) {
    const jiti = createJiti(import.meta.url);
    const bench = await jiti.import('./suggest-bench.ts');
    const articles = bench.loadLabelledArticles(ctx.root);
    const rows = bench.qualityRows(bench.measureQuality(articles)).map((r) => row(r.name, r.value, r.unit));

    const page = bench.buildLongPage(articles);
    const dir = await mkdtemp(path.join(os.tmpdir(), 'marginalia-bench-suggest-'));
    try {
      const file = path.join(dir, 'long-article.html');
      await writeFile(file, page.html);
      const node = bench.timeInNode(page.html, ROUNDS);
      const htmlUrl = await ctx.serveFile('suggest long article', file);
      const chromium = await ctx.runInBrowser('readability', { htmlUrl, pageUrl: htmlUrl, warmupRuns: 3, runs: ROUNDS });
      ctx.log(`  suggest: page of ${page.words} words; Chromium text ${chromium.textLength} chars, Node text ${node.text.length} chars`);
      rows.push(
        row(`Readability parse, ${page.words}-word page, Chromium, median of ${ROUNDS}`, chromium.medianMs, 'ms'),
        row(`suggest, its article text, Node, median of ${ROUNDS * 2} (baseline: Readability in Chromium)`, node.suggestMs, 'ms', chromium.medianMs),
        row(`suggest, fastest run (baseline: Readability in Chromium)`, node.suggestFastestMs, 'ms', chromium.medianMs),
        row(`suggest vs Readability on linkedom, both in Node, medians`, node.suggestMs, 'ms', node.readabilityMs),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    return rows;
  },
};
