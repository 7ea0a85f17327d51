import { spawn } from 'node:child_process';
import path from 'node:path';

// Built into a folder of its own rather than .output/<target>, so a benchmark run never
// deletes the build another process (an e2e run, web-ext lint) is reading at that moment.
// The WXT CLI has no --outDir, hence the programmatic build, one child process per target
// because WXT keeps its configuration in a module-level singleton.
const TARGETS = [
  { key: 'chrome', browser: 'chrome', dir: 'chrome-mv3' },
  { key: 'firefox', browser: 'firefox', dir: 'firefox-mv3' },
];

function buildTarget(root, outDir, browser) {
  const script = `
    const { build } = await import('wxt');
    await build({ browser: ${JSON.stringify(browser)}, manifestVersion: 3, outDir: ${JSON.stringify(outDir)}, logLevel: 1 });
  `;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // WXT's progress spinner would garble the report; its output matters only on failure.
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) return resolve();
      process.stderr.write(output);
      reject(new Error(`wxt build -b ${browser} exited with ${code}`));
    });
  });
}

/** Builds (unless `reuse`) every target and returns the folder of each, by target key. */
export async function buildExtension(root, { reuse = false } = {}) {
  const outDir = path.join(root, '.output', 'bench');
  for (const target of TARGETS) {
    if (!reuse) await buildTarget(root, outDir, target.browser);
  }
  return Object.fromEntries(TARGETS.map((t) => [t.key, path.join(outDir, t.dir)]));
}
