import { row } from '../lib/results.mjs';

const LIBRARY = Number(process.env.BENCH_POPUP_LIBRARY ?? 100_000);

export default {
  name: 'popup',
  description: "the popup's annotation list drawn: 50 on the page in a library of 100k, against an empty popup",
  async run(ctx) {
    const result = await ctx.runInBrowser('popup-list', { libraryAnnotations: LIBRARY, pageAnnotations: 50, runs: 9 });
    return [
      row(
        `popup list drawn, ${result.drawnRows} on the page and ${LIBRARY.toLocaleString('en')} in the library (baseline: empty popup)`,
        result.fullMs,
        'ms',
        result.emptyMs,
      ),
    ];
  },
};
