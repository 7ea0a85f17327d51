import { Dexie } from 'dexie';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeBackup } from '../../../core/backups/backup-store';
import type { Repository } from '../../../core/db/repository';
import { BackupSettings } from '../../../components/settings/BackupSettings';
import { StorageAlert } from '../../../components/settings/StorageAlert';
import { StorageSettings } from '../../../components/settings/StorageSettings';
import { SCHEMA_V1, SCHEMA_V2 } from '../../../core/db/schema';
import { storageProblemMessage } from '../../../platform/storage-health';
import { freshDatabaseName, freshRepository } from '../support/database';
import { annotation, articleMetadata, party } from '../support/records';

let container: HTMLElement;

async function show(view: preact.VNode): Promise<HTMLElement> {
  container = document.createElement('div');
  document.body.append(container);
  await act(() => render(view, container));
  return container;
}

afterEach(async () => {
  await act(() => render(null, container));
  container.remove();
});

/** Waits for the view to show what `check` looks for (live queries and storage answer asynchronously). */
async function until<T>(check: () => T | null | undefined | false | Promise<T | false>, timeout = 3000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = await check();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`Not shown in time. The view says: ${container.textContent}`);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
}

function button(name: string | RegExp): HTMLButtonElement | undefined {
  return [...container.querySelectorAll('button')].find((b) =>
    typeof name === 'string'
      ? b.textContent === name || b.getAttribute('aria-label') === name
      : name.test(b.textContent ?? '') || name.test(b.getAttribute('aria-label') ?? ''),
  );
}

async function click(name: string | RegExp): Promise<void> {
  const target = await until(() => button(name));
  await act(() => target.click());
}

async function seed(repo: Repository): Promise<void> {
  const article = await repo.upsertArticle(articleMetadata(), '2025-03-01T08:00:00.000Z');
  await repo.saveParty(party());
  await repo.saveAnnotation(annotation({ articleId: article.id, partyId: 'p-1' }));
  await repo.saveAnnotation(annotation({ id: 'a-2', articleId: article.id }));
}

const annotationIds = async (repo: Repository) => (await repo.readLibrary()).annotations.map((a) => a.id).sort();

describe('BackupSettings', () => {
  it('lists the backups, and restores one after showing what it brings back, with an undo', async () => {
    const repo = freshRepository();
    await seed(repo);
    await makeBackup(repo, { now: '2025-03-01T09:00:00.000Z' });
    await repo.deleteAnnotation('a-2');
    await show(<BackupSettings repo={repo} />);

    const row = await until(() => container.querySelector('tbody tr'));
    expect(row.textContent).toContain('1 article, 2 annotations, 1 party');
    await click(/^Restore the backup of /);
    const question = await until(() => container.querySelector('.confirm'));
    expect(question.textContent).toContain('It brings back 1 annotation that the library no longer has.');
    expect(await annotationIds(repo)).toEqual(['a-1']);

    await click('Restore');
    await until(() => container.textContent?.includes('Restored the backup of'));
    expect(await annotationIds(repo)).toEqual(['a-1', 'a-2']);
    await click('Undo');
    await until(async () => (await annotationIds(repo)).length === 1);
    expect(await annotationIds(repo)).toEqual(['a-1']);
  });

  it('says so, and offers no restore, when the library already holds everything in the backup', async () => {
    const repo = freshRepository();
    await seed(repo);
    await makeBackup(repo);
    await show(<BackupSettings repo={repo} />);
    await click(/^Restore the backup of /);
    const question = await until(() => container.querySelector('.confirm'));
    expect(question.textContent).toContain('restoring it would change nothing');
    expect(button('Restore')).toBeUndefined();
  });

  it('backs up on request, newest first', async () => {
    const repo = freshRepository();
    await seed(repo);
    await makeBackup(repo, { now: '2025-01-01T09:00:00.000Z' });
    await show(<BackupSettings repo={repo} />);
    await click('Back up now');
    const rows = await until(() => {
      const found = container.querySelectorAll('tbody tr');
      return found.length === 2 && found;
    });
    expect(rows[1]!.textContent).toMatch(/2025/);
    expect(rows[0]!.textContent).not.toMatch(/2025/);
    expect(await repo.db.backups.count()).toBe(2);
  });
});

describe('StorageSettings', () => {
  it('asks for persistent storage when it opens, and shows the answer and the space used', async () => {
    let persisted = false;
    const persist = vi.fn(async () => (persisted = true));
    vi.stubGlobal('navigator', {
      ...navigator,
      storage: {
        persisted: async () => persisted,
        persist,
        estimate: async () => ({ usage: 2_400_000, quota: 8_000_000_000 }),
      },
    });
    try {
      await show(<StorageSettings repo={freshRepository()} />);
      await until(() => container.querySelector('.storage-persistence')?.textContent?.startsWith('Yes'));
      expect(persist).toHaveBeenCalledOnce();
      expect(container.querySelector('.storage-usage')!.textContent).toBe(
        '2.4 MB of the 8.0 GB the browser allows Marginalia',
      );
      expect(container.querySelector('.database-health')!.textContent).toBe('Working.');
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('says when the browser refuses, and lets the reader ask again', async () => {
    const persist = vi.fn(async () => false);
    vi.stubGlobal('navigator', {
      ...navigator,
      storage: { persisted: async () => false, persist, estimate: async () => ({ usage: 980, quota: 1000 }) },
    });
    try {
      await show(<StorageSettings repo={freshRepository()} />);
      await until(() => container.querySelector('.storage-persistence')?.textContent?.startsWith('No'));
      await click('Ask the browser to keep Marginalia’s data');
      await until(() => persist.mock.calls.length === 2);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('StorageAlert', () => {
  it('shows nothing while the database works', async () => {
    const repo = freshRepository();
    await show(<StorageAlert db={repo.db} />);
    await repo.saveParty(party());
    expect(container.textContent).toBe('');
  });

  it('tells the reader when an old window blocks the database, and clears once it opens', async () => {
    const name = freshDatabaseName();
    const written = new Dexie(name);
    written.version(1).stores(SCHEMA_V1);
    written.version(2).stores(SCHEMA_V2);
    await written.open();
    written.close();
    const old = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open(name, 20);
      request.onsuccess = () => resolve(request.result);
    });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const repo = freshRepository(name);
    await show(<StorageAlert db={repo.db} />);
    const alert = await until(() => container.querySelector('[role="alert"]'));
    expect(alert.textContent).toContain(storageProblemMessage('blocked'));
    old.close();
    await until(() => container.textContent === '');
  });

  it('tells the reader when a write in the view failed for want of space', async () => {
    const repo = freshRepository();
    await show(<StorageAlert db={repo.db} />);
    const failure = Object.assign(new Error('write failed'), {
      name: 'AbortError',
      inner: new DOMException('quota', 'QuotaExceededError'),
    });
    const event = new Event('unhandledrejection') as Event & { reason: unknown };
    event.reason = failure;
    await act(() => void dispatchEvent(event));
    const alert = await until(() => container.querySelector('[role="alert"]'));
    expect(alert.textContent).toContain(storageProblemMessage('quota'));
    await click('Dismiss');
    expect(container.textContent).toBe('');
  });
});
