import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { builtExtensionDir, copyOfBuild, type BuildTarget } from '../../../scripts/lib/extension-dir.mjs';
import type { ExtensionFunction, Access } from './types';

/** A fresh, empty browser profile directory (kept across `restart`, deleted by `close`). */
export function freshProfileDir(browser: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `marginalia-${browser}-profile-`));
}

/** The folder a browser on `profileDir` saves downloads in, made empty if it is not there yet. */
export async function downloadsDirOf(profileDir: string): Promise<string> {
  const dir = path.join(profileDir, 'marginalia-downloads');
  await mkdir(dir, { recursive: true });
  return dir;
}

/** A temp copy of the build to install, all-sites access granted or not: a rebuild while a test runs cannot touch it. */
export function extensionDirFor(target: BuildTarget, access: Access): Promise<string> {
  return copyOfBuild(builtExtensionDir(target), { grantAllSites: access === 'granted' });
}

/** Deletes temp dirs a launcher made (profile, extension copy); empty names are skipped. */
export async function removeDirs(...dirs: string[]): Promise<void> {
  await Promise.all(dirs.filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Source text that calls `fn` with the browser's extension API object and `args`. */
export function callWithExtensionApi<T, A extends unknown[]>(fn: ExtensionFunction<T, A>, args: A): string {
  return `(${fn.toString()})(globalThis.browser ?? globalThis.chrome, ...${JSON.stringify(args)})`;
}
