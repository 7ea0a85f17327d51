import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';

/**
 * A result row. `ratio` is always value / baseline, so for rates (records/s) below 1 means
 * slower than the baseline, and for times (ms) above 1 means slower.
 */
export function row(name, value, unit, baseline) {
  const result = { name, value, unit };
  if (baseline !== undefined) {
    result.baseline = baseline;
    result.ratio = baseline === 0 ? undefined : value / baseline;
  }
  return result;
}

async function readPrevious(file) {
  if (!existsSync(file)) return { suites: {} };
  try {
    const previous = JSON.parse(await readFile(file, 'utf8'));
    return previous && typeof previous.suites === 'object' ? previous : { suites: {} };
  } catch {
    return { suites: {} };
  }
}

/**
 * Writes this run's suites into the results file, keeping the suites of earlier runs that
 * were not run this time (`npm run bench -- database` refreshes only that one).
 */
export async function mergeResults(file, machine, suiteResults) {
  const previous = await readPrevious(file);
  const suites = { ...previous.suites };
  for (const result of suiteResults) {
    suites[result.suite] = {
      ranAt: machine.date,
      seconds: result.seconds,
      rows: result.rows,
    };
  }
  await writeFile(file, `${JSON.stringify({ machine, suites }, null, 2)}\n`);
}
