export type BuildTarget = 'chrome-mv3' | 'firefox-mv3';

export interface HostPermissions {
  host_permissions?: string[];
  optional_host_permissions?: string[];
}

export const PROJECT_ROOT: string;
export function builtExtensionDir(target: BuildTarget): string;
export function grantHostPermissions<M extends HostPermissions>(manifest: M): Omit<M, 'optional_host_permissions'> & { host_permissions: string[] };
export function copyOfBuild(builtDir: string, options?: { grantAllSites?: boolean; destination?: string }): Promise<string>;
