import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createJiti } from 'jiti';
import { bundleForNode } from '../lib/bundle.mjs';
import { row } from '../lib/results.mjs';

const ROUNDS = 25;

export default {
  name: 'suggest',
  description:
    'suggested parties and claims: quality against hand labels (tuned, held-out) and time on a 5,000-word page against one Readability parse',
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
      const { suggest } = await import(
        await bundleForNode(ctx.root, path.join('core', 'suggest', 'suggest.ts'), path.join(dir, 'bundle'))
      );
      const node = bench.readabilityInNode(page.html, ROUNDS);
      const htmlUrl = await ctx.serveFile('suggest long article', file);
      // One Readability parse in Chromium, then one suggest() in Node, in turns, each after
      // two warm-up runs of its own just before it: load from other processes falls on both
      // alike, and neither is timed on caches the other has just filled with its own work.
      // The medians say what a loaded machine gives; the fastest runs what an idle one would.
      const chromiumTimes = [];
      const suggestTimes = [];
      for (let round = 0; round < ROUNDS; round += 1) {
        const chromium = await ctx.runInBrowser('readability', { htmlUrl, pageUrl: htmlUrl, warmupRuns: 2, runs: 1 });
        chromiumTimes.push(chromium.medianMs);
        suggestTimes.push(...bench.timeSuggest(node.text, 1, 2, suggest));
        if (round === 0)
          ctx.log(
            `  suggest: page of ${page.words} words; Chromium text ${chromium.textLength} chars, Node text ${node.text.length} chars`,
          );
      }
      const readabilityMs = bench.median(chromiumTimes);
      const readabilityFastestMs = Math.min(...chromiumTimes);
      rows.push(
        row(`Readability parse, ${page.words}-word page, Chromium, median of ${ROUNDS}`, readabilityMs, 'ms'),
        row(
          `suggest (bundled), its article text, Node, median of ${ROUNDS} taking turns (baseline: Readability in Chromium)`,
          bench.median(suggestTimes),
          'ms',
          readabilityMs,
        ),
        row(
          `suggest (bundled), fastest run (baseline: fastest Readability run in Chromium)`,
          Math.min(...suggestTimes),
          'ms',
          readabilityFastestMs,
        ),
        row(
          `suggest (bundled) vs Readability on linkedom, both in Node, medians`,
          bench.median(suggestTimes),
          'ms',
          node.readabilityMs,
        ),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    return rows;
  },
};
