export const DEFAULT_CHROME_PATH: string;
export const DEFAULT_FIREFOX_PATH: string;
export function chromePath(): string;
export function firefoxPath(): string;
export const QUIET_CHROMIUM_ARGS: readonly string[];
export function offlineChromiumArgs(proxyOrigin: string): string[];
export const FIREFOX_ADDON_ID: string;
export function testFirefoxPrefs(options: { uuid: string; proxy: { host: string; port: number } }): Record<string, unknown>;
export function testFirefoxEnv(): Record<string, string | undefined>;
