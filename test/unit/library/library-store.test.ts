import { describe, expect, it } from 'vitest';
import { applyChangeSet } from '../../../core/db/change-set';
import { renameParty } from '../../../core/db/party-operations';
import { LibraryStore } from '../../../components/library/library-store';
import { freshRepository } from '../support/database';
import { annotation, articleMetadata, party } from '../support/records';

/** The ids of what a search found, in its order. */
function ids(records: { id: string }[] | undefined): string[] | undefined {
  return records?.map((r) => r.id);
}

async function started(seed: (repo: ReturnType<typeof freshRepository>) => Promise<void>) {
  const repo = freshRepository();
  await seed(repo);
  const store = new LibraryStore(repo);
  const stop = store.start();
  await store.settled();
  return { repo, store, stop };
}

describe('LibraryStore', () => {
  it('loads the library and indexes it', async () => {
    const { store, stop } = await started(async (repo) => {
      await repo.upsertArticle(articleMetadata({ title: 'Aleppo under fire' }), '2024-05-02T09:00:00.000Z');
      await repo.saveParty(party({ id: 'kirby', name: 'John Kirby' }));
      for (let n = 0; n < 12; n++)
        await repo.saveAnnotation(annotation({ id: `a-${String(n).padStart(2, '0')}`, note: `note ${n}` }));
    });
    const state = store.current;
    expect(state.ready).toBe(true);
    expect(state.annotations.size).toBe(12);
    expect(state.progress).toEqual({ done: 12, total: 12 });
    expect(ids(state.search.search('aleppo')?.articles)?.length).toBe(1);
    expect(ids(state.search.search('kirby')?.parties)).toEqual(['kirby']);
    stop();
  });

  it('shows the lists before the search index is built, then indexes in slices what is current when its turn comes', async () => {
    const repo = freshRepository();
    const count = 20_000;
    const filler = Array.from({ length: 30 }, (_, n) => `word${n}`).join(' ');
    await repo.db.annotations.bulkPut(
      Array.from({ length: count }, (_, n) => ({
        ...annotation({ id: `a-${String(n).padStart(5, '0')}`, note: `ordinary note${n} ${filler}` }),
        partyIds: [],
      })),
    );
    // The last annotation in id order is indexed last, in the same slice that says the index is complete.
    const last = `a-${String(count - 1).padStart(5, '0')}`;
    const store = new LibraryStore(repo);
    const seen: { done: number; total: number }[] = [];
    let indexedWhenEdited: number | undefined;
    store.subscribe((state) => {
      seen.push(state.indexed);
      if (state.annotations.get(last)?.note === 'rewritten') indexedWhenEdited ??= state.indexed.done;
    });
    const stop = store.start();
    await new Promise<void>((resolve) => {
      const unsubscribe = store.subscribe((state) => {
        if (!state.ready) return;
        unsubscribe();
        resolve();
      });
    });
    expect(store.current.annotations.size).toBe(count);
    expect(store.current.indexed.done).toBeLessThan(count);
    await repo.saveAnnotation(annotation({ id: last, note: 'rewritten', updated: '2024-06-01T00:00:00.000Z' }));
    await repo.deleteAnnotation('a-19998');
    await store.settled();
    expect(indexedWhenEdited).toBeLessThan(count);
    expect(seen.some((p) => p.total === count && p.done > 0 && p.done < count)).toBe(true);
    expect(store.current.indexed).toEqual({ done: count, total: count });
    expect(ids(store.current.search.search('rewritten')?.annotations)).toEqual([last]);
    expect(ids(store.current.search.search(`note${count - 1}`)?.annotations)).toEqual([]);
    expect(ids(store.current.search.search('note19998')?.annotations)).toEqual([]);
    expect(store.current.search.search('ordinary')?.annotations.length).toBe(count - 2);
    stop();
  });

  it('follows saves, edits and deletes made after loading, with their tombstones', async () => {
    const { repo, store, stop } = await started(async (repo) => {
      await repo.saveAnnotation(annotation({ id: 'kept', note: 'first words' }));
    });
    const before = store.current.version;
    await repo.saveAnnotation(annotation({ id: 'new', note: 'ceasefire collapsed' }));
    await repo.saveAnnotation(annotation({ id: 'kept', note: 'second words', updated: '2024-06-01T00:00:00.000Z' }));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await store.settled();
    expect(store.current.version).toBeGreaterThan(before);
    expect(ids(store.current.search.search('ceasefire')?.annotations)).toEqual(['new']);
    expect(ids(store.current.search.search('first')?.annotations)).toEqual([]);
    expect(store.current.annotations.get('kept')?.note).toBe('second words');
    await repo.deleteAnnotation('new');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await store.settled();
    expect(store.current.annotations.has('new')).toBe(false);
    expect(ids(store.current.search.search('ceasefire')?.annotations)).toEqual([]);
    stop();
  });

  it('re-indexes the annotations naming a renamed party, and follows an undo and a bulk write', async () => {
    const { repo, store, stop } = await started(async (repo) => {
      await repo.saveParty(party({ id: 'kirby', name: 'John Kirby', aliases: [] }));
      await repo.saveAnnotation(annotation({ id: 'm', kind: 'party-mention', partyId: 'kirby' }));
    });
    expect(ids(store.current.search.search('kirby')?.annotations)).toEqual(['m']);
    const change = await renameParty(repo.db, 'kirby', 'Admiral Smith');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await store.settled();
    expect(ids(store.current.search.search('kirby')?.annotations)).toEqual([]);
    expect(ids(store.current.search.search('admiral')?.annotations)).toEqual(['m']);
    await applyChangeSet(repo.db, change);
    await repo.db.annotations.bulkPut(
      Array.from({ length: 60 }, (_, n) => ({ ...annotation({ id: `bulk-${n}`, note: 'bulk' }), partyIds: [] })),
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    await store.settled();
    expect(ids(store.current.search.search('kirby')?.annotations)).toEqual(['m']);
    expect(ids(store.current.search.search('bulk')?.annotations)?.length).toBe(60);
    expect(store.current.annotations.size).toBe(61);
    stop();
  });

  it('indexes again, after publishing the rename and a slice at a time, the annotations naming a renamed party', async () => {
    const count = 3000;
    const { repo, store, stop } = await started(async (repo) => {
      await repo.saveParty(party({ id: 'kirby', name: 'John Kirby', aliases: [] }));
      await repo.db.annotations.bulkPut(
        Array.from({ length: count }, (_, n) => ({
          ...annotation({ id: `m-${n}`, kind: 'party-mention', partyId: 'kirby', note: `mention ${n}` }),
          partyIds: ['kirby'],
        })),
      );
    });
    expect(store.current.search.search('kirby')?.annotations.length).toBe(count);
    const found: number[] = [];
    store.subscribe((state) => found.push(state.search.search('admiral')?.annotations.length ?? 0));
    await renameParty(repo.db, 'kirby', 'Admiral Smith');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await store.settled();
    expect(store.current.parties.get('kirby')?.name).toBe('Admiral Smith');
    expect(found[0]).toBe(0);
    expect(found.at(-1)).toBe(count);
    expect(store.current.search.search('kirby')?.annotations).toEqual([]);
    stop();
  });

  it('follows collections and the rating scale', async () => {
    const { repo, store, stop } = await started(async () => {});
    await repo.createCollection('Essay sources');
    await new Promise((resolve) => setTimeout(resolve, 100));
    await store.settled();
    expect(store.current.collections.map((c) => c.name)).toEqual(['Essay sources']);
    expect(store.current.verdicts[0]).toBe('Unrated');
    stop();
  });
});
