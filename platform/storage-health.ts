import type { Dexie } from 'dexie';

/** What can stop Marginalia from storing anything, as far as a reader needs to know. */
export type StorageProblem = 'quota' | 'blocked' | 'reload' | 'newer-version' | 'unavailable';

const MESSAGES: Record<StorageProblem, string> = {
  quota:
    'There is no room left for Marginalia’s data: the browser’s storage for it is full. Nothing already saved was changed. Free some disk space, then try again.',
  blocked:
    'Marginalia is waiting to open its database: another Marginalia tab or window holds an older version of it open. Close the other Marginalia tabs and windows (or restart the browser); what you did is saved as soon as they are closed. Nothing already saved was changed.',
  reload:
    'Marginalia was updated in another window. Close and reopen this view to go on; nothing already saved was changed.',
  'newer-version':
    'Marginalia’s data was saved by a newer version of Marginalia. Update the extension to use it; nothing was changed.',
  unavailable:
    'This browser is not letting Marginalia store anything: its database (IndexedDB) is unavailable, as in some private windows or when site data is blocked. Nothing can be saved until it is allowed.',
};

/** The names browsers and Dexie give each problem (a Dexie error wraps the browser's as `inner`). */
const PROBLEM_BY_NAME: Record<string, StorageProblem> = {
  QuotaExceededError: 'quota',
  NS_ERROR_DOM_QUOTA_REACHED: 'quota',
  VersionError: 'newer-version',
  MissingAPIError: 'unavailable',
};

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  cause?: unknown;
}

/**
 * The storage problem behind an error, looking through the errors it wraps (the deepest
 * known one is the cause: a closed database that never opened for want of IndexedDB is
 * "unavailable"); null for any other error.
 */
export function storageProblemOf(error: unknown): StorageProblem | null {
  let found: StorageProblem | null = null;
  let opening = false;
  for (let current = error, depth = 0; current && typeof current === 'object' && depth < 5; depth++) {
    const { name, message, inner, cause } = current as ErrorLike;
    const byName = typeof name === 'string' ? PROBLEM_BY_NAME[name] : undefined;
    // Chromium can report a full disk during a commit as an UnknownError that names the quota.
    const byMessage =
      (name === 'UnknownError' || name === 'AbortError') && typeof message === 'string' && /quota/i.test(message)
        ? 'quota'
        : undefined;
    found = byName ?? byMessage ?? found;
    opening ||= name === 'OpenFailedError';
    current = inner ?? cause;
  }
  // Whatever else stops the database from opening (a private window's refusal, a
  // security setting) leaves nothing to store in.
  return found ?? (opening ? 'unavailable' : null);
}

export function storageProblemMessage(problem: StorageProblem): string {
  return MESSAGES[problem];
}

/** A reader-facing account of an error: the storage problem's own sentence, or the error's message. */
export function describeError(error: unknown): string {
  const problem = storageProblemOf(error);
  if (problem) return MESSAGES[problem];
  return error instanceof Error ? error.message : String(error);
}

export type DatabaseHealth = { state: 'ok' } | { state: 'problem'; problem: StorageProblem; message: string };

function problem(kind: StorageProblem): DatabaseHealth {
  return { state: 'problem', problem: kind, message: MESSAGES[kind] };
}

/**
 * Reports whether a Dexie database can be used, now and whenever that changes: opened,
 * blocked by an old connection, replaced by an upgrade elsewhere, or never available.
 * While an upgrade is blocked, reads and writes wait (Dexie queues them) and go through
 * once the old connection closes; the report lets the reader know why nothing happens.
 */
export function watchDatabaseHealth(db: Dexie, onChange: (health: DatabaseHealth) => void): () => void {
  let stopped = false;
  const report = (health: DatabaseHealth) => {
    if (!stopped) onChange(health);
  };
  const onReady = () => report({ state: 'ok' });
  const onBlocked = () => report(problem('blocked'));
  const onVersionChange = (event: IDBVersionChangeEvent) => {
    // Dexie closes this connection itself so that the other window's upgrade can go on.
    if (event.newVersion) report(problem('reload'));
  };
  db.on('ready', onReady, true);
  db.on('blocked', onBlocked);
  db.on('versionchange', onVersionChange);
  if (db.isOpen()) onReady();
  else
    db.open().catch((error: unknown) => {
      report(problem(storageProblemOf(error) ?? 'unavailable'));
    });
  return () => {
    stopped = true;
    db.on('ready').unsubscribe(onReady);
    db.on('blocked').unsubscribe(onBlocked);
    db.on('versionchange').unsubscribe(onVersionChange);
  };
}

/** How much the extension stores and whether the browser may clear it under storage pressure. */
export interface StorageStatus {
  /** Null where the browser does not say. */
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

function storageManager(): StorageManager | undefined {
  return typeof navigator === 'undefined' ? undefined : navigator.storage;
}

/**
 * Asks the browser to keep Marginalia's data even when space runs short (otherwise it may
 * clear it without asking). Browsers grant or refuse this by their own rules, some
 * silently: the answer is shown in the settings. Resolves to whether it is persistent.
 */
export async function requestPersistentStorage(): Promise<boolean | null> {
  const manager = storageManager();
  if (!manager?.persist) return null;
  try {
    if (await manager.persisted()) return true;
    return await manager.persist();
  } catch {
    return null;
  }
}

export async function storageStatus(): Promise<StorageStatus> {
  const manager = storageManager();
  const [persisted, estimate] = await Promise.all([
    manager?.persisted ? manager.persisted().catch(() => null) : null,
    manager?.estimate ? manager.estimate().catch(() => null) : null,
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}
