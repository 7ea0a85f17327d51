import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { readabilityPagesDir } from '../lib/fixtures.mjs';
import { row } from '../lib/results.mjs';

const RUNS = 7;
const MIN_TEXT = 120_000;

export default {
  name: 'anchoring',
  description: 're-anchoring annotations on a long article (>= 100 KB of text), against one Readability parse',
  async run(ctx) {
    const dir = readabilityPagesDir(ctx.root);
    const names = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'source.html')))
      .map((e) => e.name)
      .sort();
    const pageUrls = [];
    for (const name of names)
      pageUrls.push(await ctx.serveFile(`anchoring ${name}`, path.join(dir, name, 'source.html')));
    const result = await ctx.runInBrowser('anchoring', {
      pageUrls,
      minTextLength: MIN_TEXT,
      counts: [100, 1000],
      editedShare: 0.1,
      runs: RUNS,
    });
    ctx.log(`  anchoring: long article of ${Math.round(result.textLength / 1024)} KiB of text`);
    const rows = [
      row(
        `Readability parse of the long article (${Math.round(result.textLength / 1024)} KiB text)`,
        result.readabilityMs,
        'ms',
      ),
    ];
    for (const r of result.rows) {
      rows.push(
        row(
          `anchor ${r.label} (found ${r.found}/${r.total}), vs one Readability parse`,
          r.medianMs,
          'ms',
          result.readabilityMs,
        ),
      );
    }
    return rows;
  },
};
