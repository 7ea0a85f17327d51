import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { builtExtensionDir, grantedCopy, type BuildTarget } from '../../../scripts/lib/extension-dir.mjs';
import type { ExtensionFunction, Access } from './types';

/** A fresh, empty browser profile directory (kept across `restart`, deleted by `close`). */
export function freshProfileDir(browser: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), `marginalia-${browser}-profile-`));
}

/** The extension directory to install, and whether it is a temp copy for the launcher to delete. */
export interface ExtensionDir {
  path: string;
  temporary: boolean;
}

/** The build itself, or a granted copy of it in a temp dir. */
export async function extensionDirFor(target: BuildTarget, access: Access): Promise<ExtensionDir> {
  const built = builtExtensionDir(target);
  if (access === 'as-built') return { path: built, temporary: false };
  return { path: await grantedCopy(built), temporary: true };
}

/** Deletes an extension dir made for one browser (never the build output). */
export async function removeTempExtension(extension: ExtensionDir): Promise<void> {
  if (extension.temporary) await rm(extension.path, { recursive: true, force: true });
}

/** Deletes a closed browser's profile and its temp extension copy. */
export async function removeTempDirs(profileDir: string, extension: ExtensionDir): Promise<void> {
  await Promise.all([rm(profileDir, { recursive: true, force: true }), removeTempExtension(extension)]);
}

/** Source text that calls `fn` with the browser's extension API object and `args`. */
export function callWithExtensionApi<T, A extends unknown[]>(fn: ExtensionFunction<T, A>, args: A): string {
  return `(${fn.toString()})(globalThis.browser ?? globalThis.chrome, ...${JSON.stringify(args)})`;
}
