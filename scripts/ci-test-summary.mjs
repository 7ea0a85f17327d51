// Reads the output of `npm test` and prints the one line CI reads: "N passed, N failed",
// summed over every Vitest run in it (unit and end-to-end).
// Usage: node scripts/ci-test-summary.mjs <npm-test-log> <npm-test-exit-status>
import { readFileSync } from 'node:fs';

/** Passed and failed test counts from Vitest's summary lines ("Tests  1 failed | 9 passed (10)"). */
function countTests(log) {
  const totals = { passed: 0, failed: 0, runs: 0 };
  const plain = log.replace(/\x1b\[[0-9;]*m/g, '');
  for (const line of plain.split('\n')) {
    const summary = /^\s*Tests\s{2,}(.*)$/.exec(line);
    if (!summary) continue;
    totals.runs += 1;
    totals.passed += Number(/(\d+) passed/.exec(summary[1])?.[1] ?? 0);
    totals.failed += Number(/(\d+) failed/.exec(summary[1])?.[1] ?? 0);
  }
  return totals;
}

function main([logPath, exitStatus]) {
  if (!logPath || exitStatus === undefined) {
    console.error('Usage: node scripts/ci-test-summary.mjs <npm-test-log> <npm-test-exit-status>');
    process.exit(2);
  }
  const { passed, failed, runs } = countTests(readFileSync(logPath, 'utf8'));
  let failures = failed;
  // A failed typecheck, build or lint, or a test file that did not load, fails no test: it
  // still has to show as a failure on the line CI reads.
  if (Number(exitStatus) !== 0 && failed === 0) {
    console.log(`npm test failed outside any test (exit status ${exitStatus}, ${runs} test runs finished): counted as 1 failure.`);
    failures = 1;
  }
  console.log(`${passed} passed, ${failures} failed`);
}

main(process.argv.slice(2));
