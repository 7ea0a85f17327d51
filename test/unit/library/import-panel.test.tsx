import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportPanel } from '../../../components/library/ImportPanel';
import { backupText } from '../../../core/exchange/backup';
import type { Repository } from '../../../core/db/repository';
import { freshRepository } from '../support/database';
import { annotation, party } from '../support/records';
import { article } from '../search/records';

let container: HTMLElement;

afterEach(async () => {
  await act(() => render(null, container));
  container.remove();
});

async function show(repo: Repository): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  await act(() => render(<ImportPanel repo={repo} />, container));
}

/** Chooses a file in the panel's file field, as the file picker would. */
async function choose(name: string, text: string): Promise<void> {
  const input = container.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  await act(() => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

async function until(check: () => Element | null | undefined): Promise<Element> {
  for (let tries = 0; tries < 150; tries++) {
    const found = check();
    if (found) return found;
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
  }
  throw new Error(`Not shown in time. The panel says: ${container.textContent}`);
}

function backup(exact: string): string {
  return backupText(
    {
      articles: [article()],
      annotations: [
        annotation({ id: 'good' }),
        annotation({ id: 'bad', target: { ...annotation().target, quote: { ...annotation().target.quote, exact } } }),
      ],
      parties: [party()],
      settings: [],
    },
    { exportedAt: '2024-06-01T00:00:00.000Z' },
  );
}

describe('ImportPanel', () => {
  it('shows what a file would do, imports it on confirmation, and says what it did', async () => {
    const repo = freshRepository();
    await show(repo);
    await choose('library.backup.json', backup('other words'));
    await until(() => container.querySelector('.import-preview'));
    const row = [...container.querySelectorAll('tbody tr')].find(
      (tr) => tr.querySelector('th')?.textContent === 'Annotations',
    );
    expect([...row!.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['2', '0', '0', '0', '0']);
    expect(await repo.db.annotations.count()).toBe(0);
    const importButton = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Import')!;
    await act(() => importButton.click());
    await until(() => container.querySelector('.import-done'));
    expect(await repo.db.annotations.count()).toBe(2);
  });

  it('names the first bad record and field, and imports nothing', async () => {
    const repo = freshRepository();
    await show(repo);
    // Backups list records by id: "bad" comes first.
    await choose('broken.backup.json', backup(''));
    const alert = await until(() => container.querySelector('[role="alert"]'));
    expect(alert.textContent).toMatch(/^Nothing was imported\. In annotations\[0\]\.target\.quote\.exact: /);
    expect(await repo.db.annotations.count()).toBe(0);
    expect(container.querySelector('.import-preview')).toBeNull();
  });
});
