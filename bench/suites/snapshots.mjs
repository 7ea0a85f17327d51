import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { readabilityPagesDir } from '../lib/fixtures.mjs';
import { row } from '../lib/results.mjs';

const SAMPLES = 7;
const BATCH = 10;

function medianOf(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const sum = (values) => values.reduce((a, b) => a + b, 0);
const kib = (bytes) => `${Math.round(bytes / 1024)} KiB`;

export default {
  name: 'snapshots',
  description: 'saved copies: stored size against the page, and the revisit check against one Readability parse',
  async run(ctx) {
    const dir = readabilityPagesDir(ctx.root);
    const names = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isDirectory() && existsSync(path.join(dir, e.name, 'source.html')))
      .map((e) => e.name)
      .sort();
    const pages = [];
    for (const name of names) {
      pages.push({ name, url: await ctx.serveFile(`snapshots ${name}`, path.join(dir, name, 'source.html')) });
    }
    const result = await ctx.runInBrowser('snapshots', { pages, samples: SAMPLES, batch: BATCH });
    const saved = result.pages;
    ctx.log(
      `  snapshots: ${saved.length} of ${names.length} test pages read as articles (${result.notArticles.length} not)`,
    );

    const ratios = saved.map((p) => p.storedBytes / p.pageBytes);
    const byRatio = [...saved].sort((a, b) => a.storedBytes / a.pageBytes - b.storedBytes / b.pageBytes);
    const largest = saved.reduce((a, b) => (b.pageBytes > a.pageBytes ? b : a));
    const medianPage = byRatio[byRatio.length >> 1];
    const rows = [
      row(`stored size / page HTML, median over ${saved.length} articles`, medianOf(ratios), 'ratio'),
      row(
        `stored bytes, all ${saved.length} articles, against their pages' HTML`,
        sum(saved.map((p) => p.storedBytes)),
        'bytes',
        sum(saved.map((p) => p.pageBytes)),
      ),
      row(
        `uncompressed article HTML + text, all ${saved.length} articles, against their pages' HTML`,
        sum(saved.map((p) => p.contentBytes)),
        'bytes',
        sum(saved.map((p) => p.pageBytes)),
      ),
    ];
    const examples = [
      ['smallest ratio', byRatio[0]],
      ['median ratio', medianPage],
      ['largest ratio', byRatio.at(-1)],
      ['largest page', largest],
    ];
    for (const [label, p] of examples) {
      rows.push(
        row(`stored copy, ${label}: ${p.name} (page ${kib(p.pageBytes)})`, p.storedBytes, 'bytes', p.pageBytes),
      );
    }

    // The revisit check, per page as a share of that page's own Readability parse.
    const hashRatios = saved.map((p) => p.hashMs / p.readabilityMs);
    const indexRatios = saved.map((p) => p.indexAndHashMs / p.readabilityMs);
    const worst = (key) => saved.reduce((a, b) => (b[key] / b.readabilityMs > a[key] / a.readabilityMs ? b : a));
    ctx.log(
      `  snapshots: revisit check / Readability, median over pages: hash only ${medianOf(hashRatios).toFixed(4)}×, index + hash ${medianOf(indexRatios).toFixed(4)}× (target < 0.1×)`,
    );
    rows.push(
      row(`detectArticle, median over ${saved.length} pages`, medianOf(saved.map((p) => p.readabilityMs)), 'ms'),
      row(
        'revisit check / detectArticle of the same page, hash only, median over pages',
        medianOf(hashRatios),
        'ratio',
      ),
      row(
        'revisit check / detectArticle of the same page, index + hash, median over pages',
        medianOf(indexRatios),
        'ratio',
      ),
      row(
        `revisit check, hash only, all ${saved.length} pages together, against their parses`,
        sum(saved.map((p) => p.hashMs)),
        'ms',
        sum(saved.map((p) => p.readabilityMs)),
      ),
      row(
        `revisit check, index + hash, all ${saved.length} pages together, against their parses`,
        sum(saved.map((p) => p.indexAndHashMs)),
        'ms',
        sum(saved.map((p) => p.readabilityMs)),
      ),
      row(`revisit check, hash only, largest page ${largest.name}`, largest.hashMs, 'ms', largest.readabilityMs),
      row(
        `revisit check, index + hash, largest page ${largest.name}`,
        largest.indexAndHashMs,
        'ms',
        largest.readabilityMs,
      ),
    );
    const worstHash = worst('hashMs');
    const worstIndex = worst('indexAndHashMs');
    rows.push(
      row(
        `revisit check, hash only, highest share of a parse: ${worstHash.name}`,
        worstHash.hashMs,
        'ms',
        worstHash.readabilityMs,
      ),
      row(
        `revisit check, index + hash, highest share of a parse: ${worstIndex.name}`,
        worstIndex.indexAndHashMs,
        'ms',
        worstIndex.readabilityMs,
      ),
    );
    return rows;
  },
};
