import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { SnapshotSettings } from '../../../components/snapshots/SnapshotSettings';
import type { Repository } from '../../../core/db/repository';
import { recordSnapshot, snapshotsEnabled, snapshotsOf } from '../../../core/db/snapshots';
import { freshRepository } from '../support/database';
import { articleMetadata } from '../support/records';

const STORY = 'https://news.example.org/story';
const OTHER = 'https://news.example.org/other';

let container: HTMLElement;

async function show(repo: Repository): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  await act(() => render(<SnapshotSettings repo={repo} />, container));
}

afterEach(async () => {
  await act(() => render(null, container));
  container.remove();
});

/** Waits for the view to show what `check` looks for: live queries answer asynchronously. */
async function until<T>(check: () => T | null | undefined | false, timeout = 3000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = check();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`Not shown in time. The view says: ${container.textContent}`);
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
}

function buttonLabelled(label: string): HTMLButtonElement | undefined {
  return [...container.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === label);
}

function rows(): string[] {
  return [...container.querySelectorAll('tbody tr')].map((tr) =>
    [...tr.children].map((cell) => cell.textContent?.trim()).join(' | '),
  );
}

async function save(repo: Repository, articleId: string, text: string, at: string, title: string): Promise<void> {
  await recordSnapshot(repo.db, {
    articleId,
    metadata: articleMetadata({ url: articleId, title }),
    content: { html: `<p>${text}</p>`, text },
    pageHash: 'a'.repeat(64),
    pageBytes: 20_000,
    at,
  });
}

async function seed(repo: Repository): Promise<void> {
  await save(repo, STORY, 'First text.', '2024-05-01T10:00:00.000Z', 'The story');
  await save(repo, STORY, 'Second text.', '2024-05-03T10:00:00.000Z', 'The story');
  await save(repo, OTHER, 'Other text.', '2024-05-02T10:00:00.000Z', '');
}

describe('SnapshotSettings', () => {
  it('lists each article’s copies with their size and the total, and follows new copies', async () => {
    const repo = freshRepository();
    await seed(repo);
    await show(repo);
    await until(() => rows().length === 2);
    expect(rows()).toEqual([
      expect.stringMatching(/^The story \| 2 \| \d+ bytes \| Delete 2 copies$/),
      // An untitled page is named by its address.
      expect.stringMatching(/^https:\/\/news\.example\.org\/other \| 1 \| \d+ bytes \| Delete copy$/),
    ]);
    expect(container.textContent).toMatch(/3 copies of 2 articles, using \d+ bytes\./);
    const link = container.querySelector<HTMLAnchorElement>('tbody a')!;
    expect(new URL(link.href).searchParams.get('article')).toBe(STORY);

    await save(repo, OTHER, 'Other text, edited.', '2024-05-04T10:00:00.000Z', 'Other story');
    await until(() => rows()[0]?.startsWith('Other story | 2 |'));
  });

  it('deletes an article’s copies, and Undo brings them back', async () => {
    const repo = freshRepository();
    await seed(repo);
    const before = await snapshotsOf(repo.db, STORY);
    await show(repo);
    const remove = await until(() => buttonLabelled('Delete 2 copies of “The story”'));
    await act(() => remove.click());
    await until(() => rows().length === 1);
    expect(await snapshotsOf(repo.db, STORY)).toEqual([]);
    expect(container.querySelector('[role="status"] .toast')?.textContent).toContain(
      'Deleted 2 copies of “The story”.',
    );

    const undo = await until(() => [...container.querySelectorAll('button')].find((b) => b.textContent === 'Undo'));
    await act(() => undo.click());
    await until(() => rows().length === 2);
    expect(await snapshotsOf(repo.db, STORY)).toEqual(before);
  });

  it('turns keeping copies off and on, with a labelled checkbox', async () => {
    const repo = freshRepository();
    await show(repo);
    const box = await until(() => container.querySelector<HTMLInputElement>('input[type="checkbox"]'));
    expect(box.closest('label')?.textContent).toBe('Keep a copy of each article I annotate');
    expect(box.checked).toBe(true);
    expect(container.textContent).toContain('No copies saved.');
    await act(() => box.click());
    await until(() => container.textContent?.includes('New copies are not saved.'));
    expect(await snapshotsEnabled(repo.db)).toBe(false);
    await act(() => container.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click());
    await until(() => !container.textContent?.includes('New copies are not saved.'));
    expect(await snapshotsEnabled(repo.db)).toBe(true);
  });
});
