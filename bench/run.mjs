import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createContext } from './lib/context.mjs';
import { formatTable } from './lib/format.mjs';
import { mergeResults } from './lib/results.mjs';
import anchoring from './suites/anchoring.mjs';
import bundleSize from './suites/bundle-size.mjs';
import database from './suites/database.mjs';
import exchange from './suites/exchange.mjs';
import pageCheck from './suites/page-check.mjs';
import popup from './suites/popup.mjs';
import readability from './suites/readability.mjs';
import snapshots from './suites/snapshots.mjs';
import search from './suites/search.mjs';
import suggest from './suites/suggest.mjs';

// A suite is { name, description, run(ctx) => rows }; add new ones to this list.
const SUITES = [bundleSize, pageCheck, readability, anchoring, database, popup, exchange, suggest, search, snapshots];

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(benchDir);

function parseArgs(argv) {
  const names = argv.filter((a) => !a.startsWith('--'));
  const unknown = names.filter((n) => !SUITES.some((s) => s.name === n));
  if (unknown.length > 0 || argv.includes('--help')) {
    const list = SUITES.map((s) => `  ${s.name.padEnd(12)} ${s.description}`).join('\n');
    if (unknown.length > 0) console.error(`Unknown suite: ${unknown.join(', ')}`);
    console.error(`Usage: npm run bench -- [suite...] [--no-build]\n\nSuites:\n${list}`);
    process.exit(unknown.length > 0 ? 2 : 0);
  }
  return {
    suites: names.length > 0 ? SUITES.filter((s) => names.includes(s.name)) : SUITES,
    reuseBuild: argv.includes('--no-build'),
  };
}

function log(text) {
  process.stderr.write(`${text}\n`);
}

export async function main(argv) {
  const { suites, reuseBuild } = parseArgs(argv);
  const date = new Date().toISOString();
  const ctx = createContext({ root, benchDir, reuseBuild, log });
  const results = [];
  const failed = [];
  try {
    for (const suite of suites) {
      log(`bench: ${suite.name}…`);
      const started = performance.now();
      try {
        const rows = await suite.run(ctx);
        const seconds = Math.round((performance.now() - started) / 100) / 10;
        log(`bench: ${suite.name} done in ${seconds} s`);
        results.push({ suite: suite.name, seconds, rows });
      } catch (error) {
        // One suite that cannot run (say, the extension does not build) keeps no other from
        // reporting; its earlier results stay in the file untouched.
        log(`bench: ${suite.name} FAILED: ${error instanceof Error ? error.message : error}`);
        failed.push(suite.name);
      }
    }
    const cpus = os.cpus();
    const machine = {
      date,
      node: process.version,
      browser: await ctx.browserVersion(),
      cpus: cpus.length,
      cpuModel: cpus[0]?.model,
      platform: `${os.platform()} ${os.release()} ${os.arch()}`,
    };
    console.log(formatTable(results.flatMap((r) => r.rows.map((row) => ({ suite: r.suite, ...row })))));
    console.log('\nratio = value / baseline (rates: below 1 is slower than baseline; times: above 1 is slower).');
    console.log(`node ${machine.node}, ${machine.browser ?? 'no browser'}, ${machine.cpus} × ${machine.cpuModel}`);
    await mergeResults(path.join(root, 'bench-results.json'), machine, results);
    if (failed.length > 0) {
      console.log(`\nFailed to run: ${failed.join(', ')} (see above).`);
      process.exitCode = 1;
    }
  } finally {
    await ctx.close();
  }
}
