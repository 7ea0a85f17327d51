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
