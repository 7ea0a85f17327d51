import { describe, expect, it } from 'vitest';
import { applyChangeSet } from '../../../core/db/change-set';
import { deleteParty, mergeParties, partyUsage, renameParty } from '../../../core/db/party-operations';
import { freshRepository } from '../support/database';
import { annotation, party } from '../support/records';

async function seed() {
  const repo = freshRepository();
  const johnKerry = party({ id: 'john-kerry', name: 'John Kerry', aliases: ['Secretary Kerry'] });
  const kerry = party({ id: 'kerry', name: 'Kerry', aliases: ['J. Kerry'], description: 'US diplomat' });
  const russia = party({ id: 'russia', name: 'Russia', kind: 'country', aliases: ['Moscow'] });
  for (const p of [johnKerry, kerry, russia]) await repo.saveParty(p);
  await repo.saveAnnotation(
    annotation({
      id: 'claim-1',
      kind: 'claim',
      claim: {
        claimantId: 'kerry',
        aboutIds: ['russia', 'john-kerry', 'kerry'],
        verdict: 'Unverifiable',
        evidence: [],
      },
    }),
  );
  await repo.saveAnnotation(annotation({ id: 'mention-1', kind: 'party-mention', partyId: 'kerry' }));
  await repo.saveAnnotation(annotation({ id: 'mention-2', kind: 'party-mention', partyId: 'russia' }));
  return repo;
}

describe('mergeParties', () => {
  it('moves every claim, mention and alias to the kept party and removes the other', async () => {
    const repo = await seed();
    await mergeParties(repo.db, 'john-kerry', 'kerry');
    expect(await repo.getParty('kerry')).toBeUndefined();
    const kept = await repo.getParty('john-kerry');
    expect(kept?.aliases).toEqual(['Secretary Kerry', 'Kerry', 'J. Kerry']);
    expect(kept?.description).toBe('US diplomat');
    const claim = await repo.getAnnotation('claim-1');
    expect(claim?.claim?.claimantId).toBe('john-kerry');
    expect(claim?.claim?.aboutIds).toEqual(['russia', 'john-kerry']);
    expect((await repo.getAnnotation('mention-1'))?.partyId).toBe('john-kerry');
    expect((await repo.annotationsByParty('kerry')).length).toBe(0);
    expect((await repo.annotationsByParty('john-kerry')).map((a) => a.id).sort()).toEqual(['claim-1', 'mention-1']);
  });

  it('is undone completely by its change set', async () => {
    const repo = await seed();
    const before = {
      parties: await repo.db.parties.toArray(),
      annotations: await repo.db.annotations.toArray(),
    };
    const undo = await mergeParties(repo.db, 'john-kerry', 'kerry');
    await applyChangeSet(repo.db, undo);
    expect(await repo.db.parties.toArray()).toEqual(before.parties);
    expect(await repo.db.annotations.toArray()).toEqual(before.annotations);
    expect((await repo.annotationsByParty('kerry')).map((a) => a.id).sort()).toEqual(['claim-1', 'mention-1']);
  });

  it('refuses to merge a party into itself or a missing one, changing nothing', async () => {
    const repo = await seed();
    await expect(mergeParties(repo.db, 'kerry', 'kerry')).rejects.toThrow(/itself/);
    await expect(mergeParties(repo.db, 'john-kerry', 'nobody')).rejects.toThrow(/exist/);
    expect(await repo.db.parties.count()).toBe(3);
  });
});

describe('renameParty', () => {
  it('renames once and every link follows; undo restores the name', async () => {
    const repo = await seed();
    const undo = await renameParty(repo.db, 'russia', '  Russian Federation ');
    expect((await repo.getParty('russia'))?.name).toBe('Russian Federation');
    await applyChangeSet(repo.db, undo);
    expect((await repo.getParty('russia'))?.name).toBe('Russia');
    await expect(renameParty(repo.db, 'russia', '   ')).rejects.toThrow(/name/);
  });
});

describe('deleteParty', () => {
  it('reports how a party is used before deleting it', async () => {
    const repo = await seed();
    expect(await partyUsage(repo.db, 'kerry')).toEqual({ claimsBy: 1, claimsAbout: 1, mentions: 1 });
    expect(await partyUsage(repo.db, 'john-kerry')).toEqual({ claimsBy: 0, claimsAbout: 1, mentions: 0 });
  });

  it('unlinks: claims and mentions stay, without the party', async () => {
    const repo = await seed();
    await deleteParty(repo.db, 'kerry', { kind: 'unlink' });
    const claim = await repo.getAnnotation('claim-1');
    expect(claim?.claim?.claimantId).toBeUndefined();
    expect(claim?.claim?.aboutIds).toEqual(['russia', 'john-kerry']);
    const mention = await repo.getAnnotation('mention-1');
    expect(mention).toBeDefined();
    expect(mention?.partyId).toBeUndefined();
  });

  it('reassigns the links to another party', async () => {
    const repo = await seed();
    await deleteParty(repo.db, 'kerry', { kind: 'reassign', toPartyId: 'john-kerry' });
    expect((await repo.getAnnotation('claim-1'))?.claim?.claimantId).toBe('john-kerry');
    expect((await repo.getAnnotation('mention-1'))?.partyId).toBe('john-kerry');
  });

  it('deletes the mentions and unlinks the claims; undo brings all back', async () => {
    const repo = await seed();
    const before = await repo.db.annotations.toArray();
    const undo = await deleteParty(repo.db, 'kerry', { kind: 'delete-mentions' });
    expect(await repo.getAnnotation('mention-1')).toBeUndefined();
    expect((await repo.getAnnotation('claim-1'))?.claim?.claimantId).toBeUndefined();
    await applyChangeSet(repo.db, undo);
    expect(await repo.db.annotations.toArray()).toEqual(before);
    expect(await repo.getParty('kerry')).toBeDefined();
  });
});
