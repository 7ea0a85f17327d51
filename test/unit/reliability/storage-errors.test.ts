// @vitest-environment node
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openDatabase } from '../../../core/db/database';
import { Repository } from '../../../core/db/repository';
import { SCHEMA_V1, SCHEMA_V2 } from '../../../core/db/schema';
import {
  describeError,
  storageProblemMessage,
  storageProblemOf,
  watchDatabaseHealth,
  type DatabaseHealth,
} from '../../../platform/storage-health';
import { freshDatabaseName, freshRepository } from '../support/database';
import { annotation, articleMetadata, party } from '../support/records';
import { fillTheDisk } from './storage-faults';

const QUOTA = storageProblemMessage('quota');
const BLOCKED = storageProblemMessage('blocked');
const UNAVAILABLE = storageProblemMessage('unavailable');

let freeTheDisk: (() => void) | undefined;
afterEach(() => {
  freeTheDisk?.();
  freeTheDisk = undefined;
});

/** Health reports, and a way to wait for the next one. */
function healthLog(db: Dexie) {
  const reports: DatabaseHealth[] = [];
  let notify = () => {};
  const stop = watchDatabaseHealth(db, (health) => {
    reports.push(health);
    notify();
  });
  const next = (check: (h: DatabaseHealth) => boolean) =>
    new Promise<DatabaseHealth>((resolve) => {
      const look = () => {
        const found = reports.find(check);
        if (found) resolve(found);
      };
      notify = look;
      look();
    });
  return { reports, next, stop };
}

describe('a full disk', () => {
  it('fails the save with a clear message and leaves what is stored as it was', async () => {
    const repo = freshRepository();
    await repo.saveAnnotation(annotation({ note: 'kept' }));
    await repo.saveParty(party());
    freeTheDisk = fillTheDisk();

    const failed = await repo.saveAnnotation(annotation({ id: 'a-2' })).catch((error: unknown) => error);
    expect(storageProblemOf(failed)).toBe('quota');
    expect(describeError(failed)).toBe(QUOTA);
    const edit = await repo
      .saveAnnotation(annotation({ note: 'changed', updated: '2024-06-01T00:00:00.000Z' }))
      .catch((error: unknown) => error);
    expect(describeError(edit)).toBe(QUOTA);
    expect(describeError(await repo.deleteAnnotation('a-1').catch((e: unknown) => e))).toBe(QUOTA);

    freeTheDisk();
    freeTheDisk = undefined;
    expect(await repo.getAnnotation('a-1')).toEqual(annotation({ note: 'kept' }));
    expect(await repo.getAnnotation('a-2')).toBeUndefined();
    expect(await repo.listParties()).toEqual([party()]);
  });
});

describe('the background, when storage fails', () => {
  const FROM_PAGE = { id: fakeBrowser.runtime.id, tab: { id: 3 } as never, frameId: 0, url: articleMetadata().url };

  /** Starts the real background against the fake browser, some of whose events are not implemented. */
  async function startBackground(): Promise<void> {
    const { permissions, contextMenus, commands } = fakeBrowser;
    for (const event of [permissions.onAdded, permissions.onRemoved, contextMenus.onClicked, commands.onCommand])
      vi.spyOn(event, 'addListener').mockImplementation(() => undefined);
    const { default: background } = await import('../../../entrypoints/background');
    background.main();
  }

  // The background's own connection closes itself when asked to make way for the deletion.
  afterEach(() => Dexie.delete('marginalia'));

  it('answers a save it could not store with the clear message, and stores it once on the retry', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await startBackground();
    const save = { type: 'annotation.save', article: articleMetadata(), annotation: annotation() };
    const first = { type: 'annotation.save', article: articleMetadata(), annotation: annotation({ id: 'a-0' }) };
    expect(await fakeBrowser.runtime.onMessage.trigger(first, FROM_PAGE)).toEqual([
      { ok: true, value: expect.objectContaining({ outcome: 'created' }) },
    ]);

    freeTheDisk = fillTheDisk();
    expect(await fakeBrowser.runtime.onMessage.trigger(save, FROM_PAGE)).toEqual([{ ok: false, error: QUOTA }]);
    freeTheDisk();
    freeTheDisk = undefined;

    expect(await fakeBrowser.runtime.onMessage.trigger(save, FROM_PAGE)).toEqual([
      { ok: true, value: expect.objectContaining({ outcome: 'created' }) },
    ]);
    expect(await fakeBrowser.runtime.onMessage.trigger(save, FROM_PAGE)).toEqual([
      { ok: true, value: expect.objectContaining({ outcome: 'unchanged' }) },
    ]);
    const repo = new Repository(openDatabase('marginalia'));
    expect((await repo.readLibrary()).annotations.map((a) => a.id).sort()).toEqual(['a-0', 'a-1']);
    repo.db.close();
  });
});

