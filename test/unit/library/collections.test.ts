import { describe, expect, it } from 'vitest';
import { freshRepository } from '../support/database';
import { annotation, articleMetadata, party } from '../support/records';

const A = 'https://news.example.org/a.html';
const B = 'https://news.example.org/b.html';

describe('collections', () => {
  it('are created, renamed, filled and emptied, newest change last', async () => {
    const repo = freshRepository();
    const essay = await repo.createCollection('  Essay sources ', [A, A]);
    expect(essay.name).toBe('Essay sources');
    expect(essay.articleIds).toEqual([A]);
    await repo.addToCollection(essay.id, [B, A]);
    await repo.renameCollection(essay.id, 'Thesis');
    let [stored] = await repo.listCollections();
    expect(stored).toMatchObject({ name: 'Thesis', articleIds: [A, B] });
    expect(stored!.updated >= essay.updated).toBe(true);
    await repo.removeFromCollection(essay.id, [A]);
    [stored] = await repo.listCollections();
    expect(stored!.articleIds).toEqual([B]);
  });

  it('refuse an empty name and a collection that is gone', async () => {
    const repo = freshRepository();
    await expect(repo.createCollection('  ')).rejects.toThrow('needs a name');
    await expect(repo.renameCollection('missing', 'X')).rejects.toThrow('no longer exists');
  });

  it('are listed by name, and come back as they were after a delete is undone', async () => {
    const repo = freshRepository();
    await repo.createCollection('Zeta');
    const alpha = await repo.createCollection('Alpha', [A]);
    expect((await repo.listCollections()).map((c) => c.name)).toEqual(['Alpha', 'Zeta']);
    const removed = await repo.deleteCollection(alpha.id);
    expect((await repo.listCollections()).map((c) => c.name)).toEqual(['Zeta']);
    await repo.restoreCollection(removed!);
    expect(await repo.listCollections()).toContainEqual(alpha);
  });
});

describe('wiping the library', () => {
  it('empties every store in one go, and can be taken back', async () => {
    const repo = freshRepository();
    await repo.upsertArticle(articleMetadata(), '2024-05-02T09:00:00.000Z');
    await repo.saveParty(party());
    await repo.saveAnnotation(annotation());
    await repo.saveAnnotation(annotation({ id: 'gone' }));
    await repo.deleteAnnotation('gone');
    await repo.createCollection('Essay', [articleMetadata().url]);
    const before = await repo.readLibrary();
    const wiped = await repo.wipeLibrary();
    const empty = await repo.readLibrary();
    for (const [store, records] of Object.entries(empty)) expect(records, store).toEqual([]);
    expect(await repo.listCollections()).toEqual([]);
    expect(await repo.db.tombstones.count()).toBe(0);
    await repo.restoreLibrary(wiped);
    expect(await repo.readLibrary()).toEqual(before);
    expect((await repo.listCollections()).map((c) => c.name)).toEqual(['Essay']);
    expect(await repo.db.tombstones.count()).toBe(1);
  });
});
