import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { bundleForNode } from '../lib/bundle.mjs';
import { row } from '../lib/results.mjs';

const SIZES = (process.env.BENCH_EXCHANGE_SIZES ?? '10000,100000').split(',').map(Number);
const EXPORTS = ['backup', 'w3c', 'claimreview', 'csl', 'bibtex', 'ris', 'csv', 'markdown', 'apa'];
const IMPORTS = ['import-read', 'import-plan', 'import-apply'];

function label(size) {
  return size >= 1000 && size % 1000 === 0 ? `${size / 1000}k` : String(size);
}

/** Runs `code` in a fresh Node process with the bundled module as `step`; returns its last output line. */
function runChild(root, moduleUrl, code) {
  const script = `const step = await import(${JSON.stringify(moduleUrl)}); ${code}`;
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--max-old-space-size=8192', '--input-type=module', '-e', script],
      { cwd: root, maxBuffer: 1024 * 1024 },
      (error, stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout.trim().split('\n').at(-1)),
    );
  });
}

const mib = (bytes) => Math.round((bytes / 1024 / 1024) * 10) / 10;

export default {
  name: 'exchange',
  description:
    'export (every format) and import (read, plan, one-transaction write to fake-indexeddb) of 10k and 100k annotations, in Node',
  async run(ctx) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'marginalia-bench-exchange-'));
    const rows = [];
    try {
      const moduleUrl = await bundleForNode(
        ctx.root,
        path.join('bench', 'suites', 'exchange-step.ts'),
        path.join(dir, 'bundle'),
      );
      for (const size of SIZES) {
        const file = path.join(dir, `library-${size}.backup.json`);
        const bytes = Number(
          await runChild(
            ctx.root,
            moduleUrl,
            `console.log(step.writeGeneratedBackup(${size}, ${JSON.stringify(file)}));`,
          ),
        );
        ctx.log(`  exchange: ${label(size)} annotations, backup of ${mib(bytes)} MiB`);
        rows.push(row(`${label(size)}: backup file size`, mib(bytes), 'MiB'));
        const measure = async (name) =>
          JSON.parse(
            await runChild(
              ctx.root,
              moduleUrl,
              `console.log(JSON.stringify(await step.runStep(${JSON.stringify(file)}, ${JSON.stringify(name)})));`,
            ),
          );
        const baseline = await measure('baseline');
        rows.push(row(`${label(size)}: process memory with the library loaded`, mib(baseline.peakBytes), 'MiB'));
        for (const name of [...EXPORTS, ...IMPORTS]) {
          const result = await measure(name);
          ctx.log(`  exchange: ${label(size)} ${name}: ${Math.round(result.ms)} ms, peak ${mib(result.peakBytes)} MiB`);
          rows.push(row(`${label(size)}: ${name} time`, Math.round(result.ms), 'ms'));
          rows.push(
            row(
              `${label(size)}: ${name} peak memory above the loaded library`,
              mib(Math.max(0, result.peakBytes - result.loadedBytes)),
              'MiB',
            ),
          );
        }
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    return rows;
  },
};
