import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { TagSettings } from '../../../components/library/TagSettings';
import { VerdictScaleEditor } from '../../../components/library/VerdictScaleEditor';
import { useLibraryStore } from '../../../components/hooks/use-library-store';
import { useLibraryView, DEFAULT_SORTS } from '../../../components/hooks/use-library-view';
import { EMPTY_FILTER } from '../../../core/search/filters';
import { getVerdictScale } from '../../../core/db/settings';
import type { Repository } from '../../../core/db/repository';
import type { Undoable } from '../../../components/view-actions';
import { freshRepository } from '../support/database';
import { annotation } from '../support/records';

let container: HTMLElement;
let undoables: Undoable[] = [];

afterEach(async () => {
  await act(() => render(null, container));
  container.remove();
  undoables = [];
});

function Settings({ repo }: { repo: Repository }) {
  const state = useLibraryStore(repo);
  const view = useLibraryView(state, EMPTY_FILTER, DEFAULT_SORTS);
  if (!state.ready) return null;
  return (
    <>
      <VerdictScaleEditor repo={repo} state={state} onUndoable={(u) => undoables.push(u)} />
      <TagSettings repo={repo} tags={view.allTags} onUndoable={(u) => undoables.push(u)} />
    </>
  );
}

async function show(repo: Repository): Promise<void> {
  container = document.createElement('div');
  document.body.append(container);
  await act(() => render(<Settings repo={repo} />, container));
  await settle();
}

/** Lets the database, the store's change batch and the view catch up. */
async function settle(): Promise<void> {
  await act(() => new Promise((resolve) => setTimeout(resolve, 150)));
}

function button(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find(
    (b) => b.textContent === name || b.textContent?.replace(/\s+/g, ' ').trim() === name,
  );
  if (!found) throw new Error(`No button ${name} in: ${container.textContent}`);
  return found;
}

async function type(input: HTMLInputElement | HTMLSelectElement, value: string, event = 'input'): Promise<void> {
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event(event, { bubbles: true }));
  });
}

async function click(target: HTMLButtonElement): Promise<void> {
  await act(() => target.click());
  await settle();
}

describe('rating scale editor', () => {
  it('renames a rating on every claim, with undo; adds one; removes one no claim uses', async () => {
    const repo = freshRepository();
    await repo.saveAnnotation(
      annotation({ id: 'c', kind: 'claim', claim: { aboutIds: [], verdict: 'Misleading', evidence: [] } }),
    );
    await show(repo);
    expect(button('Remove Misleading').disabled).toBe(true);
    expect(button('Remove Unrated').disabled).toBe(true);

    await click(button('Rename Misleading'));
    await type(container.querySelector<HTMLInputElement>('#verdict-rename')!, 'Needs context');
    await click(button('Save'));
    expect((await repo.getAnnotation('c'))?.claim?.verdict).toBe('Needs context');
    expect(await getVerdictScale(repo.db)).toContain('Needs context');
    await undoables.at(-1)!.undo();
    expect((await repo.getAnnotation('c'))?.claim?.verdict).toBe('Misleading');
    expect(await getVerdictScale(repo.db)).toContain('Misleading');
    await settle();

    await type(container.querySelector<HTMLInputElement>('#verdict-add')!, 'Satire');
    await act(() => container.querySelector<HTMLInputElement>('#verdict-add')!.form!.requestSubmit());
    await settle();
    expect((await getVerdictScale(repo.db)).at(-1)).toBe('Satire');

    await click(button('Remove Half true'));
    expect(await getVerdictScale(repo.db)).not.toContain('Half true');
    await undoables.at(-1)!.undo();
    expect(await getVerdictScale(repo.db)).toContain('Half true');
  });
});

describe('tag settings', () => {
  it('renames a tag everywhere and deletes one, each undoable', async () => {
    const repo = freshRepository();
    await repo.saveAnnotation(annotation({ id: 'a', tags: ['syria', 'aid'] }));
    await repo.saveAnnotation(annotation({ id: 'b', tags: ['syria'] }));
    await show(repo);
    await type(container.querySelector<HTMLSelectElement>('#tag-settings-choice')!, 'syria', 'change');
    await type(container.querySelector<HTMLInputElement>('#tag-settings-name')!, 'Syria war');
    await click(button('Rename everywhere'));
    expect((await repo.getAnnotation('a'))?.tags).toEqual(['Syria war', 'aid']);
    expect((await repo.getAnnotation('b'))?.tags).toEqual(['Syria war']);
    await undoables.at(-1)!.undo();
    expect((await repo.getAnnotation('b'))?.tags).toEqual(['syria']);
    await settle();

    await type(container.querySelector<HTMLSelectElement>('#tag-settings-choice')!, 'aid', 'change');
    await click(button('Delete from 1 annotation'));
    expect((await repo.getAnnotation('a'))?.tags).toEqual(['syria']);
    await undoables.at(-1)!.undo();
    expect((await repo.getAnnotation('a'))?.tags).toEqual(['syria', 'aid']);
  });
});
