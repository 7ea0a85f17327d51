import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '../..');

/** Where `npm run build` puts the extension for a target; fails plainly when it has not been built. */
export function builtExtensionDir(target) {
  const dir = path.join(PROJECT_ROOT, '.output', target);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir}. Run \`npm run build\` first.`);
  }
  return dir;
}

/** The manifest with every optional host permission made a required one, so it installs as granted. */
export function grantHostPermissions(manifest) {
  const { optional_host_permissions: optional = [], ...rest } = manifest;
  return { ...rest, host_permissions: [...new Set([...(manifest.host_permissions ?? []), ...optional])] };
}

/**
 * A copy of a built extension, in `destination` (made afresh) or else a new temp dir, so a
 * browser keeps working while the build is redone. With `grantAllSites`, all-sites access is
 * already granted: browsers only ask for optional permissions through a prompt, which nobody
 * can click in a headless test (and which the demo should not need).
 */
export async function copyOfBuild(builtDir, { grantAllSites = false, destination } = {}) {
  const copy = destination ?? (await mkdtemp(path.join(os.tmpdir(), `marginalia-${path.basename(builtDir)}-`)));
  await rm(copy, { recursive: true, force: true });
  await cp(builtDir, copy, { recursive: true });
  if (grantAllSites) {
    const manifestPath = path.join(copy, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    await writeFile(manifestPath, JSON.stringify(grantHostPermissions(manifest), null, 2));
  }
  return copy;
}
