// Runs before `npm start` and `npm test`: a fresh clone has no node_modules yet, so the two
// quick-start commands install the locked dependencies themselves (`npm ci`) the first time.
// Node built-ins only: nothing else is installed when this runs.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const installed = path.join(root, 'node_modules', '.package-lock.json');
const lock = path.join(root, 'package-lock.json');

function upToDate() {
  if (!existsSync(installed)) return false;
  // npm rewrites node_modules/.package-lock.json on every install; a lock file changed since
  // (a pull that updated dependencies) means the installed tree is stale.
  return statSync(installed).mtimeMs >= statSync(lock).mtimeMs || sameVersion();
}

function sameVersion() {
  const wanted = JSON.parse(readFileSync(lock, 'utf8')).packages ?? {};
  const have = JSON.parse(readFileSync(installed, 'utf8')).packages ?? {};
  return Object.entries(wanted).every(([name, entry]) => !name || have[name]?.version === entry.version);
}

if (!upToDate()) {
  console.log('Installing the locked dependencies first (npm ci)…');
  const result = spawnSync('npm', ['ci'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