describe('an upgrade blocked by an old connection', () => {
  /**
   * An older Marginalia in another window, holding the database open at version 2 and deaf
   * to requests to close. A plain IndexedDB connection: Dexie closes its own connections
   * in the same window when another of them upgrades.
   */
  async function oldConnection(name: string): Promise<IDBDatabase> {
    const written = new Dexie(name);
    written.version(1).stores(SCHEMA_V1);
    written.version(2).stores(SCHEMA_V2);
    await written.table('annotations').put({ ...annotation({ note: 'from version 2' }), partyIds: [] });
    written.close();
    return new Promise((resolve, reject) => {
      const request = indexedDB.open(name, 20);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  function readAll(db: IDBDatabase, store: string): Promise<unknown[]> {
    return new Promise((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }

  it('says why nothing happens, touches nothing, and saves what waited once the old connection goes', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const name = freshDatabaseName();
    const old = await oldConnection(name);
    const repo = freshRepository(name);
    const health = healthLog(repo.db);

    let outcome: string | undefined;
    const waiting = repo.saveAnnotation(annotation({ id: 'a-2' })).then((result) => (outcome = result));
    expect(await health.next((h) => h.state === 'problem')).toEqual({
      state: 'problem',
      problem: 'blocked',
      message: BLOCKED,
    });
    expect(outcome).toBeUndefined();
    expect(await readAll(old, 'annotations')).toEqual([{ ...annotation({ note: 'from version 2' }), partyIds: [] }]);

    old.close();
    expect(await waiting).toBe('created');
    expect(await health.next((h) => h.state === 'ok')).toEqual({ state: 'ok' });
    expect((await repo.readLibrary()).annotations.map((a) => [a.id, a.note])).toEqual([
      ['a-1', 'from version 2'],
      ['a-2', ''],
    ]);
    expect(repo.db.verno).toBe(3);
    expect(await repo.db.backups.count()).toBe(0);
    health.stop();
  });
});

describe('no IndexedDB at all', () => {
  it('reports the database unavailable, to the view and as the answer to a save', async () => {
    const available = Dexie.dependencies.indexedDB;
    Dexie.dependencies.indexedDB = undefined as unknown as IDBFactory;
    try {
      const repo = new Repository(openDatabase(freshDatabaseName()));
      const health = healthLog(repo.db);
      expect(await health.next(() => true)).toEqual({ state: 'problem', problem: 'unavailable', message: UNAVAILABLE });
      const failed = await repo.saveAnnotation(annotation()).catch((error: unknown) => error);
      expect(describeError(failed)).toBe(UNAVAILABLE);
      health.stop();
    } finally {
      Dexie.dependencies.indexedDB = available;
    }
  });
});

describe('describeError', () => {
  it('words each storage problem for the reader, however it is wrapped', () => {
    const quota = new DOMException('x', 'QuotaExceededError');
    expect(describeError(new Dexie.AbortError('Transaction aborted', quota))).toBe(QUOTA);
    expect(describeError({ name: 'UnknownError', message: 'Quota exceeded while committing' })).toBe(QUOTA);
    expect(describeError(new Dexie.OpenFailedError(new DOMException('no', 'InvalidStateError')))).toBe(UNAVAILABLE);
    expect(describeError(new Dexie.MissingAPIError())).toBe(UNAVAILABLE);
    expect(describeError(new Dexie.DatabaseClosedError(new Dexie.MissingAPIError()))).toBe(UNAVAILABLE);
    expect(describeError(new Dexie.OpenFailedError(new DOMException('v', 'VersionError')))).toBe(
      storageProblemMessage('newer-version'),
    );
  });

  it('passes any other error through as its message', () => {
    expect(describeError(new Error('name taken'))).toBe('name taken');
    expect(describeError(new DOMException('bad', 'InvalidStateError'))).toBe('bad');
    expect(describeError('plain')).toBe('plain');
  });
});
