import path from 'node:path';
import { row } from '../lib/results.mjs';

const PAGES = [
  { label: 'plain page', extraElements: 0 },
  { label: 'page of 5,000 paragraphs', extraElements: 5000 },
];

export default {
  name: 'page-check',
  description: 'main-thread time of the every-page script (built page-check.js) on a page with no annotations',
  async run(ctx) {
    const { chrome } = await ctx.extension();
    const scriptUrl = await ctx.serveFile('page-check.js', path.join(chrome, 'page-check.js'));
    const rows = [];
    for (const page of PAGES) {
      const result = await ctx.runInBrowser('page-check', {
        scriptUrl,
        extraElements: page.extraElements,
        batches: 301,
        runsPerBatch: 10,
      });
      // A script that never reached sendMessage would time nothing worth reporting.
      if (result.messagesSent !== result.runs) {
        throw new Error(`page-check.js sent ${result.messagesSent} messages in ${result.runs} runs`);
      }
      if (!result.timerResolutionIsolated) ctx.log('  page-check: page not cross-origin isolated; timer is coarse');
      rows.push(
        row(`page-check.js per run, ${page.label} (baseline: 'void 0;' script)`, result.scriptMs, 'ms', result.baselineMs),
      );
    }
    return rows;
  },
};
