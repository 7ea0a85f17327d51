// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { openDatabase } from '../../../core/db/database';
import { Repository } from '../../../core/db/repository';
import { SCHEMA_V1 } from '../../../core/db/schema';
import { freshDatabaseName, freshRepository, openTracked } from '../support/database';
import { annotation, party } from '../support/records';

describe('version 2: parties sorted by folded name', () => {
  it('gives parties stored by version 1 their sort key on upgrade', async () => {
    const name = freshDatabaseName();
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1
      .table('parties')
      .bulkPut([
        party({ id: 'z', name: 'zoe Zed' }),
        party({ id: 'a', name: 'Álvaro Uribe' }),
        party({ id: 'b', name: 'Bob' }),
        party({ id: 'q', name: '“Quartet” group' }),
      ]);
    v1.close();

    const repo = new Repository(openTracked(name));
    expect((await repo.listParties()).map((p) => p.name)).toEqual([
      'Álvaro Uribe',
      'Bob',
      '“Quartet” group',
      'zoe Zed',
    ]);
    expect(await repo.getParty('a')).toEqual(party({ id: 'a', name: 'Álvaro Uribe' }));
    expect((await repo.db.parties.get('a'))?.sortName).toBe('alvaro uribe');
  });

  it('keeps the sort key current when a party is saved or renamed', async () => {
    const repo = freshRepository();
    await repo.saveParty(party({ id: 'x', name: 'Mikhail' }));
    await repo.saveParty(party({ id: 'y', name: 'abe', updated: '2024-05-03T10:00:00.000Z' }));
    expect((await repo.listParties()).map((p) => p.id)).toEqual(['y', 'x']);
    await repo.saveParty(party({ id: 'x', name: 'Aaron', updated: '2024-05-04T10:00:00.000Z' }));
    expect((await repo.listParties()).map((p) => p.name)).toEqual(['Aaron', 'abe']);
  });
});

describe('version 2: tombstones', () => {
  it('refuses a late retry of a save made before the annotation was deleted', async () => {
    const repo = freshRepository();
    const first = annotation({ id: 'gone' });
    expect(await repo.saveAnnotation(first)).toBe('created');
    await repo.deleteAnnotation('gone');
    expect(await repo.saveAnnotation(first)).toBe('stale');
    expect(await repo.saveAnnotation({ ...first, note: 'edited before the delete' })).toBe('stale');
    expect(await repo.getAnnotation('gone')).toBeUndefined();
  });

  it('lets the reader undo a delete', async () => {
    const repo = freshRepository();
    const kept = annotation({ id: 'back', note: 'keep me' });
    await repo.saveAnnotation(kept);
    const removed = await repo.deleteAnnotation('back');
    await repo.restoreAnnotation(removed!);
    expect(await repo.getAnnotation('back')).toEqual(kept);
    expect(await repo.db.tombstones.get('back')).toBeUndefined();
    expect(await repo.saveAnnotation({ ...kept, note: 'edited after', updated: '2030-01-01T00:00:00.000Z' })).toBe(
      'updated',
    );
  });

  it('creates the new stores empty', async () => {
    const db = openDatabase(freshDatabaseName());
    await db.open();
    for (const store of ['tombstones', 'collections', 'dismissals']) expect(await db.table(store).count()).toBe(0);
    db.close();
    await Dexie.delete(db.name);
  });
});
