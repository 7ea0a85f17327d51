// @vitest-environment node
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listBackups } from '../../../core/backups/backup-store';
import { startBackupSchedule } from '../../../platform/backup-schedule';
import { freshRepository } from '../support/database';
import { annotation, party } from '../support/records';

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  vi.useRealTimers();
});

/** Lets fake time pass, and the (real) database work it starts, until `check` holds or 10 real seconds go by. */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!(await check()) && Date.now() < deadline) {
    await vi.advanceTimersByTimeAsync(100);
    await new Promise((resolve) => setImmediate(resolve));
  }
  expect(await check()).toBe(true);
}

describe('startBackupSchedule', () => {
  it('backs up a library that changed since the last backup when it starts', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const repo = freshRepository();
    await repo.saveAnnotation(annotation());
    stop = startBackupSchedule(repo);
    await eventually(async () => (await repo.db.backups.count()) === 1);
    expect((await listBackups(repo.db))[0]!.counts.annotations).toBe(1);
  });

  it('backs up after the library changes, once the writes settle, and not for its own writes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const repo = freshRepository();
    stop = startBackupSchedule(repo);
    await vi.advanceTimersByTimeAsync(3000);
    expect(await repo.db.backups.count()).toBe(0);

    await repo.saveParty(party());
    await repo.saveAnnotation(annotation());
    await vi.advanceTimersByTimeAsync(1000);
    expect(await repo.db.backups.count()).toBe(0);
    await eventually(async () => (await repo.db.backups.count()) === 1);
    expect((await listBackups(repo.db))[0]!.counts).toEqual({
      articles: 0,
      annotations: 1,
      parties: 1,
      collections: 0,
      dismissals: 0,
    });

    // The same day, more changes make no second backup; the backup's own write starts no check.
    await repo.saveAnnotation(annotation({ id: 'a-2' }));
    await vi.advanceTimersByTimeAsync(5000);
    expect(await repo.db.backups.count()).toBe(1);
  });
});
