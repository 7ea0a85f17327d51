import { row } from '../lib/results.mjs';

const SIZES = (process.env.BENCH_DB_SIZES ?? '10000,100000').split(',').map(Number);

function label(size) {
  return size >= 1000 && size % 1000 === 0 ? `${size / 1000}k` : String(size);
}

export default {
  name: 'database',
  description: 'annotation inserts and queries: Repository (Dexie) vs raw IndexedDB, same records',
  async run(ctx) {
    const results = await ctx.runInBrowser('database', {
      sizes: SIZES,
      articles: 1000,
      parties: 300,
      bulkChunk: 1000,
      singleSaves: 1000,
      queryMinMs: 600,
    });
    return results.flatMap(({ size, comparisons, parseRecordsPerSecond }) => [
      ...comparisons.map((c) =>
        row(`${label(size)} stored: ${c.name} (baseline: raw IndexedDB)`, c.ours, c.unit, c.raw),
      ),
      row(`${label(size)}: valibot AnnotationSchema parse alone`, parseRecordsPerSecond, 'records/s'),
    ]);
  },
};
