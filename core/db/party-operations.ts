import { nowIso, partyIdsOf, type Party } from '../model';
import { emptyChangeSet, type ChangeSet } from './change-set';
import { toStoredParty, type MarginaliaDatabase, type StoredAnnotation } from './database';

/** How a party is used: claims it made, claims about it, and mentions naming it. */
export interface PartyUsage {
  claimsBy: number;
  claimsAbout: number;
  mentions: number;
}

/** What to do with a deleted party's links. */
export type PartyLinkPolicy =
  { kind: 'unlink' } | { kind: 'reassign'; toPartyId: string } | { kind: 'delete-mentions' };

function replaceParty(
  annotation: StoredAnnotation,
  fromId: string,
  toId: string | undefined,
  at: string,
): StoredAnnotation {
  const swap = (id: string | undefined) => (id === fromId ? toId : id);
  const next: StoredAnnotation = { ...annotation, updated: at };
  if (annotation.partyId !== undefined) {
    const partyId = swap(annotation.partyId);
    if (partyId) next.partyId = partyId;
    else delete next.partyId;
  }
  if (annotation.claim) {
    const claimantId = swap(annotation.claim.claimantId);
    const aboutIds = [...new Set(annotation.claim.aboutIds.map(swap).filter((id): id is string => !!id))];
    next.claim = { ...annotation.claim, aboutIds };
    if (claimantId) next.claim.claimantId = claimantId;
    else delete next.claim.claimantId;
  }
  next.partyIds = partyIdsOf(next);
  return next;
}

function usingParty(db: MarginaliaDatabase, partyId: string): Promise<StoredAnnotation[]> {
  return db.annotations.where('partyIds').equals(partyId).toArray();
}

function mergedAliases(keep: Party, gone: Party): string[] {
  const seen = new Set([keep.name.toLowerCase()]);
  const aliases: string[] = [];
  for (const alias of [...keep.aliases, gone.name, ...gone.aliases]) {
    const folded = alias.toLowerCase();
    if (!alias.trim() || seen.has(folded)) continue;
    seen.add(folded);
    aliases.push(alias);
  }
  return aliases;
}

export async function partyUsage(db: MarginaliaDatabase, partyId: string): Promise<PartyUsage> {
  const usage: PartyUsage = { claimsBy: 0, claimsAbout: 0, mentions: 0 };
  for (const a of await usingParty(db, partyId)) {
    if (a.claim?.claimantId === partyId) usage.claimsBy++;
    if (a.claim?.aboutIds.includes(partyId)) usage.claimsAbout++;
    if (a.partyId === partyId) usage.mentions++;
  }
  return usage;
}

/**
 * Folds one party into another ("Kerry" into "John Kerry"): every claim and mention
 * moves to the kept party, the merged one's name and aliases become aliases of the
 * kept one, and the merged party is removed — in one transaction.
 */
export async function mergeParties(db: MarginaliaDatabase, keepId: string, mergeId: string): Promise<ChangeSet> {
  if (keepId === mergeId) throw new Error('A party cannot be merged into itself.');
  return db.transaction('rw', db.annotations, db.parties, async () => {
    const [keep, gone] = await db.parties.bulkGet([keepId, mergeId]);
    if (!keep || !gone) throw new Error('Both parties must exist to merge them.');
    const at = nowIso();
    const affected = await usingParty(db, mergeId);
    const change = emptyChangeSet();
    change.restore.annotations = affected;
    change.restore.parties = [keep, gone];
    await db.annotations.bulkPut(affected.map((a) => replaceParty(a, mergeId, keepId, at)));
    await db.parties.put({
      ...keep,
      aliases: mergedAliases(keep, gone),
      description: keep.description || gone.description,
      updated: at,
    });
    await db.parties.delete(mergeId);
    return change;
  });
}

/** Renames a party; claims and mentions refer to it by id, so every view shows the new name at once. */
export async function renameParty(db: MarginaliaDatabase, partyId: string, name: string): Promise<ChangeSet> {
  const trimmed = name.trim();
  if (!trimmed) throw new Error('A party needs a name.');
  return db.transaction('rw', db.parties, async () => {
    const party = await db.parties.get(partyId);
    if (!party) throw new Error('That party no longer exists.');
    await db.parties.put(toStoredParty({ ...party, name: trimmed, updated: nowIso() }));
    const change = emptyChangeSet();
    change.restore.parties = [party];
    return change;
  });
}

/** Deletes a party, doing with its links what the reader chose. */
export async function deleteParty(
  db: MarginaliaDatabase,
  partyId: string,
  policy: PartyLinkPolicy,
): Promise<ChangeSet> {
  return db.transaction('rw', db.annotations, db.parties, async () => {
    const party = await db.parties.get(partyId);
    if (!party) throw new Error('That party no longer exists.');
    if (policy.kind === 'reassign' && !(await db.parties.get(policy.toPartyId))) {
      throw new Error('The party to move the links to no longer exists.');
    }
    const at = nowIso();
    const affected = await usingParty(db, partyId);
    const change = emptyChangeSet();
    change.restore.annotations = affected;
    change.restore.parties = [party];
    const toId = policy.kind === 'reassign' ? policy.toPartyId : undefined;
    const doomed = policy.kind === 'delete-mentions' ? affected.filter((a) => a.partyId === partyId) : [];
    const kept = affected.filter((a) => !doomed.includes(a));
    await db.annotations.bulkDelete(doomed.map((a) => a.id));
    await db.annotations.bulkPut(kept.map((a) => replaceParty(a, partyId, toId, at)));
    await db.parties.delete(partyId);
    return change;
  });
}
