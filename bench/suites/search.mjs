import { row } from '../lib/results.mjs';

const SIZES = (process.env.BENCH_SEARCH_SIZES ?? '10000,100000').split(',').map(Number);

// Words of the generator's vocabulary (bench/browser-lib/annotation-records.ts), so each
// query matches many records: with a 50-word vocabulary most words are in 10–40% of them,
// a harder case for a search than real notes, whose words are rarer.
const PHRASES = ['minister said ceasefire', 'hospitals shelling rebel', 'united nations pause'];

function label(size) {
  return size >= 1000 && size % 1000 === 0 ? `${size / 1000}k` : String(size);
}

export default {
  name: 'search',
  description:
    'library full-text search (core/search, FlexSearch): index build, per-keystroke search, the page’s first load',
  async run(ctx) {
    const searches = await ctx.runInBrowser('search', {
      mode: 'search',
      sizes: SIZES,
      articles: 1000,
      parties: 300,
      phrases: PHRASES,
      passes: 4,
      updates: 1000,
    });
    const loads = await ctx.runInBrowser('search', {
      mode: 'load',
      sizes: SIZES,
      articles: 1000,
      parties: 300,
      runs: 3,
    });
    const searchRows = searches.flatMap((r) => {
      const n = label(r.size);
      ctx.log(`  search: ${n}: ${r.keystrokes} keystrokes timed; hits for whole phrases ${JSON.stringify(r.hits)}`);
      return [
        row(`${n} annotations: build the index`, r.buildMs, 'ms'),
        ...(r.indexBytes === null ? [] : [row(`${n}: memory the index holds`, r.indexBytes / 2 ** 20, 'MiB')]),
        row(`${n}: per keystroke, search, median`, r.searchMs.median, 'ms'),
        row(`${n}: per keystroke, search, 95th percentile`, r.searchMs.p95, 'ms'),
        row(`${n}: per keystroke, search + filters, median`, r.pipelineMs.median, 'ms'),
        row(`${n}: per keystroke, search + filters, 95th percentile`, r.pipelineMs.p95, 'ms'),
        row(`${n}: per keystroke, search + filters, slowest`, r.pipelineMs.max, 'ms'),
        row(`${n}: re-index one edited annotation`, r.updateMs, 'ms'),
        row(`${n}: remove one annotation`, r.deleteMs, 'ms'),
      ];
    });
    // Against reading the annotations alone: what the page adds on top of IndexedDB.
    const loadRows = loads.flatMap((r) => {
      const n = label(r.size);
      return [
        row(`${n}: library page, read every annotation (baseline)`, r.readMs, 'ms'),
        row(`${n}: library page load until its lists can show`, r.storeMs, 'ms', r.readMs),
        row(`${n}: library page, first lists worked out`, r.firstListsMs, 'ms'),
        row(`${n}: library page load until search covers everything`, r.indexedMs, 'ms', r.readMs),
      ];
    });
    return [...searchRows, ...loadRows];
  },
};
